import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shareImage } from '../../../src/lib/figures/share-image.ts';
import { meetingCard } from '../../../src/lib/site/share-cards.ts';
import { siteData } from '../../support/site-data.ts';

/** A PNG's width and height, from its header. */
const sizeOf = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('share images', () => {
  const astana = siteData.summitsById.get('2024-07-sco-astana')!;
  const card = meetingCard(astana, siteData.coverage.get(astana.id)!, siteData.outlets);

  it('say what the meeting was, when and where, and who covered it', () => {
    expect(card.title).toBe('SCO summit in Astana');
    expect(card.lines[0]).toBe('3 July 2024 · Astana, Kazakhstan');
    expect(card.lines[1]).toMatch(/^\d+ articles: Russian state media \d+ · /);
    expect(meetingCard(siteData.summitsById.get('2018-06-phone-call')!, [], siteData.outlets).lines[1]).toBe('No coverage yet');
  });

  it('are drawn once as 1200 × 630 PNGs and reused until what they say changes', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'share-images-'));
    const png = await shareImage(card, cache);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(sizeOf(png)).toEqual({ width: 1200, height: 630 });
    const [drawn] = readdirSync(cache);
    const drawnAt = statSync(join(cache, drawn!)).mtimeMs;
    expect(await shareImage(card, cache)).toEqual(png);
    expect(statSync(join(cache, drawn!)).mtimeMs).toBe(drawnAt);
    await shareImage({ ...card, lines: [card.lines[0]!, '12 articles'] }, cache);
    expect(readdirSync(cache)).toHaveLength(2);
  }, 30_000);
});

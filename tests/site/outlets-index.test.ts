import { describe, expect, it } from 'vitest';
import { readPage } from '../support/dist.ts';

describe('the outlets index', () => {
  const page = readPage('outlets/index.html');
  const known = page.indexOf('Known outlets without articles yet');

  it('lists the outlets with coverage first, each with its count', () => {
    expect(known).toBeGreaterThan(0);
    const covered = page.slice(0, known);
    expect(covered).toMatch(/>United Press International<\/a>.*1 article/);
    expect(covered).not.toContain('>Reuters</a>');
  });

  it('keeps the outlets ingest knows without articles apart, below them', () => {
    const rest = page.slice(known);
    expect(rest).toContain('>Reuters</a>');
    expect(rest).not.toContain('0 articles');
  });
});

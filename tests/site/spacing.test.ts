import { describe, expect, it } from 'vitest';
import { htmlFiles, readPage } from '../support/dist.ts';

// Templates that break a sentence across lines can lose the space beside a link ("thelist").
const gluedBefore = /[A-Za-z]<(?:a|time) [^>]*>[^<]*/g;
const gluedAfter = /[^>]*<\/(?:a|time)>[A-Za-z]/g;

describe('words beside links', () => {
  it.each(htmlFiles)('%s keeps a space between a word and a link or date', (file) => {
    const body = readPage(file).split('<body')[1] ?? '';
    expect([...(body.match(gluedBefore) ?? []), ...(body.match(gluedAfter) ?? [])]).toEqual([]);
  });
});

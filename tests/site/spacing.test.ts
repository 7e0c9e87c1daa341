import { describe, expect, it } from 'vitest';
import { htmlFiles, readPage } from '../support/dist.ts';
import { siteData } from '../support/site-data.ts';

// Astro drops the space between template text and an expression on the next line (as JSX
// does), so a reflowed template can print "inUTC" or "thelist". Article bodies, titles and
// outlet names come from strangers and are left out: "UrduPoint" or "Pravda.Ru" is a name.
const gluedToLink = /[A-Za-z]<(?:a|time) [^>]*>[^<]*|[^>\s]*<\/(?:a|time)>[A-Za-z]/g;
const gluedWords = /[a-z]{2,}(?:UTC|[A-Z][a-z]{2,})|[a-z][,;][A-Za-z0-9]|[a-z][.!?][A-Z][a-z]/g;

const strangersWords = [
  ...siteData.articles.map((article) => article.data.title),
  ...[...siteData.outlets.values()].map((outlet) => outlet.data.name),
].sort((a, b) => b.length - a.length);

/** The page's template text: its body without the article text, names and scripts, entities decoded; "JavaScript" is a word. */
function templateOf(file: string): string {
  const body = readPage(file).split('<body')[1] ?? '';
  const text = body
    .replace(/<div class="prose body[^"]*"[^>]*>[\s\S]*?<\/div>/, '')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&')
    .replaceAll('JavaScript', 'Javascript');
  return strangersWords.reduce((left, words) => left.replaceAll(words, 'NAME'), text);
}

describe('spaces in the templates', () => {
  it.each(htmlFiles)('%s keeps a space between a word and a link or date', (file) => {
    expect(templateOf(file).match(gluedToLink) ?? []).toEqual([]);
  });

  it.each(htmlFiles)('%s glues no two words together', (file) => {
    const textNodes = [...templateOf(file).matchAll(/>([^<]+)</g)].map((match) => match[1]!);
    expect(textNodes.flatMap((text) => text.match(gluedWords) ?? [])).toEqual([]);
  });
});

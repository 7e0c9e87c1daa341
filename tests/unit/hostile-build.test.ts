import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildScratch, scratchCopyOfContent } from '../support/build-site.ts';
import { findLiveMarkup } from '../support/live-markup.ts';

// Issue 11: articles written by an attacker, ingested and built as an editor would, then the
// built site read for anything that could run.
const words = 'Putin and Xi met in Moscow to discuss trade, energy and the war in Ukraine on Tuesday. '.repeat(8);
const hostileInputs: Record<string, string> = {
  'autolink.txt': `Xi and Putin talk trade\n\nThe statement is at https://example.com/<img src=x onerror=alert(1)> according to officials. ${words}`,
  'script-title.txt': `Putin <!--<script> and Xi </script><script>alert(1)</script> meet\n\n${words}`,
  'markdown.md': `# Talks [in Moscow](javascript:alert(1))\n\n<script>alert(1)</script>\n\n![x](data:image/svg+xml,<svg onload=alert(1)>) ${words}`,
  'page.html': `<html><head><title>Xi visits Moscow</title><link rel="canonical" href="javascript:alert(1)"><script>alert(1)</script></head><body><article><h1>Xi visits Moscow</h1><p onclick="alert(1)">${words}</p><p><a href="javascript:alert(1)">More</a> ${words}</p><iframe src="https://evil.example"></iframe></article></body></html>`,
  'call#1 draft.txt': `Xi and Putin hold a call\n\n${words}`,
};

let scratch: ReturnType<typeof scratchCopyOfContent>;
const ownScripts = ['/pagefind/meetings/pagefind-ui.js', '/search-page.js'];

const pagesIn = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));

beforeAll(() => {
  scratch = scratchCopyOfContent({ seedsOnly: true });
  const inbox = join(scratch.scratch, 'inbox');
  mkdirSync(inbox);
  for (const [name, text] of Object.entries(hostileInputs)) writeFileSync(join(inbox, name), text);
  // An outlet that licenses its articles for republishing: the page's raw original is then published.
  writeFileSync(
    join(scratch.content, 'outlets', 'open-wire.md'),
    '---\nname: Open Wire\nurl: https://open-wire.example\ncountry: null\nkind: news-website\naffiliation: unknown\naffiliationSource: null\nreuse: full\nreuseLicence: CC BY 4.0\nreuseSource: https://open-wire.example/licence\n---\n',
  );
  writeFileSync(join(inbox, 'page.meta.yml'), 'outlet: open-wire\n');
  // A reference: our summary of an article whose text we do not hold.
  writeFileSync(
    join(inbox, 'reference.meta.yml'),
    'url: https://www.example-news.com/astana\ntitle: Putin and Xi meet in Astana\noutlet: reuters\npublished: 2024-07-03\nsummit: 2024-07-sco-astana\nsummary: The leaders met at the SCO summit and called their partnership a stabilising force.\n',
  );
  // A copy saved from the site that carried it, whose page names the wire's own address as canonical.
  writeFileSync(
    join(inbox, 'carried.html'),
    `<html><head><title>Putin and Xi pledge closer ties at Kazan talks</title><link rel="canonical" href="https://www.upi.com/Top_News/2024/10/22/putin-xi-kazan/"></head><body><article><h1>Putin and Xi pledge closer ties at Kazan talks</h1><p>KAZAN, Russia, Oct. 22 (UPI) -- Russian President Vladimir Putin and Chinese President Xi Jinping met on the sidelines of the BRICS summit in Kazan on Tuesday.</p><p>${words}</p></article></body></html>`,
  );
  writeFileSync(join(inbox, 'carried.meta.yml'), 'url: https://lite.dailyadvent.com/detail/kazan-talks\n');
  const ingest = spawnSync(process.execPath, ['src/cli/ingest.ts', inbox], {
    env: { ...process.env, SUMMITRY_CONTENT: scratch.content },
    encoding: 'utf8',
  });
  expect(ingest.stderr).toBe('');
  const build = buildScratch(scratch);
  expect(build.err).toBe('');
}, 180_000);

describe('a site built from hostile articles', () => {
  it('has no script, event handler or unsafe address on any page', () => {
    const live = pagesIn(scratch.dist).flatMap((page) =>
      findLiveMarkup(readFileSync(join(scratch.dist, page), 'utf8'), ownScripts).map((found) => `${page}: ${found}`),
    );
    expect(live).toEqual([]);
    // The attacks are there, shown as the text they are.
    const autolink = pagesIn(join(scratch.dist, 'articles')).find((name) => name.includes('xi-and-putin-talk-trade'));
    expect(readFileSync(join(scratch.dist, 'articles', autolink!), 'utf8')).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('publishes a raw original only as text, and only where its outlet licenses it', () => {
    expect(readdirSync(join(scratch.dist, 'raw'))).toEqual(['page.html.txt']);
  });

  it('keeps an article page whole when its title holds <!--<script>, with its JSON-LD intact', () => {
    const page = pagesIn(join(scratch.dist, 'articles')).find((name) => name.includes('putin-script-and-xi'));
    expect(page).toBeDefined();
    const { document } = parseHTML(readFileSync(join(scratch.dist, 'articles', page!), 'utf8'));
    const title = document.querySelector('h1')?.textContent ?? '';
    expect(title).toContain('<!--<script>');
    const data = JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!) as { headline: string };
    expect(data.headline).toBe(title);
    expect(document.querySelector('footer')).not.toBeNull();
  });
});

describe('a reference built into the site (issue 12)', () => {
  it('shows our summary, says whose article it is, and links to it at the publisher', () => {
    const { document } = parseHTML(
      readFileSync(join(scratch.dist, 'articles', '2024', 'putin-and-xi-meet-in-astana', 'index.html'), 'utf8'),
    );
    expect(document.querySelector('.story .summary')?.textContent).toBe(
      'The leaders met at the SCO summit and called their partnership a stabilising force.',
    );
    expect(document.querySelector('.story .meta:not(.byline)')?.textContent).toContain(
      'Summitry’s summary, in our own words. The article itself is Reuters’s.',
    );
    const readAt = [...document.querySelectorAll('a')].find((link) => link.textContent === 'Read at Reuters');
    expect(readAt?.getAttribute('href')).toBe('https://www.example-news.com/astana');
  });
});

describe('a copy whose page names the original (issue 12)', () => {
  it('sends the reader to the wire that wrote it, and to the site that carried it too', () => {
    const { document } = parseHTML(
      readFileSync(
        join(scratch.dist, 'articles', '2024', 'putin-and-xi-pledge-closer-ties-at-kazan-talks', 'index.html'),
        'utf8',
      ),
    );
    const link = (text: string) => [...document.querySelectorAll('.read-at a')].find((a) => a.textContent === text);
    expect(link('Read at UPI')?.getAttribute('href')).toBe('https://www.upi.com/Top_News/2024/10/22/putin-xi-kazan/');
    expect(link('carried by Daily Advent')?.getAttribute('href')).toBe('https://lite.dailyadvent.com/detail/kazan-talks');
  });
});

describe('a build that fails', () => {
  it('names the entry whose raw original is missing, and leaves the last good site', () => {
    const before = pagesIn(scratch.dist).length;
    const entry = join(scratch.content, 'articles', '2024', 'russia-china-relations-best-ever-putin.md');
    writeFileSync(entry, readFileSync(entry, 'utf8').replace(/^raw: .*$/m, 'raw: raw/gone.txt'));
    const { code, err } = buildScratch(scratch);
    expect(code).toBe(1);
    expect(err).toContain('russia-china-relations-best-ever-putin.md: raw: content/raw/gone.txt does not exist');
    expect(err).not.toMatch(/^\s+at /m);
    expect(pagesIn(scratch.dist)).toHaveLength(before);
    expect(existsSync(join(scratch.dist, 'pagefind'))).toBe(true);
  }, 120_000);
});

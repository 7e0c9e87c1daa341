/**
 * Inputs an attacker or a careless editor might hand ingest, generated from a seed so a failure
 * can be replayed: random bytes, real-style articles mutated, hostile HTML pages and markdown,
 * and Unicode edge cases. Each is a file name and its bytes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pick, seededRandom } from '../../src/lib/bench/random.ts';

export interface FuzzInput {
  kind: 'bytes' | 'mutated' | 'html' | 'markdown' | 'unicode';
  name: string;
  data: Buffer;
}

const articlesFolder = join(import.meta.dirname, '..', 'eval', 'articles');
const seedsFolder = join(import.meta.dirname, '..', '..', 'content', 'raw');

/** Real-style article texts to mutate: the labelled set's and the seeds'. */
function baseArticles(): string[] {
  const texts = (folder: string) =>
    readdirSync(folder)
      .filter((name) => /\.(txt|md)$/.test(name))
      .map((name) => readFileSync(join(folder, name), 'utf8'));
  return [...texts(articlesFolder), ...texts(seedsFolder)];
}

/** Markup meant to run: every form found to get through at one time or another. */
export const hostileSnippets = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'https://example.com/\\<img src=x onerror=alert(1)>',
  'www.example.com/&lt;img src=x onerror=alert(1)&gt;',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](&#106;avascript:alert(1))',
  '[x][ref]\n\n[ref]: javascript:alert(1)',
  '<javascript:alert(1)>',
  '![p](data:image/svg+xml,<svg onload=alert(1)>)',
  '<svg><script>alert(1)</script></svg>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<details open ontoggle=alert(1)>',
  '<!--<script>',
  '</script><script>alert(1)</script>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '"><svg/onload=alert(1)>',
  '<object data="javascript:alert(1)"></object>',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '[^1]\n\n[^1]: <img src=x onerror=alert(1)>',
  '| a | <img src=x onerror=alert(1)> |\n|---|---|\n| b | c |',
  '\u2028\u2029',
];

const unicodeSnippets = [
  '\u202e', // right-to-left override
  '\u200b\u200c\u200d\ufeff',
  'Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358'.repeat(20),
  '😀👩‍👩‍👧‍👦🇷🇺🇨🇳',
  '\ud83d', // a lone surrogate, written as U+FFFD in UTF-8
  'ｐｕｔｉｎ　ｘｉ',
  'Путин и Си Цзиньпин встретились в Москве.',
  '习近平同普京会谈。',
  'x'.repeat(20_000),
  '\r\n\r\r\n',
  '\u0085\u000b\u000c',
];

const words = 'Putin Xi Moscow Beijing met talks summit trade energy Ukraine said on Tuesday July 2024 the and of'.split(' ');

/** Generates `count` inputs from `seed`. */
export function* generateInputs(count: number, seed: number): Generator<FuzzInput> {
  const random = seededRandom(seed);
  const bases = baseArticles();
  const integer = (below: number) => Math.floor(random() * below);
  const prose = (length: number) => Array.from({ length }, () => pick(random, words)).join(' ');
  const insertAt = (text: string, piece: string) => {
    const at = integer(text.length + 1);
    return text.slice(0, at) + piece + text.slice(at);
  };

  for (let n = 0; n < count; n++) {
    const kind = pick(random, ['bytes', 'mutated', 'mutated', 'html', 'markdown', 'unicode'] as const);
    const id = String(n).padStart(5, '0');
    if (kind === 'bytes') {
      const data = Buffer.from(Array.from({ length: integer(4000) }, () => integer(256)));
      yield { kind, name: `${id}-bytes.txt`, data };
    } else if (kind === 'mutated') {
      let text = pick(random, bases);
      for (let m = 0, mutations = 1 + integer(6); m < mutations; m++) {
        const at = integer(text.length);
        const span = integer(200);
        const mutation = integer(6);
        if (mutation === 0) text = text.slice(0, at) + text.slice(at + span);
        else if (mutation === 1) text = insertAt(text, text.slice(at, at + span));
        else if (mutation === 2) text = insertAt(text, pick(random, hostileSnippets));
        else if (mutation === 3) text = insertAt(text, pick(random, unicodeSnippets));
        else if (mutation === 4)
          text = insertAt(text, pick(random, ['#', '>', '---\n', '```', '*', '[', '](', '\\', '|', '<', '&', '\n\n']));
        else text = text.split('\n').reverse().join('\n');
      }
      const extension = pick(random, ['.txt', '.md']);
      yield { kind, name: `${id}-mutated${extension}`, data: Buffer.from(text) };
    } else if (kind === 'html') {
      const depth = pick(random, [1, 10, 50, 300, 399, 401, 2000]);
      const body = [prose(80), pick(random, hostileSnippets), prose(80), pick(random, hostileSnippets), prose(60)];
      const attributes = pick(random, ['', ' onclick="alert(1)"', ' style="background:url(javascript:alert(1))"']);
      const html =
        `<html><head><title>${pick(random, hostileSnippets)} ${prose(8)}</title>` +
        `<link rel="canonical" href="${pick(random, ['javascript:alert(1)', 'https://example.com/a', 'data:text/html,x'])}">` +
        `<meta property="og:site_name" content="${pick(random, hostileSnippets).replaceAll('"', '&quot;')}">` +
        `<script>alert(1)</script></head><body>${'<div>'.repeat(depth)}<article${attributes}>` +
        body.map((part) => `<p>${part}</p>`).join('') +
        `</article>${'</div>'.repeat(depth)}</body></html>`;
      yield { kind, name: `${id}-page.html`, data: Buffer.from(html) };
    } else if (kind === 'markdown') {
      const pieces = Array.from({ length: 3 + integer(8) }, () =>
        random() < 0.5 ? pick(random, hostileSnippets) : prose(20 + integer(40)),
      );
      const nesting = '>'.repeat(pick(random, [0, 1, 5, 100, 1000]));
      const frontmatter =
        random() < 0.3
          ? `---\ntitle: ${pick(random, hostileSnippets)}\nurl: ${pick(random, ['javascript:alert(1)', 'https://example.com/x'])}\n---\n`
          : '';
      yield {
        kind,
        name: `${id}-hostile.md`,
        data: Buffer.from(`${frontmatter}# ${pick(random, hostileSnippets)}\n\n${nesting} ${pieces.join('\n\n')}`),
      };
    } else {
      const text = Array.from({ length: 5 + integer(20) }, () =>
        random() < 0.4 ? pick(random, unicodeSnippets) : prose(10),
      ).join(' ');
      yield { kind, name: `${id}-unicode.txt`, data: Buffer.from(text) };
    }
  }
}

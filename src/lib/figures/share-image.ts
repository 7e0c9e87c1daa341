/**
 * Share images (Open Graph, 1200 × 630): a card laid out by satori and drawn to PNG by resvg, at
 * build time. Each card's PNG is kept in a cache folder under a hash of what it shows, so a build
 * draws only the cards whose meeting or coverage changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { writeAtomically } from '../entry-file.ts';

/** What a card says. */
export interface ShareCard {
  /** Small line above the title: "Summitry" and, for a meeting, its kind. */
  kicker: string;
  title: string;
  /** Lines under the title: date and place, coverage in numbers. */
  lines: readonly string[];
}

export const shareImageSize = { width: 1200, height: 630 } as const;

const require = createRequire(import.meta.url);
const fontFile = (weight: 400 | 700) => require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`);
// Part of each cached card's key: new fonts or a new layout draw every card again.
const layoutVersion = 1;

// Loaded on the first card drawn: a build whose cards are all cached never pays for them.
let renderer: Promise<{ satori: typeof import('satori').default; Resvg: typeof import('@resvg/resvg-wasm').Resvg }> | null = null;
function loadRenderer() {
  renderer ??= (async () => {
    const [{ default: satori }, resvg] = await Promise.all([import('satori'), import('@resvg/resvg-wasm')]);
    await resvg.initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
    return { satori, Resvg: resvg.Resvg };
  })();
  return renderer;
}

const fonts = () => [
  { name: 'Noto Sans', data: readFileSync(fontFile(400)), weight: 400 as const, style: 'normal' as const },
  { name: 'Noto Sans', data: readFileSync(fontFile(700)), weight: 700 as const, style: 'normal' as const },
];

/** satori's element tree for a card: plain objects, as React elements would be. */
function cardTree(card: ShareCard) {
  const box = (style: Record<string, unknown>, children: unknown) => ({ type: 'div', props: { style, children } });
  return box(
    {
      width: shareImageSize.width,
      height: shareImageSize.height,
      display: 'flex',
      flexDirection: 'column',
      background: '#fbfaf7',
      fontFamily: 'Noto Sans',
      color: '#1d1f23',
    },
    [
      box({ height: 18, background: '#9b1c1c' }, []),
      box({ display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flexGrow: 1, padding: '48px 72px 56px' }, [
        box({ fontSize: 34, fontWeight: 700, color: '#9b1c1c' }, card.kicker),
        box({ fontSize: card.title.length > 48 ? 60 : 72, fontWeight: 700, lineHeight: 1.1 }, card.title),
        box(
          { display: 'flex', flexDirection: 'column' },
          card.lines.map((line) => box({ fontSize: 32, color: '#555b66', lineHeight: 1.4 }, line)),
        ),
      ]),
    ],
  );
}

/** The card as PNG bytes, drawn now. */
export async function drawShareImage(card: ShareCard): Promise<Buffer> {
  const { satori, Resvg } = await loadRenderer();
  const svg = await satori(cardTree(card) as Parameters<typeof satori>[0], { ...shareImageSize, fonts: fonts() });
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: shareImageSize.width } }).render().asPng());
}

/** The card as PNG bytes, from the cache when this card was drawn before. */
export async function shareImage(card: ShareCard, cacheFolder: string): Promise<Buffer> {
  const key = createHash('sha256').update(JSON.stringify({ layoutVersion, card })).digest('hex').slice(0, 32);
  const cached = join(cacheFolder, `${key}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const png = await drawShareImage(card);
  writeAtomically(cached, png);
  return png;
}

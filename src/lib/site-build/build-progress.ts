/**
 * Progress while Astro builds: its phases as it prints them, and a running count of pages instead
 * of its line per page (150,000 lines at 100,000 articles, a second of writing per 10,000).
 */
import { stripVTControlCharacters } from 'node:util';

/** Takes Astro's output as it comes and passes on what a person waiting wants to see. */
export interface BuildProgress {
  take(chunk: string): void;
  /** Shows the count so far, if it changed since last shown. */
  flush(): void;
  /** Pages and other files written or reused so far, and how many of them were reused. */
  counts(): { total: number; reused: number };
}

// A page's line is written in pieces: "  ├─ /path/index.html", then " (+3ms)" or " (cached)".
// Astro writes a reused page's two pieces one straight after the other, so the "(cached)" is the
// last path's.
const pageLine = /[├└]─ (\S+)/;
const pieceOfPageLine = /^\s*(?:\(\+[\d.]+m?s\)|\((?:cached|restored)\))\s*$/;
const reusedPiece = /\((?:cached|restored)\)/;

/**
 * Progress that writes whole lines to `show`, and passes each page Astro reused from the last
 * build (its path, `/articles/2024/slug/index.html`) to `reusedPage`.
 */
export function buildProgress(show: (line: string) => void, reusedPage: (path: string) => void = () => {}): BuildProgress {
  let pages = 0;
  let reused = 0;
  let shown = 0;
  let lastPage = '';
  return {
    take(chunk) {
      for (const line of stripVTControlCharacters(chunk).split('\n')) {
        const page = pageLine.exec(line);
        if (page) {
          pages += 1;
          lastPage = page[1]!;
        } else if (reusedPiece.test(line)) {
          reused += 1;
          reusedPage(lastPage);
        } else if (line.trim() !== '' && !pieceOfPageLine.test(line)) show(line);
      }
    },
    flush() {
      if (pages === shown) return;
      shown = pages;
      show(`  pages: ${pages} so far, ${reused} of them reused from the last build`);
    },
    counts: () => ({ total: pages, reused }),
  };
}

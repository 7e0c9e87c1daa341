/** The editor's report after an ingest run: what was inferred, from what, and what needs a look. */
import { isoDayOf } from '../utc-days.ts';
import type { IngestedArticle } from './ingest-article.ts';

const columns = ['entry', 'outlet', 'published', 'dated by', 'meeting', 'confidence', 'notes'] as const;

/** What the report keeps of an entry: a long run keeps thousands, so not their bodies. */
export interface ReviewRow {
  path: string;
  cells: string[];
  review: string[];
}

/** One entry's row of the report. */
export function reviewRowOf({ path, frontmatter, review }: Omit<IngestedArticle, 'body' | 'file'>): ReviewRow {
  return { path, cells: cellsOf(path, frontmatter, review), review };
}

/** One row of the report, as text cells. */
function cellsOf(path: string, f: Record<string, unknown>, review: readonly string[]): string[] {
  const published = f['published'] instanceof Date ? isoDayOf(f['published']) : 'unknown';
  const confidence = typeof f['summitConfidence'] === 'number' ? f['summitConfidence'].toFixed(2) : '-';
  return [
    path.replace(/^articles\//, ''),
    String(f['outlet'] ?? 'unknown'),
    `${published}${f['estimated'] ? '~' : ''}`,
    String(f['datedBy'] ?? '-'),
    String(f['summit'] ?? '-'),
    confidence,
    String(review.length),
  ];
}

/** The report as lines of text: a table, then each flagged entry with its notes. */
export function formatReviewReport(articles: readonly ReviewRow[]): string[] {
  if (articles.length === 0) return [];
  const rows = [[...columns], ...articles.map((article) => article.cells)];
  const widths = columns.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const lines = [
    '',
    ...rows.map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    ),
  ];
  const flagged = articles.filter((article) => article.review.length > 0);
  for (const article of flagged) lines.push('', `content/${article.path}`, ...article.review.map((note) => `  - ${note}`));
  lines.push('', `${articles.length} ingested, ${flagged.length} need an editor (~ marks an estimated date).`);
  return lines;
}

/** Why ingest chose an article's date and meeting, in lines for `--explain`. */
import { isoDayOf } from '../utc-days.ts';
import type { WeighedPair } from './date-and-match.ts';

/** The chosen date and meeting with their evidence, then every pair weighed, best first. */
export function explainChoice(frontmatter: Record<string, unknown>, weighed: readonly WeighedPair[]): string[] {
  const published = frontmatter['published'] instanceof Date ? isoDayOf(frontmatter['published']) : 'none';
  const estimated = frontmatter['estimated'] === true ? ', estimated' : '';
  const lines = [
    `  date ${published} (${String(frontmatter['datedBy'] ?? 'unknown')}${estimated}): ${String(frontmatter['dateEvidence'] ?? 'no evidence')}`,
    `  meeting ${String(frontmatter['summit'] ?? 'none')} (confidence ${String(frontmatter['summitConfidence'] ?? 0)}): ${String(frontmatter['summitEvidence'] ?? '')}`,
  ];
  if (weighed.length === 0) {
    lines.push(
      '  no reading of the date was weighed against the meetings: the page labels its date, the editor gave it, or it prints none',
    );
    return lines;
  }
  lines.push('  date and meeting pairs weighed, best first:');
  for (const pair of [...weighed].sort((a, b) => b.score - a.score)) {
    const { dating } = pair;
    lines.push(
      `    ${pair.score.toFixed(2).padStart(6)}  ${isoDayOf(dating.date)} ${dating.method} × ${pair.subject ?? 'no meeting'}`,
    );
  }
  return lines;
}

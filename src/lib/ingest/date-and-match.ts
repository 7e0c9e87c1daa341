/**
 * Dating and meeting-matching settle each other: a date narrows the meetings an article can be
 * about, and a meeting gives a dateline its year or an undated report its day. The candidates
 * are tried strongest first; a page stamp that no meeting fits may be a widget's date, so a
 * weaker candidate that a meeting does fit wins over it.
 */
import type { DatingMethod } from '../schema.ts';
import { dateRank } from './inference-weights.ts';
import type { EraClues } from './era-clues.ts';
import type { DateCandidate, DateClues } from './find-date-stamp.ts';
import { matchSummit, type DateClue, type Reference, type SummitMatch } from './match-summit.ts';
import { resolveRelativeDate } from './resolve-relative-date.ts';
import type { Sentence } from './sentences.ts';

/** The chosen publication date and how it was known. */
export interface Dating {
  date: Date;
  method: DatingMethod;
  evidence: string;
  estimated: boolean;
}

/** Chooses the publication date and the meeting together. */
export function dateAndMatch(
  references: readonly Reference[],
  sentences: readonly Sentence[],
  clues: DateClues,
  era: EraClues,
  editorDate: Date | null,
): { dating: Dating | null; match: SummitMatch } {
  const undated: DateClue = { published: null, dateline: null, month: null, notBefore: era.notBefore };
  const matchOn = (clue: Partial<DateClue>) => matchSummit(references, { ...undated, ...clue }, era.years);
  const firstMatching = (candidates: readonly DateCandidate[]) => {
    for (const candidate of candidates) {
      const match = matchOn({ published: candidate.date });
      if (match.subject) return { dating: fromCandidate(candidate), match };
    }
    return null;
  };
  const byDateline = () => {
    if (!clues.dateline) return null;
    const match = matchOn({ dateline: clues.dateline });
    if (!match.datelineDate) return null;
    return {
      dating: { date: match.datelineDate, method: 'dateline' as const, evidence: clues.dateline.evidence, estimated: false },
      match,
    };
  };

  if (editorDate)
    return {
      dating: { date: editorDate, method: 'editor', evidence: 'the sidecar', estimated: false },
      match: matchOn({ published: editorDate }),
    };

  const [strongest] = clues.candidates;
  if (strongest?.trusted) return { dating: fromCandidate(strongest), match: matchOn({ published: strongest.date }) };

  // A dateline whose year a meeting supplies ranks below a page stamp and above the page's address.
  const beforeDateline = clues.candidates.filter((candidate) => candidate.rank > dateRank.dateline);
  const afterDateline = clues.candidates.filter((candidate) => candidate.rank <= dateRank.dateline);
  const tried = firstMatching(beforeDateline) ?? byDateline() ?? firstMatching(afterDateline);
  if (tried) return tried;

  const match = matchOn({ month: clues.month });
  if (match.subject) {
    const relative = resolveRelativeDate(
      match.subject,
      match.subjectReferences.map((reference) => reference.sentence),
      sentences,
    );
    if (relative) {
      const evidence = clues.month ? `${relative.evidence}, in the month of “${clues.month.evidence}”` : relative.evidence;
      return { dating: { ...relative, evidence, method: 'relative', estimated: true }, match };
    }
  }
  // No meeting fits any date: the strongest stamp stands for an article about none.
  if (strongest) return { dating: fromCandidate(strongest), match: matchOn({ published: strongest.date }) };
  return { dating: null, match };
}

function fromCandidate(candidate: DateCandidate): Dating {
  return { date: candidate.date, method: candidate.method, evidence: candidate.evidence, estimated: candidate.estimated };
}

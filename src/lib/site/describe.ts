/** Short descriptions pages show for meetings and articles. */
import { datingLabels } from '../labels.ts';
import { closeCallConfidence, type ArticleData, type SummitData } from '../schema.ts';
import { formatDay, formatMonth, isoMonth } from './format-date.ts';

/** "Astana, Kazakhstan", or "By video link" / "By telephone" for remote contacts. */
export function describePlace(summit: Pick<SummitData, 'city' | 'country' | 'kind'>): string {
  if (summit.city !== null) return [summit.city, summit.country].filter(Boolean).join(', ');
  return summit.kind === 'phone-call' ? 'By telephone' : 'By video link';
}

/** How an article's date reads on a page, and where it came from. */
export interface DateDescription {
  /** "4 July 2024", "about 18 September 2022", or "Date unknown". */
  text: string;
  /** Where the date came from, in a sentence. */
  provenance: string;
}

/** Describes an article's publication date with its provenance. */
export function describeArticleDate(
  article: Pick<ArticleData, 'published' | 'datedBy' | 'dateEvidence' | 'estimated'>,
): DateDescription {
  const { published, datedBy, dateEvidence, estimated } = article;
  if (published === null || datedBy === null) {
    return { text: 'Date unknown', provenance: 'The text gives no date of publication and none could be estimated.' };
  }
  if (datedBy === 'editor') {
    // An editor's date has no evidence to quote; "from the editor: the sidecar" reads as jargon.
    const text = estimated ? `about ${formatDay(published)}` : formatDay(published);
    return { text, provenance: estimated ? 'Estimated by an editor.' : 'Set by an editor.' };
  }
  const evidence = dateEvidence ? `: ${dateEvidence}` : '';
  if (estimated) {
    return { text: `about ${formatDay(published)}`, provenance: `Estimated from ${datingLabels[datedBy]}${evidence}.` };
  }
  return { text: formatDay(published), provenance: `Dated by ${datingLabels[datedBy]}${evidence}.` };
}

/**
 * How the article was tied to its meeting, for readers: the words it rests on, and, when another
 * meeting came close (a lead under `closeCallConfidence`), that it was a close call.
 */
export function describeMatch(confidence: number | null, evidence: string): string {
  const sentence = (evidence.charAt(0).toUpperCase() + evidence.slice(1)).replace(/\.$/, '');
  return confidence !== null && confidence < closeCallConfidence
    ? `${sentence}. Another meeting fitted almost as well.`
    : `${sentence}.`;
}

/**
 * A meeting's name where its date is not on show: "SCO summit in Astana (July 2024)", told apart
 * from 2017's, and the two COVID-19 calls of 2020 from each other.
 */
export function meetingName(summit: Pick<SummitData, 'title' | 'start'>): string {
  return `${summit.title} (${formatMonth(summit.start)})`;
}

/** A meeting as the search's filter lists it: year and month first, so the list reads in order of time. */
export function meetingFilterValue(summit: Pick<SummitData, 'title' | 'start'>): string {
  return `${isoMonth(summit.start)} · ${summit.title}`;
}

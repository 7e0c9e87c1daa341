/** What the share images say: the site's card, and each meeting's (title, date, place, coverage). */
import type { ShareCard } from '../figures/share-image.ts';
import { kindLabels } from '../labels.ts';
import { countOf } from './count-words.ts';
import { groupCoverage } from './coverage-groups.ts';
import { describePlace } from './describe.ts';
import { formatDayRange } from './format-date.ts';
import type { ArticleEntry, OutletEntry, SummitEntry } from './site-data.ts';

export function siteCard(meetings: number, articles: number, firstYear: number): ShareCard {
  return {
    kicker: 'Summitry',
    title: 'Putin and Xi, meeting by meeting',
    lines: [`${meetings} meetings and calls since ${firstYear}`, `${articles} articles from the world’s outlets`],
  };
}

export function meetingCard(
  summit: SummitEntry,
  coverage: readonly ArticleEntry[],
  outlets: ReadonlyMap<string, OutletEntry>,
): ShareCard {
  const { data } = summit;
  const groups = groupCoverage(coverage, outlets).map((group) => `${group.label} ${group.total}`);
  return {
    kicker: `Summitry · ${kindLabels[data.kind]}`,
    title: data.title,
    lines: [
      `${formatDayRange(data.start, data.end)} · ${describePlace(data)}`,
      coverage.length === 0 ? 'No coverage yet' : `${countOf(coverage.length, 'article')}: ${groups.join(' · ')}`,
    ],
  };
}

/** Where the share images go. */
export const siteImagePath = '/og/site.png';
export const meetingImagePath = (id: string) => `/og/summits/${id}.png`;

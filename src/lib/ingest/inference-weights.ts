/**
 * Every weight by which ingest decides an article's publication date and meeting, in one place:
 * how far each kind of date evidence is trusted, what each cue in a sentence is worth to a
 * meeting, and how a date and a meeting are scored as a pair. Tuned on the tuning half of the
 * real development set (tests/realset/); change them there, and score the test half after.
 */
import { closeCallConfidence } from '../schema.ts';

/** Strength of each kind of publication-date evidence: the stronger wins when both fit. */
export const dateRank = {
  /** A leading `date 2024-05-16` field, as saved pages carry. */
  pageField: 100,
  /** The page's own metadata (article:published_time, JSON-LD). */
  pageMetadata: 98,
  /** The date the site's feed or sitemap gave the page, as collect saved it. */
  feed: 96,
  /** "Published 16 May 2024", "Posted on …", "Release time: …". */
  publishedLabel: 95,
  /** A date printed in the byline. */
  byline: 90,
  /** An agency dateline with the year: "MOSCOW, May 16, 2024 (Reuters) -". */
  agencyStamp: 88,
  /** A line that is a date and little else. */
  bareStamp: 85,
  /** A dateline without a year, the year taken from a meeting. */
  dateline: 70,
  /** An address's "10-11-2014", read both ways: the meetings decide between them. */
  addressEitherWay: 65,
  /**
   * The date in the page's address: the day the site filed the page, surer than a bare date line
   * (which may be a related story's, or the site's date bar).
   */
  address: 87,
  /** "Updated 17 May 2024": at or after publication. */
  updatedLabel: 55,
  /** "2 days ago", against the day the page was saved. */
  crawlAge: 50,
} as const;

/** What a cue in a sentence adds to a meeting it agrees with. */
export const cueWeight = {
  organization: 3,
  city: 3,
  kind: 3,
  day: 3,
  /** A phrase the meeting is known for ("the pandas", "the Friendship Medal"). */
  knownFor: 4,
  /** The country of a meeting abroad, standing in for its name. */
  thirdCountry: 2,
  /** One party's country as the place of a leader's visit ("arrived in China"), standing in for a city. */
  hostCountry: 2,
  /** "Met for the first time since the war began": the first meeting in person after that day. */
  firstMeetingSince: 4,
  country: 1,
  month: 2,
  year: 2,
  aboutMeeting: 1,
} as const;

/** How much a sentence counts by where it stands. */
export const placementWeight = { title: 2, lead: 1.5, body: 1 } as const;

/** Choosing the subject among the meetings the sentences name. */
export const subjectScoring = {
  /** Added to a meeting a sentence places at the time of writing ("on Tuesday", "this week"). */
  recencyBonus: 2,
  /** A sentence about what will happen counts this much towards a preview. */
  futureWeight: 0.5,
  /** Below this score the evidence for a meeting is too thin to call it the subject. */
  minimumScore: 2,
  /** The leader must lead the runner-up by this share of its score, or no subject is chosen. */
  minimumConfidence: 0.5,
  /** Below this lead a chosen meeting is flagged for an editor (and its page says so). */
  confidentLead: closeCallConfidence,
} as const;

/** How far from a meeting an article about it may be written, in days. */
export const windowDays = {
  /** A report after the meeting's last day. */
  reportAfter: 21,
  /** A preview before its first day ("next month"). */
  previewBefore: 31,
  /** A preview that names the meeting's month or day ("in Astana in July") may come this early. */
  announcedBefore: 120,
  /** A dated analysis after it, when no report fits. */
  analysisAfter: 62,
  /** "Days after" an event reaches this far. */
  shortlyAfter: 31,
  /** "The previous meeting in May" without a year reaches this far back (or ahead for "next"). */
  tenseHorizon: 366,
} as const;

/**
 * A page that names both leaders meeting or talking, and is dated on or just after a day they
 * met, is most likely about that meeting even when it names no place or kind: the date is
 * evidence too.
 */
export const dateProximity = {
  /** Added to a meeting when the article is dated on one of its days or the day after. */
  onTheDay: 3,
  /** Added when it is dated within `nearDays` after the meeting (or before it, for a preview). */
  near: 2,
  nearDays: 3,
} as const;

/** Scoring a publication date and a meeting together. */
export const pairScoring = {
  /** A date's share of the pair's score per point of its rank. */
  perRankPoint: 0.02,
  /** Added to a date two kinds of evidence give (the address and a printed stamp). */
  corroborated: 1,
  /** A runner-up pair, for another meeting, within this share of the winner's score is named for review. */
  closeShare: 0.85,
} as const;

/**
 * One raw article in, one entry out: clean → extract → match → date → analyse → compare →
 * validate. Pure: the caller reads the files and writes the result.
 *
 * The work splits in two: `analyseArticle` needs only the article and the registry, so ingest
 * runs it on many articles at once; `finishArticle` compares with the stories ingested before
 * and checks links, so it runs one article after another, in order.
 */
import { summitTags } from '../tags.ts';
import { topics } from '../topics.ts';
import { hostOf } from '../web-address.ts';
import { slugify } from '../slugify.ts';
import { editorFacts, textLimits, type NewsSiteData, type Sidecar } from '../schema.ts';
import { findExcerpt, findQuotations } from './analyse-body.ts';
import { buildBodyTree, stringifyBody } from './build-body.ts';
import { cleanText } from './clean.ts';
import { findCues, leadersInContact, otherLeaderNames, type Lexicon } from './cues.ts';
import { extractByline, personOrNull } from './extract-byline.ts';
import { extractTitle } from './extract-title.ts';
import { dateAndMatch, type WeighedPair } from './date-and-match.ts';
import { findEraClues, type EraClues } from './era-clues.ts';
import { subjectScoring } from './inference-weights.ts';
import { signatureOf, storyKey, type StoryIndex } from './find-duplicate.ts';
import type { PageFacts } from './read-html.ts';
import { findDateClues, type DateClues } from './find-date-stamp.ts';
import { findPeople, findUnknownHonorifics, type KnownPerson } from './find-people.ts';
import { blockText } from './block-kind.ts';
import { isListingAddress } from './listing-page.ts';
import { findReferences, type Meeting } from './match-summit.ts';
import type { SiteName } from './name-site.ts';
import { recognizeOutlet, type KnownOutlet } from './recognize-outlet.ts';
import { placeSentences } from './sentences.ts';
import { shorten } from './shorten.ts';
import { validateArticle, type KnownIds } from './validate-article.ts';

/** A raw article as read from disk. */
export interface RawArticle {
  /** Path of the input, as the editor gave it, for messages. */
  file: string;
  text: string;
  /** sha256 of the raw bytes. */
  checksum: string;
  /** Where the raw file lives under `content/`, e.g. `raw/003_upi.txt`. */
  raw: string;
  sidecar: Sidecar;
  /** What an HTML page's markup says about itself, when the input was a page. */
  page?: PageFacts | null;
  /** True for a reference: `text` is the title and our summary, not the article. */
  reference?: boolean;
}

/** Everything ingest knows from the content collections. */
export interface IngestContext {
  meetings: readonly Meeting[];
  lexicon: Lexicon;
  outlets: readonly KnownOutlet[];
  /** The outlets' names and short names, as datelines credit them ("(Reuters)", "/TASS/"). */
  agencyNames: readonly string[];
  people: readonly KnownPerson[];
  /** The news-site directory, which names sites no outlet entry covers yet. */
  newsSites?: readonly NewsSiteData[];
  ids: KnownIds;
  /** Stories already in the archive, to recognise a copy; none when not checking. */
  stories?: StoryIndex;
}

/** An article analysed, before it is compared with the archive and checked. */
export interface AnalysedArticle {
  file: string;
  /** Entry path under `content/` it would take. */
  path: string;
  /** Every field but `duplicateOf`. */
  frontmatter: Record<string, unknown>;
  body: string;
  review: string[];
  /** An outlet entry to create with the article, for a site the outlets collection does not know. */
  proposedOutlet: SiteName | null;
  /** Every date and meeting pair weighed, for `--explain`. */
  weighed: WeighedPair[];
  /** The group its story is compared within, and the story's signature (find-duplicate.ts). */
  storyKey: string;
  signature: Uint32Array;
}

/** The entry ingest made. */
export interface IngestedArticle {
  file: string;
  /** Entry path under `content/`, e.g. `articles/2024/putin-xi-meet.md`. */
  path: string;
  frontmatter: Record<string, unknown>;
  body: string;
  review: string[];
  /** An outlet entry to create with the article, for a site the outlets collection does not know. */
  proposedOutlet: SiteName | null;
}

const slugLength = 60;

/** The article's words without markdown markers, for analysis. */
function plainTextOf(title: string, blocks: readonly string[]): string {
  return [title, ...blocks.map(blockText)].join('\n');
}

/**
 * Where a copy's story lives at the site that wrote it: the editor's word, else the page's own
 * canonical or og:url when it names another site than the address the page was saved from.
 */
function originalOf(sidecar: Sidecar, page: PageFacts | null, url: string | undefined): { originalUrl?: string } {
  if (sidecar.originalUrl) return { originalUrl: sidecar.originalUrl };
  return page?.url && url && hostOf(page.url) !== hostOf(url) ? { originalUrl: page.url } : {};
}

/** The author a site's feed named, unless it is a desk name or placeholder. */
function feedAuthorOf(sidecar: Sidecar): string | null {
  return sidecar.feedAuthor ? personOrNull(sidecar.feedAuthor) : null;
}

/** An author's name, or null when the text read as one is too long to be a name. */
function nameLength(author: string | null): string | null {
  return author !== null && author.length <= textLimits.author ? author : null;
}

/** A byline that names an outlet ("By Reuters", "The Associated Press") credits the outlet, not an author. */
function personalByline(author: string | null, outletNames: readonly string[]): string | null {
  const fold = (name: string) => name.toLowerCase().replace(/^the\s+/, '');
  return author && outletNames.some((name) => fold(name) === fold(author)) ? null : author;
}

/** Turns one raw article into an article entry, comparing it with `context.stories` when given. */
export function ingestArticle(input: RawArticle, context: IngestContext): IngestedArticle {
  const analysed = analyseArticle(input, context);
  const duplicateOf = context.stories?.findDuplicate(analysed.storyKey, input.checksum, analysed.signature) ?? null;
  return finishArticle(analysed, duplicateOf, context.ids);
}

/** Everything about one raw article that needs no other article. */
export function analyseArticle(input: RawArticle, context: Omit<IngestContext, 'stories'>): AnalysedArticle {
  const { sidecar } = input;
  const cleaned = cleanText(input.text);
  if (!cleaned.blocks.some((block) => /\p{L}/u.test(block))) {
    throw new Error(
      `${input.file}: no article text is left once page furniture (menus, teasers, captions) is removed; is it an article?`,
    );
  }
  const titled = extractTitle(cleaned.blocks);
  const byline = extractByline(titled.rest, isOutletNameIn(context));
  const blocks = byline.rest;
  const review: string[] = [];

  const title = shorten(sidecar.title ?? titled.title, textLimits.title);
  if (titled.derived && !sidecar.title) review.push('Title derived from the first sentence (the page has none): check it.');
  if (title !== (sidecar.title ?? titled.title)) review.push(`Title shortened to ${textLimits.title} characters: check it.`);

  const page = input.page ?? null;
  const url = sidecar.url ?? page?.url ?? undefined;
  const outlet = recognizeOutlet(
    input.text,
    { ...sidecar, url, siteName: page?.siteName ?? undefined },
    context.outlets,
    context.newsSites,
  );
  review.push(...outlet.review);

  const clues = findDateClues(input.text, {
    url,
    pagePublished: page?.published ?? null,
    capturedAt: sidecar.capturedAt,
    feedPublished: sidecar.feedPublished,
    bylineDate: byline.date,
    bylineLine: byline.line,
    agencies: context.agencyNames,
  });
  const sentences = placeSentences(titled.derived ? null : title, blocks);
  const era = findEraClues(input.text, context.meetings);
  // A text that never names one of the two, and names another country's leader, is about their
  // meeting only where it names one of them: a summit's other talks ("Obama and Putin huddle on
  // the sidelines of the G20", "the meeting played out on the sidelines") are not theirs.
  const othersTalks = otherLeaderNames.test(input.text) && !context.lexicon.eachLeader.every((leader) => leader.test(input.text));
  // A story that opens on one of them meeting another leader ("Kim Jong Un met Xi on the sidelines
  // of the parade") is that meeting's; only a sentence naming both of them speaks of theirs.
  const [opening] = sentences;
  const openingCues = opening ? findCues(opening.text, context.lexicon) : null;
  const anotherMeeting =
    openingCues !== null && openingCues.otherLeaders && openingCues.namedLeaders === 1 && openingCues.aboutMeeting;
  const references = findReferences(sentences, context.meetings, context.lexicon).filter(
    (reference) => (!othersTalks || reference.cues.namedLeaders > 0) && (!anotherMeeting || reference.cues.namedLeaders === 2),
  );
  const contactMeetings = leadersInContact(sentences, context.lexicon) ? context.meetings : [];
  // A list of stories dates and names none of its own, unless an editor says otherwise.
  const listing = url !== undefined && isListingAddress(url) && !sidecar.published && !sidecar.summit;
  const { dating, match, weighed, closeSecond } = dateAndMatch(
    listing ? [] : references,
    sentences,
    listing ? { candidates: [], dateline: null, month: null } : possibleDates(clues, era),
    era,
    sidecar.published ?? null,
    contactMeetings,
  );
  if (listing)
    review.push(
      'The address is a tag or category page, a list of other stories: no date or meeting is taken from it. Ingest the stories it lists instead, or delete it.',
    );
  if (closeSecond) review.push(`Date and meeting were a close call: ${closeSecond}; check both.`);
  if (dating?.estimated) review.push(`Date estimated from ${dating.evidence}: check it.`);
  if (!dating && !listing) {
    review.push(
      clues.dateline
        ? `The dateline “${clues.dateline.evidence}” gives no year and no meeting settles it: add \`published:\` to a sidecar.`
        : 'No publication date found: add `published: YYYY-MM-DD` to a sidecar and ingest again.',
    );
  }
  // An editor's meeting stands; what the text suggested is kept out of the way.
  const editorMeeting = sidecar.summit ? (context.meetings.find((meeting) => meeting.id === sidecar.summit) ?? null) : null;
  if (sidecar.summit && !editorMeeting)
    review.push(`The sidecar's summit ${sidecar.summit} is not in content/summits/: check it.`);
  const subject = sidecar.summit ? editorMeeting : match.subject;
  if (sidecar.summit) {
    // Nothing to add: the editor chose.
  } else if (!match.subject) {
    if (!listing) review.push(`No meeting matched: ${match.reasons.join('; ')}. Set \`summit:\` by hand if it is about one.`);
  } else if (match.confidence < subjectScoring.confidentLead)
    review.push(`Meeting ${match.subject.id} chosen with low confidence (${match.confidence}): check it.`);
  for (const sentence of match.outsideRegistry) {
    review.push(
      `The text reports a meeting the registry does not have at this date: “${sentence.text}” If it is real, add it to content/registry/meetings.tsv.`,
    );
  }
  const plainText = plainTextOf(title, blocks);
  for (const name of findUnknownHonorifics(plainText, context.people)) {
    review.push(
      `“${name}” is not a known name: if it stands for someone (a machine translation), add it to that person’s aliases.`,
    );
  }

  const tree = buildBodyTree(blocks);
  const body = stringifyBody(tree);
  const published = dating?.date ?? null;
  const tags = new Set([
    ...(subject ? summitTags(subject) : []),
    ...topics.filter((topic) => topic.pattern.test(plainText)).map((topic) => topic.tag),
  ]);

  const frontmatter: Record<string, unknown> = {
    title,
    outlet: outlet.outlet,
    agency: outlet.agency,
    author: nameLength(
      sidecar.author ??
        personalByline(byline.author ?? page?.author ?? feedAuthorOf(sidecar), [
          ...context.agencyNames,
          // "By Telangana Today" on telanganatoday.com: the site's own name.
          ...(outlet.proposed ? [outlet.proposed.name] : []),
        ]),
    ),
    url: url ?? null,
    ...originalOf(sidecar, page, url),
    published,
    datedBy: dating?.method ?? null,
    dateEvidence: dating ? shorten(dating.evidence, textLimits.evidence) : null,
    estimated: (dating?.estimated ?? false) || (dating?.method === 'editor' && sidecar.estimated === true),
    summit: sidecar.summit ?? match.subject?.id ?? null,
    summitConfidence: !sidecar.summit && match.subject ? match.confidence : null,
    summitEvidence: sidecar.summit ? 'Set by an editor.' : shorten(match.reasons.join('; '), textLimits.evidence) || null,
    duplicateOf: null,
    mentions: match.mentions.filter((meeting) => meeting.id !== sidecar.summit).map((meeting) => meeting.id),
    people: sidecar.people ?? findPeople(plainText, context.people),
    tags: [...tags].sort(),
    raw: input.raw,
    checksum: input.checksum,
    review,
    fromEditor: editorFacts.filter((fact) => sidecar[fact] !== undefined),
    summary: sidecar.summary ?? null,
    reference: input.reference ?? false,
    excerpt: shorten(findExcerpt(tree), textLimits.excerpt),
    quotations: findQuotations(tree).filter((quotation) => quotation.length <= textLimits.quotation),
    removed: cleaned.removed,
  };
  const year = dating ? String(dating.date.getUTCFullYear()) : 'undated';
  return {
    file: input.file,
    path: `articles/${year}/${slugify(title, slugLength)}.md`,
    frontmatter,
    body,
    review,
    proposedOutlet: outlet.proposed,
    weighed,
    storyKey: storyKey(subject?.id ?? null, published),
    signature: signatureOf(`${title}\n${body}`),
  };
}

/** The dates the page could have been written on: none before the era its text speaks of. */
function possibleDates(clues: DateClues, era: EraClues): DateClues {
  const from = era.writtenFrom;
  return from ? { ...clues, candidates: clues.candidates.filter((candidate) => candidate.date >= from) } : clues;
}

// Every outlet's and listed site's name, gathered once per context: a line that is one signs off a byline.
const outletNameSets = new WeakMap<readonly string[], ReadonlySet<string>>();
function isOutletNameIn(context: Pick<IngestContext, 'agencyNames' | 'newsSites'>): (line: string) => boolean {
  let names = outletNameSets.get(context.agencyNames);
  if (!names) {
    names = new Set([...context.agencyNames, ...(context.newsSites ?? []).map((site) => site.name)]);
    outletNameSets.set(context.agencyNames, names);
  }
  return (line) => names.has(line);
}

/** The entry, once ingest knows whether an earlier article tells the same story; throws if a field is invalid. */
export function finishArticle(analysed: AnalysedArticle, duplicateOf: string | null, ids: KnownIds): IngestedArticle {
  const { file, path, body, proposedOutlet } = analysed;
  const review = [...analysed.review];
  if (duplicateOf) review.push(`The same story as articles/${duplicateOf}.md, from another site: keep both, or delete this one.`);
  // Notes quote the page, and a page's "sentence" may be a whole unpunctuated page.
  const notes = review.map((note) => shorten(note, textLimits.reviewNote));
  const frontmatter = { ...analysed.frontmatter, duplicateOf, review: notes };
  // The proposed outlet's entry is written with the article, so the article may name it.
  if (proposedOutlet) ids.outlets.add(proposedOutlet.id);
  validateArticle(file, frontmatter, ids);
  return { file, path, frontmatter, body, review: notes, proposedOutlet };
}

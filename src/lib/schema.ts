/**
 * The data model: every content collection's fields, in one place.
 *
 * `src/content.config.ts` declares the collections from these schemas and the ingest tool
 * validates with the same ones, so the site and the tool cannot disagree about an entry.
 * Links between collections go through the `ref` function each schema takes: Astro passes
 * its `reference()`, the ingest tool a check against the ids on disk.
 */
import { z } from 'astro/zod';
import { isCalendarDay } from './calendar-dates.ts';
import { rawPathPattern } from './raw-file-names.ts';
import { webSchemes } from './safety/safe-url.ts';

/** Collections an entry can link to. */
export type LinkedCollection = 'summits' | 'outlets' | 'people' | 'articles';

/** Builds the schema of a link to an entry of `collection`. */
export type ReferenceFactory<R extends z.ZodType> = (collection: LinkedCollection) => R;

/** The kinds of contact the registry records. */
export const summitKinds = [
  'state-visit',
  'bilateral-visit',
  'multilateral-sideline',
  'video-call',
  'phone-call',
  'other',
] as const;
export type SummitKind = (typeof summitKinds)[number];
export type OutletKind = (typeof outletKinds)[number];

/** Which side hosted a meeting; `virtual` for calls and video links. */
export const hosts = ['russia', 'china', 'third-country', 'virtual'] as const;

/** How an article's publication date was established, strongest first. */
export const datingMethods = ['metadata', 'feed', 'byline', 'dateline', 'url', 'relative', 'inferred', 'editor'] as const;
export type DatingMethod = (typeof datingMethods)[number];

/** Kinds of news outlet. */
export const outletKinds = [
  'wire-agency',
  'state-broadcaster',
  'broadcaster',
  'newspaper',
  'news-website',
  'blog',
  'aggregator',
  /** Not known yet: an entry ingest proposed for a site it met, for an editor to complete. */
  'unknown',
] as const;

/** Who controls an outlet, as far as a public source says. */
export const affiliations = ['state-owned', 'state-affiliated', 'independent', 'unknown'] as const;

/** Article facts an editor can supply in a sidecar when the text cannot give them. */
export const editorFacts = [
  'url',
  'originalUrl',
  'outlet',
  'agency',
  'published',
  'author',
  'title',
  'summit',
  'people',
  'summary',
] as const;

const dayFormat = 'a date written YYYY-MM-DD, such as 2024-07-04';

/** An error message that says what the field wants, what it found, and so how to fix it. */
function expecting(wanted: string) {
  return {
    error: (issue: { input?: unknown }) =>
      issue.input === undefined
        ? `missing: add this field (${wanted})`
        : `expected ${wanted}, found ${JSON.stringify(issue.input)}`,
  };
}

/** Rejects misspelt or unknown fields by name. */
const strict = {
  error: (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys'
      ? `unknown field ${issue.keys?.map((key) => `"${key}"`).join(', ')}: check its spelling against the fields in src/lib/schema.ts`
      : undefined,
};

/** A calendar day: `2024-07-04` in YAML, a Date at UTC midnight once parsed. */
const day = z.union([z.date(), z.string()], expecting(dayFormat)).transform((value, context) => {
  const date = typeof value === 'string' && isCalendarDay(value) ? new Date(value) : value;
  if (date instanceof Date && !Number.isNaN(date.getTime())) return date;
  context.addIssue({ code: 'custom', message: `expected ${dayFormat}, found ${JSON.stringify(value)}` });
  return z.NEVER;
});
const text = () => z.string(expecting('text')).min(1, 'must not be empty');

/**
 * A `summitConfidence` below this is a close call: another meeting fitted almost as well. Ingest
 * flags such an article for an editor, and its page tells readers.
 */
export const closeCallConfidence = 0.75;

/**
 * The longest each free-text field of an article may be, in characters. Ingest shortens what it
 * reads to these; an entry over them fails the build, so a pasted page cannot become a 2 MB title.
 */
export const textLimits = {
  title: 300,
  author: 120,
  evidence: 1000,
  excerpt: 1000,
  quotation: 600,
  reviewNote: 1000,
  summary: 600,
} as const;

/** Text of at most `limit` characters, with a message that says how to fix a longer one. */
const shortText = (limit: number) =>
  z.string(expecting('text')).max(limit, {
    error: (issue) => `is ${String((issue.input as string).length)} characters long; shorten it to at most ${limit}`,
  });
// Only web addresses: a `javascript:` or `data:` address would run on our pages when clicked.
const url = () =>
  z.url({ ...expecting('a web address starting http:// or https://, such as https://example.com/page'), protocol: webSchemes });
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, expecting(`one of ${values.join(', ')}`));

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A lower-case, hyphenated identifier such as `state-visit` or `sco`. */
const slug = z.string().regex(slugPattern, 'expected lower-case words joined by hyphens, such as "state-visit"');

/** One meeting (or call) between the two leaders: `content/summits/<id>.md`. */
export function summitSchema() {
  return z
    .strictObject(
      {
        /** Short neutral English title, e.g. "SCO summit in Astana". */
        title: shortText(textLimits.title).min(1, 'must not be empty'),
        /** What sort of contact this was. */
        kind: oneOf(summitKinds),
        /** The multilateral body or occasion (SCO, BRICS, Olympics…), or null for a purely bilateral contact. */
        organization: text().nullable(),
        /** First day the two leaders actually met or spoke. */
        start: day,
        /** Last day they met; the same as `start` for a one-day meeting. */
        end: day,
        /** City of the meeting; null for calls. */
        city: text().nullable(),
        /** Country of the meeting; null for calls. */
        country: text().nullable(),
        /** City centre, for maps; null for calls. */
        coordinates: z
          .strictObject({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) })
          .nullable(),
        /** Which side hosted it. */
        host: oneOf(hosts),
        /** A public page that confirms the date and place. */
        verifiedUrl: url(),
        /** Working notes from the registry: wider summit dates, what else happened. */
        notes: z.string().default(''),
        /** Hash of the file as the registry script wrote it; a mismatch means an editor changed it. Leave as is. */
        ingestHash: z.string().optional(),
      },
      strict,
    )
    .refine((summit) => summit.end >= summit.start, { message: '`end` is before `start`', path: ['end'] })
    .refine((summit) => (summit.host === 'virtual') === (summit.city === null), {
      message: 'a virtual meeting has no city, and a meeting with a city is not virtual',
      path: ['city'],
    });
}

/** A host name such as "xinhuanet.com" or "english.alarabiya.net". */
const host = () =>
  z.string().regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/, 'expected a host name in lower case, such as "cbc.ca"');

/**
 * One row of the news-site directory (`content/registry/news-sites.tsv`): a site ingest may meet
 * before any outlet entry exists for it, and the name an editor would cite it by. Ingest proposes
 * an outlet entry from the row, so a page from cbc.ca is filed under "CBC News", not "Cbc".
 */
export function newsSiteSchema() {
  return z.strictObject(
    {
      /** The site's host without "www."; a subdomain only for an edition with its own name. */
      site: host(),
      /**
       * The outlet's name as it styles itself there, e.g. "Al Arabiya English". `{country}` stands
       * for the country whose two-letter code is the label before `site` (an embassy's site).
       */
      name: text(),
      /** Where the outlet is based, or null when it is international. */
      country: text().nullable(),
      /** What sort of outlet it is. */
      kind: oneOf(outletKinds),
    },
    strict,
  );
}

/**
 * One row of `content/registry/known-for.tsv`: a phrase that, said of the two leaders, singles
 * out one meeting ("panda" for the 2019 Moscow visit, "Friendship Medal" for the 2018 Beijing
 * one). An undated text names Moscow for six visits; what happened there tells them apart.
 */
export function knownForSchema() {
  return z.strictObject(
    {
      /** The summit's id, as in `content/summits/<id>.md`. */
      meeting: slug,
      /** Words as a text would print them; case, a plural "s" and hyphen or space do not matter. */
      phrase: text().min(3, 'must be at least 3 characters: a shorter phrase matches too much'),
    },
    strict,
  );
}

/** How much of an outlet's articles the site may republish. */
export const reuseLevels = ['excerpt', 'full'] as const;

/** One news outlet: `content/outlets/<id>.md`. */
export function outletSchema() {
  return z
    .strictObject(
      {
        /** The outlet's own name, e.g. "United Press International". */
        name: text(),
        /** Short name for tight spaces, e.g. "UPI"; defaults to `name`. */
        shortName: text().optional(),
        /** Home page. */
        url: url().nullable(),
        /** Other sites the outlet publishes under, by host (e.g. "xinhuanet.com" beside english.news.cn). */
        sites: z.array(host()).default([]),
        /** Country the outlet is based in, or null when unknown. */
        country: text().nullable(),
        /** What sort of outlet it is. */
        kind: oneOf(outletKinds),
        /** Who controls it. */
        affiliation: oneOf(affiliations),
        /** Public page that supports the affiliation label; required unless it is `unknown`. */
        affiliationSource: url().nullable(),
        /** Exact text that identifies the outlet in a raw article, e.g. "(UPI) --" or "upi.com". */
        markers: z.array(z.string().min(2)).default([]),
        /**
         * What the site may show of its articles: `excerpt` (the default: a short excerpt and a link
         * to the publisher) or `full` (the whole text, where the outlet's licence allows it).
         */
        reuse: oneOf(reuseLevels).default('excerpt'),
        /** The licence that allows `reuse: full`, e.g. "CC BY 4.0". */
        reuseLicence: text().nullable().default(null),
        /** The outlet's page that states the licence. */
        reuseSource: url().nullable().default(null),
        /**
         * True for an entry made from the real set's labels (tests/realset/make-references.ts). The
         * real-page evaluation leaves these out: ingest must not know a page's outlet from its label.
         */
        fromRealSet: z.boolean(expecting('true or false')).default(false),
        /** Hash of the file as ingest proposed it; a mismatch means an editor completed it. Leave as is. */
        ingestHash: z.string().optional(),
      },
      strict,
    )
    .refine((outlet) => outlet.affiliation === 'unknown' || outlet.affiliationSource !== null, {
      message: 'an affiliation other than "unknown" needs an `affiliationSource` URL that says so',
      path: ['affiliationSource'],
    })
    .refine((outlet) => outlet.reuse === 'excerpt' || (outlet.reuseLicence !== null && outlet.reuseSource !== null), {
      message: '`reuse: full` needs the `reuseLicence` that allows it and the `reuseSource` page that states it',
      path: ['reuse'],
    });
}

/**
 * One place `npm run collect` gathers articles from: `content/sources/<id>.md`. A source names
 * its outlet and where the outlet lists what is new; at least one list is needed.
 */
export function sourceSchema() {
  return z
    .strictObject(
      {
        /** The outlet whose site this is, by outlet id. */
        outlet: z.string().regex(slugPattern),
        /** RSS 2.0, Atom or JSON Feed addresses. */
        feeds: z.array(url()).default([]),
        /** News sitemaps (Google's `news:` extension, or a plain sitemap of recent pages). */
        sitemaps: z.array(url()).default([]),
        /** Section pages whose links to articles on the same site are followed. */
        sections: z.array(url()).default([]),
        /** False to keep the entry but not collect from it. */
        active: z.boolean(expecting('true or false')).default(true),
      },
      strict,
    )
    .refine((source) => source.feeds.length + source.sitemaps.length + source.sections.length > 0, {
      message: 'a source needs at least one of `feeds`, `sitemaps` or `sections`',
      path: ['feeds'],
    });
}

/** One person articles name: `content/people/<id>.md`. */
export function personSchema() {
  return z.strictObject(
    {
      /** Canonical English name, e.g. "Xi Jinping". */
      name: text(),
      /**
       * The name as an index sorts it, family name first. Left out, the last word leads
       * ("Peskov, Dmitry"); a name written family name first gives it whole ("Wang Yi").
       */
      sortName: text().optional(),
      /** Office held during the period covered, e.g. "President of China". */
      role: text(),
      /** Other spellings that stand for this person in raw text, including known mistranslations. */
      aliases: z.array(z.string().min(2)).default([]),
    },
    strict,
  );
}

/** One source article: `content/articles/<yyyy>/<slug>.md`. */
export function articleSchema<R extends z.ZodType>(ref: ReferenceFactory<R>) {
  return z
    .strictObject(
      {
        /** Headline, from the page or derived by ingest (then flagged in `review`). */
        title: shortText(textLimits.title).min(1, 'must not be empty'),
        /** Outlet whose page this is (the site that published it), or null when unknown. */
        outlet: ref('outlets').nullable(),
        /** Agency or outlet the story was copied from, when the outlet did not write it; null when it did or nobody knows. */
        agency: ref('outlets').nullable().default(null),
        /** Named author, or null when the page gives none (placeholders such as "By Editor" do not count). */
        author: shortText(textLimits.author).min(1, 'must not be empty').nullable(),
        /** Address of the original page, or null when unknown. */
        url: url().nullable(),
        /** For a copy: the address of the same story at the site that wrote it, when the page or the editor names it. */
        originalUrl: url().nullable().default(null),
        /** Day of publication, or null when the text cannot date it; never the day of ingest. */
        published: day.nullable(),
        /** How `published` was established; null when it is unknown. */
        datedBy: oneOf(datingMethods).nullable(),
        /** The words in the raw text that fixed the date. */
        dateEvidence: shortText(textLimits.evidence).nullable(),
        /** True when `published` is a best estimate rather than read from the page. */
        estimated: z.boolean(expecting('true or false')),
        /** The meeting the article is about, or null when it is about none (or ingest could not tell). */
        summit: ref('summits').nullable(),
        /** How far ingest's choice of `summit` led the next candidate, 0 to 1; null when set by hand or none was chosen. */
        summitConfidence: z.number().min(0).max(1).nullable().default(null),
        /** The words that tied the article to its meeting, or why none was chosen. */
        summitEvidence: shortText(textLimits.evidence).nullable().default(null),
        /** An earlier entry with the same story from another site, when this is a copy of it. */
        duplicateOf: ref('articles').nullable().default(null),
        /** Other meetings the article refers to. */
        mentions: z.array(ref('summits')).default([]),
        /** People the article names, by canonical entry. */
        people: z.array(ref('people')).default([]),
        /** Topic and meeting tags, lower-case slugs. */
        tags: z.array(slug).default([]),
        /** Path of the original under `content/raw/`. */
        raw: z
          .string()
          .regex(
            rawPathPattern,
            'expected a path under content/raw/ of letters, digits, ".", "_" and "-", such as "raw/2024/upi-astana.txt"',
          ),
        /** sha256 of the raw file, hex. */
        checksum: z.string().regex(/^[a-f0-9]{64}$/, 'expected 64 hex digits (sha256 of the raw file)'),
        /** Notes for an editor: what ingest guessed or could not find. Empty once reviewed. */
        review: z.array(shortText(textLimits.reviewNote)).default([]),
        /** Facts that came from the editor's sidecar rather than the text. */
        fromEditor: z.array(z.enum(editorFacts)).default([]),
        /** One or two sentences on what it reports, in our own words; null when none was written. */
        summary: shortText(textLimits.summary).nullable().default(null),
        /** True for a reference: the facts and our summary of an article whose text we do not hold. */
        reference: z.boolean(expecting('true or false')).default(false),
        /** Opening words of the article, for listings and meta descriptions. */
        excerpt: shortText(textLimits.excerpt).default(''),
        /** Direct quotations found in the text, longest first. */
        quotations: z.array(shortText(textLimits.quotation)).default([]),
        /** What cleaning removed from the raw page, by kind, with counts. */
        removed: z.array(z.strictObject({ kind: z.string(), count: z.number().int().positive() })).default([]),
        /** Hash of the file as ingest wrote it; a mismatch means an editor changed it. Leave as is. */
        ingestHash: z.string().optional(),
      },
      strict,
    )
    .refine((article) => (article.published === null) === (article.datedBy === null), {
      message: '`published` and `datedBy` go together: give both, or set both to null',
      path: ['datedBy'],
    });
}

/**
 * An article as the site keeps it: every field checked, then the ones only ingest reads (to
 * recognise copies and hand edits, and the quotations it found) left out. At 50,000 articles they
 * were a third of Astro's data store, which the build compiles as one module.
 */
export function siteArticleSchema<R extends z.ZodType>(ref: ReferenceFactory<R>) {
  return articleSchema(ref).transform(
    ({ checksum: _checksum, fromEditor: _fromEditor, quotations: _quotations, ingestHash: _ingestHash, ...shown }) => shown,
  );
}

export type SummitData = z.output<ReturnType<typeof summitSchema>>;
export type OutletData = z.output<ReturnType<typeof outletSchema>>;
export type PersonData = z.output<ReturnType<typeof personSchema>>;
export type SourceData = z.output<ReturnType<typeof sourceSchema>>;
export type NewsSiteData = z.output<ReturnType<typeof newsSiteSchema>>;
export type KnownForData = z.output<ReturnType<typeof knownForSchema>>;

/**
 * An editor's sidecar next to a raw file (`<name>.meta.yml`): facts the text cannot give.
 * Every field is optional; what it gives wins over what ingest reads from the text.
 */
export function sidecarSchema() {
  return z.strictObject(
    {
      /** Address the page was saved from. */
      url: url().optional(),
      /** For a copy: the address of the same story at the site that wrote it. */
      originalUrl: url().optional(),
      /** Outlet whose page it is, by outlet id. */
      outlet: z.string().regex(slugPattern).optional(),
      /** Agency the story was copied from, by outlet id, when the outlet did not write it. */
      agency: z.string().regex(slugPattern).optional(),
      /** Publication day, when the editor knows it. */
      published: day.optional(),
      /** True when `published` is the editor's best estimate, not a date the page prints. */
      estimated: z.boolean(expecting('true or false')).optional(),
      /** Day the page was saved: anchors a crawl stamp such as "2 days ago"; nothing is published after it. */
      capturedAt: day.optional(),
      /** The date the site's feed or sitemap gave the page (collect writes it): evidence, weighed below the page's own date. */
      feedPublished: day.optional(),
      /** The author the site's feed named (collect writes it): used when the page names none. */
      feedAuthor: shortText(textLimits.author).min(1, 'must not be empty').optional(),
      /** Author, when the page does not name one. */
      author: shortText(textLimits.author).min(1, 'must not be empty').optional(),
      /** Headline, when the page lost it. */
      title: shortText(textLimits.title).min(1, 'must not be empty').optional(),
      /** The meeting the article is about, by summit id, when the editor knows it. */
      summit: z.string().regex(slugPattern).optional(),
      /** The people it names, by people id, when the editor lists them. */
      people: z.array(z.string().regex(slugPattern)).optional(),
      /** One or two sentences on what it reports, in our own words: a reference entry's text. */
      summary: shortText(textLimits.summary).min(1, 'must not be empty').optional(),
    },
    strict,
  );
}
export type Sidecar = z.output<ReturnType<typeof sidecarSchema>>;

/** A link between entries once Astro has resolved it. */
type ResolvedLink = z.ZodType<{ id: string; collection: string }>;
export type ArticleData = z.output<ReturnType<typeof siteArticleSchema<ResolvedLink>>>;

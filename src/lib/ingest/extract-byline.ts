/**
 * The byline: author and, on some sites, the publication date beside it. Real pages print it
 * in many forms ("By Jane Doe, June 9, 2018 03:06 AM", "Author:Jane Doe", "Jane Doe
 * (@janedoe) 5 minutes ago", "Jane Doe Published February 24, 2025", "Jane Doe- Special for
 * the Mail"), and glue it to the dateline ("By Jane Doe SHANGHAI (Reuters) - …"), where only
 * the name is taken. Desk names and placeholders ("Staff", "Web Desk", "Agencies") are no author.
 */

/** What a byline gave. */
export interface Byline {
  author: string | null;
  /** `YYYY-MM-DD` printed in the byline, if any. */
  date: string | null;
  /** The byline as printed, for the date's evidence. */
  line: string | null;
  /** The blocks without the byline (a byline glued to the first paragraph leaves the paragraph). */
  rest: string[];
}

// "By richardbrown // 2024-07-10 // 6 Comments", "By Jane Doe | 2024-07-10", "By JANE DOE".
const dashedByline =
  /^By\s+(?<author>[^/|,]{2,40}?)(?:\s*(?:\/\/|\|)\s*(?<date>\d{4}-\d{2}-\d{2}))?(?:\s*(?:\/\/|\|)\s*\d+\s+comments?)?$/i;
// A person's name: two to four capitalised words, with the particles names carry.
// Words in capitals after it are a dateline ("By Jane Doe SHANGHAI (Reuters)"), not the name.
const firstName = String.raw`[A-Z][\p{Ll}'’-][\p{L}'’.-]*`;
const laterName = String.raw`\s+(?:[A-Z][\p{Ll}'’-][\p{L}'’.-]*|[A-Z]\.|de|da|van|von|bin|al|el|la|le)`;
const name = String.raw`${firstName}(?:${laterName}){1,3}`;
// Before "Published", a short word in capitals is an initial ("Sumaira FH"), not a dateline.
const nameWithInitials = String.raw`${firstName}(?:${laterName}){0,2}\s+[A-Z]{1,3}\b`;
// "By Jane Doe in Berlin": where the writer files from follows the name.
const placeName = String.raw`[A-Z]\p{L}+(?:\s+[A-Z]\p{L}+)?`;
// The time and date some sites print before the byline: "15:00, October 23, 2024 ".
const stampFirst = String.raw`\d{1,2}:\d{2},?\s+[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}\s+`;
/** Forms that open with a name and say it is the byline by what follows it, or by a label before it. */
const namedBylines: readonly RegExp[] = [
  // "By Jane Doe, June 09, 2018", "By Jane Doe and John Roe", "By Jane Doe SHANGHAI (Reuters) - …",
  // "By Jane Doe, John Roe, Max Mustermann, CNN", "By Jane Doe in Berlin", "Published by Jane Doe Verified by …", "Author:Jane Doe", "Written by Jane Doe", "15:00, October 23, 2024 By Jane Doe ( China Daily )",
  // "- By Jane Doe", "Published By: Jane Doe"
  new RegExp(
    String.raw`^(?:${stampFirst})?(?:[-–—•][ \t]*)?(?:By|Author\s*:|Written by|Reporter\s*:|Published [Bb]y\s*:?|Posted by)\s*(?<author>${name}(?:\s*,\s*${name})*(?:,?\s+(?:and|And)\s+${name})?)(?=\s*$|\s*[,|(]|\s+[A-Z]{3,}\b|\s+(?:Published|Updated|Posted|Verified|Edited)\b|\s+in\s+${placeName}\s*$)`,
    'u',
  ),
  // "Jane Doe (@janedoe) 5 minutes ago", "Jane Doe 2 minutes ago Fri 28th June 2019", "Jane Doe Published February 24, 2025", "Sumaira FH Published …",
  // "Jane Doe- Special for the Mail"
  new RegExp(
    String.raw`^(?<author>${name})(?=\s*\(@\w+\)|\s+\d+\s+(?:seconds?|minutes?|hours?|days?)\s+ago\b|\s+(?:Published|Updated|Posted)\b|\s*[-–—]\s*(?:Special|Correspondent|Staff|Senior|Reporter)\b)|^(?<initialled>${nameWithInitials})(?=\s+(?:Published|Updated|Posted)\b)`,
    'u',
  ),
];
/** Whether a block opens with a byline ("By Jane Doe", "Published by Jane Doe Verified by …"): no headline does. */
export function opensWithByline(block: string): boolean {
  return namedBylines.some((pattern) => pattern.test(block));
}

// Chinese agencies credit their reporters after the dateline: "Beijing, June 5 (Reporter Guo Jinchao) On the …".
const reporterCredit = new RegExp(String.raw`\((?:Reporters?|Correspondents?)\s+(?<author>${name}(?:\s+and\s+${name})?)\)`, 'u');
const bylineSearchDepth = 8;
/** A byline's label on a line of its own, the name on the next: "Written By" over "VLADIMIR ISACHENKOV". */
const labelLine = /^(?:Written by|By|Author\s*:?)$/i;
const nameOnItsOwn = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u;
/** A line that is a name and nothing else: "Roger Boyes". */
const nameLine = new RegExp(String.raw`^(?!By\s)${name},?$`, 'u');

/** Whether the line under a name is its outlet ("The Times") or the stamp ("Published: 6:41pm, 15 Jun, 2019"). */
function signsOff(next: string | undefined, isOutletName: (line: string) => boolean): boolean {
  return next !== undefined && (isOutletName(next) || /^(?:Published|Updated|Posted)\b/.test(next));
}
/** Bylines that name a desk, a role or the wires, not a person. */
const placeholders =
  /^(?:admin|administrator|editor|editors|editorial|agencies|agency|staff|staff writers?|web ?desk|news ?desk|online desk|desk|bureau|(?:(?:staff|special|our|own) )?(?:correspondent|reporter)s?|team\b.*|the editorial team|news service|wire services?|short ?url)$/i;

/**
 * Finds a byline among the first blocks and takes it out of the text. A name on a line of its
 * own counts when the outlet's name (`isOutletName`) or the publication stamp follows it.
 */
export function extractByline(blocks: readonly string[], isOutletName: (line: string) => boolean = () => false): Byline {
  // "by Team FNVA" above "Jane Perlez / The New York Times": a desk's byline gives way to a person's below it.
  let desk: Byline | null = null;
  const without = (index: number, kept: string[] = [], lines = 1) =>
    blocks.flatMap((other, i) =>
      i === index ? kept : i > index && i < index + lines ? [] : desk && other === desk.line ? [] : [other],
    );
  for (const [index, block] of blocks.slice(0, bylineSearchDepth).entries()) {
    if (nameLine.test(block) && signsOff(blocks[index + 1], isOutletName)) {
      return { author: personOrNull(block.replace(/,$/, '')), date: null, line: block, rest: without(index) };
    }
    for (const pattern of namedBylines) {
      const found = pattern.exec(block);
      if (!found) continue;
      const tail = block.slice(found[0].length).trim();
      // A byline glued to its story leaves the story's words behind; a byline line goes whole.
      const story = /^[A-Z]{3,}\b/.test(tail) ? tail : null;
      const author = coAuthors(found.groups!['author'] ?? found.groups!['initialled']!, isOutletName);
      return { author: personOrNull(author), date: null, line: found[0], rest: without(index, story ? [story] : []) };
    }
    const next = blocks[index + 1];
    if (labelLine.test(block) && next !== undefined && nameOnItsOwn.test(next))
      return { author: personOrNull(next), date: null, line: next, rest: without(index, [], 2) };
    const credited = index < 3 ? reporterCredit.exec(block) : null;
    if (credited) return { author: personOrNull(credited.groups!['author']!), date: null, line: null, rest: [...blocks] };
    const dashed: RegExpExecArray | null = index < 3 && !desk ? dashedByline.exec(block) : null;
    if (dashed) {
      const found: Omit<Byline, 'rest'> = {
        author: personOrNull(dashed.groups!['author']!),
        date: dashed.groups!['date'] ?? null,
        line: block,
      };
      if (found.author !== null || found.date !== null) return { ...found, rest: without(index) };
      desk = { ...found, rest: without(index) };
    }
  }
  return desk ?? { author: null, date: null, line: null, rest: [...blocks] };
}

/** "Jim Heintz, Associated Press": in a list of names, an outlet's or a desk's is not a co-author's. */
function coAuthors(names: string, isOutletName: (line: string) => boolean): string {
  if (!names.includes(',')) return names;
  const people = names.split(/\s*,\s*/).filter((part) => !isOutletName(part) && !deskWords.test(part));
  return people.join(', ');
}
const deskWords = /\b(?:Press|News|Agency|Bureau|Desk|Service|Times|Post|Correspondent|Reporter)\b/;

/** A name as a byline or feed gives it, or null for a desk name or placeholder ("Staff", "admin"). */
export function personOrNull(author: string): string | null {
  // "By Reuters  •": the separator a theme prints after the name is not part of it.
  const trimmed = author.trim().replace(/[\s,.•·|–—-]+$/u, '');
  return placeholders.test(trimmed) ? null : trimmed;
}

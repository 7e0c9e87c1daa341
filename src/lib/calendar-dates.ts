/**
 * YAML reads `2024-13-45` as a date by rolling it over into 2025-02-14, silently. This puts
 * the written text back wherever a field holds a day that is not on the calendar, so the schema
 * rejects it with a message instead of the site showing the wrong day.
 */

const writtenDay = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** True when `YYYY-MM-DD` names a real day. */
export function isCalendarDay(text: string): boolean {
  const match = writtenDay.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The frontmatter data with impossible days replaced by the text the file has for them. */
export function restoreImpossibleDays<T extends Record<string, unknown>>(fileText: string, data: T): T {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(fileText)?.[1] ?? '';
  const restored = { ...data };
  for (const [, field, value] of frontmatter.matchAll(/^([A-Za-z]+):[ \t]*["']?(\d{4}-\d{1,2}-\d{1,2})["']?[ \t]*$/gm)) {
    if (field && value && field in restored && !isCalendarDay(value)) (restored as Record<string, unknown>)[field] = value;
  }
  return restored;
}

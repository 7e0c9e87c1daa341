/** Shortening text read from a page to the length the schema allows a field. */

/** `text` cut to at most `limit` characters, at a word where one is near, with an ellipsis. */
export function shorten(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  const lastSpace = cut.lastIndexOf(' ');
  // A word boundary in the last fifth keeps whole words; further back it would cut too much.
  return `${(lastSpace > limit * 0.8 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

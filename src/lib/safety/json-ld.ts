/**
 * JSON for a `<script type="application/ld+json">` block. A title from a stranger's page may hold
 * `</script>` or `<!--<script>`, which would end the block early or swallow the rest of the page;
 * escaping `<`, `>` and `&` as JSON `\u` escapes keeps the same data and leaves nothing for the
 * HTML parser to see. U+2028 and U+2029 are escaped too, for readers that treat it as JavaScript.
 */
const unsafe = /[<>&\u2028\u2029]/g;

/** `data` as JSON that is safe inside a script element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(unsafe, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

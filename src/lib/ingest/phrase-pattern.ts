/** Text to match literally inside a pattern: "St. Petersburg" matches no "StX Petersburg". */
export function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern that finds any of the phrases as whole words ("Xi" in "Xi said", not in "Xinhua"). */
export function anyOf(phrases: readonly string[], flags = ''): RegExp {
  const escaped = [...phrases].sort((a, b) => b.length - a.length).map(escapeForPattern);
  return new RegExp(`(?<![\\w-])(?:${escaped.join('|')})(?![\\w-])`, flags);
}

/** A pattern that finds any of the phrases as whole words ("Xi" in "Xi said", not in "Xinhua"). */
export function anyOf(phrases: readonly string[], flags = ''): RegExp {
  const escaped = [...phrases].sort((a, b) => b.length - a.length).map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\w-])(?:${escaped.join('|')})(?![\\w-])`, flags);
}

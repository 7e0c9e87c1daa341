/** Reading why a build failed from its output, for the benchmark's report. */

/** What a failed build's output says went wrong: Astro's error name and its cause, else the last error line. */
export function describeBuildFailure(output: string): string {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('at ') && !/^https?:/.test(line));
  const name = lines.findLast((line) => /^\[\w+\]$/.test(line))?.slice(1, -1);
  const causeAt = lines.findLastIndex((line) => line === 'Caused by:');
  const cause = causeAt >= 0 ? lines[causeAt + 1] : undefined;
  if (name || cause) return [name, cause].filter(Boolean).join(', caused by: ');
  return lines.findLast((line) => /error/i.test(line)) ?? lines.at(-1) ?? 'no output';
}

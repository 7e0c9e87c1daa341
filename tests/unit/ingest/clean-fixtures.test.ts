import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBodyTree, stringifyBody } from '../../../src/lib/ingest/build-body.ts';
import { blockRules, inlineRules, sentenceRules, tailRules } from '../../../src/lib/ingest/clean-rules.ts';
import { cleanText } from '../../../src/lib/ingest/clean.ts';
import { extractTitle } from '../../../src/lib/ingest/extract-title.ts';

// Each folder holds a raw input.txt and the output.md an editor would expect; the folder's name
// is the kind of chrome cleaning must report removing. UPDATE_FIXTURES=1 writes output.md; without
// it a missing output.md fails, so a new fixture's expectation is read by a person before it counts.
const root = join(import.meta.dirname, '..', '..', 'fixtures', 'clean');
const cases = readdirSync(root).sort();
const ruleKinds = new Set(
  [...blockRules, ...tailRules, ...sentenceRules, ...inlineRules].map((rule) => rule.kind).concat('duplicate'),
);

function render(input: string) {
  const cleaned = cleanText(input);
  const { title, rest } = extractTitle(cleaned.blocks);
  return { markdown: `# ${title}\n\n${stringifyBody(buildBodyTree(rest))}`, removed: cleaned.removed };
}

describe('cleaning fixtures', () => {
  it('has a fixture for every cleaning rule', () => {
    for (const kind of ruleKinds) expect(cases, `no fixture for rule "${kind}"`).toContain(kind);
  });

  it.each(cases)('cleans %s into the expected markdown', (name) => {
    const { markdown, removed } = render(readFileSync(join(root, name, 'input.txt'), 'utf8'));
    const expectedPath = join(root, name, 'output.md');
    if (process.env['UPDATE_FIXTURES']) writeFileSync(expectedPath, markdown);
    expect(existsSync(expectedPath), `${name}/output.md is missing: write it, or run with UPDATE_FIXTURES=1 and read it`).toBe(
      true,
    );
    expect(markdown).toBe(readFileSync(expectedPath, 'utf8'));
    if (ruleKinds.has(name)) expect(removed.map((removal) => removal.kind)).toContain(name);
  });
});

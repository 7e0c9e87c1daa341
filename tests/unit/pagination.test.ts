import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentRoot } from '../support/seeds.ts';

describe('a tag with more articles than fit one page', () => {
  it('is split into pages of 20 that link to each other, and its feed carries them all', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'summitry-pages-'));
    const content = join(scratch, 'content');
    cpSync(contentRoot, content, { recursive: true });
    // 25 more articles about the Astana summit, each its own entry.
    const source = readFileSync(join(content, 'articles', '2024', 'russia-china-relations-best-ever-putin.md'), 'utf8');
    for (let n = 1; n <= 25; n += 1) {
      writeFileSync(
        join(content, 'articles', '2024', `copy-${n}.md`),
        source.replace(/^title: .*$/m, `title: Copy ${n}`).replace(/^ingestHash: .*\n/m, ''),
      );
    }
    const dist = join(scratch, 'dist');
    const result = spawnSync(process.execPath, ['src/cli/build.ts', '--out-dir', dist, '--cache-dir', join(scratch, 'cache')], {
      env: { ...process.env, SUMMITRY_CONTENT: content },
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    const first = readFileSync(join(dist, 'tags', 'sco', 'index.html'), 'utf8');
    const second = readFileSync(join(dist, 'tags', 'sco', '2', 'index.html'), 'utf8');
    expect(first).toContain('Page 1 of 2');
    expect(first).toContain('href="/tags/sco/2/"');
    expect(second).toContain('href="/tags/sco/"');
    expect(first.match(/<article class="item/g)).toHaveLength(20);
    expect(second.match(/<article class="item/g)).toHaveLength(9);
    expect(existsSync(join(dist, 'tags', 'sco', '3'))).toBe(false);
    expect(readFileSync(join(dist, 'tags', 'sco', 'rss.xml'), 'utf8').match(/<item>/g)).toHaveLength(29);
  }, 120_000);
});

import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/lib/render-markdown.ts';

describe('rendering an entry body', () => {
  it('skips the frontmatter and renders the body as Astro would', async () => {
    const html = await renderMarkdown('---\ntitle: Not shown\n---\n\n## Talks in Astana\n\n"Best ever," he said -- twice.\n');
    expect(html).not.toContain('Not shown');
    expect(html).toContain('<h2 id="talks-in-astana">Talks in Astana</h2>');
    expect(html).toContain('<p>“Best ever,” he said – twice.</p>');
  });

  it('renders GitHub-flavoured tables and links', async () => {
    const html = await renderMarkdown('| Year | Meetings |\n|---|---|\n| 2024 | 3 |\n\nSee <https://example.org>.');
    expect(html).toContain('<td>2024</td>');
    expect(html).toContain('<a href="https://example.org">https://example.org</a>');
  });
});

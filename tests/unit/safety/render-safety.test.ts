import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/lib/render-markdown.ts';
import { isSafeUrl } from '../../../src/lib/safety/safe-url.ts';
import { findLiveMarkup } from '../../support/live-markup.ts';

describe('rendering a body from strangers’ text', () => {
  it.each([
    // Issue 11, finding 1: ingest escapes the tag, and the autolink swallowed the backslash.
    [
      'an autolink followed by a tag',
      'The statement is at https://example.com/\\<img src=x onerror=alert(1)> according to officials.',
    ],
    ['a www autolink with an escaped tag', 'See www.example.com/&lt;img src=x onerror=alert(1)&gt; for more.'],
    ['a script block', '<script>alert(1)</script>\n\nText.'],
    ['an inline event handler', 'Text <b onclick="alert(1)">bold</b> and <img src=x onerror=alert(1)>.'],
    ['an iframe and an svg', '<iframe src="https://evil.example"></iframe>\n\n<svg onload=alert(1)></svg>'],
    ['a javascript: link', '[click](javascript:alert(1))'],
    ['a javascript: link in capitals', '[click](JAVASCRIPT:alert(1))'],
    ['an entity-encoded javascript: link', '[click](&#106;avascript:alert(1))'],
    ['a vbscript: link', '[click](vbscript:msgbox(1))'],
    ['a data: image', '![pixel](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)'],
    ['a javascript: autolink', '<javascript:alert(1)>'],
    ['a reference-style javascript: link', '[click][x]\n\n[x]: javascript:alert(1)'],
  ])('renders %s inert', async (_case, markdown) => {
    expect(findLiveMarkup(await renderMarkdown(markdown))).toEqual([]);
  });

  it('shows raw HTML as the text it is, so nothing an editor wrote is lost', async () => {
    expect(await renderMarkdown('Text <b onclick="x">bold</b>.')).toBe('<p>Text &lt;b onclick="x"&gt;bold&lt;/b&gt;.</p>\n');
  });

  it('keeps web, mail and on-site links, and drops only the unsafe address', async () => {
    const html = await renderMarkdown('[a](https://a.example/x) [m](mailto:desk@a.example) [s](/summits/x/) [j](javascript:x)');
    expect(html).toBe(
      '<p><a href="https://a.example/x">a</a> <a href="mailto:desk@a.example">m</a> <a href="/summits/x/">s</a> <a>j</a></p>\n',
    );
  });

  it('shows an image with an unsafe source as its description', async () => {
    expect(await renderMarkdown('![Putin and Xi](javascript:alert(1))')).toBe('<p>Putin and Xi</p>\n');
  });
});

describe('isSafeUrl', () => {
  it.each(['https://a.example/x', 'http://a.example', 'mailto:a@b.example', '/summits/x/', '#note-1', 'page.html', '?q=1'])(
    'allows %s',
    (address) => expect(isSafeUrl(address)).toBe(true),
  );

  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'JaVaScRiPt:x',
    'data:text/html,x',
    'vbscript:x',
    'file:///etc/passwd',
  ])('refuses %j', (address) => expect(isSafeUrl(address)).toBe(false));
});

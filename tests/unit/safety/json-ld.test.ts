import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { jsonLdText } from '../../../src/lib/safety/json-ld.ts';

describe('JSON-LD text', () => {
  const hostile = { headline: 'Talks <!--<script> end </script><img src=x onerror=alert(1)> & more\u2028\u2029' };

  it('keeps the data: it parses back to the same object', () => {
    expect(JSON.parse(jsonLdText(hostile))).toEqual(hostile);
  });

  it('leaves nothing in a title for the HTML parser to end the block on (issue 11, finding 4)', () => {
    const text = jsonLdText(hostile);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    const { document } = parseHTML(
      `<html><head><script type="application/ld+json">${text}</script></head><body><p>After</p></body></html>`,
    );
    expect(document.querySelectorAll('script')).toHaveLength(1);
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('p')?.textContent).toBe('After');
  });
});

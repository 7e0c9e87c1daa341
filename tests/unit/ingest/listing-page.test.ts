import { describe, expect, it } from 'vitest';
import { isListingAddress } from '../../../src/lib/ingest/listing-page.ts';

describe('isListingAddress', () => {
  it.each([
    'https://enewspolar.example/tag/russia-china-relations',
    'https://www.example.com/tag/xi-jinping/',
    'http://example.org/tags/conference-interaction-asia',
    'https://example.net/english/category/imperialism/alliance-china-russia/',
    'https://example.com/category/world-news/page/24',
    'http://staging.example.com/?paged=2&tag=putin',
  ])('takes %s for a list of stories', (url) => {
    expect(isListingAddress(url)).toBe(true);
  });

  it.each([
    'https://example.com/2024/05/16/putin-arrives-in-beijing/',
    'https://example.com/news/tagged-for-talks-putin-xi',
    'https://example.com/tag/putin-xi/2024/05/16/story?ref=home',
    'not an address',
  ])('takes %s for no list', (url) => {
    expect(isListingAddress(url)).toBe(false);
  });
});

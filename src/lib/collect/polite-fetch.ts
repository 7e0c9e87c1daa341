/**
 * Fetching as a guest: robots.txt honoured (robots-parser), a user agent that says who we are,
 * one queue per host with a concurrency cap and a pause between requests (p-queue), conditional
 * requests, and got's timeouts, redirect cap, decompression and retries with backoff on 429 and
 * 5xx that wait out a Retry-After.
 */
import got, { type Got } from 'got';
import PQueue from 'p-queue';
import robotsParser from 'robots-parser';

export interface PoliteOptions {
  /** Names the site and its address, so a publisher knows who is asking. */
  userAgent: string;
  /** Requests in flight to one host at a time. */
  perHostConcurrency: number;
  /** Pause between two requests to one host, in ms (raised to a robots.txt Crawl-delay). */
  perHostDelayMs: number;
  timeoutMs: number;
  retries: number;
  /** The longest Retry-After we wait for, in ms; a longer one fails the request. */
  maxRetryAfterMs: number;
  maxRedirects: number;
  /** Bodies past this many bytes are cut off and the fetch fails. */
  maxBytes: number;
}

/** Validators from an earlier response, for a conditional request. */
export interface Validators {
  etag?: string | undefined;
  lastModified?: string | undefined;
}

export type FetchOutcome =
  | { kind: 'fetched'; url: string; body: Buffer; contentType: string | undefined; validators: Validators }
  | { kind: 'not-modified' }
  | { kind: 'disallowed'; reason: string }
  | { kind: 'failed'; reason: string };

/** A site's rules: parsed, everything allowed (no robots.txt), or nothing (it could not be read, and why). */
type Robots = ReturnType<typeof robotsParser> | 'all' | { none: string };

/** A fetcher that keeps its queues and robots.txt answers for one run. */
export function politeFetcher(options: PoliteOptions) {
  const client: Got = got.extend({
    headers: { 'user-agent': options.userAgent, accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
    timeout: { request: options.timeoutMs },
    retry: {
      limit: options.retries,
      methods: ['GET'],
      statusCodes: [408, 429, 500, 502, 503, 504],
      maxRetryAfter: options.maxRetryAfterMs,
      backoffLimit: 30_000,
    },
    maxRedirects: options.maxRedirects,
    throwHttpErrors: false,
    responseType: 'buffer',
    decompress: true,
  });
  const robots = new Map<string, Promise<Robots>>();
  const queues = new Map<string, Promise<PQueue>>();

  async function robotsFor(origin: string): Promise<Robots> {
    try {
      const response = await client(`${origin}/robots.txt`, { retry: { limit: 1 }, responseType: 'text' });
      if (response.statusCode >= 500) return { none: `robots.txt answered HTTP ${response.statusCode}` };
      if (response.statusCode >= 400) return 'all';
      return robotsParser(`${origin}/robots.txt`, response.body);
    } catch (error) {
      // RFC 9309: a robots.txt that cannot be reached means the whole site is off limits for now.
      return { none: `robots.txt unreachable: ${reasonOf(error, options)}` };
    }
  }

  function robotsOf(origin: string): Promise<Robots> {
    return robots.get(origin) ?? robots.set(origin, robotsFor(origin)).get(origin)!;
  }

  function queueOf(origin: string): Promise<PQueue> {
    const known = queues.get(origin);
    if (known) return known;
    const made = robotsOf(origin).then((rules) => {
      const crawlDelay =
        typeof rules === 'object' && !('none' in rules) ? (rules.getCrawlDelay(options.userAgent) ?? 0) * 1000 : 0;
      const interval = Math.max(options.perHostDelayMs, crawlDelay);
      return new PQueue({ concurrency: options.perHostConcurrency, ...(interval > 0 ? { interval, intervalCap: 1 } : {}) });
    });
    queues.set(origin, made);
    return made;
  }

  /** Null when robots.txt lets us fetch the address, else why not. */
  async function refusal(address: string): Promise<string | null> {
    const rules = await robotsOf(new URL(address).origin);
    if (rules === 'all') return null;
    if ('none' in rules) return rules.none;
    return rules.isAllowed(address, options.userAgent) === false ? 'robots.txt disallows it' : null;
  }

  /** GETs one address politely; never throws. */
  async function fetchPolitely(address: string, validators: Validators = {}): Promise<FetchOutcome> {
    const refused = await refusal(address);
    if (refused) return { kind: 'disallowed', reason: refused };
    const queue = await queueOf(new URL(address).origin);
    return queue.add(() => request(address, validators));
  }

  async function request(address: string, validators: Validators): Promise<FetchOutcome> {
    const headers: Record<string, string> = {};
    if (validators.etag) headers['if-none-match'] = validators.etag;
    if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
    const pending = client(address, { headers, responseType: 'buffer' });
    pending.on('downloadProgress', (progress) => {
      if (progress.transferred > options.maxBytes) pending.cancel(`larger than ${megabytes(options.maxBytes)}`);
    });
    try {
      const response = await pending;
      if (response.statusCode === 304) return { kind: 'not-modified' };
      if (response.statusCode >= 400) return { kind: 'failed', reason: `HTTP ${response.statusCode}` };
      const refused = await refusal(response.url);
      if (refused) return { kind: 'disallowed', reason: `redirected to ${response.url}: ${refused}` };
      return {
        kind: 'fetched',
        url: response.url,
        body: response.body,
        contentType: response.headers['content-type'],
        validators: { etag: response.headers.etag, lastModified: response.headers['last-modified'] },
      };
    } catch (error) {
      return { kind: 'failed', reason: reasonOf(error, options) };
    }
  }

  return { fetch: fetchPolitely };
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1_048_576) * 10) / 10} MB`;
}

/** Why a request failed, in a few words an editor can act on. */
function reasonOf(error: unknown, options: PoliteOptions): string {
  const { name, code, message } = error as { name?: string; code?: string; message?: string };
  if (name === 'CancelError')
    return `page ${message?.includes('larger') ? message : `larger than ${megabytes(options.maxBytes)}`}`;
  if (name === 'MaxRedirectsError') return `more than ${options.maxRedirects} redirects`;
  if (name === 'TimeoutError' || code === 'ETIMEDOUT') return `no answer within ${options.timeoutMs / 1000} s`;
  if (code) return code;
  return message ?? String(error);
}

/**
 * A news site on localhost for collect's tests: feeds in every format it reads, and pages that
 * behave as real servers do on a bad day (slow, huge, looping, rate-limited, failing once, in
 * windows-1251). It counts the requests each path receives.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

/** An article page about the two leaders (or, with `about: 'other'`, about something else). */
export function articleHtml(title: string, { about = 'leaders', charset = 'utf-8', canonical = '', dated = true } = {}): string {
  const body =
    about === 'leaders'
      ? `<p>MOSCOW — Russian President Vladimir Putin and Chinese President Xi Jinping held talks in the Kremlin on Thursday, their aides said.</p>
         <p>Putin called the partnership a stabilising force, and Xi said the two countries would deepen cooperation in trade and energy.</p>
         <p>The leaders signed a joint statement after more than three hours of talks, officials said.</p>`
      : `<p>Farmers in the region expect a record wheat harvest this year after a mild winter and a wet spring.</p>
         <p>Prices at the local market fell for the third week in a row, traders said.</p>`;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="${charset}"><title>${title}</title>
${dated ? '<meta property="article:published_time" content="2025-05-08T10:00:00Z">' : ''}
${canonical ? `<link rel="canonical" href="${canonical}">` : ''}</head>
<body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>${body}</article></body></html>`;
}

/** Text in windows-1251: ASCII as is, Cyrillic А–я, Ё and ё in their code page places. */
export function windows1251(text: string): Buffer {
  return Buffer.from(
    [...text].map((char) => {
      const code = char.charCodeAt(0);
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      if (char === 'Ё') return 0xa8;
      if (char === 'ё') return 0xb8;
      return 0x3f;
    }),
  );
}

type Handler = (request: IncomingMessage, response: ServerResponse, hit: number) => void;

/** Serves `routes` on a free port; `hits` counts requests per path (query included). */
export async function startNewsServer(routes: (origin: string) => Record<string, Handler>) {
  const hits = new Map<string, number>();
  let table: Record<string, Handler> = {};
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    const hit = (hits.get(path) ?? 0) + 1;
    hits.set(path, hit);
    const handler = table[path] ?? table[path.split('?')[0]!];
    if (!handler) {
      response.writeHead(404).end('not found');
      return;
    }
    handler(request, response, hit);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  table = routes(origin);
  return {
    origin,
    hits,
    /** Requests for a path, whatever its query. */
    hitsOf: (path: string) => [...hits].filter(([key]) => key.split('?')[0] === path).reduce((sum, [, count]) => sum + count, 0),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Answers with `body`, honouring an ETag or Last-Modified the client sends back. */
export function conditional(body: string, type: string, validators: { etag?: string; lastModified?: string }): Handler {
  return (request, response) => {
    const fresh =
      (validators.etag && request.headers['if-none-match'] === validators.etag) ||
      (validators.lastModified && request.headers['if-modified-since'] === validators.lastModified);
    const headers = {
      'content-type': type,
      ...(validators.etag ? { etag: validators.etag } : {}),
      ...(validators.lastModified ? { 'last-modified': validators.lastModified } : {}),
    };
    if (fresh) response.writeHead(304, headers).end();
    else if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? ''))
      response.writeHead(200, { ...headers, 'content-encoding': 'gzip' }).end(gzipSync(body));
    else response.writeHead(200, headers).end(body);
  };
}

export const html =
  (body: string | Buffer, type = 'text/html; charset=utf-8'): Handler =>
  (_request, response) =>
    response.writeHead(200, { 'content-type': type }).end(body);

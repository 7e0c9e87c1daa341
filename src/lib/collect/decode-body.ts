/**
 * Bytes to text in the page's own character set: the HTTP header's charset, else a byte-order
 * mark or `<meta charset>` (the HTML standard's sniffing, by html-encoding-sniffer).
 */
import sniffHtmlEncoding from 'html-encoding-sniffer';

/** The charset a Content-Type header names, if any. */
function charsetOf(contentType: string | undefined): string | undefined {
  return /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
}

/** Decodes a page, feed or sitemap; XML and JSON default to UTF-8, HTML to windows-1252 as browsers do. */
export function decodeBody(bytes: Uint8Array, contentType: string | undefined, { xml = false } = {}): string {
  const encoding = sniffHtmlEncoding(bytes, {
    transportLayerEncodingLabel: charsetOf(contentType),
    xml,
    defaultEncoding: xml ? 'UTF-8' : 'windows-1252',
  });
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

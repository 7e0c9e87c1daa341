// html-encoding-sniffer ships no types; this is the one function it exports.
declare module 'html-encoding-sniffer' {
  export default function sniffHtmlEncoding(
    bytes: Uint8Array,
    options?: { transportLayerEncodingLabel?: string | undefined; xml?: boolean; defaultEncoding?: string },
  ): string;
}

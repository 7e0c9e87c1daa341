/**
 * The Content-Security-Policy every page carries, as a meta tag (a static host may set no
 * headers). Only our own files may run or be loaded: no inline script, no other origin, no
 * plugins. Pagefind's search compiles its WebAssembly index ('wasm-unsafe-eval', which allows
 * WebAssembly only, never JavaScript eval) and runs in a worker of ours.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

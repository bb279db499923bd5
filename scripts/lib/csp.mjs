// @ts-check
/**
 * The Content-Security-Policy of a strict council site, which the elements must work under: the
 * demo server, the consumer test, the benchmark's Lighthouse run and the browser tests all send
 * this one.
 */
export const strictCsp = "default-src 'self'; script-src 'self'; style-src 'self'";

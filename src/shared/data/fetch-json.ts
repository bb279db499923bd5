import { DataError, errorMessage } from './errors.js';

/** How much a fetched data file may be, and how long it may take. */
export interface FetchLimits {
  maxBytes: number;
  timeoutMs: number;
}

/**
 * Fetches a JSON file with limits, for data from a URL a council configured (which the library
 * does not control): a file over `maxBytes` is refused before it is parsed (a 50 MB file would
 * block the page for seconds), and a server that never answers gives up after `timeoutMs`.
 *
 * A 404 is `not-found`; offline, a server error or a timeout is `network` (worth trying again);
 * a body too large or not JSON is `invalid`. Credentials follow the fetch default (same origin
 * only), so nothing goes to another host.
 */
export async function fetchJson(url: URL, limits: FetchLimits): Promise<unknown> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(new DataError(`${url.href} did not answer within ${limits.timeoutMs / 1000} s`, 'network')), limits.timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, { credentials: 'same-origin', signal: abort.signal });
    } catch (error) {
      throw abort.signal.aborted ? (abort.signal.reason as DataError) : new DataError(`could not fetch ${url.href}: ${errorMessage(error)}`, 'network');
    }
    if (response.status === 404) throw new DataError(`${url.href} was not found (404)`, 'not-found');
    if (!response.ok) throw new DataError(`${url.href} answered ${response.status}`, 'network');
    const text = await readText(response, url, limits.maxBytes, abort);
    try {
      return JSON.parse(text);
    } catch {
      throw new DataError(`${url.href} is not valid JSON`, 'invalid');
    }
  } finally {
    clearTimeout(timer);
  }
}

/** The body as text, stopping (and cancelling the download) as soon as it passes maxBytes. */
async function readText(response: Response, url: URL, maxBytes: number, abort: AbortController): Promise<string> {
  const tooLarge = () => new DataError(`${url.href} is larger than ${Math.round(maxBytes / 1e6)} MB, the limit for this file`, 'invalid');
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    abort.abort();
    throw tooLarge();
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        void reader.cancel();
        throw tooLarge();
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw abort.signal.aborted ? (abort.signal.reason as DataError) : new DataError(`could not read ${url.href}: ${errorMessage(error)}`, 'network');
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

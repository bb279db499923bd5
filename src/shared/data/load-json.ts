/** Why a data file could not be used. */
export class DataError extends Error {
  constructor(
    message: string,
    readonly kind: 'not-found' | 'network' | 'invalid',
  ) {
    super(message);
    this.name = 'DataError';
  }
}

/**
 * Fetches a JSON file. A 404 is `not-found`; anything else that goes wrong (offline, a server
 * error, a body that is not JSON) is `network` or `invalid`, which the elements offer to retry.
 * Credentials follow the fetch default (same origin only, so nothing goes to another host); that
 * is also what <link rel="preload" as="fetch" crossorigin> uses, so the preload hints of the
 * embed-code builder are reused instead of fetched twice.
 */
export async function loadJson(url: URL): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch (error) {
    throw new DataError(`could not fetch ${url.href}: ${(error as Error).message}`, 'network');
  }
  if (response.status === 404) throw new DataError(`${url.href} was not found (404)`, 'not-found');
  if (!response.ok) throw new DataError(`${url.href} answered ${response.status}`, 'network');
  try {
    return await response.json();
  } catch {
    throw new DataError(`${url.href} is not valid JSON`, 'invalid');
  }
}

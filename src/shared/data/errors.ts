/**
 * Why data could not be shown: `not-found` (no such id, or a 404), `network` (offline, a server
 * error, a chunk that did not arrive: worth trying again), `invalid` (data that fails
 * validation or its limits) or `missing-id` (the element was not told what to show).
 */
export type DataErrorKind = 'not-found' | 'network' | 'invalid' | 'missing-id';

export class DataError extends Error {
  constructor(
    message: string,
    readonly kind: DataErrorKind,
  ) {
    super(message);
    this.name = 'DataError';
  }
}

const kinds: readonly string[] = ['not-found', 'network', 'invalid', 'missing-id'];

/**
 * Any failure as a DataError, which is what elements show and report. A DataError made by
 * another copy of the library (a provider from one script, elements from another) is another
 * class, so it is recognised by its name and kind, and a "no such id" stays a "no such id".
 */
export function asDataError(error: unknown): DataError {
  if (error instanceof DataError) return error;
  if (error instanceof Error && error.name === 'DataError' && kinds.includes((error as { kind?: string }).kind ?? '')) {
    return new DataError(error.message, (error as unknown as DataError).kind);
  }
  return new DataError(errorMessage(error), 'invalid');
}

/** The message of anything thrown. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

import { DataError } from './errors.js';
import type { CaseStudy, CaseStudySummary, MembersData, PrincipleName, PrincipleStatement } from './types.js';

/**
 * Where the elements get their data. Two kinds exist: the data bundled with the library
 * (bundled.ts, ES modules loaded with import()) and a snapshot a <ccin-provider src> fetched
 * (snapshot-source.ts). Elements never know which one they have.
 *
 * Every method returns the same promise for the same question while it is pending or has
 * succeeded, so elements that ask together share one load; a failed load is forgotten, so that
 * "Try again" asks again.
 */
export interface CcinDataSource {
  readonly principles: readonly PrincipleName[];
  /** A principle's statement (for "full" badges); undefined for an unknown id. */
  principleStatement(id: string): Promise<PrincipleStatement | undefined>;
  /** Rejects with a DataError of kind `not-found` when there is no such case study. */
  caseStudy(id: string): Promise<CaseStudy>;
  caseStudyIndex(): Promise<CaseStudySummary[]>;
  /** One entry of the index (for a card), found by id; rejects with `not-found` like caseStudy(). */
  caseStudySummary(id: string): Promise<CaseStudySummary>;
  members(): Promise<MembersData>;
}

/** Case-study ids are readable slugs; anything else cannot name one. */
export const caseStudyIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The index by id, made once per index (a card looks itself up in it). */
const summariesById = new WeakMap<readonly CaseStudySummary[], Map<string, CaseStudySummary>>();

/** Finds a case study's index entry, as every data source's caseStudySummary() does. */
export function summaryFromIndex(index: readonly CaseStudySummary[], id: string): CaseStudySummary {
  let byId = summariesById.get(index);
  if (!byId) {
    byId = new Map(index.map((entry) => [entry.id, entry]));
    summariesById.set(index, byId);
  }
  const summary = byId.get(id);
  if (!summary) throw new DataError(`no case study “${id}”`, 'not-found');
  return summary;
}

/**
 * Remembers one promise per key: shared while pending or fulfilled, dropped when rejected so
 * the next call tries again.
 */
export class PromiseMemo {
  readonly #promises = new Map<string, Promise<unknown>>();

  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    let promise = this.#promises.get(key) as Promise<T> | undefined;
    if (!promise) {
      promise = load();
      this.#promises.set(key, promise);
      promise.catch(() => this.#promises.delete(key));
    }
    return promise;
  }
}

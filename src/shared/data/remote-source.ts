import { bundledData } from './bundled.js';
import { caseStudyIdPattern, PromiseMemo, summaryFromIndex, type CcinDataSource } from './data-source.js';
import { DataError } from './errors.js';
import { fetchJson, type FetchLimits } from './fetch-json.js';
import { SnapshotDataSource } from './snapshot-source.js';
import type { CaseStudy, CaseStudySummary, MembersData, PrincipleName, PrincipleStatement } from './types.js';
import type { SplitManifest } from './validate.js';

/**
 * Limits for data from a provider's `src`. A whole snapshot of 8 MB is about 20 times today's;
 * larger data should be published split (one file per case study), which has no such ceiling
 * because a page fetches only the files it shows.
 */
export const remoteLimits = {
  snapshot: { maxBytes: 8_000_000, timeoutMs: 20_000 },
  index: { maxBytes: 8_000_000, timeoutMs: 20_000 },
  file: { maxBytes: 1_000_000, timeoutMs: 20_000 },
} satisfies Record<string, FetchLimits>;

/** What a provider's `src` turned out to be. */
export type RemoteKind = { kind: 'snapshot'; caseStudies: number } | { kind: 'split' };

const validation = () => import('./validate.js');

/**
 * The data of a provider's `src`: a whole snapshot (dist/data/ccin-snapshot.json) or a split one
 * (dist/data/ccin-data.json, which names an index, the members and one file per case study).
 * Elements inside the provider use it from the start: their questions wait for `src` to load,
 * so nothing asks the bundled data first. Everything is checked before use; if `src` cannot be
 * loaded or is not valid, the questions are answered from the bundled data instead.
 */
export class RemoteDataSource implements CcinDataSource {
  readonly ready: Promise<RemoteKind>;
  #source?: CcinDataSource;
  readonly #memo = new PromiseMemo();

  readonly #fallback: CcinDataSource;
  readonly #timeoutMs: number;

  /** `timeoutMs`: how long each file may take (default 20 s). */
  constructor(
    readonly url: URL,
    { fallback = bundledData, timeoutMs = remoteLimits.snapshot.timeoutMs }: { fallback?: CcinDataSource; timeoutMs?: number } = {},
  ) {
    this.#fallback = fallback;
    this.#timeoutMs = timeoutMs;
    this.ready = this.#load();
    this.ready.catch(() => {}); // the provider reports the failure; the questions fall back
  }

  async #load(): Promise<RemoteKind> {
    const value = await fetchJson(this.url, { ...remoteLimits.snapshot, timeoutMs: this.#timeoutMs });
    const { checked, checkedSnapshot } = await validation();
    if (value && typeof value === 'object' && (value as { format?: unknown }).format === 'ccin-split-snapshot') {
      this.#source = new SplitDataSource(this.url, checked('splitManifest', value, this.url.href), this.#timeoutMs);
      return { kind: 'split' };
    }
    const snapshot = checkedSnapshot(value, this.url.href);
    this.#source = new SnapshotDataSource(snapshot);
    return { kind: 'snapshot', caseStudies: snapshot.caseStudies.length };
  }

  /** The source's principles once loaded; the bundled ones until then (badges render at once). */
  get principles(): readonly PrincipleName[] {
    return (this.#source ?? this.#fallback).principles;
  }

  #ask<T>(key: string, question: (source: CcinDataSource) => Promise<T>): Promise<T> {
    return this.#memo.get(key, () =>
      this.ready.then(
        () => question(this.#source!),
        () => question(this.#fallback),
      ),
    );
  }

  principleStatement(id: string): Promise<PrincipleStatement | undefined> {
    return this.#ask(`statement:${id}`, (source) => source.principleStatement(id));
  }
  caseStudy(id: string): Promise<CaseStudy> {
    return this.#ask(`case-study:${id}`, (source) => source.caseStudy(id));
  }
  caseStudyIndex(): Promise<CaseStudySummary[]> {
    return this.#ask('index', (source) => source.caseStudyIndex());
  }
  caseStudySummary(id: string): Promise<CaseStudySummary> {
    return this.#ask(`summary:${id}`, (source) => source.caseStudySummary(id));
  }
  members(): Promise<MembersData> {
    return this.#ask('members', (source) => source.members());
  }
}

/** A split snapshot: each file fetched when first needed, checked, and kept. */
class SplitDataSource implements CcinDataSource {
  readonly principles: readonly PrincipleName[];
  readonly #memo = new PromiseMemo();

  readonly #base: URL;
  readonly #manifest: SplitManifest;
  readonly #timeoutMs: number;

  constructor(base: URL, manifest: SplitManifest, timeoutMs: number) {
    this.#base = base;
    this.#manifest = manifest;
    this.#timeoutMs = timeoutMs;
    this.principles = manifest.principles;
  }

  #file<T>(path: string, limits: FetchLimits, check: (value: unknown, what: string) => T): Promise<T> {
    const url = new URL(path, this.#base);
    return this.#memo.get(url.href, () => fetchJson(url, { ...limits, timeoutMs: this.#timeoutMs }).then((value) => check(value, url.href)));
  }

  principleStatement(id: string): Promise<PrincipleStatement | undefined> {
    const principle = this.#manifest.principles.find((p) => p.id === id);
    return Promise.resolve(principle && (principle.points ? { statement: principle.statement, points: principle.points } : { statement: principle.statement }));
  }

  caseStudy(id: string): Promise<CaseStudy> {
    if (!caseStudyIdPattern.test(id)) return Promise.reject(new DataError(`no case study “${id}”`, 'not-found'));
    return validation().then(({ checked }) =>
      this.#file(this.#manifest.caseStudies.split('{id}').join(id), remoteLimits.file, (value, what) => {
        const study = checked('caseStudy', value, what);
        if (study.id !== id) throw new DataError(`${what} holds the case study “${study.id}”, not “${id}”`, 'invalid');
        return study;
      }),
    );
  }

  caseStudyIndex(): Promise<CaseStudySummary[]> {
    return validation().then(({ checked }) => this.#file(this.#manifest.index, remoteLimits.index, (value, what) => checked('caseStudyIndex', value, what)));
  }

  caseStudySummary(id: string): Promise<CaseStudySummary> {
    return this.caseStudyIndex().then((index) => summaryFromIndex(index, id));
  }

  members(): Promise<MembersData> {
    return validation().then(({ checked }) => this.#file(this.#manifest.members, remoteLimits.index, (value, what) => checked('membersFile', value, what)));
  }
}

import { bundledData } from './bundled.js';
import type { Check, Checked, SplitManifest } from './check.js';
import { caseStudyIdPattern, PromiseMemo, summaryFromIndex, type CcinDataSource } from './data-source.js';
import { DataError } from './errors.js';
import { fetchJson, type FetchLimits } from './fetch-json.js';
import type { CaseStudy, CaseStudySummary, MembersData, Principle, PrincipleName, PrincipleStatement } from './types.js';

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

/** A chunk of the library that did not arrive (offline, a server error): worth trying again. */
const chunkFailed = (what: string) => (error: unknown): never => {
  throw new DataError(`${what} could not be loaded: ${error instanceof Error ? error.message : String(error)}`, 'network');
};
/** The checker, and the manifest's part of the schema (about 5 KB gzip); the other parts load with their files. */
const checks = () => import('./check.js').catch(chunkFailed('the data checker'));
/** The check of a whole snapshot: the whole schema and the integrity rules, loaded only for one. */
const wholeSnapshot = () => import('./validate.js').catch(chunkFailed('the data checker'));
const checkFor = <D extends keyof Checked>(definition: D): Promise<Check<Checked[D]>> => checks().then((module) => module.checkFor(definition));

/** A new task (through a message, not a timer, which a hidden tab would hold back for a second). */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * The data of a provider's `src`: a whole snapshot (dist/data/ccin-snapshot.json) or a split one
 * (dist/data/ccin-data.json, which has the principles' names and names the principles in full,
 * an index, the members and one file per case study). Elements inside the provider use it from
 * the start: their questions wait for `src` to load, so nothing asks the bundled data first.
 * Everything is checked before use; if `src` cannot be loaded or is not valid, the questions are
 * answered from the bundled data instead.
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
    // The checker loads while the file downloads: every src needs it.
    const [value] = await Promise.all([fetchJson(this.url, { ...remoteLimits.snapshot, timeoutMs: this.#timeoutMs }), checks()]);
    const what = this.url.href;
    if (value && typeof value === 'object' && (value as { format?: unknown }).format === 'ccin-split-snapshot') {
      // Version 1 (as 0.2 wrote it) has the principles in full inside; version 2 names a file for them.
      if ((value as { version?: unknown }).version === 1) {
        const { principles, ...paths } = (await checkFor('splitManifestV1'))(value, what);
        const names = principles.map(({ id, name }) => ({ id, name }));
        this.#source = new SplitDataSource(this.url, { ...paths, version: 2, principles: names, principleDetails: '' }, this.#timeoutMs, principles);
      } else this.#source = new SplitDataSource(this.url, (await checkFor('splitManifest'))(value, what), this.#timeoutMs);
      return { kind: 'split' };
    }
    // The longest step (about 50 ms on a laptop for today's snapshot, more on a phone), in slices
    // that let the page handle input and paint between them; then, valid or not, the elements
    // render in a task of their own.
    const { source, caseStudies } = await (await wholeSnapshot()).snapshotSource(value, what, yieldToPage).finally(yieldToPage);
    this.#source = source;
    return { kind: 'snapshot', caseStudies };
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

/**
 * A split snapshot: each file fetched when first needed, checked completely with its part of the
 * schema (which loads while the file downloads), and kept.
 */
class SplitDataSource implements CcinDataSource {
  readonly principles: readonly PrincipleName[];
  readonly #memo = new PromiseMemo();

  readonly #base: URL;
  readonly #manifest: SplitManifest;
  readonly #timeoutMs: number;
  /** A version 1 manifest's principles, in full; a version 2 manifest names a file for them. */
  readonly #principles?: readonly Principle[];

  constructor(base: URL, manifest: SplitManifest, timeoutMs: number, principles?: readonly Principle[]) {
    const ids = new Set(manifest.principles.map((p) => p.id));
    if (ids.size !== manifest.principles.length) throw new DataError(`${base.href} is not valid: a principle is listed twice`, 'invalid');
    this.#base = base;
    this.#manifest = manifest;
    this.#timeoutMs = timeoutMs;
    this.#principles = principles;
    this.principles = manifest.principles;
  }

  #file<T>(path: string, limits: FetchLimits, check: () => Promise<Check<T>>): Promise<T> {
    const url = new URL(path, this.#base);
    return this.#memo.get(url.href, () =>
      Promise.all([fetchJson(url, { ...limits, timeoutMs: this.#timeoutMs }), check()]).then(([value, checked]) => checked(value, url.href)),
    );
  }

  /** The principles in full: a version 1 manifest's own, or the file a version 2 manifest names, which must list the same principles. */
  #fullPrinciples(): Promise<readonly Principle[]> {
    if (this.#principles) return Promise.resolve(this.#principles);
    return this.#file(this.#manifest.principleDetails, remoteLimits.file, () => checkFor('principles')).then((principles) => {
      const listed = (list: readonly PrincipleName[]) => list.map(({ id, name }) => `${id}: ${name}`).join('\n');
      if (listed(principles) !== listed(this.#manifest.principles)) {
        throw new DataError(`${new URL(this.#manifest.principleDetails, this.#base).href} is not valid: its principles are not the ones ${this.#base.href} lists`, 'invalid');
      }
      return principles;
    });
  }

  principleStatement(id: string): Promise<PrincipleStatement | undefined> {
    if (!this.#manifest.principles.some((p) => p.id === id)) return Promise.resolve(undefined);
    return this.#fullPrinciples().then((principles) => {
      const principle = principles.find((p) => p.id === id);
      return principle && (principle.points ? { statement: principle.statement, points: principle.points } : { statement: principle.statement });
    });
  }

  caseStudy(id: string): Promise<CaseStudy> {
    if (!caseStudyIdPattern.test(id)) return Promise.reject(new DataError(`no case study “${id}”`, 'not-found'));
    const path = this.#manifest.caseStudies.split('{id}').join(id);
    const check = () =>
      checkFor('caseStudy').then((checked): Check<CaseStudy> => (value, what) => {
        const study = checked(value, what);
        if (study.id !== id) throw new DataError(`${what} holds the case study “${study.id}”, not “${id}”`, 'invalid');
        return study;
      });
    return this.#file(path, remoteLimits.file, check);
  }

  caseStudyIndex(): Promise<CaseStudySummary[]> {
    return this.#file(this.#manifest.index, remoteLimits.index, () => checkFor('caseStudyIndex'));
  }

  caseStudySummary(id: string): Promise<CaseStudySummary> {
    return this.caseStudyIndex().then((index) => summaryFromIndex(index, id));
  }

  members(): Promise<MembersData> {
    return this.#file(this.#manifest.members, remoteLimits.index, () => checkFor('membersFile'));
  }
}

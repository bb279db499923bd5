import { defaultDataBase } from './data-url.js';
import { DataError, loadJson } from './load-json.js';
import { bundledPrinciples, loadBundledStatement } from './principles.js';
import { summarise } from './summarise.js';
import type { CaseStudy, CaseStudySummary, MembersData, PrincipleName, PrincipleStatement, Snapshot } from './types.js';
import { validateCaseStudy, validateIndex, validateMembers, ValidationError } from './validate.js';

/** Where the elements get their data: the bundled files, or a snapshot a provider loaded. */
export interface CcinDataSource {
  readonly principles: readonly PrincipleName[];
  /** A principle's statement (for "full" badges); undefined for an unknown id. */
  principleStatement(id: string): Promise<PrincipleStatement | undefined>;
  /** Rejects with a DataError of kind `not-found` when there is no such case study. */
  caseStudy(id: string): Promise<CaseStudy>;
  caseStudyIndex(): Promise<CaseStudySummary[]>;
  members(): Promise<MembersData>;
  /** A page listing the valid case-study ids, for "not found" messages. */
  readonly idListUrl: URL;
}

/** Case-study ids are readable slugs; anything else cannot name a file. */
export const caseStudyIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function asDataError(error: unknown, what: string): DataError {
  if (error instanceof DataError) return error;
  if (error instanceof ValidationError) return new DataError(`${what} is not valid (${error.message})`, 'invalid');
  return new DataError(`${what}: ${String(error)}`, 'invalid');
}

/**
 * Reads the data files the build writes (data/case-studies/<id>.json, data/case-study-index.json,
 * data/members.json). Each file is fetched once per page and shared by every element that asks;
 * a failed fetch is forgotten so that "Try again" fetches it again.
 */
export class FileDataSource implements CcinDataSource {
  readonly principles = bundledPrinciples;
  readonly idListUrl: URL;

  principleStatement(id: string): Promise<PrincipleStatement | undefined> {
    return loadBundledStatement(id);
  }
  private readonly cache = new Map<string, Promise<unknown>>();

  constructor(private readonly base: URL) {
    this.idListUrl = new URL('../docs/case-study-ids.html', base);
  }

  private load<T>(path: string, parse: (value: unknown) => T): Promise<T> {
    let pending = this.cache.get(path) as Promise<T> | undefined;
    if (!pending) {
      const url = new URL(path, this.base);
      pending = loadJson(url).then(
        (value) => {
          try {
            return parse(value);
          } catch (error) {
            throw asDataError(error, url.href);
          }
        },
      );
      pending.catch(() => this.cache.delete(path));
      this.cache.set(path, pending);
    }
    return pending;
  }

  caseStudy(id: string): Promise<CaseStudy> {
    if (!caseStudyIdPattern.test(id)) {
      return Promise.reject(new DataError(`“${id}” is not a case-study id`, 'not-found'));
    }
    return this.load(`case-studies/${id}.json`, (value) => validateCaseStudy(value));
  }

  caseStudyIndex(): Promise<CaseStudySummary[]> {
    return this.load('case-study-index.json', (value) => validateIndex(value));
  }

  members(): Promise<MembersData> {
    return this.load('members.json', (value) => validateMembers(value));
  }
}

/** Serves everything from one snapshot already in memory (a provider's `src`). */
export class SnapshotDataSource implements CcinDataSource {
  readonly principles: readonly PrincipleName[];
  private readonly byId: Map<string, CaseStudy>;
  private readonly index: CaseStudySummary[];

  constructor(
    private readonly snapshot: Snapshot,
    readonly idListUrl: URL,
  ) {
    this.principles = snapshot.principles;
    this.byId = new Map(snapshot.caseStudies.map((study) => [study.id, study]));
    const tiers = new Map(snapshot.members.map((member) => [member.id, member.tier]));
    this.index = snapshot.caseStudies.map((study) => summarise(study, tiers));
  }

  principleStatement(id: string): Promise<PrincipleStatement | undefined> {
    const principle = this.snapshot.principles.find((p) => p.id === id);
    return Promise.resolve(principle && (principle.points ? { statement: principle.statement, points: principle.points } : { statement: principle.statement }));
  }

  caseStudy(id: string): Promise<CaseStudy> {
    const study = this.byId.get(id);
    return study ? Promise.resolve(study) : Promise.reject(new DataError(`no case study “${id}”`, 'not-found'));
  }

  caseStudyIndex(): Promise<CaseStudySummary[]> {
    return Promise.resolve(this.index);
  }

  members(): Promise<MembersData> {
    return Promise.resolve({ members: this.snapshot.members, attribution: attributionOf(this.snapshot) });
  }
}

/** The attribution lines of a snapshot's meta (those the member locations require). */
function attributionOf(snapshot: Snapshot): string[] {
  const lines = (snapshot.meta as { attribution?: { text?: unknown }[] }).attribution ?? [];
  return lines.map((line) => line.text).filter((text): text is string => typeof text === 'string');
}

/** The data every element uses when no provider says otherwise. */
export const bundledData: CcinDataSource = new FileDataSource(defaultDataBase);

/**
 * Starts fetching the data of the case studies already in the page while the rest of the code
 * is still loading, so the request does not wait for the elements to upgrade (saves a round of
 * script evaluation on a council's page). Only for case studies outside a provider, which may
 * bring its own data; the fetches are the ones the elements would make anyway, and shared.
 */
if (typeof document !== 'undefined') {
  for (const element of document.querySelectorAll('ccin-case-study[case-id]:not([variant="card"])')) {
    const id = element.getAttribute('case-id')?.trim() ?? '';
    if (caseStudyIdPattern.test(id) && !element.closest('ccin-provider')) bundledData.caseStudy(id).catch(() => {});
  }
}

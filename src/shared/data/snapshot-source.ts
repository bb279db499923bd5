import { PromiseMemo, summaryFromIndex, type CcinDataSource } from './data-source.js';
import { DataError } from './errors.js';
import { summarise } from './summarise.js';
import type { CaseStudy, CaseStudySummary, MembersData, PrincipleName, PrincipleStatement, Snapshot } from './types.js';

/** Serves everything from one snapshot already in memory (a provider's `src`). */
export class SnapshotDataSource implements CcinDataSource {
  readonly principles: readonly PrincipleName[];
  readonly #byId: Map<string, CaseStudy>;
  readonly #memo = new PromiseMemo();

  readonly #snapshot: Snapshot;

  constructor(snapshot: Snapshot) {
    this.#snapshot = snapshot;
    this.principles = snapshot.principles;
    this.#byId = new Map(snapshot.caseStudies.map((study) => [study.id, study]));
  }

  principleStatement(id: string): Promise<PrincipleStatement | undefined> {
    const principle = this.#snapshot.principles.find((p) => p.id === id);
    return Promise.resolve(principle && (principle.points ? { statement: principle.statement, points: principle.points } : { statement: principle.statement }));
  }

  caseStudy(id: string): Promise<CaseStudy> {
    const study = this.#byId.get(id);
    return study ? this.#memo.get(`case-study:${id}`, () => Promise.resolve(study)) : Promise.reject(new DataError(`no case study “${id}”`, 'not-found'));
  }

  caseStudyIndex(): Promise<CaseStudySummary[]> {
    return this.#memo.get('index', () => {
      const tiers = new Map(this.#snapshot.members.map((member) => [member.id, member.tier]));
      return Promise.resolve(this.#snapshot.caseStudies.map((study) => summarise(study, tiers)));
    });
  }

  caseStudySummary(id: string): Promise<CaseStudySummary> {
    return this.#memo.get(`summary:${id}`, () => this.caseStudyIndex().then((index) => summaryFromIndex(index, id)));
  }

  members(): Promise<MembersData> {
    return this.#memo.get('members', () => Promise.resolve({ members: this.#snapshot.members, attribution: attributionOf(this.#snapshot) }));
  }
}

/** The attribution lines of a snapshot's meta (those the member locations require). */
function attributionOf(snapshot: Snapshot): string[] {
  const lines = (snapshot.meta as { attribution?: { text?: unknown }[] }).attribution ?? [];
  return lines.map((line) => line.text).filter((text): text is string => typeof text === 'string');
}

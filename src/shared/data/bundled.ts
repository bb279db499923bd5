import { caseStudyLoaderTables } from '../../generated/data/case-study-loaders.js';
import { bucketOf } from './buckets.js';
import { caseStudyIdPattern, PromiseMemo, summaryFromIndex, type CcinDataSource } from './data-source.js';
import { DataError } from './errors.js';
import { bundledPrinciples } from './principles.js';
import type { CaseStudy, CaseStudySummary, MembersData, PrincipleName, PrincipleStatement } from './types.js';

/** A bundled principle's statement, from the module loaded on first use (with the "full" badge's code). */
const loadBundledStatement = (id: string): Promise<PrincipleStatement | undefined> =>
  import('../../generated/data/principle-statements.js').then(({ principleStatements }) => principleStatements.get(id as PrincipleName['id']));

/** A chunk that did not arrive (offline, a server error): worth trying again. */
function chunkFailed(what: string) {
  return (error: unknown): never => {
    throw new DataError(`${what} could not be loaded: ${error instanceof Error ? error.message : String(error)}`, 'network');
  };
}

/**
 * The data bundled with the library: ES modules generated from data/ (scripts/generate.mjs),
 * loaded with import() when an element first needs them. Each case study is a module of its own,
 * the index and the members one each, so a page loads only what it shows, and a bundler puts
 * every one of them in an app's build by itself. The data was validated when it was built.
 */
export class BundledDataSource implements CcinDataSource {
  readonly principles = bundledPrinciples;
  readonly #memo = new PromiseMemo();

  principleStatement(id: string): Promise<PrincipleStatement | undefined> {
    return this.#memo.get(`statement:${id}`, () => loadBundledStatement(id).catch(chunkFailed('the principle statements')));
  }

  caseStudy(id: string): Promise<CaseStudy> {
    if (!caseStudyIdPattern.test(id)) return Promise.reject(new DataError(`no case study “${id}”`, 'not-found'));
    const table = caseStudyLoaderTables[bucketOf(id, caseStudyLoaderTables.length)]!;
    return this.#memo.get(`case-study:${id}`, () =>
      table().then(({ loaders }) => {
        const load = loaders.get(id);
        if (!load) throw new DataError(`no case study “${id}”`, 'not-found');
        return load().then((module) => module.caseStudy, chunkFailed(`the case study “${id}”`));
      }, chunkFailed('the case-study table')),
    );
  }

  caseStudyIndex(): Promise<CaseStudySummary[]> {
    return this.#memo.get('index', () =>
      import('../../generated/data/case-study-index.js').then((module) => module.caseStudyIndex, chunkFailed('the case-study index')),
    );
  }

  caseStudySummary(id: string): Promise<CaseStudySummary> {
    return this.#memo.get(`summary:${id}`, () => this.caseStudyIndex().then((index) => summaryFromIndex(index, id)));
  }

  members(): Promise<MembersData> {
    return this.#memo.get('members', () =>
      import('../../generated/data/members.js').then((module) => module.membersData, chunkFailed('the members')),
    );
  }
}

/** The data every element uses when no provider says otherwise. */
export const bundledData: CcinDataSource = new BundledDataSource();

/**
 * Starts loading the case studies already in the page while the rest of the code is still
 * loading, so their data does not wait for the elements to upgrade (a round trip saved on a
 * phone). Only for case studies outside a provider, which may bring its own data; the loads
 * are the ones the elements would make anyway, and shared.
 */
if (typeof document !== 'undefined') {
  // Through Document.prototype: a page's markup can shadow document.querySelectorAll by name.
  for (const element of Document.prototype.querySelectorAll.call(document, 'ccin-case-study[case-id]:not([variant="card"])')) {
    const id = element.getAttribute('case-id')?.trim() ?? '';
    if (caseStudyIdPattern.test(id) && !element.closest('ccin-provider')) bundledData.caseStudy(id).catch(() => {});
  }
}

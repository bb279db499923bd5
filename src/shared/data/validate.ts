import { ccinSchema } from '../../generated/data/schema.js';
import { DataError } from './errors.js';
import { integrityProblems } from './integrity.js';
import { checkAgainstSchema } from './schema-check.js';
import type { CaseStudy, CaseStudySummary, MembersData, Principle, Snapshot } from './types.js';

/** The shapes of data a provider may fetch, by the definition of the schema that checks them. */
export interface Checked {
  '#': Snapshot;
  caseStudy: CaseStudy;
  caseStudyIndex: CaseStudySummary[];
  membersFile: MembersData;
  splitManifest: SplitManifest;
}

/** dist/data/ccin-data.json: a snapshot split into files (paths relative to the manifest). */
export interface SplitManifest {
  format: 'ccin-split-snapshot';
  version: 1;
  principles: Principle[];
  index: string;
  members: string;
  caseStudies: string;
}

/**
 * Checks data that comes from elsewhere (a provider's `src`) completely, by the same JSON Schema
 * and limits `npm run data:check` applies to data/ (shared/data/schema-check.ts), before any of
 * it is used. Data that fails is refused as a whole, with a DataError naming the first problems.
 * Loaded only by a provider with `src`, so other pages never download it.
 */
export function checked<D extends keyof Checked>(definition: D, value: unknown, what: string): Checked[D] {
  const problems = checkAgainstSchema(ccinSchema, definition, value);
  if (problems.length) throw invalid(what, problems.map((p) => `${p.path || '/'} ${p.message}`));
  // The schema describes exactly these types (types.ts), and the value has just passed it.
  return value as Checked[D];
}

/** A whole snapshot: the schema, then the rules a schema cannot express (shared/data/integrity.ts). */
export function checkedSnapshot(value: unknown, what: string): Snapshot {
  const snapshot = checked('#', value, what);
  const problems = integrityProblems(snapshot);
  if (problems.length) throw invalid(what, problems);
  return snapshot;
}

function invalid(what: string, problems: string[]): DataError {
  const shown = problems.slice(0, 3).join('; ');
  return new DataError(`${what} is not valid: ${shown}${problems.length > 3 ? ` (and ${problems.length - 3} more problems)` : ''}`, 'invalid');
}

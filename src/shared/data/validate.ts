import { ccinSchema } from '../../generated/data/schema.js';
import { checked, invalid } from './check.js';
import { integrityProblems } from './integrity.js';
import { SnapshotDataSource } from './snapshot-source.js';
import type { Snapshot } from './types.js';

/**
 * A whole snapshot from a provider's `src` (dist/data/ccin-snapshot.json): checked completely,
 * by the whole schema and its limits (shared/data/check.ts), then by the rules a schema cannot
 * express (shared/data/integrity.ts), before any of it is used. Loaded only for a whole
 * snapshot: a split one needs neither the whole schema, nor the integrity rules, nor the
 * snapshot source.
 */
export function checkedSnapshot(value: unknown, what: string): Snapshot {
  const snapshot = checked<Snapshot>(ccinSchema, '#', value, what);
  const problems = integrityProblems(snapshot);
  if (problems.length) throw invalid(what, problems);
  return snapshot;
}

/** The data source of a whole snapshot, once checked, and how many case studies it has. */
export function snapshotSource(value: unknown, what: string): { source: SnapshotDataSource; caseStudies: number } {
  const snapshot = checkedSnapshot(value, what);
  return { source: new SnapshotDataSource(snapshot), caseStudies: snapshot.caseStudies.length };
}

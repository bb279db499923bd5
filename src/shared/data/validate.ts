import { ccinSchema } from '../../generated/data/schema.js';
import { invalid, problemLines } from './check.js';
import { integrityProblems } from './integrity.js';
import { checkAgainstSchemaInSlices } from './sliced-check.js';
import { SnapshotDataSource } from './snapshot-source.js';
import type { Snapshot } from './types.js';

/**
 * A whole snapshot from a provider's `src` (dist/data/ccin-snapshot.json): checked completely,
 * by the whole schema and its limits (shared/data/check.ts), then by the rules a schema cannot
 * express (shared/data/integrity.ts), before any of it is used. The schema's check runs in
 * slices with `pause()` between them: one of 1,100 case studies (7 MB, near the 8 MB limit)
 * takes over 100 ms on a laptop and several times that on a phone, which in one task would hold
 * up the page. Loaded only for a whole
 * snapshot: a split one needs neither the whole schema, nor the integrity rules, nor the
 * snapshot source.
 */
export async function checkedSnapshot(value: unknown, what: string, pause: () => Promise<void>): Promise<Snapshot> {
  const problems = await checkAgainstSchemaInSlices(ccinSchema, '#', value, pause);
  if (problems.length) throw invalid(what, problemLines(problems));
  // The schema describes exactly this type (types.ts), and the value has just passed it.
  const snapshot = value as Snapshot;
  const broken = integrityProblems(snapshot);
  if (broken.length) throw invalid(what, broken);
  return snapshot;
}

/** The data source of a whole snapshot, once checked, and how many case studies it has. */
export async function snapshotSource(value: unknown, what: string, pause: () => Promise<void>): Promise<{ source: SnapshotDataSource; caseStudies: number }> {
  const snapshot = await checkedSnapshot(value, what, pause);
  return { source: new SnapshotDataSource(snapshot), caseStudies: snapshot.caseStudies.length };
}

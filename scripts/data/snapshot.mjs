/**
 * The data pipeline in one call: read data/ (read.mjs), check it (validate.mjs), derive what the
 * elements need (derive.mjs), and produce the files (emit.mjs). It writes nothing itself:
 * scripts/generate.mjs writes the modules, scripts/build.mjs the JSON files.
 *
 * buildSnapshot() returns { files, modules, errors, stats, snapshot }.
 */
import { importTs } from '../lib/import-ts.mjs';
import { deriveSnapshot } from './derive.mjs';
import { dataFiles, generatedModules, splitManifest } from './emit.mjs';
import { readCurated } from './read.mjs';
import { validateCurated } from './validate.mjs';

/** @param {{ dataDir?: string }} [options] dataDir: the folder of curated data (default data/). */
export async function buildSnapshot({ dataDir } = {}) {
  const curated = await readCurated(dataDir);
  const errors = await validateCurated(curated);
  const derived = await deriveSnapshot(curated);
  // What the build derives is checked too, by the schema <ccin-provider src> uses for it.
  const { checkAgainstSchema } = await importTs('src/shared/data/schema-check.ts');
  for (const [definition, value, file] of [
    ['#', derived.snapshot, 'dist/data/ccin-snapshot.json'],
    ['caseStudyIndex', derived.index, 'dist/data/case-study-index.json'],
    ['membersFile', derived.membersData, 'dist/data/members.json'],
    ['splitManifest', splitManifest(derived.snapshot), 'dist/data/ccin-data.json'],
  ]) {
    for (const problem of checkAgainstSchema(curated.schema, definition, value).slice(0, 8)) errors.push(`${file} (derived): ${problem.path || '/'} ${problem.message}`);
  }
  return {
    files: dataFiles(derived, curated.schema),
    modules: generatedModules(derived, curated.schema, await importTs('src/shared/data/buckets.ts')),
    errors,
    stats: derived.stats,
    snapshot: derived.snapshot,
  };
}

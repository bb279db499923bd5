/**
 * The data pipeline in one call: read data/ (read.mjs), check it (validate.mjs), derive what the
 * elements need (derive.mjs), and produce the files (emit.mjs). It writes nothing itself:
 * scripts/generate.mjs writes the modules, scripts/build.mjs the JSON files.
 *
 * buildSnapshot() returns { files, modules, errors, stats, snapshot }.
 */
import { importTs } from '../lib/import-ts.mjs';
import { deriveSnapshot } from './derive.mjs';
import { dataFiles, generatedModules, schemaPart, schemaParts, splitFiles, splitManifest } from './emit.mjs';
import { readCurated } from './read.mjs';
import { validateCurated } from './validate.mjs';

/** @param {{ dataDir?: string }} [options] dataDir: the folder of curated data (default data/). */
export async function buildSnapshot({ dataDir } = {}) {
  const curated = await readCurated(dataDir);
  const errors = await validateCurated(curated);
  const derived = await deriveSnapshot(curated);
  // What the build derives is checked too, by the schema <ccin-provider src> uses for it: whole,
  // and by the part of it the browser loads for that kind of file (emit.mjs, schemaPart).
  const { checkAgainstSchema } = await importTs('src/shared/data/schema-check.ts');
  const parts = new Map(Object.values(schemaParts).map((definition) => [definition, schemaPart(curated.schema, definition)]));
  for (const [definition, value, file] of [
    ['#', derived.snapshot, 'dist/data/ccin-snapshot.json'],
    ['splitManifest', splitManifest(derived.snapshot), 'dist/data/ccin-data.json'],
    ...splitFiles(derived).map(({ definition, value, file }) => [definition, value, `dist/data/${file}`]),
    ...derived.snapshot.caseStudies.map((study) => ['caseStudy', study, `dist/data/case-studies/${study.id}.json`]),
  ]) {
    for (const problem of checkAgainstSchema(curated.schema, definition, value).slice(0, 8)) errors.push(`${file} (derived): ${problem.path || '/'} ${problem.message}`);
    const part = parts.get(definition);
    if (part && checkAgainstSchema(part, definition, value).length) errors.push(`${file} (derived): its part of the schema (schemaPart ${definition}) does not accept it`);
  }
  return {
    files: dataFiles(derived, curated.schema),
    modules: generatedModules(derived, curated.schema, await importTs('src/shared/data/buckets.ts')),
    errors,
    stats: derived.stats,
    snapshot: derived.snapshot,
  };
}

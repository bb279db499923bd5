/**
 * The data pipeline in one call: read data/ (read.mjs), check it (validate.mjs), derive what the
 * elements need (derive.mjs), and produce the files (emit.mjs). It writes nothing itself:
 * scripts/generate.mjs writes the modules, scripts/build.mjs the JSON files.
 *
 * buildSnapshot() returns { files, modules, errors, stats, snapshot }.
 */
import { deriveSnapshot } from './derive.mjs';
import { dataFiles, generatedModules } from './emit.mjs';
import { readCurated } from './read.mjs';
import { validateCurated } from './validate.mjs';

/** @param {{ dataDir?: string }} [options] dataDir: the folder of curated data (default data/). */
export async function buildSnapshot({ dataDir } = {}) {
  const curated = await readCurated(dataDir);
  const errors = await validateCurated(curated);
  const derived = await deriveSnapshot(curated);
  return { files: dataFiles(derived), modules: generatedModules(derived), errors, stats: derived.stats, snapshot: derived.snapshot };
}

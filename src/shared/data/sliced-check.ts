// A check of a whole snapshot that lets the page run between its slices; loaded only with
// shared/data/validate.ts, so a page with a split snapshot does not download it.
import { defaultLimits, walk, type JsonSchemaDocument, type PutOff, type SchemaLimits, type SchemaProblem } from './schema-check.js';

/**
 * checkAgainstSchema in slices of about `sliceMs`, with `pause()` (a new task) between them, so
 * that a big value (a whole snapshot from a provider's `src`) does not hold up the page: the
 * items of the value's lists, and of the lists directly inside it (a snapshot's case studies and
 * members), are put off and checked a few at a time after the rest. It finds a value valid
 * exactly when checkAgainstSchema does; the problems may come in another order.
 */
export async function checkAgainstSchemaInSlices(
  schema: JsonSchemaDocument,
  definition: string,
  value: unknown,
  pause: () => Promise<void>,
  { limits = defaultLimits, sliceMs = 8 }: { limits?: SchemaLimits; sliceMs?: number } = {},
): Promise<SchemaProblem[]> {
  const later: PutOff[] = [];
  const walked = walk(schema, definition, value, limits, later);
  for (let next = 0; next < later.length && !walked.done(); ) {
    await pause();
    const until = performance.now() + sliceMs;
    do walked.resume(later[next++] as PutOff);
    while (next < later.length && performance.now() < until && !walked.done());
  }
  return walked.problems;
}

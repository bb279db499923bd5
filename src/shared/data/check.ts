import { schema as splitManifestSchema } from '../../generated/data/schemas/split-manifest.js';
import { DataError } from './errors.js';
import { checkAgainstSchema, type JsonSchemaDocument, type SchemaProblem } from './schema-check.js';
import type { CaseStudy, CaseStudySummary, MembersData, Principle, PrincipleName } from './types.js';

/** The kinds of file a split snapshot has, by the definition of the schema that checks them. */
export interface Checked {
  caseStudy: CaseStudy;
  caseStudyIndex: CaseStudySummary[];
  membersFile: MembersData;
  principles: Principle[];
  splitManifest: SplitManifest;
  splitManifestV1: SplitManifestV1;
}

/**
 * dist/data/ccin-data.json: a snapshot split into files (paths relative to the manifest). The
 * principles' ids and names are in it (badges render at once); the principles in full, with
 * their statements, are in `principleDetails`, which only a "full" badge needs.
 */
export interface SplitManifest {
  format: 'ccin-split-snapshot';
  version: 2;
  principles: PrincipleName[];
  principleDetails: string;
  index: string;
  members: string;
  caseStudies: string;
}

/** A manifest as version 0.2 wrote it: the principles in full inside it. */
export interface SplitManifestV1 {
  format: 'ccin-split-snapshot';
  version: 1;
  principles: Principle[];
  index: string;
  members: string;
  caseStudies: string;
}

/** A check of one kind of file: the value as its type, or a DataError (`invalid`) naming the first problems. */
export type Check<T> = (value: unknown, what: string) => T;

/**
 * The part of the schema (src/generated/data/schemas/, made by scripts/data/emit.mjs) for each
 * kind of file: only the definitions it uses, so that a page with one case study loads the case
 * study's part and nothing else. The manifest's part is in this module, which every provider
 * with a split `src` loads first.
 */
const parts: { readonly [D in keyof Checked]: () => Promise<{ schema: JsonSchemaDocument }> } = {
  caseStudy: () => import('../../generated/data/schemas/case-study.js'),
  caseStudyIndex: () => import('../../generated/data/schemas/case-study-index.js'),
  membersFile: () => import('../../generated/data/schemas/members-file.js'),
  principles: () => import('../../generated/data/schemas/principles.js'),
  splitManifest: () => Promise.resolve({ schema: splitManifestSchema }),
  splitManifestV1: () => import('../../generated/data/schemas/split-manifest-v1.js'),
};

const checks = new Map<keyof Checked, Promise<Check<unknown>>>();

/**
 * The check for one kind of file, once its part of the schema has loaded (start it with the
 * file's download; both take a round trip). A part that did not arrive is a `network` error, and
 * is asked for again next time ("Try again").
 */
export function checkFor<D extends keyof Checked>(definition: D): Promise<Check<Checked[D]>> {
  let check = checks.get(definition) as Promise<Check<Checked[D]>> | undefined;
  if (!check) {
    check = parts[definition]().then(
      ({ schema }) => (value: unknown, what: string) => checked(schema, definition, value, what),
      (error: unknown) => {
        checks.delete(definition);
        throw new DataError(`the schema for ${definition} could not be loaded: ${error instanceof Error ? error.message : String(error)}`, 'network');
      },
    );
    checks.set(definition, check);
  }
  return check;
}

/**
 * Checks data that comes from elsewhere (a provider's `src`) completely, by the same JSON Schema
 * and limits `npm run data:check` applies to data/ (shared/data/schema-check.ts), before any of
 * it is used. Data that fails is refused as a whole, with a DataError naming the first problems.
 * Loaded only by a provider with `src`, so other pages never download it; a whole snapshot also
 * loads shared/data/validate.ts (the whole schema and the integrity rules).
 */
export function checked<T>(schema: JsonSchemaDocument, definition: string, value: unknown, what: string): T {
  const problems = checkAgainstSchema(schema, definition, value);
  if (problems.length) throw invalid(what, problemLines(problems));
  // The schema describes exactly these types (types.ts), and the value has just passed it.
  return value as T;
}

/** Problems as the lines a DataError names: where, then what. */
export const problemLines = (problems: readonly SchemaProblem[]): string[] => problems.map((p) => `${p.path || '/'} ${p.message}`);

export function invalid(what: string, problems: string[]): DataError {
  const shown = problems.slice(0, 3).join('; ');
  return new DataError(`${what} is not valid: ${shown}${problems.length > 3 ? ` (and ${problems.length - 3} more problems)` : ''}`, 'invalid');
}

import principlesJson from '../../../data/principles.json' with { type: 'json' };
import type { PrincipleId, PrincipleName, PrincipleStatement } from './types.js';

/**
 * The ten CCIN principles' ids and names, bundled into the code so that a badge in running text
 * renders at once, with no request and no loading state. Their statements are in
 * principle-statements.ts, loaded only when a "full" badge needs one. (The build strips
 * statements from this copy; `npm run data:check` validates the file.)
 */
export const bundledPrinciples: readonly PrincipleName[] = (principlesJson as PrincipleName[]).map(({ id, name }) => ({ id, name }));

export function findPrinciple<T extends PrincipleName>(principles: readonly T[], id: string): T | undefined {
  const wanted = id.trim().toLowerCase();
  return principles.find((principle) => principle.id === wanted);
}


/** A bundled principle's statement, from the module loaded on first use. */
export function loadBundledStatement(id: string): Promise<PrincipleStatement | undefined> {
  return import('./principle-statements.js').then(({ principleStatements }) => principleStatements.get(id as PrincipleId));
}

import { principleNames } from '../../generated/data/principles.js';
import type { PrincipleName, PrincipleStatement } from './types.js';

/**
 * The ten CCIN principles' ids and names, bundled into the code so that a badge in running text
 * renders at once, with no request and no loading state. Their statements are in a module of
 * their own, loaded only when a "full" badge needs one.
 */
export const bundledPrinciples: readonly PrincipleName[] = principleNames;

export function findPrinciple<T extends PrincipleName>(principles: readonly T[], id: string): T | undefined {
  const wanted = id.trim().toLowerCase();
  return principles.find((principle) => principle.id === wanted);
}

/** A bundled principle's statement, from the module loaded on first use. */
export function loadBundledStatement(id: string): Promise<PrincipleStatement | undefined> {
  return import('../../generated/data/principle-statements.js').then(({ principleStatements }) =>
    principleStatements.get(id as PrincipleName['id']),
  );
}

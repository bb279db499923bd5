import { principleNames } from '../../generated/data/principles.js';
import type { PrincipleName } from './types.js';

/**
 * The ten CCIN principles' ids and names, bundled into the code so that a badge in running text
 * renders at once, with no request and no loading state. Their statements are in a module of
 * their own, loaded only when a "full" badge needs one.
 */
export const bundledPrinciples: readonly PrincipleName[] = principleNames;

/** The ids, for messages about an id that is not one of them. */
export const principleIdList = (principles: readonly PrincipleName[] = bundledPrinciples) => principles.map((principle) => principle.id).join(', ');

export function findPrinciple<T extends PrincipleName>(principles: readonly T[], id: string): T | undefined {
  const wanted = id.trim().toLowerCase();
  return principles.find((principle) => principle.id === wanted);
}

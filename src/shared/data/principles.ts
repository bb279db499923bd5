import principlesJson from '../../../data/principles.json' with { type: 'json' };
import type { Principle, PrincipleId } from './types.js';

/**
 * The ten CCIN principles, bundled into the code (about 1.5 KB gzip) so that a badge in running
 * text renders at once, with no request and no loading state. `npm run data:check` validates
 * the file at build time.
 */
export const bundledPrinciples = principlesJson as Principle[];

export function findPrinciple(principles: readonly Principle[], id: string): Principle | undefined {
  const wanted = id.trim().toLowerCase();
  return principles.find((principle) => principle.id === wanted);
}

export const principleIds: readonly PrincipleId[] = bundledPrinciples.map((p) => p.id);

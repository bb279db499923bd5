import principlesJson from '../../../data/principles.json' with { type: 'json' };
import type { Principle, PrincipleId, PrincipleStatement } from './types.js';

/**
 * The principles' statements (and Walking the talk's six points), in their own module so that
 * pages with only "label" and "icon" badges never download them: a "full" badge imports this
 * module when it first renders. In the build, rollup.config.js replaces the JSON import here
 * with just these fields.
 */
export const principleStatements: ReadonlyMap<PrincipleId, PrincipleStatement> = new Map(
  (principlesJson as Principle[]).map(({ id, statement, points }) => [id, points ? { statement, points } : { statement }]),
);

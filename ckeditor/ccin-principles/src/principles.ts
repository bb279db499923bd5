/**
 * The ten CCIN co-operative principles, as the plugin offers them, and the link format the
 * ccin-elements library turns into badges: any URL whose fragment is #ccin-principle-<id>.
 */
import principleData from '../../../data/principles.json' with { type: 'json' };

export interface PrincipleChoice {
  /** The id used in the fragment, for example "co-production". */
  readonly id: string;
  /** The name inserted as link text, for example "Co-production". */
  readonly name: string;
}

/** In the order of data/principles.json (the order CCIN publishes them in). */
export const principles: readonly PrincipleChoice[] = principleData.map(({ id, name }) => ({ id, name }));

/** The fragment prefix the library looks for. */
export const fragmentPrefix = '#ccin-principle-';

/**
 * The link for a principle: the base URL (any fragment of its own dropped) and
 * #ccin-principle-<id>. An empty base URL gives a fragment-only link.
 */
export function principleHref(baseUrl: string, id: string): string {
  const hash = baseUrl.indexOf('#');
  return `${hash === -1 ? baseUrl : baseUrl.slice(0, hash)}${fragmentPrefix}${id}`;
}

/** The principle id a link points to, or undefined when it is not a principle link. */
export function principleIdOf(href: string): string | undefined {
  const hash = href.indexOf(fragmentPrefix);
  if (hash === -1) return undefined;
  const id = href.slice(hash + fragmentPrefix.length);
  return principles.some((p) => p.id === id) ? id : undefined;
}

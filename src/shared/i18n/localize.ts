import type { InterfaceLang } from './lang.js';

/** A message table in every interface language. Each element keeps its own, so a page that
 * uses one element does not download the others' strings. */
export type Localized<T> = Record<InterfaceLang, T>;

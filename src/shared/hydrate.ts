/**
 * Hydration of pre-rendered elements (HTML from ccin-elements/server or dist/html/, whose content
 * is in declarative shadow roots): the elements take over the content they find instead of
 * rendering it again, so nothing moves and nothing flashes.
 *
 * The autoloader (dist/ccin-elements.js) loads this module first when the page holds a
 * pre-rendered ccin element; an app that pre-renders imports it before the elements:
 *
 *   import 'ccin-elements/hydrate';
 *   import 'ccin-elements';
 */
import './hydrate-support.js';
import { LitElement } from 'lit';

(globalThis as { litElementHydrateSupport?: (lit: { LitElement: typeof LitElement }) => void }).litElementHydrateSupport?.({ LitElement });

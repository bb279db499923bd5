import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

/**
 * Lit's hydration support (from @lit-labs/ssr-client) sets a global that LitElement reads when
 * its module is first evaluated. On a council's page Lit may be there already (a badge that
 * loaded first), so shared/hydrate.ts applies the support to LitElement itself; where LitElement
 * is evaluated after this module (an app's bundle), Lit applies it. This wrapper makes sure it
 * is applied once, whichever happens, and both.
 */
type Support = (lit: { LitElement: unknown }) => void;
const globals = globalThis as { litElementHydrateSupport?: Support };
const support = globals.litElementHydrateSupport;
const applied = new WeakSet<object>();
if (support) {
  globals.litElementHydrateSupport = (lit) => {
    if (applied.has(lit.LitElement as object)) return;
    applied.add(lit.LitElement as object);
    support(lit);
  };
}

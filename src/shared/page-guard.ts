/**
 * Guards against the page the elements are embedded in, before Lit runs. A council's page is full
 * of other people's markup, and HTML lets markup shadow global names:
 *
 *  - `<div id="litHtmlVersions">` (or any of Lit's globals) makes `window.litHtmlVersions` that
 *    element, and Lit throws while it loads ("push is not a function"); `<div id="ShadyCSS">`
 *    makes Lit think the ShadyCSS polyfill is there and inject <style> tags that a strict CSP
 *    blocks. An own property of the window hides a named element, so each such global that holds
 *    an element (or a collection, or a frame) is set back to what Lit expects when it is absent.
 *  - `<img name="createComment">` (or createElement, importNode, createTreeWalker) makes that
 *    document method the image, and Lit cannot render. A document's named elements win over
 *    anything defined on it, so `safeDocument` calls Document.prototype's methods instead; the
 *    self-contained build gives it to Lit in place of `document` (rollup.config.js,
 *    litSafeDocument). Apps that bundle their own Lit (the npm build) keep their Lit as it is.
 *
 * Imported first by each element's registration module, so it runs before Lit's modules.
 */
if (typeof window !== 'undefined') {
  const globals = globalThis as unknown as Record<string, { window?: unknown } | undefined>;
  const lits = 'litHtmlVersions litElementVersions reactiveElementVersions litHtmlPolyfillSupport litElementPolyfillSupport reactiveElementPolyfillSupport litElementHydrateSupport ShadyCSS ShadyDOM litNonce';
  for (const name of lits.split(' ')) {
    const value = globals[name];
    // An element, a collection of them (two with one id), or a frame's window (<iframe name>).
    if (value instanceof Node || value instanceof HTMLCollection || (value && value === value.window)) {
      Object.defineProperty(globalThis, name, { value: name.endsWith('Versions') ? [] : undefined, writable: true, configurable: true });
    }
  }
}

const call =
  <K extends 'createComment' | 'createElement' | 'createTextNode' | 'importNode'>(name: K) =>
  (...args: Parameters<Document[K]>): ReturnType<Document[K]> =>
    (Document.prototype[name] as (...a: Parameters<Document[K]>) => ReturnType<Document[K]>).apply(document, args);

/** The document methods Lit uses, whatever the page's markup names. */
export const safeDocument =
  typeof Document === 'undefined'
    ? undefined
    : {
        createComment: call('createComment'),
        createElement: call('createElement'),
        createTextNode: call('createTextNode'),
        importNode: call('importNode'),
        createTreeWalker: (root: unknown, whatToShow?: number) => walker(Document.prototype.createTreeWalker.call(document, asNode(root), whatToShow)),
      };

/** safeDocument stands for the document wherever Lit uses it as a node too. */
const asNode = (node: unknown): Node => (node === safeDocument ? document : (node as Node));

/** Lit's one tree walker, which it also points back at `document` after each use. */
function walker(real: TreeWalker) {
  return {
    get currentNode(): Node {
      return real.currentNode;
    },
    set currentNode(node: unknown) {
      real.currentNode = asNode(node);
    },
    nextNode: () => real.nextNode(),
  };
}

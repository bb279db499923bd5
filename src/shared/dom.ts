/**
 * The page's DOM, reached through the prototypes rather than through `document.<name>`: on a
 * council's page other people's markup can shadow document's methods and properties by name
 * (<img name="querySelectorAll">, <form name="documentElement">), and this library must work
 * on such a page.
 */
// Undefined in Node (server rendering), where there is no page.
const documentElementGetter = typeof Document === 'undefined' ? undefined : Object.getOwnPropertyDescriptor(Document.prototype, 'documentElement')?.get;

/** The page's root element (<html>). */
export function documentRoot(doc: Document = document): Element | null {
  return documentElementGetter ? (documentElementGetter.call(doc) as Element | null) : null;
}

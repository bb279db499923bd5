/**
 * Console warnings that appear once per page, however many elements (or copies of this
 * library) hit the same problem. The set lives on globalThis under a registered symbol so
 * that two copies of the script share it.
 */
const key = Symbol.for('ccin-elements.warned');
type WarnedRegistry = { [key]?: Set<string> };

export function warnOnce(message: string): void {
  const registry = globalThis as WarnedRegistry;
  const warned = (registry[key] ??= new Set<string>());
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`ccin-elements: ${message}`);
}

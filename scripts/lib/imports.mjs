/**
 * The static import graph of the built library: the files a page downloads for an entry, before
 * any dynamic import(). Used by the size report and the benchmark (and the builder's preload
 * hints are built the same way).
 */
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';

/** Files (relative to dist) an entry imports statically, itself included, in discovery order. */
export async function staticImports(dist, file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = await readFile(resolve(dist, file), 'utf8');
  // rollup's output: import{…}from"./x.js" and import"./x.js" (dynamic import("…") is left out).
  const specifiers = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)].map((m) => m[1]);
  for (const specifier of specifiers) {
    await staticImports(dist, relative(dist, resolve(dist, dirname(file), specifier)).split('\\').join('/'), seen);
  }
  return seen;
}

/**
 * Imports a TypeScript module of the library from a Node script, so that build scripts use the
 * same code as the elements (the inline-markup parser, the projection, the index summary)
 * instead of a copy. esbuild bundles it in memory; nothing is written.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

export async function importTs(path) {
  const result = await build({
    entryPoints: [`${root}${path}`],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

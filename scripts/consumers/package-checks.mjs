// @ts-check
/** Checks of the installed package itself: its exports, and that every JS entry imports in Node. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readJson } from './expectations.mjs';
import { expectedSubpaths } from './fixtures.mjs';
import { check, fail, report } from './report.mjs';
import { excerpt, run } from './run.mjs';

/** Every target string of an exports value, with the conditions that lead to it. */
function exportTargets(/** @type {unknown} */ value, /** @type {string[]} */ conditions = []) {
  /** @type {{ target: string, conditions: string[] }[]} */
  const found = typeof value === 'string' ? [{ target: value, conditions }] : [];
  if (Array.isArray(value)) for (const item of value) found.push(...exportTargets(item, conditions));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) found.push(...exportTargets(item, [...conditions, key]));
  return found;
}

/** The installed package.json's exports: the entries apps use are there and every target exists. */
export async function checkExports(/** @type {string} */ appDir) {
  const packageDir = join(appDir, 'node_modules/ccin-elements');
  const exports = (await readJson(join(packageDir, 'package.json'))).exports ?? {};
  await check('package: exports every entry apps use', async () => {
    const missing = expectedSubpaths.filter((subpath) => !(subpath in exports));
    if (missing.length) fail(`missing ${missing.join(', ')}`);
    return `${expectedSubpaths.length} entries`;
  });
  await check('package: every exports target is in the tarball', async () => {
    const targets = Object.values(exports).flatMap((value) => exportTargets(value)).map(({ target }) => target);
    const missing = targets.filter((target) => !existsSync(join(packageDir, target.includes('*') ? dirname(target) : target)));
    if (missing.length) fail(`missing ${missing.join(', ')}`);
    return `${targets.length} targets`;
  });
  return exports;
}

/** Imports every JS entry of the installed package (listed from its package.json) in a fresh Node process. */
export async function checkNodeImports(/** @type {string} */ appDir, /** @type {Record<string, unknown>} */ exports) {
  const entries = Object.entries(exports).filter(([subpath, value]) => !subpath.includes('*')
    && exportTargets(value).some(({ target, conditions }) => /\.m?js$/.test(target) && !conditions.includes('types')));
  const outcomes = await Promise.all(entries.map(async ([subpath]) => {
    const specifier = subpath === '.' ? 'ccin-elements' : `ccin-elements/${subpath.slice(2)}`;
    const error = await run([process.execPath, '--input-type=module', '-e', `await import(${JSON.stringify(specifier)})`], { cwd: appDir, timeout: 30_000 })
      .then(() => '', (/** @type {Error} */ error) => error.message.split('\n').find((line) => /^\w*Error\b/.test(line.trim()))?.trim() ?? excerpt(error.message));
    return { specifier, error };
  }));
  for (const { specifier, error } of outcomes) report(`node: await import('${specifier}')`, !error, error);
}

// @ts-check
/** What the pages must show, from the installed package's own data files. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { caseId } from './fixtures.mjs';

export const readJson = async (/** @type {string} */ file) => JSON.parse(await readFile(file, 'utf8'));

/** Letters and digits only: compares rendered text with the data's Markdown subset. */
export const textKey = (/** @type {string} */ text) => text.replace(/\]\([^)]*\)/g, '').replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();

export async function expectations(/** @type {string} */ appDir) {
  const require = createRequire(join(appDir, 'package.json'));
  /** @returns {Promise<any>} */
  const data = (/** @type {string} */ file) => readJson(require.resolve(`ccin-elements/data/${file}`));
  const [study, { members }, index] = await Promise.all([data(`case-studies/${caseId}.json`), data('members.json'), data('case-study-index.json')]);
  return {
    /** @type {string} */ title: study.title,
    /** @type {string[]} */ paragraphs: study.body.filter((/** @type {any} */ block) => block.type === 'paragraph').map((/** @type {any} */ block) => textKey(block.text)),
    /** @type {string[]} */ located: members.filter((/** @type {any} */ member) => member.location != null).map((/** @type {any} */ member) => member.id),
    /** @type {Record<string, string>} */ titles: Object.fromEntries(index.map((/** @type {any} */ entry) => [entry.id, entry.title])),
  };
}
/** @typedef {Awaited<ReturnType<typeof expectations>>} Expected */

#!/usr/bin/env node
/**
 * `npm run size` (and part of `npm test`): how many gzip bytes a page downloads for each way of
 * using the library, measured on dist/ after a build, with budgets that fail the run when
 * exceeded. A page downloads an entry file, every chunk it imports statically (followed
 * through the built files), and the data files the elements fetch; chunks imported dynamically
 * (the principle statements, loaded by "full" badges only) are counted where they are used.
 *
 * KB here means 1,000 bytes, gzip level 9.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { staticImports as staticImportsOf } from './lib/imports.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = resolve(root, 'dist');

const gzip = async (file) => gzipSync(await readFile(resolve(dist, file)), { level: 9 }).length;

const staticImports = (file) => staticImportsOf(dist, file);

/** The chunk a module imports dynamically whose name starts with `name`. */
async function dynamicChunk(name) {
  const chunks = await readdir(resolve(dist, 'chunks'));
  const file = chunks.find((f) => f.startsWith(name) && f.endsWith('.js'));
  if (!file) throw new Error(`no chunk ${name}`);
  return `chunks/${file}`;
}

async function largestCaseStudyFile() {
  const files = await readdir(resolve(dist, 'data/case-studies'));
  let largest = { file: '', bytes: 0 };
  for (const name of files) {
    const bytes = await gzip(join('data/case-studies', name));
    if (bytes > largest.bytes) largest = { file: join('data/case-studies', name), bytes };
  }
  return largest.file;
}

async function total(files) {
  let bytes = 0;
  for (const file of files) bytes += await gzip(file);
  return bytes;
}

const caseStudyFile = await largestCaseStudyFile();
const statements = await dynamicChunk('principle-statements');
const scenarios = [
  {
    name: 'One principle badge (label or icon)',
    files: [...(await staticImports('elements/principle-badge.js'))],
    budget: 12_000,
  },
  {
    name: 'One principle badge, "full" (with its statement)',
    files: [...(await staticImports('elements/principle-badge.js')), ...(await staticImports(statements))],
    budget: 13_500,
  },
  {
    name: `One case study (code + its data file; the largest: ${caseStudyFile.split('/').pop()})`,
    files: [...(await staticImports('elements/case-study.js')), caseStudyFile],
    budget: 25_000,
  },
  {
    name: 'The member map (code + geometry + members)',
    files: [...(await staticImports('elements/member-map.js')), 'data/members.json'],
    budget: 40_000,
  },
  {
    name: 'The case-study list (code + the case-study index)',
    files: [...(await staticImports('elements/case-study-list.js')), 'data/case-study-index.json'],
    budget: undefined,
  },
  {
    name: 'All elements on one page (ccin-elements.js, a case study, cards, the map, full badges)',
    files: [
      ...new Set([
        ...(await staticImports('ccin-elements.js')),
        ...(await staticImports(statements)),
        caseStudyFile,
        'data/case-study-index.json',
        'data/members.json',
      ]),
    ],
    budget: undefined,
  },
];

let failed = false;
const rows = [];
for (const scenario of scenarios) {
  const bytes = await total(scenario.files);
  const over = scenario.budget !== undefined && bytes > scenario.budget;
  failed ||= over;
  rows.push({ ...scenario, bytes, over });
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const width = Math.max(...rows.map((r) => r.name.length));
console.log('size: gzip bytes a page downloads (KB = 1,000 bytes)\n');
for (const row of rows) {
  const budget = row.budget === undefined ? 'reported' : `budget ${kb(row.budget)}`;
  const mark = row.budget === undefined ? ' ' : row.over ? '✗' : '✓';
  console.log(`${mark} ${row.name.padEnd(width)}  ${kb(row.bytes).padStart(8)}  (${budget}; ${row.files.length} files)`);
}
if (process.argv.includes('--files')) {
  for (const row of rows) console.log(`\n${row.name}:\n  ${row.files.join('\n  ')}`);
}
if (failed) {
  console.error('\nsize: over budget. Find what grew with `npm run size -- --files`.');
  process.exit(1);
}

#!/usr/bin/env node
/**
 * `npm run size` (and part of `npm test`): how many gzip bytes a page downloads for each way of
 * using the library, with budgets that fail the run when exceeded. Measured on dist/ after a
 * build, through the one script tag councils paste (dist/ccin-elements.js, the autoloader): a
 * page downloads the autoloader, the entry of each element in it with everything that entry
 * imports (dist/chunks.json, written by the build, lists these), and the data modules its
 * elements load. tests/bundle.test.ts checks in Chromium that pages request exactly these.
 *
 * KB here means 1,000 bytes, gzip level 9.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const graph = JSON.parse(await readFile(resolve(dist, 'chunks.json'), 'utf8'));
const gzip = async (file) => gzipSync(await readFile(resolve(dist, file)), { level: 9 }).length;

const loader = 'ccin-elements.js';
const element = (name) => graph.elements[`elements/${name}`];

/** The case study whose data (its loader table and its module) is largest: the worst case. */
let largest = { id: '', bytes: 0 };
for (const [id, files] of Object.entries(graph.data.caseStudies)) {
  let bytes = 0;
  for (const file of files) bytes += await gzip(file);
  if (bytes > largest.bytes) largest = { id, bytes };
}

const badge = element('principle-badge');
const caseStudy = [...element('case-study'), ...graph.data.caseStudies[largest.id]];
const map = [...element('member-map'), graph.data.members];
const list = [...element('case-study-list'), graph.data['case-study-index']];
const scenarios = [
  // Through the one script tag councils paste (the autoloader).
  // Links that become badges (data-ccin-enhance): the enhancer is in the badge's own module.
  { name: 'One badge or a page of badges from links, through ccin-elements.js', files: [loader, ...badge], budget: 12_000 },
  { name: `One case study, through ccin-elements.js (the largest: ${largest.id})`, files: [loader, ...caseStudy], budget: 25_000 },
  // Through one element's own file (dist/elements/<name>.js), as measured since 0.1.
  { name: 'One badge (label or icon), its own file', files: badge, budget: 12_000 },
  // 14.0 since 0.2: the badge's module now carries the link enhancer (0.4 KB), and the full
  // variant's strings moved into its own chunk, out of the code every badge loads.
  { name: 'One badge, "full" (with its code and statement), its own file', files: [...badge, graph.code['principle-full']], budget: 14_000 },
  { name: 'One case study, its own file', files: caseStudy, budget: 25_000 },
  { name: 'The member map (with the members), its own file', files: map, budget: 40_000 },
  { name: 'The case-study list (with the index), its own file', files: list, budget: undefined },
  { name: 'Hydration of pre-rendered elements (on top of the elements)', files: [graph.code['shared/hydrate']], budget: undefined },
  {
    name: 'All elements on one page (a case study, cards, the map, full badges, a provider)',
    files: [
      loader,
      ...['provider', 'principle-badge', 'case-study', 'case-study-list', 'member-map'].flatMap(element),
      graph.code['principle-full'],
      ...graph.data.caseStudies[largest.id],
      graph.data['case-study-index'],
      graph.data.members,
    ],
    budget: undefined,
  },
];

let failed = false;
const rows = [];
for (const scenario of scenarios) {
  const files = [...new Set(scenario.files)];
  let bytes = 0;
  for (const file of files) bytes += await gzip(file);
  const over = scenario.budget !== undefined && bytes > scenario.budget;
  failed ||= over;
  rows.push({ ...scenario, files, bytes, over });
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
  for (const row of rows) {
    console.log(`\n${row.name}:`);
    for (const file of row.files) console.log(`  ${String(await gzip(file)).padStart(6)}  ${file}`);
  }
}
if (failed) {
  console.error('\nsize: over budget. Find what grew with `npm run size -- --files`.');
  process.exit(1);
}

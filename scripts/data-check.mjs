#!/usr/bin/env node
/**
 * `npm run data:check`: validates data/ against its JSON Schema and the integrity rules in
 * scripts/data/snapshot.mjs, and checks that the committed base map is what
 * scripts/build-basemap.mjs produces. Exits with 1 and lists every problem if anything fails.
 */
import { readFile } from 'node:fs/promises';
import { buildBasemap, outputFile } from './build-basemap.mjs';
import { buildSnapshot } from './data/snapshot.mjs';

const { errors, stats } = await buildSnapshot();
const basemap = await buildBasemap();
if (basemap !== (await readFile(outputFile, 'utf8'))) {
  errors.push('src/member-map/basemap.generated.ts is out of date: run `npm run basemap`');
}
if (errors.length) {
  console.error(`data:check found ${errors.length} problem(s):`);
  for (const error of errors) console.error(`  - ${error}`);
  process.exit(1);
}
console.log(
  `data:check: ${stats.caseStudies} case studies (${stats.withPrinciples} with stated principles), ${stats.principles} principles, ` +
    `${stats.members.member} members, ${stats.members.associate} associates, ${stats.members.affiliate} affiliates ` +
    `(${stats.located} located), ${stats.fundedProjects} funded projects: all valid.`,
);

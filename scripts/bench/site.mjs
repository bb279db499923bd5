// @ts-check
/**
 * The bench site: a temporary folder served by the project's static server, made of links to
 * the built library (dist/), the demo (demo/) and Leaflet (node_modules/leaflet/dist), the bench
 * pages, and synthetic data snapshots generated here (never committed):
 *
 *   /synth/cs-<n>/   split snapshots (the layout of dist/data/) with n case studies: the real 55
 *                    and copies with new ids and titles "… (copy k)";
 *   /synth/m-<n>/    split snapshots with n located members: the real 62 and copies with new
 *                    ids and names, placed within 3 km of their original (so on land nearby);
 *   /synth/whole-<n>.json  whole snapshots (as dist/data/ccin-snapshot.json) with n case studies,
 *                    the copies made as for /synth/cs-<n>/.
 *
 * The real data (55 case studies, 62 located members) is dist/data/ccin-data.json itself.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { membersWithCopies } from '../lib/synthetic.mjs';
import { articleCss, leafletScript, measureScript, pageCss } from './pages.mjs';

/** The case-study counts of the list's scale rows, and the located-member counts of the map's. */
export const caseStudyCounts = [55, 550, 2200];
export const memberCounts = [62, 620, 1240];
/** The case-study counts of the whole-snapshot rows: 10× and 20× today's (40× is over the 8 MB a whole snapshot may be). */
export const wholeSnapshotCounts = [55, 550, 1100];


/** @param {string} file */
const readJson = async (file) => JSON.parse(await readFile(file, 'utf8'));

/**
 * Creates the site. Returns its folder, the URLs of the data sets, and `remove`.
 * @param {string} root the project
 */
export async function createSite(root) {
  const dir = await mkdtemp(join(tmpdir(), 'ccin-bench-'));
  const dist = resolve(root, 'dist');
  await symlink(dist, join(dir, 'dist'), 'dir');
  await symlink(resolve(root, 'demo'), join(dir, 'demo'), 'dir');
  await symlink(resolve(root, 'node_modules/leaflet/dist'), join(dir, 'leaflet'), 'dir');
  await mkdir(join(dir, 'bench'));
  await writeFile(join(dir, 'bench/measure.js'), measureScript);
  await writeFile(join(dir, 'bench/page.css'), pageCss);
  await writeFile(join(dir, 'bench/article.css'), articleCss);
  await writeFile(join(dir, 'bench/leaflet-page.js'), leafletScript);

  const data = join(dist, 'data');
  const manifest = await readJson(join(data, 'ccin-data.json'));
  const index = await readJson(join(data, 'case-study-index.json'));
  const members = await readJson(join(data, 'members.json'));
  const realLocated = members.members.filter((/** @type {any} */ m) => m.location).length;
  if (index.length !== caseStudyCounts[0] || realLocated !== memberCounts[0]) {
    throw new Error(`bench: the real data has ${index.length} case studies and ${realLocated} located members; the scale rows expect ${caseStudyCounts[0]} and ${memberCounts[0]}. Update caseStudyCounts/memberCounts in scripts/bench/site.mjs.`);
  }
  /** @param {string} folder @param {string} indexFile @param {string} membersFile */
  const writeManifest = (folder, indexFile, membersFile) =>
    writeFile(join(folder, 'ccin-data.json'), JSON.stringify({ ...manifest, index: indexFile, members: membersFile, caseStudies: 'case-studies/{id}.json' }));

  /** @type {Record<number, string>} manifest URL by case-study count */
  const caseStudySets = { [caseStudyCounts[0]]: '/dist/data/ccin-data.json' };
  /** @type {Record<number, string>} manifest URL by located-member count */
  const memberSets = { [memberCounts[0]]: '/dist/data/ccin-data.json' };
  /** @type {Record<number, string>} members file URL by located-member count */
  const membersFiles = { [memberCounts[0]]: '/dist/data/members.json' };

  const studies = new Map();
  for (const summary of index) studies.set(summary.id, await readJson(join(data, 'case-studies', `${summary.id}.json`)));

  for (const count of caseStudyCounts.slice(1)) {
    const folder = join(dir, 'synth', `cs-${count}`);
    await mkdir(join(folder, 'case-studies'), { recursive: true });
    const copies = [...index];
    const writes = [];
    for (const summary of index) writes.push(writeFile(join(folder, 'case-studies', `${summary.id}.json`), JSON.stringify(studies.get(summary.id))));
    for (let k = 1; copies.length < count; k++) {
      for (const summary of index) {
        if (copies.length >= count) break;
        const id = `${summary.id}-copy-${k}`;
        const title = `${summary.title} (copy ${k})`;
        copies.push({ ...summary, id, title });
        writes.push(writeFile(join(folder, 'case-studies', `${id}.json`), JSON.stringify({ ...studies.get(summary.id), id, title })));
      }
    }
    await Promise.all(writes);
    await writeFile(join(folder, 'case-study-index.json'), JSON.stringify(copies));
    await writeFile(join(folder, 'members.json'), JSON.stringify(members));
    await writeManifest(folder, 'case-study-index.json', 'members.json');
    caseStudySets[count] = `/synth/cs-${count}/ccin-data.json`;
  }

  /** @type {Record<number, string>} whole snapshot URL by case-study count */
  const wholeSnapshots = { [wholeSnapshotCounts[0]]: '/dist/data/ccin-snapshot.json' };
  const snapshotText = await readFile(join(data, 'ccin-snapshot.json'), 'utf8');
  for (const count of wholeSnapshotCounts.slice(1)) {
    const snapshot = JSON.parse(snapshotText);
    const today = [...snapshot.caseStudies];
    for (let k = 1; snapshot.caseStudies.length < count; k++) {
      for (const study of today) {
        if (snapshot.caseStudies.length >= count) break;
        snapshot.caseStudies.push({ ...study, id: `${study.id}-copy-${k}`, title: `${study.title} (copy ${k})` });
      }
    }
    await mkdir(join(dir, 'synth'), { recursive: true });
    await writeFile(join(dir, 'synth', `whole-${count}.json`), JSON.stringify(snapshot));
    wholeSnapshots[count] = `/synth/whole-${count}.json`;
  }

  for (const count of memberCounts.slice(1)) {
    const folder = join(dir, 'synth', `m-${count}`);
    await mkdir(folder, { recursive: true });
    await symlink(join(data, 'case-studies'), join(folder, 'case-studies'), 'dir');
    const copies = membersWithCopies(members.members, count);
    await writeFile(join(folder, 'members.json'), JSON.stringify({ members: copies, attribution: members.attribution }));
    await writeFile(join(folder, 'case-study-index.json'), JSON.stringify(index));
    await writeManifest(folder, 'case-study-index.json', 'members.json');
    memberSets[count] = `/synth/m-${count}/ccin-data.json`;
    membersFiles[count] = `/synth/m-${count}/members.json`;
  }

  return {
    dir,
    caseStudySets,
    memberSets,
    membersFiles,
    wholeSnapshots,
    /** The id of the last copy of case study `id` in the set of `count`. @param {number} count @param {string} id */
    copyId: (count, id) => `${id}-copy-${Math.floor((count - index.length) / index.length)}`,
    graph: await readJson(join(dist, 'chunks.json')),
    principles: manifest.principles,
    index,
    /** @param {string} id */
    study: (id) => studies.get(id),
    /** Writes a page into /bench/. @param {string} name @param {string} html */
    page: async (name, html) => {
      await writeFile(join(dir, 'bench', name), html);
      return `/bench/${name}`;
    },
    /** How many files a synthetic set holds (a check for the report). @param {string} folder */
    files: async (folder) => (await readdir(join(dir, folder), { recursive: true })).length,
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** @typedef {Awaited<ReturnType<typeof createSite>>} Site */

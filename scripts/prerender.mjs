/**
 * The pre-rendered files of the build (scripts/build.mjs runs this after the npm build), made
 * with the package's own server renderer, so they are exactly what `ccin-elements render` prints:
 *
 *   dist/styles/<tag>.css                        the stylesheet each pre-rendered element links to
 *   dist/html/case-studies/<id>.html             each case study, whole
 *   dist/html/case-study-cards/<id>.html         each case study as a card
 *   dist/html/case-study-list.html               the list of case studies
 *   dist/html/member-map.html                    the map of members
 *   dist/html/principle-badges/<id>[-icon|-full].html  each principle's badge, label, icon and full
 *
 * For a CMS without Node: include a file where the element goes, then load the script. The files
 * link to their stylesheets under /ccin-elements/dist/; a site that serves dist/ elsewhere
 * rewrites that prefix when including them (docs/localgov-drupal.md shows it in Twig).
 */
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { root } from './lib/import-ts.mjs';

export async function prerender() {
  const server = await import(`${root}dist/npm/server/index.js`);
  const { bundledData } = await import(`${root}dist/npm/shared/data/bundled.js`);
  /** @type {Map<string, string>} */
  const files = new Map();
  for (const tag of server.elementTags) files.set(`styles/${tag}.css`, server.elementStylesheet(tag));

  const index = await bundledData.caseStudyIndex();
  for (const { id } of index) {
    files.set(`html/case-studies/${id}.html`, await server.render(`<ccin-case-study case-id="${id}"></ccin-case-study>`));
    files.set(`html/case-study-cards/${id}.html`, await server.render(`<ccin-case-study case-id="${id}" variant="card"></ccin-case-study>`));
  }
  files.set('html/case-study-list.html', await server.render('<ccin-case-study-list></ccin-case-study-list>'));
  files.set('html/member-map.html', await server.render('<ccin-member-map></ccin-member-map>'));
  for (const { id } of bundledData.principles) {
    for (const [suffix, variant] of [['', 'label'], ['-icon', 'icon'], ['-full', 'full']]) {
      files.set(`html/principle-badges/${id}${suffix}.html`, await server.render(`<ccin-principle-badge principle="${id}" variant="${variant}"></ccin-principle-badge>`));
    }
  }
  for (const [path, content] of files) {
    await mkdir(dirname(`${root}dist/${path}`), { recursive: true });
    await writeFile(`${root}dist/${path}`, content.endsWith('\n') ? content : `${content}\n`);
  }
  // npm keeps a bin's mode from the tarball; rollup writes files without the executable bit.
  await chmod(`${root}dist/npm/server/cli.js`, 0o755);
  return files.size;
}

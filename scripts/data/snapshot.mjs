/**
 * Reads the curated data in data/, checks it (JSON Schema, then integrity rules the schema
 * cannot express), and builds the files the library ships in dist/:
 *
 *   data/ccin-snapshot.json         everything (caseStudies, principles, values, members,
 *                                   fundedProjects, network, meta)
 *   data/case-studies/<id>.json     one case study, loaded by <ccin-case-study>
 *   data/case-study-index.json      every case study without its body, for cards and lists
 *   data/members.json               members with their case studies and the map's attribution
 *   docs/case-study-ids.html        the valid case-study ids, linked from "not found" messages
 *
 * buildSnapshot() returns { files, errors, stats }; it does not write anything.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readdir, readFile } from 'node:fs/promises';
import { importTs, root } from '../lib/import-ts.mjs';


/** Lower case, letters and digits only: "co-operative" = "cooperative", quotes and stops ignored. */
const normalise = (text) =>
  text
    .toLowerCase()
    .replace(/[‘’'`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\bco (?=[a-z])/g, 'co')
    .trim();

/** Text left over from the PDF conversion that must not reach a reader. */
const artefacts = [
  [/^#{1,6}\s/, 'a Markdown heading marker'],
  [/●/, 'an accreditation marker (●)'],
  [/For further information/i, 'the contact lead-in'],
  [/\s{2,}/, 'a double space'],
  [/<https?:/, 'an unconverted <url> autolink'],
  [/\\_/, 'an escaped underscore'],
];

/**
 * @param {{ dataDir?: string }} [options] dataDir: the folder of curated data (default data/);
 *   the tests point it at a corrupted copy to show that the checks fail.
 */
export async function buildSnapshot({ dataDir = `${root}data/` } = {}) {
  const readJson = async (path) => JSON.parse(await readFile(`${dataDir}${path.replace(/^data\//, '')}`, 'utf8'));
  const errors = [];
  const fail = (where, message) => errors.push(`${where}: ${message}`);
  const { inlineProblems } = await importTs('src/shared/rich-text/parse.ts');
  const { summarise } = await importTs('src/shared/data/summarise.ts');

  const schema = await readJson('data/schema/ccin-data.schema.json');
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(schema);
  const check = (definition, value, where) => {
    const validate = ajv.getSchema(`${schema.$id}#/$defs/${definition}`);
    if (!validate(value)) {
      for (const error of validate.errors.slice(0, 8)) fail(where, `${error.instancePath || '/'} ${error.message}`);
    }
  };

  const caseStudyFiles = (await readdir(`${dataDir}case-studies`)).filter((f) => f.endsWith('.json')).sort();
  const caseStudies = [];
  for (const file of caseStudyFiles) {
    const study = await readJson(`data/case-studies/${file}`);
    check('caseStudy', study, `data/case-studies/${file}`);
    if (study.id !== file.replace(/\.json$/, '')) fail(`data/case-studies/${file}`, `id “${study.id}” does not match the file name`);
    caseStudies.push(study);
  }
  const principles = await readJson('data/principles.json');
  check('principles', principles, 'data/principles.json');
  const values = await readJson('data/values.json');
  check('values', values, 'data/values.json');
  const members = await readJson('data/members.json');
  check('members', members, 'data/members.json');
  const fundedProjects = await readJson('data/funded-projects.json');
  check('fundedProjects', fundedProjects, 'data/funded-projects.json');
  const network = await readJson('data/network.json');
  check('network', network, 'data/network.json');
  const meta = await readJson('data/meta.json');
  check('meta', meta, 'data/meta.json');

  // ——— Integrity ———
  const unique = (items, what) => {
    const seen = new Set();
    for (const item of items) {
      if (seen.has(item.id)) fail(what, `duplicate id “${item.id}”`);
      seen.add(item.id);
    }
  };
  unique(caseStudies, 'case studies');
  unique(principles, 'principles');
  unique(members, 'members');
  unique(fundedProjects, 'funded projects');

  const memberById = new Map(members.map((m) => [m.id, m]));
  const principleById = new Map(principles.map((p) => [p.id, p]));
  const caseStudyIds = new Set(caseStudies.map((s) => s.id));

  // Every string anywhere in the data: no conversion artefacts, no broken inline markup.
  const visit = (value, where, key = '') => {
    if (typeof value === 'string') {
      if (value.trim() !== value || value === '') fail(where, `empty or padded text in “${key}”`);
      // Repairs keep removed source text (logo markup included) and quote source lines verbatim.
      if (key === 'text' && where.includes('.repairs')) return;
      if (key === 'source' || key === 'detail' || key === 'url' || key === 'file') return;
      // Editorial notes may quote the source's own words (“For further information contact:”).
      if (!where.includes('.notes')) {
        for (const [pattern, what] of artefacts) if (pattern.test(value)) fail(where, `${what} in “${value.slice(0, 60)}”`);
      }
      for (const problem of inlineProblems(value)) fail(where, `${problem} in “${value.slice(0, 60)}”`);
      return;
    }
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, `${where}[${i}]`, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, `${where}.${k}`, k);
  };
  caseStudies.forEach((study) => visit(study, `case study ${study.id}`));
  visit(principles, 'principles');
  visit(members, 'members');
  visit(fundedProjects, 'funded projects');

  // Links inside inline text: only http(s), mailto, tel.
  const inlineLinks = (text) => [...text.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]);
  const checkLinks = (value, where) => {
    if (typeof value === 'string') {
      for (const url of inlineLinks(value)) {
        if (!/^(https?:\/\/\S+|mailto:\S+@\S+|tel:\+?\d+)$/.test(url)) fail(where, `link “${url}” is not http(s), mailto or tel`);
      }
    } else if (Array.isArray(value)) value.forEach((v, i) => checkLinks(v, `${where}[${i}]`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) checkLinks(v, `${where}.${k}`);
  };
  checkLinks(caseStudies, 'case studies');
  checkLinks(network, 'network');

  for (const study of caseStudies) {
    const where = `case study ${study.id}`;
    if (!study.organisations.some((o) => o.role === 'lead')) fail(where, 'no lead organisation');
    for (const org of study.organisations) {
      if (org.memberId && !memberById.has(org.memberId)) fail(where, `organisation “${org.name}” links to unknown member “${org.memberId}”`);
    }
    for (const id of study.principles) if (!principleById.has(id)) fail(where, `unknown principle “${id}”`);
    // Principles only where a source states them, and each one backed by its evidence.
    const basis = study.principlesBasis;
    if (basis.basis === 'not-stated') {
      if (study.principles.length) fail(where, 'principles listed but the basis is “not-stated”');
    } else {
      const fromEvidence = new Set(basis.evidence.flatMap((e) => e.principles));
      const listed = new Set(study.principles);
      if (fromEvidence.size !== listed.size || [...listed].some((p) => !fromEvidence.has(p))) {
        fail(where, 'principles do not match the principles of their evidence');
      }
      if (!study.sources.some((s) => s.file === basis.file)) fail(where, `evidence file ${basis.file} is not among the sources`);
      for (const evidence of basis.evidence) {
        if (basis.basis === 'principles-met') {
          // A "Principles met" entry quotes a statement: it must contain exactly the statements of its principles.
          const matched = principles.filter((p) => normalise(evidence.text).includes(normalise(p.statement))).map((p) => p.id);
          const claimed = [...evidence.principles].sort().join(',');
          if (matched.sort().join(',') !== claimed) {
            fail(where, `evidence “${evidence.text.slice(0, 50)}…” matches [${matched}] by statement, not [${claimed}]`);
          }
        } else if (!study.body.some((b) => b.type === 'heading' && b.text === evidence.text)) {
          fail(where, `section heading “${evidence.text}” is not a heading of the body`);
        }
      }
    }
    const order = principles.map((p) => p.id);
    const sorted = [...study.principles].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    if (sorted.join() !== study.principles.join()) fail(where, 'principles are not in the booklet’s order');
  }

  for (const project of fundedProjects) {
    for (const org of project.organisations) {
      if (org.memberId && !memberById.has(org.memberId)) fail(`funded project ${project.id}`, `unknown member “${org.memberId}”`);
    }
    for (const id of project.relatedCaseStudies) {
      if (!caseStudyIds.has(id)) fail(`funded project ${project.id}`, `unknown case study “${id}”`);
    }
  }

  const tierCounts = Object.fromEntries(['member', 'associate', 'affiliate'].map((t) => [t, members.filter((m) => m.tier === t).length]));
  if (tierCounts.member !== 41 || tierCounts.associate !== 22 || tierCounts.affiliate !== 48) {
    fail('members', `expected 41 members, 22 associates and 48 affiliates as at 11 May 2023, found ${JSON.stringify(tierCounts)}`);
  }

  // ——— Derived data ———
  const snapshotMembers = members.map((member) => ({
    ...member,
    caseStudies: caseStudies.flatMap((study) =>
      study.organisations.filter((o) => o.memberId === member.id).map((o) => ({ id: study.id, title: study.title, role: o.role })),
    ),
  }));
  const snapshot = { caseStudies, principles, values, members: snapshotMembers, fundedProjects, network, meta };
  const tiers = new Map(members.map((m) => [m.id, m.tier]));
  const index = caseStudies.map((study) => summarise(study, tiers));
  const attribution = meta.attribution.map((line) => line.text);

  const files = new Map();
  const json = (value) => `${JSON.stringify(value)}\n`;
  files.set('data/ccin-snapshot.json', json(snapshot));
  for (const study of caseStudies) files.set(`data/case-studies/${study.id}.json`, json(study));
  files.set('data/case-study-index.json', json(index));
  files.set('data/members.json', json({ members: snapshotMembers, attribution }));
  files.set('docs/case-study-ids.html', idListPage(index));

  const stats = {
    caseStudies: caseStudies.length,
    principles: principles.length,
    members: tierCounts,
    located: members.filter((m) => m.location).length,
    fundedProjects: fundedProjects.length,
    withPrinciples: caseStudies.filter((s) => s.principles.length).length,
  };
  return { files, errors, stats, snapshot };
}

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** A plain page listing every case-study id with its title and organisation. */
function idListPage(index) {
  const rows = index
    .map(
      (s) =>
        `<tr><td><code>${s.id}</code></td><td>${escapeHtml(s.title)}${s.subtitle ? `: ${escapeHtml(s.subtitle)}` : ''}</td><td>${escapeHtml(
          s.organisations.filter((o) => o.role === 'lead').map((o) => o.name).join(', '),
        )}</td></tr>`,
    )
    .join('\n      ');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>CCIN case-study ids – ccin-elements</title>
</head>
<body>
  <h1>CCIN case-study ids</h1>
  <p>Use one of these ids in <code>&lt;ccin-case-study case-id="…"&gt;</code>. There are ${index.length} case studies.</p>
  <table>
    <thead><tr><th scope="col">id</th><th scope="col">Title</th><th scope="col">By</th></tr></thead>
    <tbody>
      ${rows}
    </tbody>
  </table>
</body>
</html>
`;
}

/**
 * Checks the curated data: the JSON Schema first, then the integrity rules a schema cannot
 * express (unique ids, references that resolve, principles backed by their evidence, no
 * conversion artefacts, no broken inline markup, links only to http(s), mailto and tel).
 * Returns every problem found, as "where: what" lines; an empty list means valid.
 */
import { importTs } from '../lib/import-ts.mjs';

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

/** @param {Awaited<ReturnType<typeof import('./read.mjs').readCurated>>} curated */
export async function validateCurated(curated) {
  const errors = [];
  const fail = (where, message) => errors.push(`${where}: ${message}`);
  const { inlineProblems } = await importTs('src/shared/rich-text/parse.ts');
  // The same schema interpreter and integrity rules that check a snapshot in the browser.
  const { checkAgainstSchema } = await importTs('src/shared/data/schema-check.ts');
  const { integrityProblems } = await importTs('src/shared/data/integrity.ts');
  const { schema, principles, values, members, fundedProjects, network, meta } = curated;
  const caseStudies = curated.caseStudies.map(({ study }) => study);

  // ——— Schema ———
  const check = (definition, value, where) => {
    for (const problem of checkAgainstSchema(schema, definition, value).slice(0, 8)) fail(where, `${problem.path || '/'} ${problem.message}`);
  };
  for (const { file, study } of curated.caseStudies) {
    check('caseStudy', study, file);
    if (study.id !== file.replace(/^.*\//, '').replace(/\.json$/, '')) fail(file, `id “${study.id}” does not match the file name`);
  }
  check('principles', principles, 'data/principles.json');
  check('values', values, 'data/values.json');
  check('members', members, 'data/members.json');
  check('fundedProjects', fundedProjects, 'data/funded-projects.json');
  check('network', network, 'data/network.json');
  check('meta', meta, 'data/meta.json');

  // ——— Integrity ———
  for (const problem of integrityProblems({ caseStudies, principles, members, fundedProjects }, Infinity)) errors.push(problem);

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

  // Authoring rules beyond the shared ones: evidence quotes the statements it claims.
  for (const study of caseStudies) checkEvidence(study, principles, fail);
  return errors;
}

/**
 * A "Principles met" entry quotes statements: it must contain exactly the statements of the
 * principles it claims. A section heading named as evidence must be a heading of the body.
 */
function checkEvidence(study, principles, fail) {
  const where = `case study ${study.id}`;
  const basis = study.principlesBasis;
  if (basis.basis === 'not-stated') return;
  for (const evidence of basis.evidence) {
    if (basis.basis === 'principles-met') {
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

import type { CaseStudy, CaseStudySummary, MembersData, Principle, Snapshot } from './types.js';

/**
 * Structural checks for data that arrives at run time (the bundled files, or a snapshot a
 * provider fetches from `src`). They check what the elements rely on, not every rule of the
 * JSON Schema that `npm run data:check` applies at build time; a file that fails gets a
 * visible message instead of a broken rendering.
 */
export class ValidationError extends Error {
  constructor(readonly path: string, expected: string) {
    super(`${path}: expected ${expected}`);
    this.name = 'ValidationError';
  }
}

type Check = (value: unknown, path: string) => void;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const str: Check = (v, p) => {
  if (typeof v !== 'string') throw new ValidationError(p, 'a string');
};
const nullable =
  (check: Check): Check =>
  (v, p) => {
    if (v !== null) check(v, p);
  };
const optional =
  (check: Check): Check =>
  (v, p) => {
    if (v !== undefined) check(v, p);
  };
const num: Check = (v, p) => {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new ValidationError(p, 'a number');
};
const bool: Check = (v, p) => {
  if (typeof v !== 'boolean') throw new ValidationError(p, 'true or false');
};
const oneOf =
  (...allowed: string[]): Check =>
  (v, p) => {
    if (typeof v !== 'string' || !allowed.includes(v)) throw new ValidationError(p, `one of ${allowed.join(', ')}`);
  };
const arrayOf =
  (check: Check): Check =>
  (v, p) => {
    if (!Array.isArray(v)) throw new ValidationError(p, 'a list');
    v.forEach((item, i) => check(item, `${p}[${i}]`));
  };
const object =
  (shape: Record<string, Check>): Check =>
  (v, p) => {
    if (!isRecord(v)) throw new ValidationError(p, 'an object');
    for (const [key, check] of Object.entries(shape)) check(v[key], `${p}.${key}`);
  };

const tier = oneOf('member', 'associate', 'affiliate');
const role = oneOf('lead', 'partner', 'working-with');
const organisation = object({ name: str, role, memberId: nullable(str) });

const listItem: Check = (v, p) => object({ text: str, items: optional(arrayOf(listItem)) })(v, p);
const block: Check = (v, p) => {
  if (!isRecord(v)) throw new ValidationError(p, 'an object');
  switch (v.type) {
    case 'paragraph':
    case 'heading':
      return str(v.text, `${p}.text`);
    case 'list':
      bool(v.ordered, `${p}.ordered`);
      return arrayOf(listItem)(v.items, `${p}.items`);
    case 'quote':
      str(v.text, `${p}.text`);
      return nullable(str)(v.attribution, `${p}.attribution`);
    default:
      throw new ValidationError(`${p}.type`, 'paragraph, heading, list or quote');
  }
};

const caseStudyCheck = object({
  id: str,
  title: str,
  subtitle: optional(str),
  theme: nullable(str),
  organisations: arrayOf(organisation),
  summary: nullable(str),
  body: arrayOf(block),
  contacts: arrayOf(
    object({
      name: str,
      role: optional(str),
      organisation: optional(str),
      email: optional(str),
      phone: optional(str),
      web: optional(arrayOf(object({ text: str, url: str }))),
    }),
  ),
  links: arrayOf(object({ text: str, url: str })),
  principles: arrayOf(str),
  principlesBasis: object({ basis: oneOf('not-stated', 'principles-met', 'section-headings') }),
  year: nullable(num),
  sources: arrayOf(object({ file: str })),
});

const summaryCheck = object({
  id: str,
  title: str,
  subtitle: optional(str),
  theme: nullable(str),
  organisations: arrayOf(object({ name: str, role, memberId: nullable(str), tier: nullable(tier) })),
  summary: nullable(str),
  excerpt: nullable(str),
  principles: arrayOf(str),
  year: nullable(num),
});

const principleCheck = object({
  id: str,
  name: str,
  statement: str,
  points: optional(arrayOf(object({ label: str, text: str }))),
});

const memberCheck = object({
  id: str,
  name: str,
  tier,
  kind: str,
  accreditationMarkers: num,
  location: nullable(object({ lat: num, lon: num, areaCode: str, areaName: str, basis: str, source: str })),
  caseStudies: arrayOf(object({ id: str, title: str, role })),
});

function asserting<T>(check: Check) {
  return (value: unknown, path = '$'): T => {
    check(value, path);
    return value as T;
  };
}

export const validateCaseStudy = asserting<CaseStudy>(caseStudyCheck);
export const validateIndex = asserting<CaseStudySummary[]>(arrayOf(summaryCheck));
export const validateMembers = asserting<MembersData>(object({ members: arrayOf(memberCheck), attribution: arrayOf(str) }));
export const validatePrinciples = asserting<Principle[]>(arrayOf(principleCheck));
export const validateSnapshot = asserting<Snapshot>(
  object({
    caseStudies: arrayOf(caseStudyCheck),
    principles: arrayOf(principleCheck),
    values: object({}),
    members: arrayOf(memberCheck),
    fundedProjects: arrayOf(object({ id: str, title: str })),
    network: object({ name: str }),
    meta: object({}),
  }),
);

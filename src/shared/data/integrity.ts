import type { CaseStudy, Member, PrincipleName } from './types.js';

/** What the integrity rules read: a snapshot, or the curated data before the build derives from it. */
export interface IntegrityInput {
  caseStudies: readonly CaseStudy[];
  principles: readonly PrincipleName[];
  members: readonly Pick<Member, 'id'>[];
  fundedProjects: readonly { id: string; organisations?: { memberId: string | null }[]; relatedCaseStudies?: string[] }[];
}

/**
 * The rules a JSON Schema cannot express, shared by `npm run data:check` (on data/) and by
 * <ccin-provider src> (on a snapshot from elsewhere): unique ids, references that resolve,
 * principles that exist, are in the booklet's order and are backed by their evidence. Data
 * that breaks one would render wrongly (two case studies with one id, a card linking a member
 * that is not there), so it is refused as a whole. Returns "where: what" lines; empty is valid.
 */
export function integrityProblems(data: IntegrityInput, max = 20): string[] {
  const problems: string[] = [];
  const fail = (where: string, what: string) => {
    if (problems.length < max) problems.push(`${where}: ${what}`);
  };
  const unique = (items: readonly { id: string }[], what: string) => {
    const seen = new Set<string>();
    for (const item of items) {
      if (seen.has(item.id)) fail(what, `duplicate id “${item.id}”`);
      seen.add(item.id);
    }
  };
  unique(data.caseStudies, 'case studies');
  unique(data.principles, 'principles');
  unique(data.members, 'members');
  unique(data.fundedProjects, 'funded projects');

  const memberIds = new Set(data.members.map((m) => m.id));
  const caseStudyIds = new Set(data.caseStudies.map((s) => s.id));
  const order = data.principles.map((p) => p.id);
  for (const study of data.caseStudies) {
    const where = `case study ${study.id}`;
    if (!study.organisations.some((o) => o.role === 'lead')) fail(where, 'no lead organisation');
    for (const org of study.organisations) {
      if (org.memberId && !memberIds.has(org.memberId)) fail(where, `organisation “${org.name}” links to unknown member “${org.memberId}”`);
    }
    for (const id of study.principles) if (!order.includes(id)) fail(where, `unknown principle “${id}”`);
    const sorted = [...study.principles].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    if (sorted.join() !== study.principles.join()) fail(where, 'principles are not in the booklet’s order');
    const basis = study.principlesBasis;
    if (basis.basis === 'not-stated') {
      if (study.principles.length) fail(where, 'principles listed but the basis is “not-stated”');
      continue;
    }
    const fromEvidence = new Set(basis.evidence.flatMap((e) => e.principles));
    const listed = new Set(study.principles);
    if (fromEvidence.size !== listed.size || [...listed].some((p) => !fromEvidence.has(p))) {
      fail(where, 'principles do not match the principles of their evidence');
    }
    if (!study.sources.some((s) => s.file === basis.file)) fail(where, `evidence file ${basis.file} is not among the sources`);
  }
  for (const project of data.fundedProjects) {
    for (const org of project.organisations ?? []) {
      if (org.memberId && !memberIds.has(org.memberId)) fail(`funded project ${project.id}`, `unknown member “${org.memberId}”`);
    }
    for (const id of project.relatedCaseStudies ?? []) {
      if (!caseStudyIds.has(id)) fail(`funded project ${project.id}`, `unknown case study “${id}”`);
    }
  }
  return problems;
}

/**
 * What the build derives from the curated data (data/README.md marks these as derived): each
 * member's case studies, the case-study index (cards and lists: every case study without its
 * body, written with the same summarise() the elements use), the map's attribution lines, and
 * counts for the data:check summary.
 */
import { importTs } from '../lib/import-ts.mjs';

/** @param {Awaited<ReturnType<typeof import('./read.mjs').readCurated>>} curated */
export async function deriveSnapshot(curated) {
  const { summarise } = await importTs('src/shared/data/summarise.ts');
  const caseStudies = curated.caseStudies.map(({ study }) => study);
  const { principles, values, members, fundedProjects, network, meta } = curated;
  const snapshotMembers = members.map((member) => ({
    ...member,
    caseStudies: caseStudies.flatMap((study) =>
      study.organisations.filter((o) => o.memberId === member.id).map((o) => ({ id: study.id, title: study.title, role: o.role })),
    ),
  }));
  const snapshot = { caseStudies, principles, values, members: snapshotMembers, fundedProjects, network, meta };
  const tiers = new Map(members.map((m) => [m.id, m.tier]));
  const index = caseStudies.map((study) => summarise(study, tiers));
  const membersData = { members: snapshotMembers, attribution: meta.attribution.map((line) => line.text) };
  const stats = {
    caseStudies: caseStudies.length,
    principles: principles.length,
    members: Object.fromEntries(['member', 'associate', 'affiliate'].map((t) => [t, members.filter((m) => m.tier === t).length])),
    located: members.filter((m) => m.location).length,
    fundedProjects: fundedProjects.length,
    withPrinciples: caseStudies.filter((s) => s.principles.length).length,
  };
  return { snapshot, index, membersData, stats };
}

import type { CaseStudy, CaseStudySummary, Member } from './types.js';

/**
 * The index entry of a case study: what cards and lists need, without the body. The build
 * (scripts/data/snapshot.mjs) writes the bundled index with this same function.
 */
export function summarise(study: CaseStudy, tiers: Map<string, Member['tier']>): CaseStudySummary {
  const firstParagraph = study.body.find((block) => block.type === 'paragraph');
  return {
    id: study.id,
    title: study.title,
    ...(study.subtitle ? { subtitle: study.subtitle } : {}),
    theme: study.theme,
    organisations: study.organisations.map((org) => ({
      ...org,
      tier: org.memberId ? (tiers.get(org.memberId) ?? null) : null,
    })),
    summary: study.summary,
    excerpt: study.summary ? null : (firstParagraph?.text ?? null),
    principles: study.principles,
    year: study.year,
  };
}


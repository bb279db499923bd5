/**
 * Which of the case-study loader tables an id is in. The ids are spread over tables of about 16
 * (src/generated/data/case-study-loaders/), so that a page with one case study downloads one
 * small table rather than every id: with 55 case studies the single table was 1.2 KB gzip, with
 * 2,200 it would be 50 KB; in four tables the largest is 0.5 KB. FNV-1a, so the build
 * (scripts/data/emit.mjs, which imports this module) and the browser agree on it.
 */
export function bucketOf(id: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % buckets;
}

/** How many tables for so many case studies. */
export const bucketCount = (caseStudies: number): number => Math.max(1, Math.ceil(caseStudies / 16));

import type { CaseStudySummary } from '../shared/data/types.js';

/** Edit distance between two short strings (ids), giving up beyond `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The case studies an author probably meant by an id that does not exist: ids within a few
 * typing mistakes, and ids that contain every word of it ("rochdale" → Rochdale's). At most three.
 */
export function similarCaseStudies(id: string, index: readonly CaseStudySummary[], max = 3): CaseStudySummary[] {
  const wanted = id.trim().toLowerCase().slice(0, 100);
  if (!wanted) return [];
  const words = wanted.split(/[^a-z0-9]+/).filter((word) => word.length > 2);
  const limit = Math.max(2, Math.floor(wanted.length / 4));
  return index
    .map((entry) => {
      const typos = distance(wanted, entry.id, limit);
      const contains = words.length > 0 && words.every((word) => entry.id.includes(word));
      return { entry, score: typos <= limit ? typos : contains ? limit + 1 : Infinity };
    })
    .filter((candidate) => candidate.score !== Infinity)
    .sort((a, b) => a.score - b.score || a.entry.id.localeCompare(b.entry.id))
    .slice(0, max)
    .map((candidate) => candidate.entry);
}

// @ts-check
/**
 * Synthetic data for the benchmark (scripts/bench/site.mjs) and the tests that check what the
 * benchmark measures (tests/node/cluster.test.mjs): a seeded random generator, and members
 * copied near their originals. Deterministic, so every run makes the same data.
 */

/**
 * A small deterministic generator (mulberry32): numbers in [0, 1).
 * @param {number} seed
 */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The members, then copies of the located ones (new ids "<id>-copy-<k>" and names "… (copy k)",
 * the same tier) each 0.5–3 km from its original in a random direction, so on land nearby,
 * until `count` members are located. Seeded by `count`.
 * @template {{ id: string, name: string, location?: { lat: number, lon: number } | null }} M
 * @param {M[]} members
 * @param {number} count
 * @returns {M[]}
 */
export function membersWithCopies(members, count) {
  const located = members.filter((member) => member.location);
  const next = random(count);
  const all = [...members];
  let placed = located.length;
  for (let k = 1; placed < count; k++) {
    for (const member of located) {
      if (placed >= count) break;
      const { lat, lon } = /** @type {{ lat: number, lon: number }} */ (member.location);
      const km = 0.5 + 2.5 * next();
      const angle = 2 * Math.PI * next();
      const copyLat = lat + (km * Math.cos(angle)) / 111.32;
      const copyLon = lon + (km * Math.sin(angle)) / (111.32 * Math.cos((lat * Math.PI) / 180));
      const location = { ...member.location, lat: Math.round(copyLat * 1e4) / 1e4, lon: Math.round(copyLon * 1e4) / 1e4 };
      all.push({ ...member, id: `${member.id}-copy-${k}`, name: `${member.name} (copy ${k})`, location });
      placed++;
    }
  }
  return all;
}

import type { Member, Tier } from '../shared/data/types.js';
import { mapFit, mapHeight, mapWidth } from './basemap.generated.js';
import { clusterPoints } from './cluster.js';
import { project } from './projection.js';

/** A marker's hit area: 24 CSS px across (the WCAG 2.2 target size), and 2 px between hit areas. */
export const hitRadiusPx = 12;
export const gapPx = 2;

/** One marker on the map: a member, or a group of members too close to tell apart at this size. */
export interface MapMarker {
  /** The member id for one member; "group:" and the anchor's id for a group. */
  key: string;
  /** Where it is drawn, in map units: the place of `anchor`, a member of the marker. */
  x: number;
  y: number;
  anchor: Member;
  /** Sorted by id; one for a single member. */
  members: Member[];
}

export interface Placement {
  markers: MapMarker[];
  /** Members of the shown tiers with no place on the map (affiliates, and members without a location). */
  notOnMap: Member[];
  /** Each located member's marker. */
  markerOf: Map<string, MapMarker>;
}

interface Located {
  id: string;
  x: number;
  y: number;
  member: Member;
}

let cache: { members: readonly Member[]; key: string; placement: Placement } | undefined;

/**
 * Places the members of the shown tiers at their points, grouping those closer than a marker at
 * `pxPerUnit` (CSS px per map unit, the size the map is drawn at), with the pinned (highlighted)
 * member always at its own place. A location that would fall outside the map (which the data's
 * checks already refuse) is treated as no location. The last result is kept, so a re-render at
 * the same size and tiers costs nothing.
 */
export function placeMembers(members: readonly Member[], tiers: readonly Tier[], pxPerUnit: number, pinnedId = ''): Placement {
  // Sizes within 1 % give the same layout; the key rounds to that.
  const key = `${tiers.join()}|${pxPerUnit.toPrecision(2)}|${pinnedId}`;
  if (cache?.members === members && cache.key === key) return cache.placement;
  const shown = members.filter((member) => tiers.includes(member.tier));
  const located: Located[] = [];
  const notOnMap: Member[] = [];
  for (const member of shown) {
    const point = member.location ? project(member.location.lon, member.location.lat, mapFit) : undefined;
    if (point && point.every(Number.isFinite) && point[0] >= 0 && point[0] <= mapWidth && point[1] >= 0 && point[1] <= mapHeight) {
      located.push({ id: member.id, x: point[0], y: point[1], member });
    } else notOnMap.push(member);
  }
  const minDistance = (2 * hitRadiusPx + gapPx) / pxPerUnit;
  const markers = clusterPoints(located, minDistance, pinnedId).map(({ anchor, points }) => ({
    key: points.length === 1 ? anchor.id : `group:${anchor.id}`,
    x: anchor.x,
    y: anchor.y,
    anchor: anchor.member,
    members: points.map((point) => point.member),
  }));
  const markerOf = new Map(markers.flatMap((marker) => marker.members.map((member) => [member.id, marker] as const)));
  const placement = { markers, notOnMap, markerOf };
  cache = { members, key, placement };
  return placement;
}

const allTiers: readonly Tier[] = ['member', 'associate', 'affiliate'];

/** The `tiers` attribute: the tiers it names (all when it names none), and the words it has that are not tiers. */
export function readTiers(attribute: string): { shown: Tier[]; unknown: string[] } {
  const words = attribute.split(/[\s,]+/).map((word) => word.trim().toLowerCase()).filter(Boolean);
  const isTier = (word: string) => allTiers.some((tier) => word === tier || word === `${tier}s`);
  const shown = allTiers.filter((tier) => words.includes(tier) || words.includes(`${tier}s`));
  return { shown: shown.length ? shown : [...allTiers], unknown: words.filter((word) => !isTier(word)) };
}

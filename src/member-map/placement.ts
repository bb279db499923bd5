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
  /** Empty until the size the map is drawn at is known (see placeMembers). */
  markers: MapMarker[];
  /** How many members of the shown tiers have a place on the map (on markers once they are placed). */
  located: number;
  /** Members of the shown tiers with no place on the map (affiliates, and members without a location). */
  notOnMap: Member[];
  /** Each located member's marker. */
  markerOf: Map<string, MapMarker>;
}

/** The placement of a map whose members are still loading: nothing on it yet. */
export const unplaced: Placement = Object.freeze({ markers: [], located: 0, notOnMap: [], markerOf: new Map<string, MapMarker>() });

interface Located {
  id: string;
  x: number;
  y: number;
  member: Member;
}

/** The members of the shown tiers, where they are on the map, and those with no place. */
interface Shown {
  members: Member[];
  located: Located[];
  notOnMap: Member[];
}

/** Per members list, by tiers: projecting is the same at every size, so it is done once. */
const shownCache = new WeakMap<readonly Member[], Map<string, Shown>>();

function shownOf(members: readonly Member[], tiers: readonly Tier[]): Shown {
  let byTiers = shownCache.get(members);
  if (!byTiers) shownCache.set(members, (byTiers = new Map()));
  const key = tiers.join();
  let shown = byTiers.get(key);
  if (shown) return shown;
  const listed = members.filter((member) => tiers.includes(member.tier));
  const located: Located[] = [];
  const notOnMap: Member[] = [];
  for (const member of listed) {
    const point = member.location ? project(member.location.lon, member.location.lat, mapFit) : undefined;
    if (point && point.every(Number.isFinite) && point[0] >= 0 && point[0] <= mapWidth && point[1] >= 0 && point[1] <= mapHeight) {
      located.push({ id: member.id, x: point[0], y: point[1], member });
    } else notOnMap.push(member);
  }
  // In id order, once: clusterPoints then has nothing to sort at each size.
  located.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  shown = { members: listed, located, notOnMap };
  byTiers.set(key, shown);
  return shown;
}

/** The members of the shown tiers (what the search looks in): the same array for the same members and tiers. */
export function membersOfTiers(members: readonly Member[], tiers: readonly Tier[]): readonly Member[] {
  return shownOf(members, tiers).members;
}

let cache: { members: readonly Member[]; key: string; placement: Placement } | undefined;

/**
 * Places the members of the shown tiers at their points, grouping those closer than a marker at
 * `pxPerUnit` (CSS px per map unit, the size the map is drawn at), with the pinned (highlighted)
 * member always at its own place. A location that would fall outside the map (which the data's
 * checks already refuse) is treated as no location. The last result is kept, so a re-render at
 * the same size and tiers costs nothing.
 *
 * With no `pxPerUnit` (a map in the browser whose size is not measured yet) there are no
 * markers: grouping depends on the size, so the members are grouped once, at the measured size,
 * instead of once at a guess and again when the size is known. The counts are there already.
 */
export function placeMembers(members: readonly Member[], tiers: readonly Tier[], pxPerUnit: number | undefined, pinnedId = ''): Placement {
  // Sizes within 1 % give the same layout; the key rounds to that.
  const key = `${tiers.join()}|${pxPerUnit ? pxPerUnit.toPrecision(2) : 'unmeasured'}|${pinnedId}`;
  if (cache?.members === members && cache.key === key) return cache.placement;
  const { located, notOnMap } = shownOf(members, tiers);
  const minDistance = pxPerUnit ? (2 * hitRadiusPx + gapPx) / pxPerUnit : 0;
  const markers = pxPerUnit
    ? clusterPoints(located, minDistance, pinnedId).map(({ anchor, points }) => ({
        key: points.length === 1 ? anchor.id : `group:${anchor.id}`,
        x: anchor.x,
        y: anchor.y,
        anchor: anchor.member,
        members: points.map((point) => point.member),
      }))
    : [];
  const markerOf = new Map<string, MapMarker>();
  for (const marker of markers) for (const member of marker.members) markerOf.set(member.id, marker);
  const placement = { markers, located: located.length, notOnMap, markerOf };
  cache = { members, key, placement };
  return placement;
}

const allTiers: readonly Tier[] = ['member', 'associate', 'affiliate'];

/** readTiers' answers by attribute value: a render reads the attribute many times (1,289 calls a render at 1,240 members). */
const tiersCache = new Map<string, { shown: readonly Tier[]; unknown: readonly string[] }>();

/**
 * The `tiers` attribute: the tiers it names (all when it names none), and the words it has that
 * are not tiers. The same attribute value gives the same (frozen) arrays.
 */
export function readTiers(attribute: string): { shown: readonly Tier[]; unknown: readonly string[] } {
  let tiers = tiersCache.get(attribute);
  if (tiers) return tiers;
  const words = attribute.split(/[\s,]+/).map((word) => word.trim().toLowerCase()).filter(Boolean);
  const isTier = (word: string) => allTiers.some((tier) => word === tier || word === `${tier}s`);
  const shown = allTiers.filter((tier) => words.includes(tier) || words.includes(`${tier}s`));
  tiers = Object.freeze({ shown: Object.freeze(shown.length ? shown : [...allTiers]), unknown: Object.freeze(words.filter((word) => !isTier(word))) });
  // A page sets a handful of values; a script setting ever new ones does not grow the cache for ever.
  if (tiersCache.size >= 32) tiersCache.clear();
  tiersCache.set(attribute, tiers);
  return tiers;
}

/**
 * Groups map markers that would be closer than a finger's width, keeping the geography true.
 *
 * Greater Manchester and London each hold many members within a few kilometres, and two members
 * share one point (Telford and Wrekin Council and Great Dawley Town Council). A marker large
 * enough to touch (24 CSS px, WCAG 2.2 target size) covers 20 to 50 km at the map's size, so
 * markers that close would overlap. Earlier versions pushed them apart with leader lines, which
 * moved markers into the sea and across regions. Instead, points closer than `minDistance` join
 * one group, drawn at the place of one of its own points: the highlighted member if it is in the
 * group, else the point nearest the group's centre. Every marker therefore stands where a member
 * is, and no two markers are closer than minDistance. A group opens into a list of its members.
 *
 * A uniform grid (cells minDistance wide) finds neighbours, so the work grows about linearly
 * with the number of points (each merge removes a group for good). The result does not depend on
 * the order of the input.
 */
export interface ClusterPoint {
  id: string;
  x: number;
  y: number;
}

export interface Cluster<P extends ClusterPoint> {
  /** The point whose place the group is drawn at. */
  anchor: P;
  /** Every point of the group, sorted by id (one for a single member). */
  points: P[];
}

interface Group<P extends ClusterPoint> {
  anchor: P;
  points: P[];
  cell: string;
  alive: boolean;
}

export function clusterPoints<P extends ClusterPoint>(input: readonly P[], minDistance: number, pinnedId?: string): Cluster<P>[] {
  const size = minDistance > 0 ? minDistance : 1;
  const cellOf = (x: number, y: number) => `${Math.floor(x / size)},${Math.floor(y / size)}`;
  const grid = new Map<string, Set<Group<P>>>();
  const place = (group: Group<P>) => {
    group.cell = cellOf(group.anchor.x, group.anchor.y);
    let cell = grid.get(group.cell);
    if (!cell) grid.set(group.cell, (cell = new Set()));
    cell.add(group);
  };
  const sortedInput = [...input].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const queue: Group<P>[] = sortedInput.map((point) => ({ anchor: point, points: [point], cell: '', alive: true }));
  queue.forEach(place);

  const neighbours = (group: Group<P>): Group<P>[] => {
    const cx = Math.floor(group.anchor.x / size);
    const cy = Math.floor(group.anchor.y / size);
    const found: Group<P>[] = [];
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const other of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (other !== group && Math.hypot(other.anchor.x - group.anchor.x, other.anchor.y - group.anchor.y) < minDistance) found.push(other);
        }
      }
    }
    return found;
  };

  // A queue rather than rounds: a merged group goes to the back and is checked again at its new place.
  for (let next = 0; next < queue.length; next++) {
    const group = queue[next]!;
    if (!group.alive) continue;
    const close = neighbours(group);
    if (!close.length) continue;
    const merged: Group<P> = { anchor: group.anchor, points: [group, ...close].flatMap((g) => g.points), cell: '', alive: true };
    for (const old of [group, ...close]) {
      old.alive = false;
      grid.get(old.cell)?.delete(old);
    }
    merged.points.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    merged.anchor = anchorOf(merged.points, pinnedId);
    place(merged);
    queue.push(merged);
  }
  return queue.filter((group) => group.alive).map(({ anchor, points }) => ({ anchor, points }));
}

/** The pinned point if the group has it, else the point nearest the group's centre (ties by id). */
function anchorOf<P extends ClusterPoint>(points: P[], pinnedId: string | undefined): P {
  const pinned = pinnedId ? points.find((point) => point.id === pinnedId) : undefined;
  if (pinned) return pinned;
  const cx = points.reduce((sum, p) => sum + p.x, 0) / points.length;
  const cy = points.reduce((sum, p) => sum + p.y, 0) / points.length;
  let best = points[0]!;
  let bestDistance = Infinity;
  for (const point of points) {
    const distance = Math.hypot(point.x - cx, point.y - cy);
    if (distance < bestDistance) {
      best = point;
      bestDistance = distance;
    }
  }
  return best;
}

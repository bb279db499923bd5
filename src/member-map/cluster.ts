/**
 * Groups map markers that would be closer than a finger's width, keeping the geography true.
 *
 * Greater Manchester and London each hold many members within a few kilometres, and two members
 * share one point (Telford and Wrekin Council and Great Dawley Town Council). A marker large
 * enough to touch (24 CSS px, WCAG 2.2 target size) covers 20 to 50 km at the map's size, so
 * markers that close would overlap. Earlier versions pushed them apart with leader lines, which
 * moved markers into the sea and across regions. Instead, points closer than `minDistance` join
 * one group, drawn at the place of one of its own points (its anchor): the highlighted (pinned)
 * member if it is in the group, else, of the anchors of the groups that merged into it, the one
 * nearest the new group's centre (ties by id). A group formed in one step from single points
 * (the usual case) is therefore drawn at its point nearest its centre. Every marker stands where
 * a member is, and no two markers are closer than minDistance. A group opens into a list of its
 * members.
 *
 * The work grows about linearly with the number of points (tests/node/cluster.test.mjs measures
 * it): a uniform grid of cells minDistance wide finds neighbours; a merge adds up the groups'
 * sums of coordinates, links their lists of points (no copying) and chooses among their anchors,
 * so it costs the number of groups it merges, and each group is merged away once. Everything is
 * kept in typed arrays indexed by point and group number. The points are sorted by id at the
 * start (unless they are in id order already, as placement.ts gives them), and each group's
 * points come out in that order at the end. The result does not depend on the order of the input.
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

const byId = (a: ClusterPoint, b: ClusterPoint) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Whether the points are in id order already (placement.ts keeps them so: then no sort at all). */
function sortedById(points: readonly ClusterPoint[]): boolean {
  for (let i = 1; i < points.length; i++) if (points[i - 1]!.id > points[i]!.id) return false;
  return true;
}

/** Beyond ±2^20 cells (points very far apart for their distance), cells are shared: neighbours are still found. */
const maxCell = 2 ** 20;

export function clusterPoints<P extends ClusterPoint>(input: readonly P[], minDistance: number, pinnedId?: string): Cluster<P>[] {
  const points = sortedById(input) ? input : [...input].sort(byId);
  const n = points.length;
  const size = minDistance > 0 ? minDistance : 1;
  // Squared distances; a minDistance of 0, below 0 or NaN merges nothing.
  const limit = minDistance > 0 ? minDistance * minDistance : 0;
  const pinned = pinnedId ? points.findIndex((point) => point.id === pinnedId) : -1;

  // The points' coordinates side by side (read many times, so kept close together in memory),
  // and the grid's extent. A point with a coordinate that is not finite is close to nothing.
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    const { x, y } = points[i]!;
    xs[i] = x;
    ys[i] = y;
    if (Number.isFinite(x) && Number.isFinite(y)) {
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  }

  // The grid: one cell per minDistance square, each holding a linked list of the live groups
  // whose anchor is in it. An array of cells over the points' extent; a Map of the cells in use
  // when that extent is far larger than the number of points.
  const cellX = (x: number) => Math.min(maxCell, Math.max(-maxCell, Math.floor(x / size)));
  const x0 = Number.isFinite(minX) ? cellX(minX) : 0;
  const y0 = Number.isFinite(minY) ? cellX(minY) : 0;
  const columns = Number.isFinite(maxX) ? cellX(maxX) - x0 + 1 : 0;
  const rows = Number.isFinite(maxY) ? cellX(maxY) - y0 + 1 : 0;
  const dense = columns * rows <= 4 * n + 1024;
  const denseHeads = dense ? new Int32Array(columns * rows).fill(-1) : undefined;
  const sparseHeads = dense ? undefined : new Map<number, number>();
  /** A cell's number, or -1 outside the points' extent. */
  const cellAt = (cx: number, cy: number): number => {
    const column = cx - x0;
    const row = cy - y0;
    if (column < 0 || row < 0 || column >= columns || row >= rows) return -1;
    return dense ? column + row * columns : column * (rows + 1) + row;
  };
  const headOf = (cell: number): number => (denseHeads ? denseHeads[cell]! : (sparseHeads!.get(cell) ?? -1));
  const setHead = (cell: number, group: number) => {
    if (denseHeads) denseHeads[cell] = group;
    else if (group < 0) sparseHeads!.delete(cell);
    else sparseHeads!.set(cell, group);
  };

  // Groups by number: the n single points first, then one more per merge (at most n - 1).
  const room = 2 * n;
  const anchor = new Int32Array(room);
  const sumX = new Float64Array(room);
  const sumY = new Float64Array(room);
  const count = new Int32Array(room);
  const head = new Int32Array(room);
  const tail = new Int32Array(room);
  const alive = new Uint8Array(room);
  const cellOfGroup = new Float64Array(room);
  const nextInCell = new Int32Array(room);
  const previousInCell = new Int32Array(room);
  /** The next point of the same group, -1 at the end. */
  const nextPoint = new Int32Array(n).fill(-1);
  let groups = n;

  const place = (group: number) => {
    const x = xs[anchor[group]!]!;
    const y = ys[anchor[group]!]!;
    const cell = Number.isFinite(x) && Number.isFinite(y) ? cellAt(cellX(x), cellX(y)) : -1;
    cellOfGroup[group] = cell;
    if (cell < 0) return;
    const first = headOf(cell);
    nextInCell[group] = first;
    previousInCell[group] = -1;
    if (first >= 0) previousInCell[first] = group;
    setHead(cell, group);
  };
  const unplace = (group: number) => {
    const cell = cellOfGroup[group]!;
    if (cell < 0) return;
    const before = previousInCell[group]!;
    const after = nextInCell[group]!;
    if (before >= 0) nextInCell[before] = after;
    else setHead(cell, after);
    if (after >= 0) previousInCell[after] = before;
  };

  const queue: number[] = [];
  for (let i = 0; i < n; i++) {
    anchor[i] = i;
    sumX[i] = xs[i]!;
    sumY[i] = ys[i]!;
    count[i] = 1;
    head[i] = tail[i] = i;
    alive[i] = 1;
    place(i);
    queue.push(i);
  }

  /** The groups of a merge: scratch space, filled by neighbours(). */
  const close = new Int32Array(room);
  /** The live groups whose anchor is closer than minDistance to this group's anchor, into `close`; returns how many. */
  const neighbours = (group: number): number => {
    let found = 0;
    if (cellOfGroup[group]! < 0) return found;
    const x = xs[anchor[group]!]!;
    const y = ys[anchor[group]!]!;
    const cx = cellX(x);
    const cy = cellX(y);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        const cell = cellAt(cx + dx, cy + dy);
        if (cell < 0) continue;
        for (let other = headOf(cell); other >= 0; other = nextInCell[other]!) {
          if (other === group) continue;
          const ox = xs[anchor[other]!]! - x;
          const oy = ys[anchor[other]!]! - y;
          if (ox * ox + oy * oy < limit) close[found++] = other;
        }
      }
    }
    return found;
  };

  /** Of the anchors of the first `length` groups in `close`, the one nearest (cx, cy); ties by id (the lower index). */
  const nearestAnchor = (length: number, cx: number, cy: number): number => {
    let best = -1;
    let bestDistance = Infinity;
    for (let i = 0; i < length; i++) {
      const candidate = anchor[close[i]!]!;
      const distance = (xs[candidate]! - cx) ** 2 + (ys[candidate]! - cy) ** 2;
      if (best < 0 || distance < bestDistance || (distance === bestDistance && candidate < best)) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  };

  // A queue rather than rounds: a merged group goes to the back and is checked again at its new place.
  for (let q = 0; q < queue.length; q++) {
    const group = queue[q]!;
    if (!alive[group]) continue;
    let length = neighbours(group);
    if (!length) continue;
    close[length++] = group;
    const merged = groups++;
    let sx = 0;
    let sy = 0;
    let total = 0;
    let hasPinned = false;
    let last = -1;
    for (let i = 0; i < length; i++) {
      const old = close[i]!;
      alive[old] = 0;
      unplace(old);
      sx += sumX[old]!;
      sy += sumY[old]!;
      total += count[old]!;
      // A group with the pinned point has it as its anchor (from the start, and at every merge).
      if (anchor[old] === pinned) hasPinned = true;
      if (last < 0) head[merged] = head[old]!;
      else nextPoint[last] = head[old]!;
      last = tail[old]!;
    }
    tail[merged] = last;
    sumX[merged] = sx;
    sumY[merged] = sy;
    count[merged] = total;
    alive[merged] = 1;
    anchor[merged] = hasPinned ? pinned : nearestAnchor(length, sx / total, sy / total);
    place(merged);
    queue.push(merged);
  }

  // Each point's group, then the groups' points in id order (the points are sorted already).
  const clusters: Cluster<P>[] = [];
  const owner = new Int32Array(n);
  for (const group of queue) {
    if (!alive[group]) continue;
    for (let point = head[group]!; point >= 0; point = nextPoint[point]!) owner[point] = clusters.length;
    clusters.push({ anchor: points[anchor[group]!]!, points: [] });
  }
  for (let i = 0; i < n; i++) clusters[owner[i]!]!.points.push(points[i]!);
  return clusters;
}

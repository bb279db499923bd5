/**
 * Spreads map markers that would overlap, so that every member can be seen and selected.
 *
 * Greater Manchester and London each hold many members within a few kilometres, and two
 * members share one point (Telford and Wrekin Council and Great Dawley Town Council). At the
 * map's size a marker large enough to touch (24 CSS px, WCAG 2.2 target size) covers 20–50 km,
 * so plotted as they are the markers pile up. Insets would need boundaries the base map does
 * not have, and zooming hides the rest of the country; instead markers push each other apart
 * until none overlap, and each displaced marker keeps a leader line to its true point. Every
 * member stays on one map, at any width, and the list view gives the plain geography.
 *
 * The layout is deterministic (no randomness): the same members and size give the same map.
 */
export interface LayoutInput {
  id: string;
  x: number;
  y: number;
}

export interface LayoutPoint extends LayoutInput {
  /** Where the marker is drawn. */
  px: number;
  py: number;
}

export interface LayoutOptions {
  /** Radius of a marker's hit area, in map units. */
  radius: number;
  /** Space kept between hit areas, in map units. */
  gap: number;
  width: number;
  height: number;
}

const goldenAngle = Math.PI * (3 - Math.sqrt(5));

export function spreadLayout(inputs: readonly LayoutInput[], options: LayoutOptions): LayoutPoint[] {
  const { radius, gap, width, height } = options;
  const minDistance = 2 * radius + gap;
  const points: LayoutPoint[] = [...inputs]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((input) => ({ ...input, px: input.x, py: input.y }));

  const clamp = (point: LayoutPoint) => {
    point.px = Math.min(width - radius, Math.max(radius, point.px));
    point.py = Math.min(height - radius, Math.max(radius, point.py));
  };

  const separate = (overshoot = 1): number => {
    let worst = 0;
    for (let i = 0; i < points.length; i++) {
      const a = points[i]!;
      for (let j = i + 1; j < points.length; j++) {
        const b = points[j]!;
        let dx = b.px - a.px;
        let dy = b.py - a.py;
        // Most pairs are far apart: reject them without a square root.
        if (dx >= minDistance || dx <= -minDistance || dy >= minDistance || dy <= -minDistance) continue;
        let distance = Math.sqrt(dx * dx + dy * dy);
        if (distance >= minDistance) continue;
        if (distance < 1e-6) {
          // Two members on the same point: part them in a fixed direction per pair.
          const angle = goldenAngle * (i + j + 1);
          dx = Math.cos(angle);
          dy = Math.sin(angle);
          distance = 0;
        } else {
          dx /= distance;
          dy /= distance;
        }
        const push = ((minDistance - distance) / 2) * overshoot;
        worst = Math.max(worst, minDistance - distance);
        a.px -= dx * push;
        a.py -= dy * push;
        b.px += dx * push;
        b.py += dy * push;
      }
    }
    points.forEach(clamp);
    return worst;
  };

  // Phase 1: push apart while a weak spring pulls each marker back towards its true point,
  // so clusters open into compact rings rather than drifting across the country.
  for (let iteration = 0; iteration < 120; iteration++) {
    separate();
    const pull = 0.05;
    for (const point of points) {
      point.px += (point.x - point.px) * pull;
      point.py += (point.y - point.py) * pull;
    }
  }
  // Phase 2: no spring, until no two hit areas overlap (or the iteration budget is spent).
  // Pushing each pair apart by a little more than its overlap lets this settle in few rounds.
  for (let iteration = 0; iteration < 400; iteration++) {
    if (separate(1.2) < 1e-3) break;
  }
  return points;
}

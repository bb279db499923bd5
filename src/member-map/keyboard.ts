/** What a key does on the map's markers. */
export type MapKeyAction =
  | { kind: 'move'; direction: [number, number] }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'activate' }
  | { kind: 'close' };

const directions: Record<string, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
};

/** The action of a key pressed on a marker, or undefined for keys the map leaves alone. */
export function keyAction(key: string): MapKeyAction | undefined {
  const direction = directions[key];
  if (direction) return { kind: 'move', direction };
  if (key === 'Home') return { kind: 'first' };
  if (key === 'End') return { kind: 'last' };
  if (key === 'Enter' || key === ' ') return { kind: 'activate' };
  if (key === 'Escape') return { kind: 'close' };
  return undefined;
}

export interface Point {
  x: number;
  y: number;
}

/**
 * The nearest point in a direction (arrow keys): among points ahead of the current one, the one
 * with the smallest distance, where sideways distance counts double so that Right prefers points
 * to the right rather than far above or below.
 */
export function nearestInDirection<T extends Point>(current: T, points: readonly T[], [dx, dy]: [number, number]): T | undefined {
  let best: T | undefined;
  let bestScore = Infinity;
  for (const point of points) {
    if (point === current) continue;
    const vx = point.x - current.x;
    const vy = point.y - current.y;
    const along = vx * dx + vy * dy;
    if (along <= 0) continue;
    const across = Math.abs(vx * dy - vy * dx);
    if (across > along * 2.5) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = point;
    }
  }
  return best;
}

/**
 * The map's projection: a spherical transverse Mercator on the central meridian of the British
 * National Grid (2° W), which keeps Britain and Ireland close to their true shape. The build
 * script (scripts/build-basemap.mjs) uses this same function to draw the outline, and the
 * element uses it to place members, so the two always agree. No geo library runs in the page.
 */
const radians = Math.PI / 180;
const centralMeridian = -2 * radians;

/** Projected coordinates in radians of arc, y growing southwards (as in SVG). */
export function transverseMercator(lon: number, lat: number): [number, number] {
  const lambda = lon * radians - centralMeridian;
  const phi = lat * radians;
  const b = Math.cos(phi) * Math.sin(lambda);
  const x = 0.5 * Math.log((1 + b) / (1 - b));
  const y = Math.atan2(Math.tan(phi), Math.cos(lambda));
  return [x, -y];
}

/** How projected coordinates are scaled and moved into the map's viewBox. */
export interface MapFit {
  scale: number;
  x0: number;
  y0: number;
}

/** A longitude and latitude as a point in the map's viewBox. */
export function project(lon: number, lat: number, fit: MapFit): [number, number] {
  const [x, y] = transverseMercator(lon, lat);
  return [(x - fit.x0) * fit.scale, (y - fit.y0) * fit.scale];
}

import type { PrincipleId } from '../shared/data/types.js';

/**
 * Ten icons drawn for this library (CCIN's own icons are not ours to copy). All share one
 * grid and stroke: 24 × 24 units, 2-unit round strokes in currentColor, no fills, shapes kept
 * 2 units in from the edge, so they stay legible at 16 px and follow the text colour
 * (including forced-colours mode). Each icon is the data of one path (label.ts draws it): its
 * circles are two arcs each, and the shapes are subpaths, which draw the same as separate
 * elements with no fill; as strings rather than ten SVG templates they cost the shared chunk less.
 */
export const principleIcons: Record<PrincipleId, string> = {
  // Two linked rings: partners joined, each still whole.
  'social-partnership': 'M3.5 12a5.5 5.5 0 1 0 11 0a5.5 5.5 0 1 0-11 0zM9.5 12a5.5 5.5 0 1 0 11 0a5.5 5.5 0 1 0-11 0z',
  // A ballot going into a box: having a say.
  'democratic-engagement': 'M3.5 12.5h17v8h-17zM8 12.5V3.5h8v9M10 8.2l1.6 1.6 2.9-3.2',
  // Two people sharing one table: designing together.
  'co-production': 'M5 6a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0-5 0zM14 6a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0-5 0zM3 20.5v-5a3 3 0 0 1 3-3h12a3 3 0 0 1 3 3v5M12 12.5v8',
  // A shopfront with an awning: local enterprise.
  'enterprise-and-social-economy': 'M3 9.5l2-6h14l2 6M3 9.5a3 3 0 0 0 6 0a3 3 0 0 0 6 0a3 3 0 0 0 6 0M5 12v8.5h14V12M10 20.5v-5h4v5',
  // An open book.
  learning: 'M12 6.5C10 5 7 4.5 3.5 5v13.5C7 18 10 18.5 12 20c2-1.5 5-2 8.5-1.5V5C17 4.5 14 5 12 6.5zM12 6.5V20',
  // A heart: value that is social, not only financial.
  'maximising-social-value': 'M12 20.5S3.5 15.5 3.5 9.2A4.2 4.2 0 0 1 12 6.6a4.2 4.2 0 0 1 8.5 2.6c0 6.3-8.5 11.3-8.5 11.3z',
  // Footsteps: doing what we say.
  'walking-the-talk': 'M7.5 3.5c1.5 0 2.5 1.6 2.5 4s-1 4-2.5 4S5 9.9 5 7.5s1-4 2.5-4zM6 14.5h3v2.5a1.5 1.5 0 0 1-3 0zM16.5 7.5c1.5 0 2.5 1.6 2.5 4s-1 4-2.5 4-2.5-1.6-2.5-4 1-4 2.5-4zM15 18.5h3V20a1.5 1.5 0 0 1-3 0z',
  // A flag raised on a pole: leading in the community.
  'community-leadership': 'M5.5 21V3.5M5.5 4h12l-2.5 4.5 2.5 4.5h-12',
  // Three connected nodes: new ways of organising.
  'new-models': 'M9.5 5a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0-5 0zM2.5 18.5a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0-5 0zM16.5 18.5a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0-5 0zM10.8 7.2l-4.6 9M13.2 7.2l4.6 9M7.5 18.5h9',
  // A light bulb: a new idea.
  innovation: 'M9 17.5h6M10 20.5h4M12 3a6 6 0 0 0-3.6 10.8c.7.5 1.1 1.3 1.1 2.2v1.5h5V16c0-.9.4-1.7 1.1-2.2A6 6 0 0 0 12 3z',
};

/** Shown for an unknown principle: a circle with a question mark. */
export const unknownIcon = 'M3.5 12a8.5 8.5 0 1 0 17 0a8.5 8.5 0 1 0-17 0zM9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6v.6M12 17h.01';

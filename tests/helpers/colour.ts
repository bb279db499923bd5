/**
 * Colours as the reader sees them, for tests/accessibility/: computed colours parsed to sRGB,
 * drawn over each other, their WCAG contrast, and what is painted behind an element (through
 * shadow roots, down to the canvas).
 */

export type RGBA = [number, number, number, number];

const probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
probe.canvas.width = probe.canvas.height = 1;

/** A computed colour (rgb(), or oklch(), color() and the like, through a canvas) as sRGB 0–255 and alpha 0–1. */
export function parseColour(value: string): RGBA {
  const rgb = /^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:[,/] ?([\d.]+%?))?\)$/.exec(value.trim());
  if (rgb) {
    const alpha = rgb[4] === undefined ? 1 : rgb[4].endsWith('%') ? parseFloat(rgb[4]) / 100 : parseFloat(rgb[4]);
    return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), alpha];
  }
  if (value === 'transparent' || value === 'none' || !value) return [0, 0, 0, 0];
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = '#000';
  probe.fillStyle = value;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

/** `top` drawn over an opaque `bottom`. */
export function over(top: RGBA, bottom: RGBA): RGBA {
  const a = top[3];
  return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
}

export function luminance([r, g, b]: RGBA): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The WCAG contrast ratio of two colours, the first drawn over the second. */
export function contrast(foreground: RGBA, background: RGBA): number {
  const [a, b] = [luminance(over(foreground, background)), luminance(background)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

export const hex = (c: RGBA) => `#${c.slice(0, 3).map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}${c[3] < 1 ? ` (alpha ${c[3].toFixed(2)})` : ''}`;

/** The parent in the flat tree: a slotted node's slot, a shadow root's host. */
export function flatParent(node: Element): Element | null {
  return node.assignedSlot ?? node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host ?? null);
}

/** What is painted behind an element: its own and its ancestors' backgrounds, through shadow roots, down to the canvas. */
export function backgroundOf(element: Element): RGBA {
  const layers: RGBA[] = [];
  for (let node: Element | null = element; node; node = flatParent(node)) {
    const colour = parseColour(getComputedStyle(node).backgroundColor);
    if (colour[3] > 0) layers.push(colour);
    if (colour[3] >= 1) break;
  }
  const doc = element.ownerDocument;
  let base: RGBA = [255, 255, 255, 1];
  if (!layers.length || layers.at(-1)![3] < 1) {
    // The canvas: Canvas of the root's colour scheme.
    const canvas = doc.createElement('span');
    canvas.style.color = 'Canvas';
    doc.documentElement.append(canvas);
    base = parseColour(getComputedStyle(canvas).color);
    canvas.remove();
  }
  return layers.reduceRight((below, layer) => over(layer, below), base);
}

/** The opacity an element is drawn with (its own and its ancestors'). */
export function opacityOf(element: Element): number {
  let opacity = 1;
  for (let node: Element | null = element; node; node = flatParent(node)) opacity *= Number(getComputedStyle(node).opacity);
  return opacity;
}

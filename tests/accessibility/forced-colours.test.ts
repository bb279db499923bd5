import { expect, html } from '@open-wc/testing';
import '../../src/ccin-elements.js';
import { bundledData } from '../../src/shared/data/bundled.js';
import { colourModes, defaultColours, loadData, members, rendered } from '../helpers/a11y.js';
import { backgroundOf, contrast, hex, over, parseColour } from '../helpers/colour.js';
import { memberMap } from '../helpers/map.js';
import { emulateMediaFeatures } from '../helpers/util.js';

/**
 * Issue 15, what axe cannot see (see tests/helpers/a11y.ts): forced colours, light and dark, and
 * the default colours (1.4.11). Every kind of map marker stands out 3:1 from what is behind it and
 * is drawn as the key shows it; a badge keeps its border in every variant.
 */

before(loadData);

describe('accessibility that axe cannot see (issue 15)', () => {
  describe('forced colours (1.4.11)', () => {
    afterEach(() => emulateMediaFeatures(defaultColours));

    for (const mode of colourModes) {
      it(`${mode.name}: every kind of marker stands out 3:1 from what is behind it, drawn as the key shows it`, async () => {
        await emulateMediaFeatures(mode.features);
        expect(matchMedia('(forced-colors: active)').matches).to.equal(mode.forced);
        const located = members.filter((m) => m.location);
        const highlight = located.find((m) => m.tier === 'member')!;
        const el = await memberMap(html`<ccin-member-map highlight=${highlight.id}></ccin-member-map>`);
        const root = el.shadowRoot!;
        // Select a member of a group (so that a single member, a group and the selection all show).
        const group = root.querySelector<SVGGElement>('.marker.group:not(.highlighted)')!;
        el.selected = group.dataset.members!.split(' ')[0]!;
        await el.updateComplete;
        // What a marker may stand on: the map's background, Great Britain, Ireland.
        const page = backgroundOf(root.querySelector('svg.map')!);
        const behind = {
          'the map’s background': page,
          'Great Britain': over(parseColour(getComputedStyle(root.querySelector('.land:not(.other)')!).fill), page),
          Ireland: over(parseColour(getComputedStyle(root.querySelector('.land.other')!).fill), page),
        };
        const kinds = [
          { kind: 'member', marker: '.marker.member:not(.selected, .highlighted) .shape', key: '.key.member', paint: 'fill' },
          { kind: 'associate', marker: '.marker.associate:not(.selected, .highlighted) .shape', key: '.key.associate', paint: 'fill' },
          { kind: 'group', marker: '.marker.group:not(.selected, .highlighted) .shape', key: '.key.group', paint: 'fill' },
          { kind: 'highlighted (halo)', marker: '.marker.highlighted .halo', key: '.key.halo', paint: 'stroke' },
          { kind: 'selected (ring)', marker: '.marker.selected .shape', key: undefined, paint: 'stroke' },
        ] as const;
        // The data has members, associates and crowded places (groups) on the map.
        expect(located.some((m) => m.tier === 'associate')).to.equal(true);
        const failures: string[] = [];
        for (const { kind, marker, key, paint } of kinds) {
          const shape = root.querySelector<SVGElement>(marker);
          expect(shape, kind).to.not.equal(null);
          const style = getComputedStyle(shape!);
          const colour = parseColour(paint === 'fill' ? style.fill : style.stroke);
          if (paint === 'stroke') expect(parseFloat(style.strokeWidth), `${kind}: stroke width`).to.be.at.least(2);
          for (const [where, background] of Object.entries(behind)) {
            const ratio = contrast(colour, background);
            if (ratio < 3) failures.push(`${kind} marker: ${hex(colour)} on ${where} ${hex(background)} is ${ratio.toFixed(2)}:1`);
          }
          if (!key) continue;
          const swatch = root.querySelector<SVGElement>(`[part="legend"] ${key}`)!;
          expect(swatch, `${kind}: in the key`).to.not.equal(null);
          const keyStyle = getComputedStyle(swatch);
          const drawn = (s: CSSStyleDeclaration, e: Element) => ({ shape: e.localName, rotated: /rotate\(45\)/.test(e.getAttribute('transform') ?? ''), fill: s.fill, stroke: s.stroke, dashes: s.strokeDasharray });
          const [onMap, inKey] = [JSON.stringify(drawn(style, shape!)), JSON.stringify(drawn(keyStyle, swatch))];
          if (onMap !== inKey) failures.push(`${kind} marker is drawn ${onMap}, its swatch in the key ${inKey}`);
        }
        // A group's count reads on its shape, on the map and in the key.
        for (const [count, shape] of [['.marker.group .count', '.marker.group .shape'], ['.key-count', '.key.group']]) {
          const ratio = contrast(parseColour(getComputedStyle(root.querySelector(count)!).fill), over(parseColour(getComputedStyle(root.querySelector(shape)!).fill), page));
          if (ratio < 4.5) failures.push(`${count}: ${ratio.toFixed(2)}:1 on its shape`);
        }
        // The selected ring is not the colour of an unselected marker's edge.
        const ring = getComputedStyle(root.querySelector('.marker.selected .shape')!).stroke;
        expect(ring).to.not.equal(getComputedStyle(root.querySelector('.marker.group:not(.selected) .shape')!).stroke);
        expect(failures).to.deep.equal([]);
      });

      it(`${mode.name}: a badge keeps its border, 3:1 against the page, in every variant`, async () => {
        await emulateMediaFeatures(mode.features);
        const ids = bundledData.principles.map((p) => p.id);
        const paragraph = await rendered(
          html`<p>
            Text with <ccin-principle-badge principle=${ids[0]!}></ccin-principle-badge>, <ccin-principle-badge principle=${ids[1]!} href="/principles/{id}"></ccin-principle-badge>,
            <ccin-principle-badge principle=${ids[2]!} variant="icon"></ccin-principle-badge>, <ccin-principle-badge principle=${ids[3]!} variant="icon" href="/principles/{id}"></ccin-principle-badge>
            and <ccin-principle-badge principle=${ids[4]!} variant="full"></ccin-principle-badge>.
          </p>`,
          'badges',
        );
        const failures: string[] = [];
        const page = backgroundOf(paragraph);
        for (const badge of paragraph.querySelectorAll('ccin-principle-badge')) {
          const face = badge.shadowRoot!.querySelector('[part~="badge"]')!;
          const style = getComputedStyle(face);
          for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
            const [width, kind, colour] = [parseFloat(style[`border${side}Width`]), style[`border${side}Style`], parseColour(style[`border${side}Color`])];
            if (kind === 'none' || width < 1 || contrast(colour, page) < 3) {
              failures.push(`${badge.getAttribute('variant') ?? 'label'} badge${badge.hasAttribute('href') ? ' (link)' : ''}: ${side.toLowerCase()} border ${width}px ${kind} ${hex(colour)} on ${hex(page)}, ${contrast(colour, page).toFixed(2)}:1`);
            }
          }
        }
        expect(failures).to.deep.equal([]);
      });
    }
  });
});

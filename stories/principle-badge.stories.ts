import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import principles from '../data/principles.json' with { type: 'json' };
import prerenderedFull from '../dist/html/principle-badges/walking-the-talk-full.html?raw';
import prerenderedIcon from '../dist/html/principle-badges/innovation-icon.html?raw';
import prerenderedLabel from '../dist/html/principle-badges/co-production.html?raw';
import '../src/principle-badge/principle-badge.js';
import { dataSource, failsToLoad, neverLoads, withSettings } from '../tests/fixtures/data-sources.js';
import { elided, includeSource, inEnglish, prerendered, prerenderedStory } from './prerendered.js';
import { expecting } from './states.js';

interface BadgeArgs {
  principle: string;
  variant: 'label' | 'icon' | 'full';
  size: 'small' | 'medium' | 'large';
  href: string;
  expanded: boolean;
}

const variants = ['label', 'icon', 'full'] as const;
const sizes = ['small', 'medium', 'large'] as const;

const badge = (args: Partial<BadgeArgs>) =>
  html`<ccin-principle-badge
    principle=${args.principle ?? 'co-production'}
    variant=${args.variant ?? 'label'}
    size=${args.size ?? 'medium'}
    href=${args.href || nothing}
    ?expanded=${args.expanded ?? false}
  ></ccin-principle-badge>`;

const meta: Meta<BadgeArgs> = {
  title: 'Elements/Principle badge',
  component: 'ccin-principle-badge',
  args: { principle: 'co-production', variant: 'label', size: 'medium', href: '', expanded: false },
  argTypes: {
    principle: { control: 'select', options: principles.map((p) => p.id) },
    variant: { control: 'inline-radio', options: variants },
    size: { control: 'inline-radio', options: sizes },
    href: { control: 'text' },
    expanded: { control: 'boolean' },
  },
  render: (args) => badge(args),
  parameters: {
    docs: {
      description: {
        component: `One of the CCIN's ten co-operative principles as a badge. It sits in running text like a
word (same font, on the baseline, wrapping with the text), in case studies and on cards. The ten
icons were drawn for this library: the CCIN's own are not ours to copy.

\`\`\`html
<script type="module" src="/path/to/dist/ccin-elements.js"></script>
<p>This project shows <ccin-principle-badge principle="co-production">Co-production</ccin-principle-badge>.</p>
\`\`\`

The text inside the element is its fallback: readers see it before the script runs, and if it
never does.`,
      },
    },
  },
};
export default meta;

type Story = StoryObj<BadgeArgs>;

/**
 * A "full" badge's statement, from a provider's data that never answers or fails. The fixtures'
 * neverLoads and failsToLoad leave principle statements alone, so their answers are borrowed.
 */
const statementNeverLoads = dataSource({ principleStatement: () => neverLoads.members().then(() => undefined) });
const statementFails = dataSource({ principleStatement: () => failsToLoad.members().then(() => undefined) });

const walkingTheTalk = 'As a membership organisation we will make this statement of our principles operational by';

export const Label: Story = { parameters: expecting({ text: ['Co-production'] }) };

export const IconOnly: Story = {
  name: 'Icon only (tooltip on hover and focus)',
  args: { variant: 'icon', principle: 'innovation' },
};

export const FullStatement: Story = {
  name: 'Full, with statement',
  args: { variant: 'full', principle: 'walking-the-talk' },
  parameters: expecting({ text: ['Walking the talk'], en: ['Show statement'], cy: ['Dangos y datganiad'] }),
};

export const FullStatementOpen: Story = {
  name: 'Full, statement shown',
  args: { variant: 'full', principle: 'walking-the-talk', expanded: true },
  parameters: expecting({ text: ['Walking the talk', walkingTheTalk], en: ['Hide statement'], cy: ["Cuddio'r datganiad"] }),
};

export const FullAllSizes: Story = {
  name: 'Full, statement shown, in every size',
  render: () => html`${sizes.map(
    (size) => html`<p>${badge({ principle: 'co-production', variant: 'full', size, expanded: true })}</p>`,
  )}`,
  parameters: expecting({ text: ['equal partners in designing and commissioning public services'] }),
};

export const FullStatementLoading: Story = {
  name: 'Full, statement still loading',
  render: (args) => withSettings({ data: statementNeverLoads }, badge({ ...args, variant: 'full', principle: 'learning', expanded: true })),
  parameters: expecting({ text: ['Learning'], en: ['Loading the statement…'], cy: ["Wrthi'n llwytho'r datganiad…"] }),
};

export const FullStatementFails: Story = {
  name: 'Full, statement could not be loaded',
  render: (args) => withSettings({ data: statementFails }, badge({ ...args, variant: 'full', principle: 'learning', expanded: true })),
  parameters: expecting({ text: ['Learning'], en: ['The statement could not be loaded.'], cy: ["Nid oedd modd llwytho'r datganiad."] }),
};

export const AsLink: Story = {
  name: 'As a link',
  args: { href: 'https://example.org/principles/co-production' },
  parameters: expecting({ text: ['Co-production'] }),
};

export const AllPrinciples: Story = {
  name: 'All ten in every variant and size',
  render: () => html`<table class="story-table">
    <caption>The ten principles, by variant and size</caption>
    <thead>
      <tr>
        <th scope="col">Principle</th>
        ${variants.flatMap((variant) => sizes.map((size) => html`<th scope="col">${variant}, ${size}</th>`))}
      </tr>
    </thead>
    <tbody>
      ${principles.map(
        (principle) => html`<tr>
          <th scope="row">${principle.id}</th>
          ${variants.flatMap((variant) =>
            sizes.map((size) => html`<td>${badge({ principle: principle.id, variant, size })}</td>`),
          )}
        </tr>`,
      )}
    </tbody>
  </table>`,
};

export const InRunningText: Story = {
  name: 'In running text',
  render: () => html`<div class="story-measure">
    <p>
      Rochdale's response to the cost of living shows ${badge({ principle: 'community-leadership' })} and
      ${badge({ principle: 'learning' })}; the policy lab on co-operation at the grassroots adds
      ${badge({ principle: 'co-production', variant: 'icon' })} ${badge({ principle: 'innovation', variant: 'icon' })}
      and ${badge({ principle: 'maximising-social-value', size: 'small' })}, and the text goes on so that the
      badges wrap with it like words.
    </p>
  </div>`,
};

export const NarrowColumn: Story = {
  name: 'In a 320 px column',
  render: () => html`<p class="story-narrow">
    The work shows ${badge({ principle: 'community-leadership' })} and ${badge({ principle: 'new-models' })} throughout.
  </p>`,
};

export const OnBrandBackground: Story = {
  name: 'On a council-branded background',
  render: () => html`<div class="brand-panel">
    <p>On LocalGov Drupal's purple: ${badge({ principle: 'social-partnership' })}
      ${badge({ principle: 'learning', href: 'https://example.org/learning' })}
      ${badge({ principle: 'innovation', variant: 'icon' })}</p>
  </div>`,
};

export const DarkPage: Story = {
  name: 'On a dark page',
  render: () => html`<div class="story-measure">
    <p>
      On a page that declares <code>color-scheme: dark</code>: ${badge({ principle: 'community-leadership' })},
      ${badge({ principle: 'learning', href: 'https://example.org/learning' })} and
      ${badge({ principle: 'innovation', variant: 'icon' })}.
    </p>
    <p>${badge({ principle: 'walking-the-talk', variant: 'full', expanded: true })}</p>
  </div>`,
  parameters: { scheme: 'dark', ...expecting({ text: [walkingTheTalk] }) },
};

export const UnknownPrinciple: Story = {
  name: 'Unknown principle',
  render: () => html`<p>
    With its own text: <ccin-principle-badge principle="co-produktion">Co-production</ccin-principle-badge>;
    without: <ccin-principle-badge principle="co-produktion"></ccin-principle-badge>
  </p>`,
  parameters: expecting({ text: ['Co-production'], en: ['Unknown principle'], cy: ['Egwyddor anhysbys'] }),
};

const principleName = (id: string) => {
  const principle = principles.find((p) => p.id === id);
  if (!principle) throw new Error(`no principle "${id}" in data/principles.json`);
  return principle.name;
};

export const Prerendered: Story = {
  name: 'Pre-rendered',
  render: () => html`<div class="story-measure">
    <p>This project shows ${prerendered(prerenderedLabel, 'span')} and ${prerendered(prerenderedIcon, 'span')}.</p>
    <p>${prerendered(prerenderedFull, 'span')}</p>
  </div>`,
  parameters: {
    ...prerenderedStory,
    // The icon badge's name is its accessible name and a tooltip, not visible text.
    ...expecting({ once: [principleName('co-production'), principleName('walking-the-talk')], en: ['Show statement'] }),
    docs: {
      description: {
        story: `Three files of dist/html/principle-badges/ in running text: co-production.html (label),
innovation-icon.html (icon) and walking-the-talk-full.html (full, its statement pre-rendered and
hidden). The badges take that content over (hydration); the full badge's button then shows its
statement. ${inEnglish}`,
      },
      ...includeSource(
        ['principle-badges/co-production.html', 'principle-badges/innovation-icon.html', 'principle-badges/walking-the-talk-full.html'],
        `<p>This project shows ${elided(prerenderedLabel)} and ${elided(prerenderedIcon)}.</p>\n<p>${elided(prerenderedFull)}</p>`,
      ),
    },
  },
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import principles from '../data/principles.json' with { type: 'json' };
import prerenderedCard from '../dist/html/case-study-cards/south-ribble-waste-contract-insourcing.html?raw';
import prerenderedFull from '../dist/html/case-studies/rochdale-cost-of-living-crisis.html?raw';
import '../src/case-study/case-study.js';
import { failsToLoad, longestCaseStudy, neverLoads, shortestCaseStudy, withSettings } from '../tests/fixtures/data-sources.js';
import { caseStudy as summaryOf, elided, includeSource, inEnglish, prerendered, prerenderedStory, shownTitle } from './prerendered.js';
import { afterEvent, expecting, openTechnicalDetails } from './states.js';

interface CaseStudyArgs {
  'case-id': string;
  variant: 'full' | 'card';
  'heading-level': string;
  href: string;
  'color-scheme': string;
}

const caseStudy = (args: Partial<CaseStudyArgs>) =>
  html`<ccin-case-study
    case-id=${args['case-id'] ?? 'rochdale-cost-of-living-crisis'}
    variant=${args.variant ?? 'full'}
    heading-level=${args['heading-level'] ?? '2'}
    href=${args.href || nothing}
    color-scheme=${args['color-scheme'] || nothing}
    ><p><a href="https://councils.coop/case-studies">Read this case study on the CCIN website</a></p></ccin-case-study
  >`;

const meta: Meta<CaseStudyArgs> = {
  title: 'Elements/Case study',
  component: 'ccin-case-study',
  args: { 'case-id': 'rochdale-cost-of-living-crisis', variant: 'full', 'heading-level': '2', href: '', 'color-scheme': '' },
  argTypes: {
    'case-id': { control: 'text' },
    variant: { control: 'inline-radio', options: ['full', 'card'] },
    'heading-level': { control: 'inline-radio', options: ['1', '2', '3', '4', '5', '6'] },
    href: { control: 'text' },
    'color-scheme': { control: 'inline-radio', options: ['', 'light', 'dark', 'auto'] },
  },
  render: (args) => caseStudy(args),
  parameters: {
    docs: {
      description: {
        component: `A CCIN case study as a council would want it on its own page, or as a card for listing
pages. It loads only its own data file (a card, the shared index), in the council's brand, and
its headings fit the page's outline (\`heading-level\`). Its principles section says where the
principles come from (the case study's councils.coop page, or its own headings) or why they are
not recorded; the captions of the booklet's pictures are listed under "Pictures in the booklet".
It follows the page's \`color-scheme\` and paints its own surface; \`color-scheme\` on the element
("light", "dark", "auto") overrides the page.

\`\`\`html
<script type="module" src="/path/to/dist/ccin-elements.js"></script>
<ccin-case-study case-id="rochdale-cost-of-living-crisis" heading-level="2">
  <a href="https://councils.coop/case-studies">Read Rochdale's case study on the CCIN website</a>
</ccin-case-study>
\`\`\`

The link inside is the fallback, shown before the script runs, if JavaScript is off, and under
the message when the case study cannot be shown. An unknown id suggests the ids that are close
to it; a failure to load shows "Try again" and the technical reason behind a disclosure. The ids
are listed in [the list of case-study ids](dist/docs/case-study-ids.html).`,
      },
    },
  },
};
export default meta;

type Story = StoryObj<CaseStudyArgs>;

/**
 * What a pre-rendered case study must show, from the data: its title, its lead organisations
 * and the names of its principles (badges pre-rendered inside it).
 */
function shows(id: string): string[] {
  const study = summaryOf(id);
  const leads = study.organisations.filter((organisation) => organisation.role === 'lead').map((organisation) => organisation.name);
  const names = study.principles.map((principle) => principles.find((p) => p.id === principle)?.name ?? principle);
  return [shownTitle(study), ...leads, ...names];
}

export const Full: Story = {
  parameters: {
    ...expecting({
      text: ['Tackling the Cost of Living Crisis in Rochdale'],
      en: ['Principles met, as the case study’s councils.coop page lists them'],
      cy: ['Yr egwyddorion a gyflawnwyd'],
    }),
    docs: { description: { story: "Principles as the case study's councils.coop page lists them." } },
  },
};

export const Card: Story = {
  args: { variant: 'card', href: '/case-studies/{id}' },
  parameters: expecting({ text: ['Tackling the Cost of Living Crisis in Rochdale'] }),
};

export const CardWithoutLink: Story = {
  name: 'Card without a link',
  args: { variant: 'card', 'case-id': 'stroud-low-carbon-heating' },
  parameters: expecting({ text: ['Low-Carbon Heating in Historic Listed Buildings'] }),
};

export const Cards: Story = {
  name: 'Cards in a grid',
  render: () => html`<ul class="story-grid">
    ${['hackney-supporting-residents-in-financial-crisis', 'south-ribble-waste-contract-insourcing', 'burntwood-warmer-welcome', 'cwmpas-digital-hardship-project'].map(
      (id) => html`<li>${caseStudy({ 'case-id': id, variant: 'card', 'heading-level': '3', href: '/case-studies/{id}' })}</li>`,
    )}
  </ul>`,
  parameters: expecting({ text: ['Waste Contract Insourcing', 'Digital Hardship Project'] }),
};

export const HeadingLevel3: Story = {
  name: 'Heading level 3; principles from its own headings',
  args: { 'case-id': 'hackney-supporting-residents-in-financial-crisis', 'heading-level': '3' },
  parameters: expecting({
    text: ['Working Collaboratively to Support Residents in Financial Crisis'],
    en: ['Principles this case study names in its own section headings'],
    cy: ['ym mhenawdau ei hadrannau'],
  }),
};

export const PrinciplesNotRecorded: Story = {
  name: 'Principles not recorded, pictures in the booklet',
  args: { 'case-id': 'cardiff-planning-pioneers' },
  parameters: expecting({
    text: ['Planning Pioneers', 'Interactive map where children marked their favourite places to play'],
    en: ['Not recorded.', 'Pictures in the booklet'],
    cy: ['Heb eu cofnodi.', 'Lluniau yn y llyfryn'],
  }),
};

export const HeadingLevel4: Story = {
  name: 'Heading level 4',
  args: { 'case-id': 'stroud-low-carbon-heating', 'heading-level': '4' },
  parameters: expecting({ text: ['Low-Carbon Heating in Historic Listed Buildings'] }),
};

export const Shortest: Story = {
  name: 'Shortest case study',
  args: { 'case-id': shortestCaseStudy },
  parameters: expecting({ text: ['Southwick place-based partnership'] }),
};

export const Longest: Story = {
  name: 'Longest case study',
  args: { 'case-id': longestCaseStudy },
  parameters: expecting({ text: ['South Tyneside Pledge'] }),
};

export const WithQuotesAndLists: Story = {
  name: 'Quotes, nested lists and links',
  args: { 'case-id': 'sunderland-social-prescribing' },
  parameters: expecting({ text: ['Social Prescribing'] }),
};

export const Narrow: Story = {
  name: 'In a 320 px column',
  render: () => html`<div class="story-narrow">${caseStudy({ 'case-id': 'salford-women-have-their-say' })}</div>`,
  parameters: expecting({ text: ['Women Have Their Say'] }),
};

export const DarkPage: Story = {
  name: 'On a dark page',
  args: { 'case-id': 'hackney-supporting-residents-in-financial-crisis' },
  parameters: {
    scheme: 'dark',
    ...expecting({ text: ['Working Collaboratively to Support Residents in Financial Crisis'] }),
    docs: { description: { story: 'A page that declares `color-scheme: dark`: the element follows it and paints its own dark surface.' } },
  },
};

export const CardsOnDarkPage: Story = {
  name: 'Cards on a dark page',
  render: Cards.render,
  parameters: { scheme: 'dark', ...expecting({ text: ['Waste Contract Insourcing', 'Digital Hardship Project'] }) },
};

export const LightOnDarkPage: Story = {
  name: 'color-scheme="light" on a dark page',
  args: { 'color-scheme': 'light', 'case-id': 'burntwood-warmer-welcome' },
  parameters: {
    scheme: 'dark',
    ...expecting({ text: ['Warmer Welcome Across Town'] }),
    docs: { description: { story: 'The attribute fixes the colours: a light case study on a dark page.' } },
  },
};

export const DarkOnLightPage: Story = {
  name: 'color-scheme="dark" on a light page',
  args: { 'color-scheme': 'dark', 'case-id': 'burntwood-warmer-welcome' },
  parameters: expecting({ text: ['Warmer Welcome Across Town'] }),
};

export const DarkWhenAsked: Story = {
  name: "Follows the reader's setting (color-scheme=\"auto\")",
  args: { 'color-scheme': 'auto', 'case-id': 'torbay-better-masterplans' },
  parameters: expecting({ text: ['Creating Better Masterplans for Everybody'] }),
};

export const Suggestions: Story = {
  name: 'Not found, with suggestions',
  args: { 'case-id': 'rochdale-cost-of-living-crisiss' },
  parameters: {
    ...expecting({
      state: 'notice',
      text: ['Tackling the Cost of Living Crisis in Rochdale'],
      en: ['Did you mean one of these?'],
      cy: ["Ai un o'r rhain oedd gennych mewn golwg?"],
    }),
    docs: { description: { story: 'A case-id with a typing mistake: the ids close to it are suggested.' } },
  },
};

export const NotFound: Story = {
  name: 'Not found, nothing similar',
  args: { 'case-id': 'no-such-case-study' },
  parameters: expecting({ state: 'notice', text: ['no-such-case-study', 'docs/case-study-ids.html'] }),
};

export const Loading: Story = {
  render: (args) => withSettings({ data: neverLoads }, caseStudy(args)),
  parameters: expecting({ state: 'loading', en: ['Loading case study…'], cy: ["Wrthi'n llwytho'r astudiaeth achos…"] }),
};

export const LoadFailure: Story = {
  name: 'Load failure (with Try again)',
  render: (args) => withSettings({ data: failsToLoad }, caseStudy(args)),
  parameters: expecting({ state: 'failure', en: ['Try again', 'Technical details'], cy: ['Rhoi cynnig arall arni', 'Manylion technegol'] }),
};

export const LoadFailureDetails: Story = {
  name: 'Load failure, technical details open',
  render: (args) => afterEvent(withSettings({ data: failsToLoad }, caseStudy(args)), 'ccin-case-study-error', openTechnicalDetails),
  parameters: expecting({ state: 'failure', text: ['the network is unavailable (example)'] }),
};

export const CardLoadFailure: Story = {
  name: 'Card load failure',
  render: (args) => withSettings({ data: failsToLoad }, caseStudy({ ...args, variant: 'card' })),
  parameters: expecting({ state: 'failure', text: ['Read this case study on the CCIN website'] }),
};

export const NoCaseId: Story = {
  name: 'Without a case-id',
  render: () => html`<ccin-case-study><p><a href="https://councils.coop/case-studies">CCIN case studies</a></p></ccin-case-study>`,
  parameters: expecting({ state: 'notice', text: ['CCIN case studies'], en: ['No case study chosen'] }),
};

export const Prerendered: Story = {
  name: 'Pre-rendered',
  render: () => prerendered(prerenderedFull),
  parameters: {
    ...prerenderedStory,
    ...expecting({
      text: shows('rochdale-cost-of-living-crisis'),
      once: shows('rochdale-cost-of-living-crisis').slice(0, 1),
      en: ['Principles met, as the case study’s councils.coop page lists them'],
    }),
    docs: {
      description: {
        story: `dist/html/case-studies/rochdale-cost-of-living-crisis.html from the build, as a page includes
it: the case study in a declarative shadow root, its principles as badges pre-rendered inside it.
The element takes that content over (hydration) instead of drawing it again; a changed \`case-id\`
then loads and shows the other case study. ${inEnglish}`,
      },
      ...includeSource(['case-studies/rochdale-cost-of-living-crisis.html'], elided(prerenderedFull)),
    },
  },
};

export const PrerenderedCard: Story = {
  name: 'Pre-rendered card',
  render: () => prerendered(prerenderedCard),
  parameters: {
    ...prerenderedStory,
    ...expecting({ text: shows('south-ribble-waste-contract-insourcing'), once: shows('south-ribble-waste-contract-insourcing').slice(0, 1) }),
    docs: {
      description: {
        story: `dist/html/case-study-cards/south-ribble-waste-contract-insourcing.html: a card, pre-rendered with its
principles' badges, which hydrate after it. ${inEnglish}`,
      },
      ...includeSource(['case-study-cards/south-ribble-waste-contract-insourcing.html'], elided(prerenderedCard)),
    },
  },
};

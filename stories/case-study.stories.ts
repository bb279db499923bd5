import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/case-study/case-study.js';
import { failsToLoad, longestCaseStudy, neverLoads, shortestCaseStudy, withSettings } from '../tests/fixtures/data-sources.js';
import { SnapshotDataSource } from '../src/shared/data/snapshot-source.js';

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
    'color-scheme': { control: 'inline-radio', options: ['', 'auto'] },
  },
  render: (args) => caseStudy(args),
  parameters: {
    docs: {
      description: {
        component: `A CCIN case study as a council would want it on its own page, or as a card for listing
pages. It loads only its own data file (a card, the shared index), in the council's brand, and
its headings fit the page's outline (\`heading-level\`).

\`\`\`html
<script type="module" src="/path/to/dist/ccin-elements.js"></script>
<ccin-case-study case-id="rochdale-cost-of-living-crisis" heading-level="2">
  <a href="https://councils.coop/case-studies">Read Rochdale's case study on the CCIN website</a>
</ccin-case-study>
\`\`\`

The link inside is the fallback, shown before the script runs, if JavaScript is off, and under
the message when the case study cannot be shown. The ids are listed in
[the list of case-study ids](dist/docs/case-study-ids.html).`,
      },
    },
  },
};
export default meta;

type Story = StoryObj<CaseStudyArgs>;

export const Full: Story = {};

export const Card: Story = {
  args: { variant: 'card', href: '/case-studies/{id}' },
};

export const Cards: Story = {
  name: 'Cards in a grid',
  render: () => html`<ul class="story-grid">
    ${['hackney-supporting-residents-in-financial-crisis', 'south-ribble-waste-contract-insourcing', 'burntwood-warmer-welcome', 'cwmpas-digital-hardship-project'].map(
      (id) => html`<li>${caseStudy({ 'case-id': id, variant: 'card', 'heading-level': '3', href: '/case-studies/{id}' })}</li>`,
    )}
  </ul>`,
};

export const HeadingLevel3: Story = {
  name: 'Heading level 3',
  args: { 'case-id': 'hackney-supporting-residents-in-financial-crisis', 'heading-level': '3' },
};

export const HeadingLevel4: Story = {
  name: 'Heading level 4',
  args: { 'case-id': 'stroud-low-carbon-heating', 'heading-level': '4' },
};

export const Shortest: Story = {
  name: 'Shortest case study',
  args: { 'case-id': shortestCaseStudy },
};

export const Longest: Story = {
  name: 'Longest case study',
  args: { 'case-id': longestCaseStudy },
};

export const WithQuotesAndLists: Story = {
  name: 'Quotes, nested lists and links',
  args: { 'case-id': 'sunderland-social-prescribing' },
};

export const Narrow: Story = {
  name: 'In a 320 px column',
  render: () => html`<div class="story-narrow">${caseStudy({ 'case-id': 'salford-women-have-their-say' })}</div>`,
};

export const DarkWhenAsked: Story = {
  name: 'Follows dark mode (color-scheme="auto")',
  args: { 'color-scheme': 'auto', 'case-id': 'torbay-better-masterplans' },
};

export const NotFound: Story = {
  name: 'Not found',
  render: () =>
    withSettings(
      { data: new SnapshotDataSource({ caseStudies: [], principles: [], values: {}, members: [], fundedProjects: [], network: {}, meta: {} }) },
      caseStudy({ 'case-id': 'rochdale-cost-of-living' }),
    ),
};

export const Loading: Story = {
  render: () => withSettings({ data: neverLoads }, caseStudy({})),
};

export const LoadFailure: Story = {
  name: 'Load failure (with Try again)',
  render: () => withSettings({ data: failsToLoad }, caseStudy({})),
};

export const NoCaseId: Story = {
  name: 'Without a case-id',
  render: () => html`<ccin-case-study><p><a href="https://councils.coop/case-studies">CCIN case studies</a></p></ccin-case-study>`,
};

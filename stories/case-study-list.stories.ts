import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/case-study-list/case-study-list.js';
import { failsToLoad, neverLoads, withSettings } from '../tests/fixtures/data-sources.js';

interface ListArgs {
  theme: string;
  principle: string;
  organisation: string;
  tier: string;
  search: string;
  'heading-level': string;
  href: string;
}

const caseStudyList = (args: Partial<ListArgs>) =>
  html`<ccin-case-study-list
    theme=${args.theme || nothing}
    principle=${args.principle || nothing}
    organisation=${args.organisation || nothing}
    tier=${args.tier || nothing}
    search=${args.search || nothing}
    heading-level=${args['heading-level'] ?? '3'}
    href=${args.href || nothing}
    ><p><a href="https://councils.coop/case-studies">Co-operative case studies on the CCIN website</a></p></ccin-case-study-list
  >`;

const meta: Meta<ListArgs> = {
  title: 'Elements/Case-study list',
  component: 'ccin-case-study-list',
  args: { theme: '', principle: '', organisation: '', tier: '', search: '', 'heading-level': '3', href: '/case-studies/{id}' },
  argTypes: {
    theme: { control: 'text' },
    principle: { control: 'text' },
    organisation: { control: 'text' },
    tier: { control: 'inline-radio', options: ['', 'member', 'associate', 'affiliate'] },
    search: { control: 'text' },
    'heading-level': { control: 'inline-radio', options: ['2', '3', '4'] },
    href: { control: 'text' },
  },
  render: (args) => caseStudyList(args),
  parameters: {
    docs: {
      description: {
        component: `The CCIN's case studies as cards, with filters for theme, principle, organisation and
membership, and a search over titles and standfirsts. Attributes preset the filters, so a council
can embed "all case studies about poverty". It loads the case-study index, not every case study.

\`\`\`html
<script type="module" src="/path/to/dist/ccin-elements.js"></script>
<ccin-case-study-list theme="Poverty" href="/case-studies/{id}">
  <a href="https://councils.coop/case-studies">Co-operative case studies on the CCIN website</a>
</ccin-case-study-list>
\`\`\``,
      },
    },
  },
};
export default meta;

type Story = StoryObj<ListArgs>;

export const All: Story = { name: 'All case studies' };
export const Poverty: Story = { name: 'Preset: theme Poverty', args: { theme: 'Poverty' } };
export const CoProduction: Story = { name: 'Preset: principle Co-production', args: { principle: 'co-production' } };
export const Birmingham: Story = { name: 'Preset: organisation', args: { organisation: 'birmingham-city-council' } };
export const Affiliates: Story = { name: 'Preset: by affiliates', args: { tier: 'affiliate' } };
export const Search: Story = { name: 'Search', args: { search: 'warm spaces' } };
export const Empty: Story = { name: 'No case study matches', args: { theme: 'Housing', principle: 'innovation' } };
export const Narrow: Story = {
  name: 'In a 320 px column',
  render: (args) => html`<div class="story-narrow">${caseStudyList({ ...args, theme: 'Community Wealth Building' })}</div>`,
};
export const Loading: Story = { render: (args) => withSettings({ data: neverLoads }, caseStudyList(args)) };
export const LoadFailure: Story = { name: 'Load failure (with Try again)', render: (args) => withSettings({ data: failsToLoad }, caseStudyList(args)) };
export const Welsh: Story = {
  name: 'Welsh interface',
  args: { theme: 'Poverty' },
  parameters: { lang: 'cy' },
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type ReactiveElement } from 'lit';
import prerenderedList from '../dist/html/case-study-list.html?raw';
import '../src/case-study-list/case-study-list.js';
import { failsToLoad, neverLoads, withSettings } from '../tests/fixtures/data-sources.js';
import { byTitle, elided, includeSource, inEnglish, prerendered, prerenderedStory, shownTitle } from './prerendered.js';
import { afterEvent, expecting, openTechnicalDetails } from './states.js';

interface ListArgs {
  theme: string;
  principle: string;
  organisation: string;
  tier: string;
  search: string;
  sort: string;
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
    sort=${args.sort || nothing}
    heading-level=${args['heading-level'] ?? '3'}
    href=${args.href || nothing}
    ><p><a href="https://councils.coop/case-studies">Co-operative case studies on the CCIN website</a></p></ccin-case-study-list
  >`;

/** How many cards the list shows: a state of its own ("Show more" adds 24), not an attribute. */
type ListState = ReactiveElement & { shownCount: number };

const meta: Meta<ListArgs> = {
  title: 'Elements/Case-study list',
  component: 'ccin-case-study-list',
  args: { theme: '', principle: '', organisation: '', tier: '', search: '', sort: 'title', 'heading-level': '3', href: '/case-studies/{id}' },
  argTypes: {
    theme: { control: 'text' },
    principle: { control: 'text' },
    organisation: { control: 'text' },
    tier: { control: 'inline-radio', options: ['', 'member', 'associate', 'affiliate'] },
    search: { control: 'text' },
    sort: { control: 'inline-radio', options: ['title', 'organisation'] },
    'heading-level': { control: 'inline-radio', options: ['2', '3', '4'] },
    href: { control: 'text' },
  },
  render: (args) => caseStudyList(args),
  parameters: {
    docs: {
      description: {
        component: `The CCIN's case studies as cards, with filters for theme, principle, organisation and
membership, a search over titles and standfirsts, and a sort (title, or lead organisation).
Attributes preset the filters, so a council can embed "all case studies about poverty". It loads
the case-study index, not every case study, and shows 24 cards at a time with "Show more". A hint
under the principle filter says how few case studies record their principles.

\`\`\`html
<script type="module" src="/path/to/dist/ccin-elements.js"></script>
<ccin-case-study-list theme="Poverty" href="/case-studies/{id}">
  <a href="https://councils.coop/case-studies">Co-operative case studies on the CCIN website</a>
</ccin-case-study-list>
\`\`\`

It fires \`ccin-case-study-list-load\` when the index has loaded and \`ccin-case-study-list-error\`
when it could not be.`,
      },
    },
  },
};
export default meta;

type Story = StoryObj<ListArgs>;

export const All: Story = {
  name: 'All case studies (first page)',
  parameters: expecting({
    en: ['Showing 24 of 55 case studies', 'Show 24 more', 'whose sources name their principles can match a principle'],
    cy: ["Yn dangos 24 o'r 55", 'Dangos 24 arall'],
  }),
};

export const ShowMore: Story = {
  name: 'After "Show more"',
  render: (args) =>
    afterEvent<ListState>(caseStudyList(args), 'ccin-case-study-list-load', (list) => {
      list.shownCount = 48;
    }),
  parameters: {
    ...expecting({ en: ['Showing 48 of 55 case studies', 'Show 7 more'], cy: ["Yn dangos 48 o'r 55", 'Dangos 7 arall'] }),
    docs: { description: { story: 'The second page of cards added under the first, as after one "Show more".' } },
  },
};

export const SortByOrganisation: Story = { name: 'Sorted by lead organisation', args: { sort: 'organisation' } };
export const Poverty: Story = { name: 'Preset: theme Poverty', args: { theme: 'Poverty' }, parameters: expecting({ text: ['Tackling the Cost of Living Crisis in Rochdale'] }) };
export const CoProduction: Story = { name: 'Preset: principle Co-production', args: { principle: 'co-production' } };
export const Birmingham: Story = { name: 'Preset: organisation', args: { organisation: 'birmingham-city-council' } };
export const Affiliates: Story = { name: 'Preset: by affiliates', args: { tier: 'affiliate' } };
export const Search: Story = { name: 'Search', args: { search: 'warm spaces' } };
export const Empty: Story = {
  name: 'No case study matches',
  args: { theme: 'Housing', principle: 'innovation' },
  parameters: expecting({ en: ['No case study matches these filters.', 'Clear filters'], cy: ["Nid oes astudiaeth achos yn cyfateb i'r hidlyddion hyn."] }),
};
export const Narrow: Story = {
  name: 'In a 320 px column',
  render: (args) => html`<div class="story-narrow">${caseStudyList({ ...args, theme: 'Community Wealth Building' })}</div>`,
};
export const DarkPage: Story = {
  name: 'On a dark page',
  args: { theme: 'Poverty' },
  parameters: { scheme: 'dark', ...expecting({ text: ['Tackling the Cost of Living Crisis in Rochdale'] }) },
};
export const Loading: Story = {
  render: (args) => withSettings({ data: neverLoads }, caseStudyList(args)),
  parameters: expecting({ state: 'loading', en: ['Loading case studies…'], cy: ["Wrthi'n llwytho astudiaethau achos…"] }),
};
export const LoadFailure: Story = {
  name: 'Load failure (with Try again)',
  render: (args) => withSettings({ data: failsToLoad }, caseStudyList(args)),
  parameters: expecting({ state: 'failure', text: ['Co-operative case studies on the CCIN website'], en: ['Try again'], cy: ['Rhoi cynnig arall arni'] }),
};
export const LoadFailureDetails: Story = {
  name: 'Load failure, technical details open',
  render: (args) =>
    afterEvent(withSettings({ data: failsToLoad }, caseStudyList(args)), 'ccin-case-study-list-error', openTechnicalDetails),
  parameters: expecting({ state: 'failure', text: ['the network is unavailable (example)'] }),
};
export const Welsh: Story = {
  name: 'Welsh interface',
  args: { theme: 'Poverty' },
  parameters: { lang: 'cy', ...expecting({ cy: ['Hidlo astudiaethau achos'], en: ['Hidlo astudiaethau achos'] }) },
};

/** The list shows 24 cards at a time ("Show more" adds 24), by title (the default sort). */
const pageSize = 24;
const firstPage = byTitle.slice(0, pageSize);

export const Prerendered: Story = {
  name: 'Pre-rendered',
  render: () => prerendered(prerenderedList),
  parameters: {
    ...prerenderedStory,
    ...expecting({
      once: [shownTitle(firstPage[0]!), shownTitle(firstPage[firstPage.length - 1]!)],
      en: [
        `Showing ${firstPage.length} of ${byTitle.length} case studies`,
        ...(byTitle.length > pageSize ? [`Show ${Math.min(pageSize, byTitle.length - pageSize)} more`] : []),
      ],
    }),
    docs: {
      description: {
        story: `dist/html/case-study-list.html from the build: the filters and the first ${pageSize} cards, each card
and its badges pre-rendered inside the list. The list takes that content over (hydration), then
the cards and their badges; "Show more" and the filters work as usual. ${inEnglish}`,
      },
      ...includeSource(['case-study-list.html'], elided(prerenderedList)),
    },
  },
};

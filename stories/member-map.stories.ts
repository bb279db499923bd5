import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/member-map/member-map.js';
import { failsToLoad, neverLoads, withSettings } from '../tests/fixtures/data-sources.js';

interface MapArgs {
  view: 'map' | 'list';
  tiers: string;
  highlight: string;
  selected: string;
  'case-study-href': string;
  'heading-level': string;
}

const memberMap = (args: Partial<MapArgs>) =>
  html`<ccin-member-map
    view=${args.view ?? 'map'}
    tiers=${args.tiers || nothing}
    highlight=${args.highlight || nothing}
    selected=${args.selected || nothing}
    case-study-href=${args['case-study-href'] || nothing}
    heading-level=${args['heading-level'] ?? '2'}
    ><p><a href="https://councils.coop">The CCIN's members are listed on councils.coop</a></p></ccin-member-map
  >`;

const meta: Meta<MapArgs> = {
  title: 'Elements/Member map',
  component: 'ccin-member-map',
  args: { view: 'map', tiers: '', highlight: '', selected: '', 'case-study-href': '/case-studies/{id}', 'heading-level': '2' },
  argTypes: {
    view: { control: 'inline-radio', options: ['map', 'list'] },
    tiers: { control: 'text', description: 'Any of: member associate affiliate' },
    highlight: { control: 'text' },
    selected: { control: 'text' },
    'case-study-href': { control: 'text' },
    'heading-level': { control: 'inline-radio', options: ['2', '3', '4'] },
  },
  render: (args) => memberMap(args),
  parameters: {
    docs: {
      description: {
        component: `Where the CCIN's members are: members and associates on a map of the UK, affiliates
(organisations with no place) listed beside it, and a list view of all 111 organisations.
Markers that crowd together (Greater Manchester, London) are spread apart with a line to their
true point, so every member can be seen and touched (24 px). The map is one tab stop: arrow keys
move between members, Enter opens the details, Escape closes them.

\`\`\`html
<script type="module" src="/path/to/dist/ccin-elements.js"></script>
<ccin-member-map highlight="rochdale-council" case-study-href="/case-studies/{id}">
  <a href="https://councils.coop">The CCIN's members are listed on councils.coop</a>
</ccin-member-map>
\`\`\``,
      },
    },
  },
};
export default meta;

type Story = StoryObj<MapArgs>;

export const Map: Story = {};

export const List: Story = { args: { view: 'list' } };

export const MembersOnly: Story = { name: 'Tier filter: members', args: { tiers: 'member' } };

export const AssociatesOnly: Story = { name: 'Tier filter: associates', args: { tiers: 'associate' } };

export const AffiliatesOnly: Story = { name: 'Tier filter: affiliates (list)', args: { tiers: 'affiliate', view: 'list' } };

export const Highlighted: Story = { name: 'A council showing itself (highlight)', args: { highlight: 'rochdale-council' } };

export const SelectedMember: Story = {
  name: 'A selected member',
  args: { highlight: 'oldham-council', selected: 'oldham-council' },
};

export const SelectedWithCards: Story = {
  name: 'A selected member, case studies as cards',
  args: { selected: 'burntwood-town-council', 'case-study-href': '' },
};

export const Narrow: Story = {
  name: 'In a 320 px column',
  render: (args) => html`<div class="story-narrow">${memberMap(args)}</div>`,
};

export const Loading: Story = {
  render: (args) => withSettings({ data: neverLoads }, memberMap(args)),
};

export const LoadFailure: Story = {
  name: 'Load failure (with Try again)',
  render: (args) => withSettings({ data: failsToLoad }, memberMap(args)),
};

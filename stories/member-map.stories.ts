import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type ReactiveElement } from 'lit';
import prerenderedMap from '../dist/html/member-map.html?raw';
import '../src/member-map/member-map.js';
import { failsToLoad, neverLoads, withSettings } from '../tests/fixtures/data-sources.js';
import { elided, includeSource, inEnglish, members, prerendered, prerenderedStory } from './prerendered.js';
import { afterEvent, expecting, openTechnicalDetails } from './states.js';

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

/**
 * The map's reader-driven state (the open group, the hovered marker, the search box, the "Not on
 * the map" disclosure) is held in reactive properties that the element does not document as
 * attributes. The stories below set them to show those states without clicks or focus moves.
 */
type MapState = ReactiveElement & {
  openKey: string;
  hoverKey: string;
  notOnMapOpen: boolean;
  search: { query: string; active: number; open: boolean };
};

/** The key of the marker that holds a member (its own, or its group's) as drawn now. */
const markerKeyOf = (map: HTMLElement, memberId: string) =>
  map.shadowRoot?.querySelector(`[data-member="${memberId}"], [data-members~="${memberId}"]`)?.getAttribute('data-key') ?? '';

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
        component: `Where the CCIN's members are: members and associates at their places on a map of the UK,
a search by name ("Find an organisation"), the organisations with no place (affiliates, mostly)
behind a "Not on the map" disclosure below it, and a list view of all 111 organisations. Every
marker stands at a member's own place; members closer together than a marker can be touched
(24 px) share one numbered marker, which opens into a list of them. The name of a hovered or
focused marker shows beside it. The map is one tab stop: arrow keys move between markers, Enter
opens one, Escape closes the details.

\`\`\`html
<script type="module" src="/path/to/dist/ccin-elements.js"></script>
<ccin-member-map highlight="rochdale-council" case-study-href="/case-studies/{id}">
  <a href="https://councils.coop">The CCIN's members are listed on councils.coop</a>
</ccin-member-map>
\`\`\`

It fires \`ccin-member-map-load\` when the members have loaded and \`ccin-member-map-error\` when
they could not be.`,
      },
    },
  },
};
export default meta;

type Story = StoryObj<MapArgs>;

export const Map: Story = { parameters: expecting({ en: ['Find an organisation', 'Not on the map ('], cy: ['Dod o hyd i sefydliad', 'Ddim ar y map ('] }) };

export const List: Story = {
  args: { view: 'list' },
  parameters: expecting({ text: ['Rochdale Council', 'Anthony Collins Solicitors'], en: ['111 organisations'], cy: ['111 o sefydliadau'] }),
};

export const MembersOnly: Story = { name: 'Tier filter: members', args: { tiers: 'member' } };

export const AssociatesOnly: Story = { name: 'Tier filter: associates', args: { tiers: 'associate' } };

export const AffiliatesOnly: Story = {
  name: 'Tier filter: affiliates (list)',
  args: { tiers: 'affiliate', view: 'list' },
  parameters: expecting({ text: ['Anthony Collins Solicitors'], en: ['Affiliates ('], cy: [] }),
};

export const Highlighted: Story = {
  name: 'A council showing itself (highlight)',
  args: { highlight: 'rochdale-council' },
  parameters: expecting({ text: ['Rochdale Council'], en: ['Highlighted: Rochdale Council'] }),
};

export const SelectedMember: Story = {
  name: 'A selected member in a group',
  args: { highlight: 'oldham-council', selected: 'oldham-council' },
  parameters: {
    ...expecting({ text: ['Oldham Council'], en: ['Accreditation markers'], cy: ['Marciau achredu'] }),
    docs: { description: { story: 'Oldham is close to other Greater Manchester members: its group marker shows as selected, and its details beside the map.' } },
  },
};

export const SelectedWithCards: Story = {
  name: 'A selected member, case studies as cards',
  args: { selected: 'burntwood-town-council', 'case-study-href': '' },
  parameters: expecting({ text: ['Warmer Welcome Across Town'] }),
};

export const GroupOpen: Story = {
  name: 'A group opened',
  render: (args) =>
    afterEvent<MapState>(memberMap(args), 'ccin-member-map-load', (map) => {
      map.openKey = markerKeyOf(map, 'oldham-council');
      return !!map.openKey;
    }),
  parameters: {
    ...expecting({ text: ['Oldham Council', 'Rochdale Council'], en: ['Choose one:'], cy: ['Dewiswch un:'] }),
    docs: { description: { story: 'The numbered marker of the Greater Manchester members, opened (as by a click, or Enter on it): the list of its members beside the map.' } },
  },
};

export const HoveredMarker: Story = {
  name: "A marker's name on hover",
  render: (args) =>
    afterEvent<MapState>(memberMap(args), 'ccin-member-map-load', (map) => {
      map.hoverKey = markerKeyOf(map, 'city-of-edinburgh-council');
      return !!map.hoverKey;
    }),
  parameters: expecting({ text: ['City of Edinburgh Council'] }),
};

export const Search: Story = {
  name: 'Find an organisation (search open)',
  render: (args) =>
    afterEvent<MapState>(memberMap(args), 'ccin-member-map-load', (map) => {
      map.search = { query: 'city', active: 1, open: true };
    }),
  parameters: {
    ...expecting({ text: ['Birmingham City Council'], en: ['organisations found'], cy: ['Cafwyd hyd i'] }),
    docs: { description: { story: 'The search box with "city" typed: the suggestions listed under it, the second one active (as after the Down arrow key twice).' } },
  },
};

export const NotOnMapOpen: Story = {
  name: '"Not on the map" open',
  render: (args) =>
    afterEvent<MapState>(memberMap(args), 'ccin-member-map-load', (map) => {
      map.notOnMapOpen = true;
    }),
  parameters: {
    ...expecting({ text: ['Anthony Collins Solicitors', 'Midcounties Gloucester & Swindon Coop Party Council'] }),
    docs: { description: { story: 'The organisations with no place on the map, listed under the disclosure below it, opened.' } },
  },
};

export const DarkPage: Story = {
  name: 'On a dark page',
  args: { highlight: 'rochdale-council', selected: 'cardiff-council' },
  parameters: {
    scheme: 'dark',
    ...expecting({ text: ['Cardiff Council', 'Rochdale Council'] }),
    docs: { description: { story: "A page that declares `color-scheme: dark`: the map follows it (light-dark tokens) and paints its own surface." } },
  },
};

export const Narrow: Story = {
  name: 'In a 320 px column',
  render: (args) => html`<div class="story-narrow">${memberMap(args)}</div>`,
};

export const Loading: Story = {
  render: (args) => withSettings({ data: neverLoads }, memberMap(args)),
  parameters: expecting({ state: 'loading', en: ['Loading…'] }),
};

export const LoadFailure: Story = {
  name: 'Load failure (with Try again)',
  render: (args) => withSettings({ data: failsToLoad }, memberMap(args)),
  parameters: expecting({ state: 'failure', en: ['Try again', 'Technical details'], cy: ['Rhoi cynnig arall arni', 'Manylion technegol'] }),
};

export const LoadFailureDetails: Story = {
  name: 'Load failure, technical details open',
  render: (args) =>
    afterEvent(withSettings({ data: failsToLoad }, memberMap(args)), 'ccin-member-map-error', openTechnicalDetails),
  parameters: expecting({ state: 'failure', text: ['the network is unavailable (example)'] }),
};

const located = members.filter((member) => member.location).length;

export const Prerendered: Story = {
  name: 'Pre-rendered',
  render: () => prerendered(prerenderedMap),
  parameters: {
    ...prerenderedStory,
    ...expecting({ once: ['Find an organisation'], text: [`On the map (${located})`, `Not on the map (${members.length - located})`] }),
    docs: {
      description: {
        story: `dist/html/member-map.html from the build: the map with its markers, and every organisation listed
in disclosures that open without JavaScript ("On the map", "Not on the map"). The map takes that
content over (hydration), regroups its markers for the size it is shown at, and then works as
usual: markers, search, the list view. ${inEnglish}`,
      },
      ...includeSource(['member-map.html'], elided(prerenderedMap)),
    },
  },
};

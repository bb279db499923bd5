import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import prerenderedCard from '../dist/html/case-study-cards/co-operation-at-the-grassroots.html?raw';
import '../src/ccin-elements.js';
import { caseStudy, elided, includeSource, inEnglish, prerendered, shownTitle } from './prerendered.js';
import { expecting } from './states.js';

const meta: Meta = {
  title: 'Elements/Provider',
  component: 'ccin-provider',
  parameters: {
    docs: {
      description: {
        component: `Shared settings for every element inside it: URL templates for links to the council's
own pages, and optionally newer data that CCIN publishes (\`src\`, validated before use; on
failure the bundled data is kept and a notice says why).

\`\`\`html
<ccin-provider case-study-href="/case-studies/{id}" principle-href="/principles/{id}">
  <ccin-case-study case-id="hackney-supporting-residents-in-financial-crisis" variant="card"></ccin-case-study>
  <ccin-member-map></ccin-member-map>
</ccin-provider>
\`\`\``,
      },
    },
  },
};
export default meta;

export const WithUrlTemplates: StoryObj = {
  name: 'With URL templates',
  render: () => html`<ccin-provider case-study-href="/case-studies/{id}" principle-href="/principles/{id}">
    <p>Linked badges: <ccin-principle-badge principle="co-production"></ccin-principle-badge>
      <ccin-principle-badge principle="learning"></ccin-principle-badge></p>
    <ul class="story-grid">
      <li><ccin-case-study case-id="hackney-supporting-residents-in-financial-crisis" variant="card" heading-level="3"></ccin-case-study></li>
      <li><ccin-case-study case-id="co-operation-at-the-grassroots" variant="card" heading-level="3"></ccin-case-study></li>
    </ul>
  </ccin-provider>`,
  parameters: expecting({ text: ['Working Collaboratively to Support Residents in Financial Crisis', 'Co-operation at the Grassroots'] }),
};

export const NewerData: StoryObj = {
  name: 'Newer data from src',
  render: () => html`<ccin-provider src="dist/data/ccin-snapshot.json">
    <ccin-case-study case-id="sunderland-southwick-partnership" variant="card"></ccin-case-study>
  </ccin-provider>`,
  parameters: expecting({ text: ['Southwick place-based partnership'] }),
};

export const DataSourceFails: StoryObj = {
  name: 'Newer data cannot be used',
  render: () => html`<ccin-provider src="javascript:alert('not data')">
    <ccin-case-study case-id="sunderland-southwick-partnership" variant="card"></ccin-case-study>
  </ccin-provider>`,
  parameters: expecting({
    text: ['Southwick place-based partnership'],
    en: ['Newer CCIN data could not be loaded, so this page shows the data bundled with it. (the data file is not valid)'],
    cy: ['Nid oedd modd llwytho data mwy diweddar y CCIN'],
  }),
};

export const OnDarkPage: StoryObj = {
  name: 'Notice on a dark page',
  render: DataSourceFails.render,
  parameters: { scheme: 'dark', ...expecting({ text: ['Southwick place-based partnership'], en: ['Newer CCIN data could not be loaded'] }) },
};

export const Prerendered: StoryObj = {
  name: 'Pre-rendered card, newer data from src',
  render: () => html`<ccin-provider src="dist/data/ccin-snapshot.json">${prerendered(prerenderedCard)}</ccin-provider>`,
  parameters: {
    // Not a hydration story: the file was rendered without this provider, so the card renders afresh.
    lang: 'en',
    ...expecting({ once: [shownTitle(caseStudy('co-operation-at-the-grassroots'))] }),
    docs: {
      description: {
        story: `A provider has no content of its own: here it holds dist/html/case-study-cards/co-operation-at-the-grassroots.html,
a card pre-rendered with the bundled data and no provider, and gives it newer data (\`src\`). The
card shows its server-rendered content until its code runs; as the page is not what the file was
rendered for (the server marks that in \`data-ccin-rendered\`), it then renders afresh, once, with
the provider's data, instead of hydrating (files rendered together with their provider, by
\`ccin-elements render\`, hydrate). ${inEnglish}`,
      },
      ...includeSource(
        ['case-study-cards/co-operation-at-the-grassroots.html'],
        `<ccin-provider src="dist/data/ccin-snapshot.json">\n  ${elided(prerenderedCard)}\n</ccin-provider>`,
      ),
    },
  },
};

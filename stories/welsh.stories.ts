import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/ccin-elements.js';
import { expecting } from './states.js';

/**
 * Every element with the Welsh interface (the page's lang is "cy"). Case-study content stays in
 * English, as the sources give it, marked lang="en" for screen readers. The toolbar's
 * Language switch shows any other story in Welsh too.
 */
const meta: Meta = {
  title: 'Languages/Welsh interface',
  parameters: {
    lang: 'cy',
    docs: {
      description: {
        component: `On a page (or inside an element) with \`lang="cy"\` every interface string is Welsh. The case
studies are English in the sources and are not machine-translated: they are marked
\`lang="en"\` so that screen readers switch voice. See \`src/docs/welsh.md\` for the
Welsh terms and those to confirm.`,
      },
    },
  },
};
export default meta;

export const Badges: StoryObj = {
  render: () => html`<p>Mae'r prosiect yn dangos <ccin-principle-badge principle="co-production"></ccin-principle-badge> a
    <ccin-principle-badge principle="innovation" variant="icon"></ccin-principle-badge>.</p>
    <ccin-principle-badge principle="walking-the-talk" variant="full" expanded></ccin-principle-badge>`,
  parameters: expecting({ text: ["Cuddio'r datganiad", 'Walking the talk'] }),
};

export const CaseStudy: StoryObj = {
  name: 'Case study',
  render: () => html`<ccin-case-study case-id="cardiff-planning-pioneers"></ccin-case-study>`,
  parameters: expecting({ text: ['Planning Pioneers', 'Egwyddorion cydweithredol', 'Lluniau yn y llyfryn'] }),
};

export const Card: StoryObj = {
  render: () => html`<ccin-case-study case-id="cwmpas-digital-hardship-project" variant="card" href="/astudiaethau-achos/{id}"></ccin-case-study>`,
  parameters: expecting({ text: ['Digital Hardship Project'] }),
};

export const Map: StoryObj = {
  render: () => html`<ccin-member-map highlight="cardiff-council" selected="cardiff-council" case-study-href="/astudiaethau-achos/{id}"></ccin-member-map>`,
  parameters: expecting({ text: ['Cardiff Council', 'Dod o hyd i sefydliad', 'Marciau achredu'] }),
};

export const List: StoryObj = {
  name: 'Member list',
  render: () => html`<ccin-member-map view="list" tiers="associate"></ccin-member-map>`,
  parameters: expecting({ text: ['Aelodau cyswllt'] }),
};

export const CaseStudyList: StoryObj = {
  name: 'Case-study list',
  render: () => html`<ccin-case-study-list theme="Health and Social Care" href="/astudiaethau-achos/{id}"></ccin-case-study-list>`,
  parameters: expecting({ text: ['Hidlo astudiaethau achos'] }),
};

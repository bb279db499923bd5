import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../dist/custom-elements.json' with { type: 'json' };
import './preview.css';

setCustomElementsManifest(manifest);

/** The WCAG 2.2 AA tags, as the browser tests run axe; no story is excluded. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    brand: {
      description: 'Council brand: design tokens a council page would set',
      toolbar: {
        title: 'Brand',
        icon: 'paintbrush',
        items: [
          { value: 'none', title: 'No brand (defaults)' },
          { value: 'localgov', title: 'LocalGov Drupal default' },
          { value: 'navy', title: 'Navy council' },
          { value: 'teal', title: 'Teal council' },
          { value: 'crimson', title: 'Crimson council' },
        ],
        dynamicTitle: true,
      },
    },
    lang: {
      description: 'Page language: the interface follows it',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'cy', title: 'Cymraeg' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { brand: 'none', lang: 'en' },
  decorators: [
    (story, context) => {
      const brand = context.globals.brand ?? 'none';
      // A story can fix its own language (the Welsh stories); otherwise the toolbar's applies.
      const lang = context.parameters.lang ?? context.globals.lang ?? 'en';
      return html`<div class="story-frame brand-${brand}" lang=${lang}>${story()}</div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    layout: 'fullscreen',
    a11y: {
      options: { runOnly: { type: 'tag', values: wcagTags } },
      test: 'error',
    },
  },
};
export default preview;

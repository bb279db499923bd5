// First, before any story imports the elements: Lit's hydration support, so that the elements
// of the "Pre-rendered" stories take over the content of their declarative shadow roots instead
// of rendering it again (as `import 'ccin-elements/hydrate'` in an app). Elements without
// pre-rendered content render as usual.
import '../src/shared/hydrate.js';
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../dist/custom-elements.json' with { type: 'json' };
import './preview.css';

setCustomElementsManifest(manifest);

/** The WCAG 2.2 AA tags, as the browser tests run axe; no story is excluded. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The page around a story. Three toolbars set it, and a story can fix any of them with a
 * parameter of the same name (`lang: 'cy'` for the Welsh stories, `lang: 'en'` for the
 * pre-rendered ones, whose files are English; `scheme: 'dark'` for the dark page ones):
 *
 * - brand: design tokens a council page would set (preview.css);
 * - lang: the page's language, which the interface follows;
 * - scheme: the page's `color-scheme`, which the elements follow: "light" declares nothing (as
 *   most council pages), "dark" declares `color-scheme: dark` on a dark background, "auto"
 *   declares `light dark` (the reader's setting) with the system colours Canvas and CanvasText.
 *
 * What a story must show is its `expect` parameter (type StoryExpectation in
 * stories/states.ts), which `npm run test:storybook` checks; a story with `prerendered: true`
 * (stories/prerendered.ts) is also checked for hydration.
 */
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
    scheme: {
      description: "Page colour scheme: the elements follow the page's color-scheme",
      toolbar: {
        title: 'Page colours',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light page (no color-scheme)' },
          { value: 'dark', title: 'Dark page (color-scheme: dark)' },
          { value: 'auto', title: "Reader's setting (color-scheme: light dark)" },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { brand: 'none', lang: 'en', scheme: 'light' },
  decorators: [
    (story, context) => {
      const brand = context.globals.brand ?? 'none';
      // A story can fix its own language (the Welsh stories) and page colours (the dark page
      // stories); otherwise the toolbar's apply.
      const lang = context.parameters.lang ?? context.globals.lang ?? 'en';
      const scheme = context.parameters.scheme ?? context.globals.scheme ?? 'light';
      return html`<div class="story-frame brand-${brand} scheme-${scheme}" lang=${lang}>${story()}</div>`;
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

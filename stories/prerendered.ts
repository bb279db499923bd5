/**
 * Pre-rendered HTML in stories: a file of the build's dist/html/ (issue 17), included as a
 * council's page includes it. Its elements' content is in declarative shadow roots, whose
 * stylesheets are linked under /ccin-elements/dist/; here that prefix becomes the folder where
 * Storybook serves dist/styles (the staticDirs of .storybook/main.ts). .storybook/preview.ts
 * loads Lit's hydration support before any story loads the elements, so that they take the
 * content over (hydrate) instead of rendering it again.
 *
 * The files are rendered in English: a pre-rendered story fixes its language to English (the
 * `lang` parameter, see preview.ts), and `npm run test:storybook` checks, for a story marked
 * `prerendered: true` (see prerenderedStory below), that hydration kept the server's DOM.
 */

import { caseStudyIndex } from '../src/generated/data/case-study-index.js';
import { membersData } from '../src/generated/data/members.js';

/**
 * The data the files were rendered from, for what the stories expect: the data the elements
 * bundle, which the build also writes to dist/data/. Imported from src/generated/data/ rather
 * than dist/data/, which `npm run storybook` serves as static files (staticDirs), so that Vite's
 * dev server does not turn a JSON import from there into a module.
 */
export const members = membersData.members;

/** A case study's summary, from the index; throws if the data has no such case study. */
export function caseStudy(id: string) {
  const study = caseStudyIndex.find((entry) => entry.id === id);
  if (!study) throw new Error(`no case study "${id}" in the data`);
  return study;
}

/** The case studies in title order, as the list shows them by default. */
export const byTitle = [...caseStudyIndex].sort((a, b) => new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true }).compare(a.title, b.title));

/** The prefix the pre-rendered files link their stylesheets under (scripts/prerender.mjs). */
const servedPrefix = '/ccin-elements/dist/';
/** Where Storybook serves them: dist/styles is staticDirs' /dist/styles, next to iframe.html. */
const storybookPrefix = 'dist/';

/** What a pre-rendered story notes about each element before its code runs, for test:storybook. */
export interface ServerRender {
  /** The elements of its shadow root as the browser built them from the HTML. */
  nodes: Element[];
  /**
   * Those inside the map's markers and in its "On the map" list (its markers as text): the map
   * regroups its markers once it has measured the size it is shown at.
   */
  markerNodes: Element[];
  /** The element had not updated (rendered or hydrated) yet when they were noted. */
  beforeUpdate: boolean;
}

/** Keyed by element; `window.__ccinServerRender` in the story's page. */
const serverRenders = new WeakMap<Element, ServerRender>();
(globalThis as { __ccinServerRender?: WeakMap<Element, ServerRender> }).__ccinServerRender = serverRenders;

const ccinTags = 'ccin-provider, ccin-principle-badge, ccin-case-study, ccin-case-study-list, ccin-member-map';

/**
 * Parses a pre-rendered file into a new element (a <div>, or a <span> for a badge in running
 * text), with its declarative shadow roots, and notes the nodes of every ccin element's shadow
 * root (and of those inside it: a card's badges, a list's cards). The container is not in the
 * document yet: the elements may have been upgraded by the parser, but a Lit element updates
 * only once connected, so what is noted is what the server sent. Once the story shows the
 * container, the elements hydrate.
 */
export function prerendered(fragment: string, container: 'div' | 'span' = 'div'): HTMLElement {
  if (!fragment.includes('shadowrootmode="open"')) throw new Error('prerendered(): the file has no declarative shadow root; was it built (npm run build)?');
  const host = document.createElement(container);
  host.className = 'prerendered';
  if (typeof host.setHTMLUnsafe !== 'function') throw new Error('prerendered(): this browser cannot parse declarative shadow DOM from script (Element.setHTMLUnsafe, Chromium 124+).');
  host.setHTMLUnsafe(fragment.trim().split(servedPrefix).join(storybookPrefix));
  const roots: ParentNode[] = [host];
  let found = 0;
  while (roots.length) {
    for (const element of roots.pop()!.querySelectorAll(ccinTags)) {
      const shadow = element.shadowRoot;
      if (!shadow) continue;
      found++;
      serverRenders.set(element, {
        nodes: [...shadow.querySelectorAll('*')],
        markerNodes: [...shadow.querySelectorAll('g.markers *, details.on-map li, details.on-map li *')],
        beforeUpdate: !(element as Element & { hasUpdated?: boolean }).hasUpdated,
      });
      roots.push(shadow);
    }
  }
  if (!found) throw new Error('prerendered(): no element with a shadow root in the file.');
  return host;
}

/** What a shown title reads: the subtitle after the title, as the elements show it. */
export const shownTitle = (study: { title: string; subtitle?: string | null }) => (study.subtitle ? `${study.title} ${study.subtitle}` : study.title);

/**
 * The parameters every pre-rendered story shares: marked for test:storybook's hydration checks,
 * and in English, the language of the files.
 */
export const prerenderedStory = { prerendered: true, lang: 'en' } as const;

/** The sentence every pre-rendered story's description ends with. */
export const inEnglish =
  'The files of dist/html/ are rendered in English, so this story is always shown in English (the Language toolbar does not change it).';

/**
 * A pre-rendered file's element as the story's source shows it: its start tag, and its
 * declarative shadow root with the content left out (the whole file is tens of kilobytes).
 */
export function elided(fragment: string): string {
  const start = /^\s*<([a-z][a-z0-9-]*)([^>]*)>/.exec(fragment);
  if (!start) throw new Error('elided(): the file does not start with an element');
  const [, tag, attributes] = start;
  const shown = attributes!.trim().replace(/\s+/g, ' ');
  return `<${tag}${shown ? ` ${shown}` : ''}><template shadowrootmode="open">…</template></${tag}>`;
}

/**
 * The `docs.source` of a pre-rendered story: what a page holds (the files named, their content
 * elided), then the script, so that "Show code" shows how to include them rather than the whole
 * rendered DOM.
 */
export function includeSource(files: string[], markup: string) {
  const named = files.map((file) => `dist/html/${file}`).join(', ');
  const code = `<!-- ${named}:
     the content is in a declarative shadow root (left out here). Replace its stylesheet
     prefix ${servedPrefix} by where dist/ is served. -->
${markup}
<script type="module" src="/path/to/dist/ccin-elements.js"></script>`;
  return { source: { language: 'html', code } };
}

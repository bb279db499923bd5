import { render as renderLit } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../ccin-elements.js';
import { listMessages } from '../case-study-list/messages.js';
import { caseStudyMessages } from '../case-study/messages.js';
import { mapMessages } from '../member-map/messages.js';
import { fullMessages, fullStyles } from '../principle-badge/full.js';
import { loadFullVariant } from '../principle-badge/principle-badge.component.js';
import { badgeMessages } from '../principle-badge/messages.js';
import { providerMessages } from '../provider/messages.js';
import { bundledData } from '../shared/data/bundled.js';
import { DataError } from '../shared/data/errors.js';
import { track } from '../shared/data/load-controller.js';
import { findPrinciple } from '../shared/data/principles.js';
import { CcinElement, setServerLanguage } from '../shared/element.js';
import type { CcinSettings } from '../shared/settings.js';
import { commonMessages } from '../shared/i18n/common.js';
import { elementTags, readMarkup, RenderError, type ElementTag, type FoundElement } from './markup.js';

export { elementTags, RenderError, type ElementTag } from './markup.js';

export interface RenderOptions {
  /**
   * Where the package's dist/ folder is served, for the stylesheet each element's pre-rendered
   * content links to (dist/styles/<tag>.css): default "/ccin-elements/dist/".
   */
  assets?: string;
  /** The interface language: "en" (the default) or "cy". */
  lang?: 'en' | 'cy';
}

let assetsBase = '/ccin-elements/dist/';

/**
 * Lit's element renderer, with three changes: styles are a <link> to the element's stylesheet
 * (dist/styles/<tag>.css) rather than an inline <style>, which `style-src 'self'` would block;
 * and the elements' connectedCallback runs, so that they ask their <ccin-provider> for its
 * settings (Lit's server renderer passes events between the elements it renders); and it marks
 * each element with what it was rendered for.
 */
class CcinElementRenderer extends LitElementRenderer {
  /**
   * Marks the element with what it was rendered for: its interface language, and whether a
   * provider's links or data applied (a provider with `src` cannot be pre-rendered, so data
   * never differs here; the rule is the same as shared/hydrate.ts's). In the browser, shared/hydrate.ts hydrates only when the page
   * gives the same (else the element renders afresh rather than keep the server's words).
   */
  override connectedCallback(): void {
    super.connectedCallback();
    const element = this.element as unknown as CcinElement & { readonly settings?: CcinSettings };
    const { caseStudyHref, principleHref, data } = element.settings ?? {};
    const provided = Boolean(caseStudyHref || principleHref || (data && data !== bundledData));
    if (element instanceof CcinElement) element.setAttribute('data-ccin-rendered', `${element.interfaceLang}${provided ? ' provider' : ''}`);
  }

  override renderShadow(renderInfo: RenderInfo) {
    const result = super.renderShadow(renderInfo);
    if (!result) return result;
    const parts = [...result];
    const start = parts.indexOf('<style>');
    const end = parts.indexOf('</style>');
    if (start >= 0 && end > start) parts.splice(start, end - start + 1, `<link rel="stylesheet" href="${escapeAttribute(`${assetsBase}styles/${this.tagName}.css`)}">`);
    return parts;
  }
}
LitElementRenderer.renderOptions.push((element) => (element instanceof CcinElement ? { connectedCallback: true } : undefined));

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Loads (and checks) everything the elements will render, so that they render it at once. */
async function preload(found: FoundElement[], lang: 'en' | 'cy'): Promise<void> {
  const loads: Promise<unknown>[] = [];
  const notFound = (what: string) => (error: unknown) => {
    throw error instanceof DataError && error.kind === 'not-found' ? new RenderError(what) : error;
  };
  for (const { tag, attributes, providers } of found) {
    if (tag === 'ccin-provider' && attributes.get('src')) {
      throw new RenderError('a <ccin-provider src> cannot be pre-rendered: a server render uses the data bundled with the package');
    }
    if (tag === 'ccin-case-study') {
      const id = attributes.get('case-id')?.trim();
      if (!id) throw new RenderError('a <ccin-case-study> has no case-id attribute');
      const card = attributes.get('variant') === 'card';
      const load = card ? bundledData.caseStudySummary(id) : bundledData.caseStudy(id);
      loads.push(track(load as Promise<unknown>).catch(notFound(`there is no case study with the id "${id}" (the ids are listed in dist/docs/case-study-ids.html)`)));
    }
    if (tag === 'ccin-case-study-list') loads.push(track(bundledData.caseStudyIndex()));
    if (tag === 'ccin-member-map') {
      loads.push(track(bundledData.members()));
      const template = attributes.get('case-study-href') ?? providers.find((p) => p.attributes.has('case-study-href'));
      if (attributes.get('selected') && !template) loads.push(track(bundledData.caseStudyIndex()));
    }
    if (tag === 'ccin-principle-badge') {
      const principle = attributes.get('principle') ?? '';
      if (!findPrinciple(bundledData.principles, principle)) throw new RenderError(`"${principle}" is not a principle id; the ids are ${bundledData.principles.map((p) => p.id).join(', ')}`);
      if (attributes.get('variant') === 'full') loads.push(loadFullVariant());
    }
  }
  // Cards inside lists and maps, and badges inside case studies, need nothing more: they are given
  // their summaries, and the principles' names are in the code.
  if (lang === 'cy') {
    for (const table of [badgeMessages, fullMessages, caseStudyMessages, listMessages, mapMessages, providerMessages, commonMessages]) loads.push(table.ready('cy') ?? Promise.resolve());
  }
  await Promise.all(loads);
}

/**
 * Renders markup holding ccin elements to HTML: each element with its content in a declarative
 * shadow root (<template shadowrootmode="open">), which browsers show without JavaScript and the
 * elements hydrate when their script runs. The data is the package's own, read directly.
 *
 *   import { render } from 'ccin-elements/server';
 *   const html = await render('<ccin-case-study case-id="rochdale-cost-of-living-crisis"></ccin-case-study>');
 *
 * Throws a RenderError (and writes nothing) for markup it cannot render faithfully: malformed
 * HTML, an unknown element, case-study id or principle, a provider with src.
 */
export async function render(markup: string, options: RenderOptions = {}): Promise<string> {
  const lang = options.lang === 'cy' ? 'cy' : 'en';
  const found = readMarkup(markup);
  await preload(found, lang);
  // From here on synchronous: the stylesheets' base and the language are module state that the
  // element renderer and the elements read, so no other render may run in between. (With the
  // data preloaded nothing renders a Promise; collectResultSync would throw if something did.)
  assetsBase = options.assets ?? '/ccin-elements/dist/';
  if (!assetsBase.endsWith('/')) assetsBase += '/';
  setServerLanguage(lang);
  try {
    const output = collectResultSync(renderLit(html`${unsafeStatic(markup)}`, { elementRenderers: [CcinElementRenderer] }));
    // The markers of the template around the markup itself: the page never hydrates it.
    return output.replace(/^<!--lit-part[^>]*-->/, '').replace(/<!--\/lit-part-->$/, '');
  } finally {
    setServerLanguage(undefined);
  }
}

/**
 * The stylesheet a pre-rendered element links to from its shadow root (the build writes it to
 * dist/styles/<tag>.css): the element's own styles, and for the badge the full variant's too.
 */
export function elementStylesheet(tag: ElementTag): string {
  const element = customElements.get(tag) as unknown as typeof CcinElement | undefined;
  if (!element || !elementTags.includes(tag)) throw new RenderError(`<${tag}> is not a ccin element`);
  const styles = [...element.elementStyles, ...(tag === 'ccin-principle-badge' ? [fullStyles] : [])];
  return `${styles.map((style) => ('cssText' in style ? style.cssText : '')).join('\n')}\n`;
}

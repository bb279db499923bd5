import { fixture, type html } from '@open-wc/testing';
import type { CcinCaseStudy } from '../../src/case-study/case-study.js';
import { withSettings } from '../fixtures/data-sources.js';
import { until } from './util.js';

/** What the tests of <ccin-case-study> (tests/case-study/) share: rendering one and waiting for it. */

/** Mounts a template with its own data source, as a provider would give it. */
export function mount(settings: Parameters<typeof withSettings>[0], template: ReturnType<typeof html>): HTMLElement {
  const host = withSettings(settings, template);
  document.body.append(host);
  return host;
}

/** Renders the markup and waits until its case study (the root, or one inside) has rendered. */
export async function caseStudy(markup: ReturnType<typeof html>): Promise<CcinCaseStudy> {
  const root = await fixture<HTMLElement>(markup);
  const el = (root.matches('ccin-case-study') ? root : root.querySelector('ccin-case-study')!) as CcinCaseStudy;
  await until(() => el.shadowRoot?.querySelector('article, [part="status"]:not(.loading)'), 'case study rendered');
  await el.updateComplete;
  return root as CcinCaseStudy;
}

export const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

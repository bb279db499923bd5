import { ContextProvider } from '@lit/context';
import { render, type TemplateResult } from 'lit';
import { bundledData } from '../src/shared/data/bundled.js';
import type { CcinDataSource } from '../src/shared/data/data-source.js';
import { DataError } from '../src/shared/data/load-json.js';
import { ccinSettingsContext, type CcinSettings } from '../src/shared/settings.js';

/**
 * Renders a story inside an element that provides ccin settings through Lit context (what
 * <ccin-provider> does), so a story can show states that need special data: loading forever,
 * failing, or not found, without real network errors.
 */
export function withSettings(settings: CcinSettings, template: TemplateResult): HTMLElement {
  const host = document.createElement('div');
  new ContextProvider(host, { context: ccinSettingsContext, initialValue: settings });
  render(template, host);
  return host;
}

/** Data that never arrives: the loading state. */
export const neverLoads: CcinDataSource = {
  principles: bundledData.principles,
  principleStatement: (id) => bundledData.principleStatement(id),
  caseStudy: () => new Promise(() => {}),
  caseStudyIndex: () => new Promise(() => {}),
  members: () => new Promise(() => {}),
};

/** Data that cannot be fetched: the failure state with its "Try again" button. */
export const failsToLoad: CcinDataSource = {
  principles: bundledData.principles,
  principleStatement: (id) => bundledData.principleStatement(id),
  caseStudy: () => Promise.reject(new DataError('the network is unavailable (story)', 'network')),
  caseStudyIndex: () => Promise.reject(new DataError('the network is unavailable (story)', 'network')),
  members: () => Promise.reject(new DataError('the network is unavailable (story)', 'network')),
};

/** Ids for stories: the shortest and the longest case study in the data. */
export const shortestCaseStudy = 'sunderland-southwick-partnership';
export const longestCaseStudy = 'south-tyneside-pledge';

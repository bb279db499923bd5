import { ContextProvider } from '@lit/context';
import { render, type TemplateResult } from 'lit';
import { ccinSettingsContext, type CcinSettings } from '../../src/shared/settings.js';

/**
 * Renders a template inside an element that provides ccin settings through Lit context, as
 * <ccin-provider> does, so tests can give elements their own data (hostile, failing, slow).
 * The provider is in place before the elements connect.
 */
export function renderWithSettings(settings: CcinSettings, template: TemplateResult): HTMLElement {
  const host = document.createElement('div');
  new ContextProvider(host, { context: ccinSettingsContext, initialValue: settings });
  render(template, host);
  document.body.append(host);
  return host;
}

/** Removes what renderWithSettings added. */
export function cleanup(host: HTMLElement): void {
  host.remove();
}

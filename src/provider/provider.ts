// First: guards Lit against the host page's markup before Lit's modules run.
import '../shared/page-guard.js';
import { defineElement } from '../shared/define.js';
import { CcinProvider } from './provider.component.js';

export { CcinProvider };

defineElement('ccin-provider', CcinProvider);

declare global {
  interface HTMLElementTagNameMap {
    'ccin-provider': CcinProvider;
  }
}

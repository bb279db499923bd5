import { defineElement } from '../shared/define.js';
import { CcinProvider } from './provider.component.js';

export { CcinProvider };

defineElement('ccin-provider', CcinProvider);

declare global {
  interface HTMLElementTagNameMap {
    'ccin-provider': CcinProvider;
  }
}

import { Plugin } from '@ckeditor/ckeditor5-core';
// ViewModel, not its newer name UIModel: the DLLs of CKEditor 41-47 (Drupal 10.3 and later) export it.
import { addListToDropdown, createDropdown, ViewModel, type DropdownView, type ListDropdownItemDefinition } from '@ckeditor/ckeditor5-ui';
import { Collection, type Locale } from '@ckeditor/ckeditor5-utils';
import { CcinPrincipleCommand } from './ccinprinciplecommand.js';
import { principles } from './principles.js';

/** `config.ccinPrinciples`. */
export interface CcinPrinciplesConfig {
  /**
   * The page the principle links point to, for example the council's page about its
   * co-operative principles: '/our-co-operative-council'. '' (the default) makes fragment-only
   * links (#ccin-principle-<id>), which the library turns into badges just the same.
   */
  baseUrl?: string;
}

/**
 * A "Principle" toolbar dropdown listing the ten CCIN principles. Choosing one inserts a link
 * to `<baseUrl>#ccin-principle-<id>` (or links the selected text). On a page that loads the
 * ccin-elements library, such links inside [data-ccin-enhance] are shown as principle badges.
 *
 * Toolbar item: 'ccinPrinciple'. Command: 'ccinPrinciple'. Needs the Link plugin.
 */
export class CcinPrinciples extends Plugin {
  static get pluginName() {
    return 'CcinPrinciples' as const;
  }

  static get requires() {
    // By name, so that a build for Drupal does not bundle a second copy of the Link plugin.
    return ['Link'] as const;
  }

  init(): void {
    const editor = this.editor;
    editor.config.define('ccinPrinciples', { baseUrl: '' });
    editor.commands.add('ccinPrinciple', new CcinPrincipleCommand(editor));
    editor.ui.componentFactory.add('ccinPrinciple', (locale) => this.#dropdown(locale));
  }

  #dropdown(locale: Locale): DropdownView {
    const editor = this.editor;
    const command = editor.commands.get('ccinPrinciple') as CcinPrincipleCommand;
    const t = locale.t;

    const dropdown = createDropdown(locale);
    dropdown.buttonView.set({
      label: t('Principle'),
      withText: true,
      tooltip: t('Link to a CCIN co-operative principle'),
    });
    dropdown.bind('isEnabled').to(command);
    dropdown.class = 'ccin-principle-dropdown';

    const items = new Collection<ListDropdownItemDefinition>();
    for (const principle of principles) {
      const model = new ViewModel({ label: principle.name, withText: true, role: 'menuitemradio', commandParam: principle.id });
      // The principle the caret is on is shown as chosen.
      model.bind('isOn').to(command, 'value', (value) => value === principle.id);
      items.add({ type: 'button', model });
    }
    addListToDropdown(dropdown, items, { ariaLabel: t('CCIN co-operative principles'), role: 'menu' });

    this.listenTo(dropdown, 'execute', (event) => {
      const { commandParam } = event.source as unknown as { commandParam: string };
      editor.execute('ccinPrinciple', { id: commandParam });
      editor.editing.view.focus();
    });
    return dropdown;
  }
}

declare module '@ckeditor/ckeditor5-core' {
  interface EditorConfig {
    /** The CCIN principle links plugin: see CcinPrinciplesConfig. */
    ccinPrinciples?: CcinPrinciplesConfig;
  }
  interface PluginsMap {
    [CcinPrinciples.pluginName]: CcinPrinciples;
  }
  interface CommandsMap {
    ccinPrinciple: CcinPrincipleCommand;
  }
}

/**
 * The optional CcinPrinciples plugin (ckeditor/ccin-principles/) in a real CKEditor 5, set up as
 * LocalGov Drupal's WYSIWYG format is, with the plugin's "Principle" dropdown on the toolbar.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ClassicEditor } from '@ckeditor/ckeditor5-editor-classic';
import principleData from '../../data/principles.json' with { type: 'json' };
import { CcinPrinciples } from '../../ckeditor/ccin-principles/src/index.js';
import { until } from '../helpers/util.js';
import { createLocalGovEditor, destroyEditor } from './localgov-editor.js';

const baseUrl = '/our-co-operative-council';
const coProduction = `<a href="${baseUrl}#ccin-principle-co-production">Co-production</a>`;

function withCcin(config: { baseUrl?: string } = { baseUrl }): Promise<ClassicEditor> {
  return createLocalGovEditor({ plugins: [CcinPrinciples], toolbar: ['|', 'ccinPrinciple'], config: { ccinPrinciples: config } });
}

/** Sets the data and selects from offset `start` to `end` in the first block (a caret if equal). */
function select(editor: ClassicEditor, html: string, start: number, end = start): void {
  editor.setData(html);
  editor.model.change((writer) => {
    const block = editor.model.document.getRoot()!.getChild(0)!;
    writer.setSelection(writer.createRange(writer.createPositionAt(block, start), writer.createPositionAt(block, end)));
  });
}

function dropdownButton(editor: ClassicEditor): HTMLButtonElement {
  const button = editor.ui.view.element!.querySelector<HTMLButtonElement>('.ccin-principle-dropdown > .ck-dropdown__button');
  if (!button) throw new Error('no Principle dropdown on the toolbar');
  return button;
}

/** The dropdown's list items (once it is open). */
function listButtons(editor: ClassicEditor): HTMLElement[] {
  return [...editor.ui.view.element!.querySelectorAll<HTMLElement>('.ccin-principle-dropdown .ck-list__item .ck-button')];
}

describe('CcinPrinciples plugin', () => {
  let editor: ClassicEditor | undefined;
  afterEach(async () => {
    await destroyEditor(editor);
    editor = undefined;
  });

  it('adds a "Principle" dropdown listing the ten principles by name', async () => {
    editor = await withCcin();
    const button = dropdownButton(editor);
    expect(button.textContent).to.contain('Principle');
    button.click();
    await until(() => listButtons(editor!).length, 'the open dropdown');
    expect(listButtons(editor).map((b) => b.textContent!.trim())).to.deep.equal(principleData.map((p) => p.name));
    expect(editor.ui.view.element!.querySelector('.ccin-principle-dropdown [role="menu"]')!.getAttribute('aria-label')).to.equal(
      'CCIN co-operative principles',
    );
  });

  it('inserts the principle’s name as a link at the caret when it is chosen', async () => {
    editor = await withCcin();
    select(editor, '<p>This project shows .</p>', 'This project shows '.length);
    dropdownButton(editor).click();
    const item = await until(() => listButtons(editor!).find((b) => b.textContent!.trim() === 'Co-production'), 'the item');
    item.click();
    expect(editor.getData()).to.equal(`<p>This project shows ${coProduction}.</p>`);
    // The dropdown closes and the caret goes back to the text.
    expect(listButtons(editor).filter((b) => b.offsetParent !== null).length).to.equal(0);
  });

  it('leaves the caret after the inserted link, and undoes the insertion in one step', async () => {
    editor = await withCcin();
    select(editor, '<p>.</p>', 0);
    editor.execute('ccinPrinciple', { id: 'co-production' });
    editor.execute('insertText', { text: ' matters' });
    expect(editor.getData()).to.equal(`<p>${coProduction} matters.</p>`);
    editor.execute('undo');
    expect(editor.getData()).to.equal(`<p>${coProduction}.</p>`);
    editor.execute('undo');
    expect(editor.getData()).to.equal('<p>.</p>');
  });

  it('links the selected text, keeping its wording', async () => {
    editor = await withCcin();
    select(editor, '<p>We co-produce services.</p>', 3, 13);
    editor.execute('ccinPrinciple', { id: 'co-production' });
    expect(editor.getData()).to.equal(`<p>We <a href="${baseUrl}#ccin-principle-co-production">co-produce</a> services.</p>`);
  });

  it('makes the right link for each of the ten principles', async () => {
    editor = await withCcin();
    for (const { id, name } of principleData) {
      select(editor, '<p>.</p>', 0);
      editor.execute('ccinPrinciple', { id });
      expect(editor.getData()).to.equal(`<p><a href="${baseUrl}#ccin-principle-${id}">${name}</a>.</p>`);
    }
  });

  it('points an existing link at the chosen principle, and shows which principle the caret is on', async () => {
    editor = await withCcin();
    select(editor, `<p>See ${coProduction} here.</p>`, 6);
    const command = editor.commands.get('ccinPrinciple')!;
    expect(command.value).to.equal('co-production');
    dropdownButton(editor).click();
    await until(() => listButtons(editor!).length, 'the open dropdown');
    const on = listButtons(editor).filter((b) => b.classList.contains('ck-on'));
    expect(on.map((b) => b.textContent!.trim())).to.deep.equal(['Co-production']);

    listButtons(editor).find((b) => b.textContent!.trim() === 'Learning')!.click();
    expect(editor.getData()).to.equal(`<p>See <a href="${baseUrl}#ccin-principle-learning">Co-production</a> here.</p>`);
    expect(command.value).to.equal('learning');
  });

  it('works from the keyboard: open with Enter, choose with the arrow keys', async () => {
    editor = await withCcin();
    select(editor, '<p>.</p>', 0);
    dropdownButton(editor).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => listButtons(editor!).length, 'the open dropdown');
    // The first item has focus; the third is Co-production.
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(document.activeElement!.textContent!.trim()).to.equal('Co-production');
    await sendKeys({ press: 'Enter' });
    expect(editor.getData()).to.equal(`<p>${coProduction}.</p>`);
  });

  it('makes fragment-only links without a base URL, and drops a fragment given in it', async () => {
    editor = await withCcin({});
    select(editor, '<p>.</p>', 0);
    editor.execute('ccinPrinciple', { id: 'innovation' });
    expect(editor.getData()).to.equal('<p><a href="#ccin-principle-innovation">Innovation</a>.</p>');
    await destroyEditor(editor);

    editor = await withCcin({ baseUrl: 'https://council.example/co-op#top' });
    select(editor, '<p>.</p>', 0);
    editor.execute('ccinPrinciple', { id: 'innovation' });
    expect(editor.getData()).to.equal('<p><a href="https://council.example/co-op#ccin-principle-innovation">Innovation</a>.</p>');
  });

  it('rejects an unknown id, and is disabled where a link cannot go (read-only, source mode)', async () => {
    editor = await withCcin();
    select(editor, '<p>.</p>', 0);
    expect(() => editor!.execute('ccinPrinciple', { id: 'co-operation' })).to.throw(/not a principle id/);
    expect(editor.getData()).to.equal('<p>.</p>');

    const command = editor.commands.get('ccinPrinciple')!;
    expect(command.isEnabled).to.equal(true);
    editor.enableReadOnlyMode('test');
    expect(command.isEnabled).to.equal(false);
    expect(dropdownButton(editor).classList.contains('ck-disabled')).to.equal(true);
    editor.disableReadOnlyMode('test');
    expect(command.isEnabled).to.equal(true);

    editor.plugins.get('SourceEditing').isSourceEditingMode = true;
    expect(command.isEnabled).to.equal(false);
    editor.plugins.get('SourceEditing').isSourceEditingMode = false;
  });

  it('keeps its links through source mode and reloading, as LocalGov’s format does', async () => {
    editor = await withCcin();
    select(editor, '<p>This project shows .</p>', 'This project shows '.length);
    editor.execute('ccinPrinciple', { id: 'co-production' });
    const saved = editor.getData();
    editor.plugins.get('SourceEditing').isSourceEditingMode = true;
    editor.plugins.get('SourceEditing').isSourceEditingMode = false;
    editor.setData(saved);
    expect(editor.getData()).to.equal(`<p>This project shows ${coProduction}.</p>`);
  });
});

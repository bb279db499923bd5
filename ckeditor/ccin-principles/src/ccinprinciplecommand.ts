import { Command } from '@ckeditor/ckeditor5-core';
import { principleHref, principleIdOf, principles } from './principles.js';

/**
 * The `ccinPrinciple` command: links the selection to a principle.
 *
 *   editor.execute('ccinPrinciple', { id: 'co-production' });
 *
 * - Nothing selected: inserts the principle's name, linked.
 * - Text selected: links that text (it keeps its wording).
 * - Caret in a link: points that link at the principle (its text stays).
 *
 * It runs the Link plugin's `link` command, so the result is exactly what the link button makes.
 * Its `value` is the id of the principle link at the selection, if there is one.
 */
export class CcinPrincipleCommand extends Command {
  declare value: string | undefined;

  override refresh(): void {
    const { model } = this.editor;
    const selection = model.document.selection;
    // Enabled wherever a link could go (as the link command decides).
    this.isEnabled = model.schema.checkAttributeInSelection(selection, 'linkHref');
    const href = selection.getAttribute('linkHref');
    this.value = typeof href === 'string' ? principleIdOf(href) : undefined;
  }

  override execute({ id }: { id: string }): void {
    const principle = principles.find((p) => p.id === id);
    if (!principle) {
      throw new Error(`ccinPrinciple: "${id}" is not a principle id. Use one of: ${principles.map((p) => p.id).join(', ')}.`);
    }
    const baseUrl = this.editor.config.get('ccinPrinciples.baseUrl') ?? '';
    const href = principleHref(baseUrl, principle.id);
    const { model } = this.editor;
    const selection = model.document.selection;
    if (!selection.isCollapsed || selection.hasAttribute('linkHref')) {
      this.editor.execute('link', href);
      return;
    }
    // Nothing selected: insert the name, link it, and leave the caret after the link (as the link
    // form does), in one undo step. (The link command's "displayed text" argument does this in
    // recent CKEditor versions only; older Drupal cores ship older ones.)
    model.change((writer) => {
      const inserted = model.insertContent(writer.createText(principle.name, selection.getAttributes()));
      writer.setSelection(inserted);
      this.editor.execute('link', href);
      writer.setSelection(inserted.end);
      writer.removeSelectionAttribute('linkHref');
    });
  }
}

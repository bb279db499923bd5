/**
 * The editor side of principle badges in LocalGov Drupal: an editor writes an ordinary link whose
 * fragment is #ccin-principle-<id>; the text format keeps it (a <ccin-principle-badge> it would
 * strip); on the page, the library turns the link into a badge inside [data-ccin-enhance].
 *
 * Runs a real CKEditor 5 (the @ckeditor/* packages of the ckeditor5 dev dependency), set up as LocalGov's "WYSIWYG" format is: see
 * ./localgov-editor.ts for the configuration and where it comes from.
 *
 * The last describe block opens the saved HTML on a page with dist/ccin-elements.js (run
 * `npm run build` first): a link with a #ccin-principle-<id> fragment under [data-ccin-enhance]
 * becomes a <ccin-principle-badge> with the link's href, and the link inside as its fallback.
 */
import { expect } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import type { ClassicEditor } from '@ckeditor/ckeditor5-editor-classic';
import type { SourceEditing } from '@ckeditor/ckeditor5-source-editing';
import { captureErrors, shadowText, until } from '../helpers/util.js';
import { createLocalGovEditor, destroyEditor } from './localgov-editor.js';

const href = '/our-co-operative-council#ccin-principle-co-production';
const link = `<a href="${href}">Co-production</a>`;
const paragraph = `<p>This project shows ${link}.</p>`;

/** Puts the caret before the full stop of "<p>This project shows .</p>". */
function caretBeforeFullStop(editor: ClassicEditor): void {
  editor.setData('<p>This project shows .</p>');
  editor.model.change((writer) => {
    const block = editor.model.document.getRoot()!.getChild(0)!;
    writer.setSelection(block, 'This project shows '.length);
  });
}

/** The editor's toolbar button with this label. */
function toolbarButton(editor: ClassicEditor, label: string): HTMLElement {
  const button = [...editor.ui.view.element!.querySelectorAll<HTMLElement>('.ck-toolbar .ck-button')].find(
    (b) => b.querySelector('.ck-button__label')?.textContent === label,
  );
  if (!button) throw new Error(`no toolbar button "${label}"`);
  return button;
}

/** The textarea of source mode, with new text typed into it (as an input event, like typing). */
function editSource(editor: ClassicEditor, html: string): void {
  const textarea = editor.ui.view.element!.querySelector<HTMLTextAreaElement>('.ck-source-editing-area textarea');
  if (!textarea) throw new Error('source mode is not on');
  textarea.value = html;
  textarea.dispatchEvent(new Event('input'));
}

describe('CKEditor 5 with LocalGov Drupal’s WYSIWYG format', () => {
  let editor: ClassicEditor | undefined;

  beforeEach(async () => {
    editor = await createLocalGovEditor();
  });
  afterEach(async () => {
    await destroyEditor(editor);
    editor = undefined;
  });

  it('writes a principle link as a plain <a href> (the link command, as the link form runs it)', () => {
    caretBeforeFullStop(editor!);
    // The link form's "Insert" runs the link command with the URL and the displayed text.
    editor!.execute('link', href, {}, 'Co-production');
    expect(editor!.getData()).to.contain(link);
    expect(editor!.getData()).to.equal(paragraph);
  });

  it('writes the same link when an editor types it into the link form', async () => {
    caretBeforeFullStop(editor!);
    editor!.editing.view.focus();
    toolbarButton(editor!, 'Link').click();
    const form = await until(() => document.querySelector<HTMLElement>('.ck-link-form'), 'the link form');
    const urlInput = form.querySelector<HTMLInputElement>('input[inputmode="url"]');
    const textInput = form.querySelector<HTMLInputElement>('input:not([inputmode="url"])');
    // The form opens with the caret in the URL field; "Displayed text" is the other field.
    expect(document.activeElement).to.equal(urlInput);
    await sendKeys({ type: href });
    textInput!.focus();
    await sendKeys({ type: 'Co-production' });
    await sendKeys({ press: 'Enter' });
    expect(editor!.getData()).to.equal(paragraph);
  });

  it('keeps the link unchanged through source mode and through reloading the data', () => {
    editor!.setData(paragraph);
    const sourceEditing = editor!.plugins.get('SourceEditing') as SourceEditing;
    toolbarButton(editor!, 'Source').click();
    expect(sourceEditing.isSourceEditingMode).to.equal(true);
    toolbarButton(editor!, 'Source').click();
    expect(sourceEditing.isSourceEditingMode).to.equal(false);
    expect(editor!.getData()).to.equal(paragraph);

    // Saving and editing again: Drupal stores getData() and loads it back with setData().
    editor!.setData(editor!.getData());
    expect(editor!.getData()).to.equal(paragraph);

    // Retyped in source mode, the link comes back the same.
    toolbarButton(editor!, 'Source').click();
    editSource(editor!, `<p>\n  This project shows ${link}.\n</p>`);
    toolbarButton(editor!, 'Source').click();
    expect(editor!.getData()).to.equal(paragraph);
  });

  it('strips a <ccin-principle-badge> pasted into the source: why badges are written as links', () => {
    toolbarButton(editor!, 'Source').click();
    editSource(
      editor!,
      '<p>This project shows <ccin-principle-badge principle="co-production">Co-production</ccin-principle-badge>.</p>',
    );
    toolbarButton(editor!, 'Source').click();
    const data = editor!.getData();
    expect(data).not.to.contain('ccin-principle-badge');
    expect(data).not.to.contain('principle=');
    // Only the fallback text is left.
    expect(data).to.equal('<p>This project shows Co-production.</p>');
  });

  it('keeps the link when it carries LocalGov’s allowed extras (title, hreflang)', () => {
    const extras = `<p><a title="Our principles" href="${href}" hreflang="en">Co-production</a></p>`;
    editor!.setData(extras);
    const data = editor!.getData();
    expect(data).to.contain(`href="${href}"`);
    expect(data).to.contain('>Co-production</a>');
  });
});

/**
 * The saved HTML on a page that loads the library, as a LocalGov theme renders it: <main> carries
 * data-ccin-enhance, the body field's HTML is inside it. Opened as an iframe whose document is
 * that HTML (srcdoc documents resolve URLs against this test page, so /dist/… is the test server).
 */
describe('the saved HTML on a page with the library and data-ccin-enhance', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  async function pageWith(mainHtml: string, afterMain = ''): Promise<Document> {
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.style.height = '600px';
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Our co-operative work</title>
      <link rel="stylesheet" href="/dist/ccin-elements.css">
      <script type="module" src="/dist/ccin-elements.js"></script></head>
      <body><main data-ccin-enhance><h1>Our co-operative work</h1>${mainHtml}</main>${afterMain}</body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    return frame.contentDocument!;
  }

  /** The library in this test page itself (the accessibility snapshot reads this page, not iframes). */
  async function loadLibraryHere(): Promise<void> {
    if (!document.querySelector('script[src="/dist/ccin-elements.js"]')) {
      document.head.append(Object.assign(document.createElement('script'), { type: 'module', src: '/dist/ccin-elements.js' }));
    }
    await until(() => (window as unknown as Record<symbol, unknown>)[Symbol.for('ccin-elements.autoloader')], 'the library in this page');
  }

  interface AxNode {
    role?: string;
    name?: string;
    children?: AxNode[];
  }
  /** The links in Chromium's accessibility tree under an element, with their accessible names. */
  async function accessibleLinks(selector: string): Promise<AxNode[]> {
    const links: AxNode[] = [];
    const walk = (node: AxNode | undefined) => {
      if (!node) return;
      if (node.role === 'link') links.push(node);
      node.children?.forEach(walk);
    };
    walk((await a11ySnapshot({ selector })) as unknown as AxNode);
    return links;
  }

  it('turns a link inserted through the editor API, kept through source mode, into a badge with the right name and link', async () => {
    // The HTML comes from the editor, as Drupal would save it.
    const iconHref = '/our-co-operative-council#ccin-principle-learning&variant=icon';
    const editor = await createLocalGovEditor();
    let saved: string;
    try {
      caretBeforeFullStop(editor);
      editor.execute('link', href, {}, 'Co-production');
      // A second link, with a fragment parameter, after the full stop.
      editor.model.change((writer) => writer.setSelection(editor.model.document.getRoot()!.getChild(0)!, 'end'));
      editor.execute('insertText', { text: ' So does ' });
      editor.execute('link', iconHref, {}, 'Learning');
      const inserted = editor.getData();
      // & in an attribute is written &amp;: the same URL.
      expect(inserted).to.equal(`<p>This project shows ${link}. So does <a href="${iconHref.replace('&', '&amp;')}">Learning</a></p>`);

      // Source mode and back, as an editor checking the HTML would: unchanged.
      toolbarButton(editor, 'Source').click();
      expect((editor.plugins.get('SourceEditing') as SourceEditing).isSourceEditingMode).to.equal(true);
      toolbarButton(editor, 'Source').click();
      expect(editor.getData()).to.equal(inserted);
      // Saved and loaded again (Drupal stores getData() and loads it with setData()): unchanged.
      editor.setData(editor.getData());
      saved = editor.getData();
      expect(saved).to.equal(inserted);
    } finally {
      await destroyEditor(editor);
    }

    const doc = await pageWith(saved);
    const badges = await until(() => {
      const found = [...doc.querySelectorAll<HTMLElement>('main ccin-principle-badge')];
      return found.length === 2 && found.every((b) => b.shadowRoot?.querySelector('a[part="badge"]')) && found;
    }, 'two rendered badges made from the links (is the enhancer in dist/ccin-elements.js?)');
    const [badge, icon] = badges as [HTMLElement, HTMLElement];
    expect(badge.getAttribute('principle')).to.equal('co-production');
    expect(shadowText(badge)).to.equal('Co-production');
    expect(badge.getAttribute('href')).to.equal(href);
    // Inside the badge, a link to the original address, whose text (its accessible name) is the principle's name.
    const badgeLink = badge.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="badge"]')!;
    expect(badgeLink.getAttribute('href')).to.equal(href);
    expect(badgeLink.href).to.equal(new URL(href, location.href).href);
    expect(badgeLink.textContent!.trim()).to.equal('Co-production');
    // The icon badge: named by its aria-label.
    expect([icon.getAttribute('principle'), icon.getAttribute('variant')]).to.deep.equal(['learning', 'icon']);
    const iconLink = icon.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="badge"]')!;
    expect(iconLink.getAttribute('href')).to.equal(iconHref);
    expect(iconLink.getAttribute('aria-label')).to.equal('Learning');

    // The link text is the badge's fallback, and no second link is left beside the badge (a link
    // kept inside the badge as its fallback is fine: it is not shown once the badge renders).
    expect(badge.textContent!.trim()).to.equal('Co-production');
    expect(badge.querySelector('a')!.getClientRects().length).to.equal(0);
    const linksBesideBadges = [...doc.querySelectorAll('main a')].filter((a) => !a.closest('ccin-principle-badge'));
    expect(linksBesideBadges.length).to.equal(0);

    // The accessible names Chromium gives the badges' links: the same HTML in an opted-in <main> here.
    await loadLibraryHere();
    const region = Object.assign(document.createElement('main'), { id: 'saved-region', innerHTML: saved });
    region.setAttribute('data-ccin-enhance', '');
    document.body.append(region);
    try {
      await until(() => [...region.querySelectorAll('ccin-principle-badge')].filter((b) => b.shadowRoot?.querySelector('a')).length === 2, 'the badges here');
      const links = await accessibleLinks('#saved-region');
      expect(links.map((l) => l.name)).to.deep.equal(['Co-production', 'Learning']);
    } finally {
      region.remove();
    }
  });

  it('leaves ordinary links and links outside [data-ccin-enhance] alone', async () => {
    const doc = await pageWith(
      `<p>Read <a href="/our-co-operative-council">our page</a> and <a href="${href}">Co-production</a>.</p>`,
      // The same link in the footer, outside the enhanced region.
      `<footer><a href="${href}">Co-production</a></footer>`,
    );
    await until(() => doc.querySelector('main ccin-principle-badge'), 'the badge (is the enhancer in dist/?)');
    expect(doc.querySelector('main a[href="/our-co-operative-council"]')!.textContent).to.equal('our page');
    expect(doc.querySelectorAll('main ccin-principle-badge').length).to.equal(1);
    expect(doc.querySelector('footer ccin-principle-badge')).to.equal(null);
    expect(doc.querySelector('footer a')!.getAttribute('href')).to.equal(href);
  });

  it('leaves the editor’s own links alone when the editor itself is inside [data-ccin-enhance]', async () => {
    // Drupal shows CKEditor in the site's own theme in comment forms, and for content when
    // "Use the administration theme when editing" is off: then the editor can be inside
    // <main data-ccin-enhance>. Its editable DOM must not be changed under it.
    await loadLibraryHere();
    const region = document.createElement('main');
    region.setAttribute('data-ccin-enhance', '');
    document.body.append(region);
    const errors = captureErrors();
    const editor = await createLocalGovEditor();
    try {
      region.append(editor.ui.view.element!);
      const editable = editor.ui.view.element!.querySelector('.ck-editor__editable')!;
      let mutations = 0;
      new MutationObserver((records) => (mutations += records.length)).observe(editable, { childList: true, subtree: true });
      caretBeforeFullStop(editor);
      editor.execute('link', href, {}, 'Co-production');
      await new Promise((resolve) => setTimeout(resolve, 500));
      const settled = mutations;
      await new Promise((resolve) => setTimeout(resolve, 500));
      // No badge in the editor's DOM, and nothing keeps changing it (the editor puts a changed
      // link back, the page would change it again, and so on).
      expect(editable.querySelector('ccin-principle-badge')).to.equal(null);
      expect(editable.querySelector(`a[href="${href}"]`)!.textContent).to.equal('Co-production');
      expect(mutations - settled, 'changes to the editable after it settled').to.equal(0);
      expect(editor.getData()).to.equal(paragraph);
      expect(errors.messages).to.deep.equal([]);
    } finally {
      errors.restore();
      await destroyEditor(editor);
      region.remove();
    }
  });
});

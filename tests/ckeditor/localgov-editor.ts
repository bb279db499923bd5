/**
 * A CKEditor 5 set up as LocalGov Drupal's "WYSIWYG" text format sets it up, for the editor tests.
 *
 * Source: the public repository localgovdrupal/localgov_core, module localgov_media (stored copies):
 *   config/optional/editor.editor.wysiwyg.yml: toolbar, plugins, ckeditor5_sourceEditing.allowed_tags
 *     https://github.com/localgovdrupal/localgov_core/blob/5465a54d32991c2bbecb0da7ee9ccdb896e8b1c2/modules/localgov_media/config/optional/editor.editor.wysiwyg.yml
 *   config/optional/filter.format.wysiwyg.yml: filter_html ("Limit allowed HTML tags") is on, with
 *     https://github.com/localgovdrupal/localgov_core/blob/052b59ad0f470e2ae52e56bf7788054ef3f230a0/modules/localgov_media/config/optional/filter.format.wysiwyg.yml
 *     allowed_html: <br> <code> <pre> <p class="alert … callout …"> <h1> <h2 id> … <h6 id>
 *     <a class="external-link pdf-link btn btn-start" hreflang title href data-entity-type
 *     data-entity-uuid data-entity-substitution> <ul class="list-checked" type> <cite> <dl> <dt>
 *     <dd> <mark> <blockquote cite> <ol type start> <img …> <drupal-media …> <span dir> <strong>
 *     <em> <u> <li> <table> <tr> <td rowspan colspan> <th rowspan colspan> <thead> <tbody> <tfoot>
 *     <caption>
 * Two other stored versions of the filter file (commit 5954392475715ab154b23ab037b931375590f4e6,
 * and the 2.x branch of October 2024) differ in classes and in a few tags (<code>, <pre>, <br>,
 * <span>). In all three <a href> is allowed and no custom element is.
 *
 * How Drupal turns that into CKEditor 5 configuration: each enabled plugin (Heading, Bold, Link,
 * List, …) supports its own tags; the tags in ckeditor5_sourceEditing.allowed_tags are handed to
 * CKEditor's General HTML Support as `htmlSupport.allow`. Everything else is dropped by the editor
 * when it loads data, and by filter_html on output. The editor below does the same with the same
 * lists. Drupal-only plugins (drupalMedia, drupalInsertImage, linkit, the Drupal HTML engine)
 * are left out: they do not change how a plain <a href> is handled.
 */
// The editor's packages one by one (the same modules the `ckeditor5` package re-exports). The
// aggregate `ckeditor5` entry also pulls in packages with CommonJS dependencies (fuzzysort, for
// emoji), which the test server's node resolution cannot serve; these packages have none.
import { BlockQuote } from '@ckeditor/ckeditor5-block-quote';
import { Bold, Italic, Underline } from '@ckeditor/ckeditor5-basic-styles';
import type { EditorConfig, PluginConstructor } from '@ckeditor/ckeditor5-core';
import { ClassicEditor } from '@ckeditor/ckeditor5-editor-classic';
import { Essentials } from '@ckeditor/ckeditor5-essentials';
import { Heading } from '@ckeditor/ckeditor5-heading';
import { GeneralHtmlSupport } from '@ckeditor/ckeditor5-html-support';
import { Link } from '@ckeditor/ckeditor5-link';
import { List } from '@ckeditor/ckeditor5-list';
import { Paragraph } from '@ckeditor/ckeditor5-paragraph';
import { RemoveFormat } from '@ckeditor/ckeditor5-remove-format';
import { SourceEditing } from '@ckeditor/ckeditor5-source-editing';
import { Table } from '@ckeditor/ckeditor5-table';

/** LocalGov's ckeditor5_sourceEditing.allowed_tags, as General HTML Support rules. */
export const localGovHtmlSupport: NonNullable<EditorConfig['htmlSupport']> = {
  allow: [
    { name: 'cite' },
    { name: 'dl' },
    { name: 'dt' },
    { name: 'dd' },
    { name: 'mark' },
    { name: 'blockquote', attributes: { cite: true } },
    { name: 'ol', attributes: { type: true } },
    { name: /^h[2-6]$/, attributes: { id: true } },
    { name: 'a', attributes: { hreflang: true, title: true } },
    { name: 'ul', attributes: { type: true } },
    { name: 'span' },
  ],
};

/** The plugins behind LocalGov's toolbar (heading … sourceEditing, insertTable). */
export const localGovPlugins: PluginConstructor[] = [
  Essentials,
  Paragraph,
  Heading,
  Bold,
  Italic,
  Underline,
  RemoveFormat,
  Link,
  List,
  BlockQuote,
  Table,
  SourceEditing,
  GeneralHtmlSupport,
];

export const localGovToolbar = [
  'heading',
  'removeFormat',
  'underline',
  'bold',
  'italic',
  '|',
  'undo',
  'redo',
  '|',
  'link',
  '|',
  'bulletedList',
  'numberedList',
  '|',
  'blockQuote',
  '|',
  'sourceEditing',
  '|',
  'insertTable',
];

/** The editor's own stylesheet, once per document. */
function loadEditorStyles(): Promise<void> {
  const href = '/node_modules/ckeditor5/dist/ckeditor5.css';
  if (document.querySelector(`link[href="${href}"]`)) return Promise.resolve();
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  const loaded = new Promise<void>((resolve, reject) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => reject(new Error(`could not load ${href}`)), { once: true });
  });
  document.head.append(link);
  return loaded;
}

/**
 * Creates a LocalGov-like ClassicEditor in a fresh element. `extra` adds plugins, toolbar items
 * and configuration (the CCIN plugin's test uses it).
 */
export async function createLocalGovEditor(
  extra: { plugins?: PluginConstructor[]; toolbar?: string[]; config?: EditorConfig } = {},
): Promise<ClassicEditor> {
  await loadEditorStyles();
  const element = document.createElement('div');
  document.body.append(element);
  const editor = await ClassicEditor.create({
    attachTo: element,
    // The free, GPL-licensed use of CKEditor 5 (required from v44 on).
    licenseKey: 'GPL',
    plugins: [...localGovPlugins, ...(extra.plugins ?? [])],
    toolbar: { items: [...localGovToolbar, ...(extra.toolbar ?? [])], shouldNotGroupWhenFull: true },
    heading: {
      options: [
        { model: 'paragraph', title: 'Paragraph', class: 'ck-heading_paragraph' },
        { model: 'heading1', view: 'h1', title: 'Heading 1', class: 'ck-heading_heading1' },
        { model: 'heading2', view: 'h2', title: 'Heading 2', class: 'ck-heading_heading2' },
        { model: 'heading3', view: 'h3', title: 'Heading 3', class: 'ck-heading_heading3' },
        { model: 'heading4', view: 'h4', title: 'Heading 4', class: 'ck-heading_heading4' },
        { model: 'heading5', view: 'h5', title: 'Heading 5', class: 'ck-heading_heading5' },
        { model: 'heading6', view: 'h6', title: 'Heading 6', class: 'ck-heading_heading6' },
      ],
    },
    htmlSupport: localGovHtmlSupport,
    ...extra.config,
  });
  sourceElements.set(editor, element);
  return editor;
}

const sourceElements = new WeakMap<ClassicEditor, HTMLElement>();

/** Destroys an editor and removes the element it replaced. */
export async function destroyEditor(editor: ClassicEditor | undefined): Promise<void> {
  if (!editor) return;
  await editor.destroy();
  sourceElements.get(editor)?.remove();
}

// The README's element sections against the custom elements manifest (dist/custom-elements.json,
// generated from the elements' JSDoc by `npm run build`): every attribute and event an element
// has is documented in its section, and the section names nothing the element does not have.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(await readFile(new URL('dist/custom-elements.json', root), 'utf8'));
const readme = await readFile(new URL('README.md', root), 'utf8');
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);

/** The README's section of an element: from its "### `<tag>`" heading to the next heading. */
function section(tag) {
  const start = readme.indexOf(`### \`<${tag}>\``);
  assert.ok(start >= 0, `the README has a section for <${tag}>`);
  const end = readme.slice(start + 1).search(/\n##+ /);
  return end < 0 ? readme.slice(start) : readme.slice(start, start + 1 + end);
}

describe('the README and the manifest', () => {
  it('has the five elements', () => {
    assert.deepEqual(elements.map((e) => e.tagName).sort(), ['ccin-case-study', 'ccin-case-study-list', 'ccin-member-map', 'ccin-principle-badge', 'ccin-provider']);
  });
  for (const element of elements) {
    it(`documents every attribute and event of <${element.tagName}>, and no other`, () => {
      const text = section(element.tagName);
      for (const { name } of element.attributes ?? []) assert.ok(text.includes(`\`${name}\``), `<${element.tagName}>: attribute \`${name}\` is in the README`);
      for (const { name } of element.events ?? []) assert.ok(text.includes(`\`${name}\``), `<${element.tagName}>: event \`${name}\` is in the README`);
      // The attribute table's first column names only real attributes (or lang, which any element has).
      const known = new Set([...(element.attributes ?? []).map((a) => a.name), 'lang']);
      for (const row of text.matchAll(/^\| ((?:`[a-z-]+`(?:, )?)+) \|/gm)) {
        for (const [, name] of row[1].matchAll(/`([a-z-]+)`/g)) assert.ok(known.has(name), `<${element.tagName}>: the README's attribute \`${name}\` exists`);
      }
      for (const [, name] of text.matchAll(/`(ccin-[a-z-]+)`/g)) {
        if (name.startsWith('ccin-') && !elements.some((e) => e.tagName === name)) {
          assert.ok((element.events ?? []).some((e) => e.name === name) || elements.some((e) => (e.events ?? []).some((ev) => ev.name === name)), `<${element.tagName}>: the README's event \`${name}\` exists`);
        }
      }
    });
  }
});

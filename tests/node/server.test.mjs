/**
 * Server rendering (issue 17): the `ccin-elements render` command, run as npm runs the package's
 * bin (node dist/npm/server/cli.js), the ccin-elements/server API, and the files the build
 * pre-rendered into dist/html/. Expected text comes from the data files in dist/data/. Needs a
 * build (npm test builds before it runs these).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { root } from '../../scripts/lib/import-ts.mjs';

const cli = `${root}dist/npm/server/cli.js`;
const server = await import(`${root}dist/npm/server/index.js`);
// The library's reading of inline markup (**bold**, *italic*, [text](url)) as the text a reader sees.
const { plainText } = await import(`${root}dist/npm/shared/rich-text/parse.js`);
const { caseStudyMessages } = await import(`${root}dist/npm/case-study/messages.js`);
const { cy: welsh } = await import(`${root}dist/npm/case-study/messages.cy.js`);
const english = caseStudyMessages.en;

const readJson = async (path) => JSON.parse(await readFile(`${root}${path}`, 'utf8'));
const index = await readJson('dist/data/case-study-index.json');
const studies = await Promise.all(index.map(({ id }) => readJson(`dist/data/case-studies/${id}.json`)));
const { principles } = await readJson('dist/data/ccin-snapshot.json');

/** Text as the server's HTML writes it (Lit's escaping of text and attribute values). */
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
/** The text of rendered HTML, still escaped: no tags, no comments (Lit's part markers), whitespace collapsed. */
const textOf = (html) => html.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, '').replace(/\s+/g, ' ');
const collapse = (text) => text.replace(/\s+/g, ' ').trim();

/** Every text of a case study a reader should find: title, subtitle, standfirst, and each block of its body. */
function textsOf(study) {
  const texts = [study.title, study.subtitle, study.summary && plainText(study.summary)];
  const items = (list) => list.flatMap((item) => [plainText(item.text), ...items(item.items ?? [])]);
  for (const block of study.body) {
    if (block.type === 'list') texts.push(...items(block.items));
    else texts.push(plainText(block.text), block.type === 'quote' && block.attribution ? plainText(block.attribution) : undefined);
  }
  return texts.filter(Boolean).map((text) => escapeHtml(collapse(text)));
}

/** Checks the output for one case study: one declarative shadow root (its badges are drawn inside it), all its text, its principles' names. */
function assertWholeCaseStudy(html, study) {
  const open = new RegExp(`^<ccin-case-study\\b[^>]*\\bcase-id="${study.id}"[^>]*><template\\b[^>]*\\bshadowrootmode="open"[^>]*>`);
  assert.match(html, open, `${study.id}: the element opens with its declarative shadow root`);
  const templates = html.match(/<template\b[^>]*\bshadowrootmode="open"/g) ?? [];
  assert.equal(templates.length, 1, `${study.id}: one shadow root, with its principles' badges inside it`);
  const text = textOf(html);
  const names = study.principles.map((id) => escapeHtml(principles.find((p) => p.id === id).name));
  const missing = [...textsOf(study), ...names].filter((expected) => !text.includes(expected));
  assert.deepEqual(missing, [], `${study.id}: every text of the case study is in the output`);
}

/** Runs the command as npm's bin would: `node dist/npm/server/cli.js …`, with `input` on standard input. */
function run(args, { input = '', cwd = root } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const element = (study) => `<ccin-case-study case-id="${study.id}"></ccin-case-study>`;
/** A case study with inline markup (emphasis or a link) in a paragraph, and one with contacts. */
const withMarkup = studies.find((study) => study.body.some((block) => block.type === 'paragraph' && plainText(block.text) !== block.text));
const withContacts = studies.find((study) => study.contacts.length > 0 && study.principles.length > 0) ?? studies.find((study) => study.contacts.length > 0);
const principle = principles[0];

/** Markup the command refuses, and what its message must say. */
const wrongId = `${index[0].id}-typo`;
const wrongPrinciple = `${principle.id}-typo`;
const failures = [
  ['an unknown tag', () => '<ccin-case-studies case-id="x"></ccin-case-studies>', /<ccin-case-studies> is not a ccin element; the elements are <ccin-provider>/],
  ['an unknown case-study id', () => `<ccin-case-study case-id="${wrongId}"></ccin-case-study>`, new RegExp(`no case study with the id "${wrongId}"`)],
  ['a card with an unknown case-study id', () => `<ccin-case-study variant="card" case-id="${wrongId}"></ccin-case-study>`, new RegExp(`no case study with the id "${wrongId}"`)],
  ['a case study without case-id', () => '<ccin-case-study></ccin-case-study>', /has no case-id attribute/],
  ['an unknown principle id', () => `<ccin-principle-badge principle="${wrongPrinciple}"></ccin-principle-badge>`, new RegExp(`"${wrongPrinciple}" is not a principle id; the ids are ${principles.map((p) => p.id).join(', ')}`)],
  ['an unclosed quote', () => `<ccin-case-study case-id="${index[0].id}></ccin-case-study>`, /not well-formed HTML: eof-in-tag/],
  ['a missing end tag', () => `<div><ccin-principle-badge principle="${principle.id}"></ccin-principle-badge>`, /not well-formed HTML: <div> at line 1, column 1 has no end tag/],
  ['misnested tags', () => `<b><i><ccin-principle-badge principle="${principle.id}"></ccin-principle-badge></b></i>`, /not well-formed HTML: <i> .*has no end tag/],
  ['an end tag that closes nothing', () => `<ccin-principle-badge principle="${principle.id}"></ccin-principle-badge></span>`, /not well-formed HTML: <\/span> at line 1, column \d+ closes no element/],
  ['an element without its end tag', () => `<ccin-case-study case-id="${index[0].id}">`, /<ccin-case-study> has no end tag/],
  ['a provider with src', () => `<ccin-provider src="/ccin-snapshot.json"><ccin-principle-badge principle="${principle.id}"></ccin-principle-badge></ccin-provider>`, /<ccin-provider src> cannot be pre-rendered/],
  ['markup without a ccin element', () => '<p>Hello</p>', /has no ccin element to render/],
];

let dir;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ccin-render-'));
});
after(() => rm(dir, { recursive: true, force: true }));

describe('ccin-elements render', () => {
  it('prints a case study with one declarative shadow root holding its title and every paragraph, as the text reads', async () => {
    assert.ok(withMarkup, 'the data has a paragraph with inline markup');
    const { code, stdout, stderr } = await run(['render', element(withMarkup)]);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assertWholeCaseStudy(stdout.trimEnd(), withMarkup);
    // Inline markup became elements, never literal asterisks or brackets.
    const paragraph = withMarkup.body.find((block) => block.type === 'paragraph' && plainText(block.text) !== block.text);
    assert.ok(!stdout.includes(escapeHtml(paragraph.text)), 'the markup is not printed as text');
  });

  it('writes no inline style: stylesheets are links to dist/styles/<tag>.css', async () => {
    const { stdout } = await run(['render', `<ccin-provider>${element(withContacts)}<p><ccin-principle-badge principle="${principle.id}" variant="full"></ccin-principle-badge></p><ccin-member-map></ccin-member-map><ccin-case-study-list></ccin-case-study-list></ccin-provider>`]);
    assert.doesNotMatch(stdout, /<style/i);
    assert.doesNotMatch(stdout, /\sstyle=/i);
    const hrefs = [...stdout.matchAll(/<link rel="stylesheet" href="([^"]*)">/g)].map((m) => m[1]);
    assert.ok(hrefs.length >= 5);
    for (const href of hrefs) assert.match(href, /^\/ccin-elements\/dist\/styles\/ccin-[a-z-]+\.css$/);
  });

  it('links the stylesheets under --assets', async () => {
    const { code, stdout } = await run(['render', '--assets', 'https://cdn.example/x/dist/', element(withContacts)]);
    assert.equal(code, 0);
    const hrefs = [...stdout.matchAll(/<link rel="stylesheet" href="([^"]*)">/g)].map((m) => m[1]);
    assert.deepEqual(hrefs, ['https://cdn.example/x/dist/styles/ccin-case-study.css']);
    const badged = await run(['render', '--assets', 'https://cdn.example/x/dist/', `<ccin-principle-badge principle="${principle.id}"></ccin-principle-badge>`]);
    assert.deepEqual([...badged.stdout.matchAll(/<link rel="stylesheet" href="([^"]*)">/g)].map((m) => m[1]), ['https://cdn.example/x/dist/styles/ccin-principle-badge.css']);
    assert.ok(!stdout.includes('/ccin-elements/dist/') && !badged.stdout.includes('/ccin-elements/dist/'));
  });

  it('gives the Welsh interface with --lang cy, and marks the English content lang="en"', async () => {
    assert.ok(withContacts, 'the data has a case study with contacts');
    const cy = (await run(['render', '--lang', 'cy', element(withContacts)])).stdout;
    const en = (await run(['render', element(withContacts)])).stdout;
    for (const key of ['contactsHeading', 'principlesHeading', 'theme']) {
      assert.ok(cy.includes(escapeHtml(welsh[key])), `Welsh: ${welsh[key]}`);
      assert.ok(!cy.includes(`>${escapeHtml(english[key])}<`), `no English: ${english[key]}`);
      assert.ok(en.includes(escapeHtml(english[key])), `English: ${english[key]}`);
    }
    assert.match(cy, /<div part="body" class="body" lang="en">/);
    assert.doesNotMatch(en, /lang="en"/);
    assert.ok(textOf(cy).includes(escapeHtml(withContacts.title)), 'the content stays in English');
  });

  it('reads the markup from --file and from standard input, and writes to --out', async () => {
    const markup = `<section>\n  <h2>Our work</h2>\n  ${element(withMarkup)}\n</section>\n`;
    const file = join(dir, 'page.html');
    await writeFile(file, markup);
    const inline = await run(['render', markup]);
    const fromFile = await run(['render', '--file', file]);
    const fromStdin = await run(['render'], { input: markup });
    assert.equal(inline.code, 0);
    assert.ok(inline.stdout.startsWith('<section>'));
    assert.ok(inline.stdout.includes('<h2>Our work</h2>'), 'the markup around the element is kept');
    assertWholeCaseStudy(inline.stdout.slice(inline.stdout.indexOf('<ccin-case-study')), withMarkup);
    assert.deepEqual(fromFile, inline);
    assert.deepEqual(fromStdin, inline);
    const out = join(dir, 'out.html');
    const written = await run(['render', '--out', out, markup]);
    assert.deepEqual(written, { code: 0, stdout: '', stderr: '' });
    assert.equal(await readFile(out, 'utf8'), inline.stdout);
  });

  it('writes one file per case study with --each-case-study --out-dir, each a whole case study', async () => {
    const folder = join(dir, 'each');
    const { code, stdout, stderr } = await run(['render', '--each-case-study', '--out-dir', folder]);
    assert.equal(code, 0);
    assert.equal(stdout, '');
    assert.match(stderr, new RegExp(`\\b${studies.length} case studies written to`));
    const ids = (await readdir(`${root}data/case-studies`)).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    assert.deepEqual((await readdir(folder)).sort(), ids.map((id) => `${id}.html`).sort());
    for (const study of studies) {
      const html = await readFile(join(folder, `${study.id}.html`), 'utf8');
      assertWholeCaseStudy(html.trimEnd(), study);
      assert.doesNotMatch(html, /<style|\sstyle=/i);
    }
  });

  for (const [name, markup, message] of failures) {
    it(`exits with 1 and a message, printing nothing, for ${name}`, async () => {
      const { code, stdout, stderr } = await run(['render', markup()]);
      assert.equal(code, 1);
      assert.equal(stdout, '');
      assert.match(stderr, /^ccin-elements render: /);
      assert.match(stderr, message);
      assert.doesNotMatch(stderr, /\n\s+at /, 'a message, not a stack trace');
    });
  }

  it('exits with 1 and a message for no markup, an empty argument, an unknown option and --each-case-study without --out-dir', async () => {
    for (const [args, message] of [
      [['render'], /no markup to render/],
      [['render', '  '], /no markup to render/],
      [['render', '--colour', 'red', element(withMarkup)], /Unknown option '--colour'[\s\S]*Usage:/],
      [['draw', element(withMarkup)], /Usage:/],
      [['render', '--lang', 'fr', element(withMarkup)], /--lang is "en" or "cy"/],
      [['render', '--each-case-study'], /--each-case-study needs --out-dir/],
    ]) {
      const { code, stdout, stderr } = await run(args);
      assert.deepEqual({ code, stdout }, { code: 1, stdout: '' }, args.join(' '));
      assert.match(stderr, message, args.join(' '));
    }
  });

  it('writes no --out file when it fails', async () => {
    const out = join(dir, 'never.html');
    const failed = await run(['render', '--out', out, `<ccin-case-study case-id="${wrongId}"></ccin-case-study>`]);
    assert.equal(failed.code, 1);
    assert.equal(existsSync(out), false);
  });
});

describe('ccin-elements/server render()', () => {
  it('renders what the command prints', async () => {
    const html = await server.render(element(withMarkup));
    assertWholeCaseStudy(html, withMarkup);
    const { stdout } = await run(['render', element(withMarkup)]);
    // Ids made unique per render (aria-labelledby) count up in each process.
    const ids = (text) => text.replace(/ccin-[a-z]+-\d+/g, 'ccin-id');
    assert.equal(ids(`${html}\n`), ids(stdout));
    const cdn = await server.render(element(withMarkup), { assets: 'https://cdn.example/x/dist/', lang: 'cy' });
    assert.ok(cdn.includes('href="https://cdn.example/x/dist/styles/ccin-case-study.css"'));
    assert.ok(cdn.includes(escapeHtml(welsh.principlesHeading)));
  });

  for (const [name, markup, message] of failures) {
    it(`throws a RenderError for ${name}`, async () => {
      await assert.rejects(server.render(markup()), (error) => {
        assert.ok(error instanceof server.RenderError, `a RenderError, not ${error?.name}: ${error?.message}`);
        assert.equal(error.name, 'RenderError');
        assert.match(error.message, message);
        return true;
      });
    });
  }

  it('throws a RenderError for no markup', async () => {
    await assert.rejects(server.render(''), server.RenderError);
  });

  it('gives renders started together each their own stylesheet base and language', async () => {
    // An Eleventy or Astro build renders many pages at once; the base and the language are the
    // renderer's module state while one render runs.
    const kinds = [
      '<ccin-principle-badge principle="learning"></ccin-principle-badge>',
      element(withMarkup),
      '<ccin-case-study-list></ccin-case-study-list>',
      '<ccin-member-map></ccin-member-map>',
      `<ccin-case-study variant="card" case-id="${withMarkup.id}"></ccin-case-study><ccin-principle-badge principle="innovation" variant="full"></ccin-principle-badge>`,
    ];
    const jobs = Array.from({ length: 20 }, (_, i) => ({ markup: kinds[i % kinds.length], assets: `/site-${i}/`, lang: i % 2 ? 'cy' : 'en' }));
    const outputs = await Promise.all(jobs.map(({ markup, assets, lang }) => server.render(markup, { assets, lang })));
    outputs.forEach((html, i) => {
      const bases = [...new Set([...html.matchAll(/href="([^"]*)styles\//g)].map((m) => m[1]))];
      const langs = [...new Set([...html.matchAll(/data-ccin-rendered="([a-z]+)/g)].map((m) => m[1]))];
      assert.deepEqual({ bases, langs }, { bases: [jobs[i].assets], langs: [jobs[i].lang] }, `render ${i}: ${jobs[i].markup}`);
    });
  });
});

describe('the pre-rendered files (dist/html/)', () => {
  const files = async () => {
    const found = [];
    const walk = async (folder) => {
      for (const entry of await readdir(folder, { withFileTypes: true })) {
        if (entry.isDirectory()) await walk(join(folder, entry.name));
        else found.push(join(folder, entry.name));
      }
    };
    await walk(`${root}dist/html`);
    return found;
  };

  it('hold every case study, whole and as a card, the list, the map and every principle’s badge', async () => {
    const names = (await files()).map((file) => relative(`${root}dist/html`, file)).sort();
    const expected = [
      ...index.flatMap(({ id }) => [`case-studies/${id}.html`, `case-study-cards/${id}.html`]),
      'case-study-list.html',
      'member-map.html',
      ...principles.flatMap(({ id }) => [`principle-badges/${id}.html`, `principle-badges/${id}-icon.html`, `principle-badges/${id}-full.html`]),
    ].sort();
    assert.deepEqual(names, expected);
    for (const study of studies) assertWholeCaseStudy((await readFile(`${root}dist/html/case-studies/${study.id}.html`, 'utf8')).trimEnd(), study);
  });

  it('have no inline style, and link only stylesheets that exist in dist/styles/', async () => {
    for (const file of await files()) {
      const html = await readFile(file, 'utf8');
      const name = relative(root, file);
      assert.doesNotMatch(html, /<style/i, name);
      assert.doesNotMatch(html, /\sstyle=/i, name);
      const templates = (html.match(/<template\b[^>]*\bshadowrootmode="open"/g) ?? []).length;
      const hrefs = [...html.matchAll(/<link\b[^>]*\bhref="([^"]*)"/g)].map((m) => m[1]);
      assert.ok(templates > 0, `${name} has a declarative shadow root`);
      assert.equal(hrefs.length, templates, `${name}: each shadow root links its stylesheet`);
      for (const href of hrefs) {
        assert.match(href, /^\/ccin-elements\/dist\/styles\/[a-z-]+\.css$/, name);
        assert.ok(existsSync(`${root}dist/${href.slice('/ccin-elements/dist/'.length)}`), `${name}: ${href} exists`);
      }
    }
  });
});

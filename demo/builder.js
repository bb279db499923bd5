// The embed-code builder: builds a snippet from the chosen options, shows it live, and computes
// the Subresource Integrity hash of the script it points to. DOM APIs only (no innerHTML).
const form = document.getElementById('options');
const preview = document.getElementById('preview');
const snippetCode = document.getElementById('snippet');
const scriptUrlInput = document.getElementById('script-url');
const sriNote = document.getElementById('sri');

scriptUrlInput.value = new URL('/dist/ccin-elements.js', location.href).href;

const [index, membersData] = await Promise.all([
  fetch('/dist/data/case-study-index.json').then((r) => r.json()),
  fetch('/dist/data/members.json').then((r) => r.json()),
]);
const principles = (await fetch('/dist/data/ccin-snapshot.json').then((r) => r.json())).principles;

function addOptions(select, entries) {
  for (const [value, label] of entries) select.append(new Option(label, value));
}
addOptions(document.getElementById('case-id'), index.map((s) => [s.id, `${s.title} (${s.organisations.find((o) => o.role === 'lead')?.name ?? ''})`]));
addOptions(document.getElementById('principle'), principles.map((p) => [p.id, p.name]));
addOptions(
  document.getElementById('highlight'),
  membersData.members.filter((m) => m.location).map((m) => [m.id, m.name]),
);
addOptions(document.getElementById('theme'), [...new Set(index.map((s) => s.theme).filter(Boolean))].sort().map((t) => [t, t]));

/** The chosen element as a tag name and attributes, in the order the snippet shows them. */
function chosen() {
  const data = new FormData(form);
  const get = (name) => String(data.get(name) ?? '');
  const kind = get('element');
  const href = get('href').trim();
  switch (kind) {
    case 'badge':
      return { tag: 'ccin-principle-badge', attributes: [['principle', get('principle')], ['variant', get('variant')], ['size', get('size')]],
        fallback: principles.find((p) => p.id === get('principle'))?.name ?? '' };
    case 'map':
      return { tag: 'ccin-member-map', attributes: [['view', get('view')], ['highlight', get('highlight')], ['case-study-href', href]],
        fallback: { href: 'https://councils.coop', text: "The CCIN's members are listed on councils.coop" } };
    case 'list':
      return { tag: 'ccin-case-study-list', attributes: [['theme', get('theme')], ['heading-level', get('heading-level')], ['href', href]],
        fallback: { href: 'https://councils.coop/case-studies', text: 'Co-operative case studies on the CCIN website' } };
    case 'card':
      return { tag: 'ccin-case-study', attributes: [['case-id', get('case-id')], ['variant', 'card'], ['heading-level', get('heading-level')], ['href', href]],
        fallback: { href: 'https://councils.coop/case-studies', text: 'Read this case study on the CCIN website' } };
    default:
      return { tag: 'ccin-case-study', attributes: [['case-id', get('case-id')], ['heading-level', get('heading-level')]],
        fallback: { href: 'https://councils.coop/case-studies', text: 'Read this case study on the CCIN website' } };
  }
}

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');

let integrity = '';
async function computeIntegrity(url) {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${response.status}`);
    const digest = await crypto.subtle.digest('SHA-384', await response.arrayBuffer());
    integrity = `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
    sriNote.textContent = `The integrity hash covers ${url}. The files it imports have content hashes in their names.`;
  } catch (error) {
    integrity = '';
    sriNote.textContent = `Could not read ${url} to compute its integrity hash (${error.message}); the snippet has none.`;
  }
}

/**
 * What the chosen element needs before it can render, from dist/chunks.json (written by the
 * build next to the script): its entry and every chunk that entry imports, and its data module.
 * The snippet preloads them all at once, instead of one round trip per level of imports.
 */
let graph = { elements: {}, data: { caseStudies: {} } };
async function loadGraph(url) {
  try {
    const response = await fetch(new URL('chunks.json', url));
    if (!response.ok) throw new Error(`${response.status}`);
    graph = await response.json();
  } catch {
    graph = { elements: {}, data: { caseStudies: {} } };
  }
}

function preloadHints({ tag, attributes }) {
  if (!new FormData(form).get('preload')) return '';
  const card = attributes.some(([name, value]) => name === 'variant' && value === 'card');
  const caseId = attributes.find(([name]) => name === 'case-id')?.[1];
  const files = [...(graph.elements[`elements/${tag.replace(/^ccin-/, '')}`] ?? [])];
  if (tag === 'ccin-case-study' && caseId && !card && graph.data.caseStudies[caseId]) files.push(...graph.data.caseStudies[caseId]);
  if (card || tag === 'ccin-case-study-list') files.push(graph.data['case-study-index']);
  if (tag === 'ccin-member-map') files.push(graph.data.members);
  const links = files.filter(Boolean).map((file) => `<link rel="modulepreload" href="${escapeAttribute(new URL(file, scriptUrlInput.value).href)}">`);
  return links.length ? `${links.join('\n')}\n` : '';
}

/** Only an http(s) address may go into a snippet: a data: or javascript: "script" is refused. */
function scriptAddressProblem(value) {
  try {
    const url = new URL(value, location.href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? '' : `The script address must start with https:// (or http://), not ${url.protocol}`;
  } catch {
    return 'The script address is not a valid URL.';
  }
}

/**
 * The file in dist/html/ (written by the build with the package's server renderer) that holds
 * the chosen element pre-rendered, or undefined when the options are not the ones it was
 * rendered with.
 */
function prerenderedFile({ tag, attributes }) {
  const value = (name) => attributes.find(([n]) => n === name)?.[1] ?? '';
  const defaults = (...names) => names.every((name) => value(name) === '' || (name === 'heading-level' && value(name) === '2') || (name === 'view' && value(name) === 'map') || (name === 'size' && value(name) === 'medium'));
  if (tag === 'ccin-case-study' && defaults('heading-level', 'href')) return `html/${value('variant') === 'card' ? 'case-study-cards' : 'case-studies'}/${value('case-id')}.html`;
  if (tag === 'ccin-principle-badge' && defaults('size')) return `html/principle-badges/${value('principle')}${value('variant') === 'label' ? '' : `-${value('variant')}`}.html`;
  if (tag === 'ccin-case-study-list' && defaults('theme', 'heading-level', 'href')) return 'html/case-study-list.html';
  if (tag === 'ccin-member-map' && defaults('view', 'highlight', 'case-study-href')) return 'html/member-map.html';
  return undefined;
}

/** The pre-rendered HTML of the choice, with its stylesheet links pointing next to the script; '' if not available. */
let prerendered = { file: '', html: '' };
async function loadPrerendered(choice) {
  const file = prerenderedFile(choice);
  if (!file) return (prerendered = { file: '', html: '' });
  if (prerendered.file === file) return prerendered;
  try {
    const response = await fetch(new URL(file, scriptUrlInput.value));
    if (!response.ok) throw new Error(`${response.status}`);
    const html = (await response.text()).trim();
    // The build renders with the assets at /ccin-elements/dist/; the snippet uses the script's folder.
    prerendered = { file, html: html.split('"/ccin-elements/dist/').join(`"${new URL('./', scriptUrlInput.value).href}`) };
  } catch {
    prerendered = { file, html: '' };
  }
  return prerendered;
}

function snippetText(choice) {
  const { tag, attributes, fallback } = choice;
  const problem = scriptAddressProblem(scriptUrlInput.value);
  if (problem) return `<!-- ${problem} -->`;
  const attrs = attributes.filter(([, value]) => value !== '').map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  const scriptTag = `<script type="module" src="${escapeAttribute(scriptUrlInput.value)}"${integrity ? ` integrity="${integrity}" crossorigin="anonymous"` : ''}></script>`;
  if (new FormData(form).get('output') === 'prerendered') {
    if (prerendered.html) return `${prerendered.html}\n\n${scriptTag}`;
    const markup = `<${tag}${attrs}></${tag}>`;
    const assets = new URL('./', scriptUrlInput.value).href;
    return prerendered.file
      ? `<!-- ${prerendered.file} could not be read next to the script. Render it yourself:\n     npx ccin-elements render --assets ${assets} '${markup}' -->`
      : `<!-- dist/html/ holds each element with its default options only. Render these options with:\n     npx ccin-elements render --assets ${assets} '${markup}' -->`;
  }
  const inner = typeof fallback === 'string' ? escapeText(fallback) : `\n  <a href="${escapeAttribute(fallback.href)}">${escapeText(fallback.text)}</a>\n`;
  return `${preloadHints(choice)}${scriptTag}\n\n<${tag}${attrs}>${inner}</${tag}>`;
}

function showFields(kind) {
  for (const field of form.querySelectorAll('[data-for]')) field.hidden = !field.dataset.for.split(' ').includes(kind);
}

let updates = 0;
async function update() {
  const choice = chosen();
  const current = ++updates;
  showFields(new FormData(form).get('element'));
  if (new FormData(form).get('output') === 'prerendered') await loadPrerendered(choice);
  // A later change may have finished first.
  if (current !== updates) return;
  snippetCode.textContent = snippetText(choice);
  const element = document.createElement(choice.tag);
  for (const [name, value] of choice.attributes) if (value !== '') element.setAttribute(name, value);
  if (typeof choice.fallback === 'string') element.textContent = choice.fallback;
  else {
    const link = document.createElement('a');
    link.href = choice.fallback.href;
    link.textContent = choice.fallback.text;
    element.append(link);
  }
  preview.replaceChildren(element);
  document.getElementById('copied').textContent = '';
}

form.addEventListener('change', update);
form.addEventListener('input', (event) => {
  if (event.target === scriptUrlInput) {
    prerendered = { file: '', html: '' };
    Promise.all([computeIntegrity(scriptUrlInput.value), loadGraph(scriptUrlInput.value)]).then(update);
  }
  else update();
});
document.getElementById('copy').addEventListener('click', async () => {
  const status = document.getElementById('copied');
  try {
    await navigator.clipboard.writeText(snippetCode.textContent);
    status.textContent = 'Copied.';
  } catch {
    // No clipboard access: select the snippet so it can be copied by hand.
    getSelection().selectAllChildren(snippetCode);
    status.textContent = 'Selected: press Ctrl+C (or Cmd+C) to copy.';
  }
});

await Promise.all([computeIntegrity(scriptUrlInput.value), loadGraph(scriptUrlInput.value)]);
await update();
document.documentElement.dataset.ready = 'true';

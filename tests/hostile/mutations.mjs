// @ts-check
/**
 * Hostile snapshots for tests/hostile/snapshot.test.ts, served by tests/helpers/server-plugin.mjs
 * at /tests/hostile/snapshot/<name>.json. Each is built in code from the built snapshot
 * (dist/data/ccin-snapshot.json): one named mutation per attack of issue #16, and more.
 *
 * Every mutation that keeps a snapshot shape first marks the data the test page shows (see
 * `mark`), so that a test can tell the snapshot's data ("(hostile data)" in the titles) from the
 * bundled data (the plain titles) whatever the outcome.
 */

export const ids = {
  caseStudy: 'rochdale-cost-of-living-crisis',
  card: 'hackney-supporting-residents-in-financial-crisis',
  member: 'rochdale-council',
  principle: 'walking-the-talk',
};
export const markText = ' (hostile data)';

/** @typedef {Record<string, any>} Json */

/** @param {Json} snapshot */
const study = (snapshot, id = ids.caseStudy) => snapshot.caseStudies.find((/** @type {Json} */ s) => s.id === id);
/** @param {Json} snapshot */
const member = (snapshot, id = ids.member) => snapshot.members.find((/** @type {Json} */ m) => m.id === id);
/** @param {Json} snapshot */
const principle = (snapshot, id = ids.principle) => snapshot.principles.find((/** @type {Json} */ p) => p.id === id);

/** Marks what the page shows: the case study's and the card's titles, a member's name, a statement. */
function mark(/** @type {Json} */ snapshot) {
  study(snapshot).title += markText;
  study(snapshot, ids.card).title += markText;
  member(snapshot).name += markText;
  principle(snapshot).statement += markText;
  for (const m of snapshot.members) for (const s of m.caseStudies) if (s.id === ids.caseStudy || s.id === ids.card) s.title += markText;
  return snapshot;
}

/** A list item nested `depth` deep. */
function nestedItem(/** @type {number} */ depth) {
  /** @type {Json} */
  let item = { text: 'innermost' };
  for (let i = 0; i < depth; i++) item = { text: `level ${depth - i}`, items: [item] };
  return item;
}

const brackets = '['.repeat(40);

/**
 * name → mutation. A mutation changes the (already marked) snapshot in place and
 * returns what to serve (usually the snapshot; a different value replaces it).
 * @type {Record<string, (snapshot: Json) => unknown>}
 */
export const mutations = {
  // A control: the snapshot only marked, as CCIN might publish it.
  unchanged: (s) => s,

  // --- The attacks of issue #16 -------------------------------------------------------------
  'brackets-in-rich-text': (s) => {
    const cs = study(s);
    cs.summary = `${brackets} summary`;
    cs.body.find((/** @type {Json} */ b) => b.type === 'paragraph').text = `${brackets} paragraph`;
    cs.body.push({ type: 'list', ordered: false, items: [{ text: `${brackets} item`, items: [{ text: brackets }] }] });
    cs.body.push({ type: 'quote', text: brackets, attribution: brackets });
    study(s, ids.card).summary = `${brackets} card summary`;
    principle(s).statement = `${brackets} statement${markText}`;
    principle(s).points[0].text = brackets;
    return s;
  },
  'status-object': (s) => ((study(s).status = { text: 'Policy Labs' }), s),
  'location-note-object': (s) => {
    const m = s.members.find((/** @type {Json} */ x) => !x.location);
    m.locationNote = { text: 'somewhere', toString: 'not a function' };
    return s;
  },
  'attribution-string': (s) => ((s.meta.attribution = 'Contains OS data'), s),
  'list-nested-1000': (s) => (study(s).body.push({ type: 'list', ordered: false, items: [nestedItem(1000)] }), s),
  'member-kind-constructor': (s) => ((member(s).kind = 'constructor'), s),
  'member-kind-proto': (s) => ((member(s).kind = '__proto__'), s),
  'member-lat0-lon88': (s) => ((member(s).location = { ...member(s).location, lat: 0, lon: 88 }), s),

  // --- More ----------------------------------------------------------------------------------
  'unknown-top-level-keys': (s) => ({ ...s, extra: { anything: true }, comments: 'added by a CMS' }),
  'proto-key-top-level': (s) => JSON.parse(`{"__proto__":{"polluted":true},${JSON.stringify(s).slice(1)}`),
  'constructor-key-in-case-study': (s) => ((study(s).constructor = { prototype: { polluted: true } }), s),
  'duplicate-case-study-id': (s) => (s.caseStudies.push({ ...study(s), title: 'A second one with the same id' }), s),
  'duplicate-member-id': (s) => (s.members.push({ ...member(s) }), s),
  'member-id-nowhere': (s) => ((study(s).organisations[0].memberId = 'no-such-member'), s),
  'principle-not-among-ten': (s) => {
    const cs = study(s);
    cs.principles = [...cs.principles, 'world-peace'];
    return s;
  },
  'principle-list-has-eleventh': (s) => (s.principles.push({ ...principle(s), id: 'world-peace', name: 'World peace' }), s),
  'principles-basis-inconsistent': (s) => {
    const cs = s.caseStudies.find((/** @type {Json} */ x) => x.principlesBasis.basis !== 'not-stated' && x.principles.length > 0);
    // The evidence still names the principle dropped from the list.
    cs.principles = cs.principles.slice(1);
    return s;
  },
  'principles-listed-not-stated': (s) => {
    const cs = study(s);
    cs.principles = ['learning'];
    cs.principlesBasis = { basis: 'not-stated' };
    return s;
  },
  'string-100k': (s) => ((study(s).body[1].text = `${'a'.repeat(99_999)}.`), s),
  'long-string-legal': (s) => ((study(s).body[1].text = `Long ${'word '.repeat(8_000)}end.`), s),
  'case-studies-100k': (s) => ((s.caseStudies = Array.from({ length: 100_000 }, () => ({}))), s),
  // Not an attack: 20 times today's case studies (1,100, 7 MB: under the 8 MB limit), valid: it
  // is rendered, under the same 200 ms rule. (It is checked in slices; in one piece its check was
  // a 113–120 ms task here, so the rule alone would not tell. tests/node/schema-check.test.mjs
  // shows the slicing.)
  'case-studies-20x': (s) => {
    const today = [...s.caseStudies];
    for (let k = 1; k < 20; k++) {
      for (const cs of today) s.caseStudies.push({ ...structuredClone(cs), id: `${cs.id}-copy-${k}`, title: `${cs.title} (copy ${k})` });
    }
    return s;
  },
  'numbers-as-strings': (s) => {
    study(s).year = '2023';
    member(s).accreditationMarkers = '1';
    member(s).location.lat = '53.6074';
    return s;
  },
  'null-for-object': (s) => ((study(s).principlesBasis = null), (s.meta = null), s),
  'null-case-study': (s) => ((s.caseStudies[0] = null), s),
  'nan-like-strings': (s) => {
    study(s).year = 'NaN';
    member(s).location.lat = 'NaN';
    member(s).location.lon = 'Infinity';
    member(s).accreditationMarkers = '-Infinity';
    return s;
  },
  'member-name-object': (s) => ((member(s).name = { en: 'Rochdale Council' }), s),
  'member-tier-unknown': (s) => ((member(s).tier = 'hasOwnProperty'), s),
  'member-case-studies-junk': (s) => ((member(s).caseStudies = [{ id: 'no-such-case-study', title: 'Nowhere', role: 'lead' }, 'x']), s),
  'body-block-unknown-type': (s) => (study(s).body.push({ type: 'video', text: 'A video' }), s),
  'body-empty': (s) => ((study(s).body = []), s),
  'link-javascript-url': (s) => (study(s).links.push({ text: 'Click me', url: 'javascript:alert(1)' }), s),
  'contact-web-data-url': (s) => ((study(s).contacts[0].web = [{ text: 'site', url: 'data:text/html,<script>alert(1)</script>' }]), s),
  'inline-javascript-link': (s) => {
    const cs = study(s);
    cs.body[1].text = 'Read [this](javascript:alert(1)) and [that](data:text/html,x) and [mail](mailto:a@example.org).';
    cs.summary = '[evil](javascript:alert(document.domain))';
    return s;
  },
  'html-in-text': (s) => {
    const cs = study(s);
    cs.body[1].text = '<img src=x onerror=alert(1)><script>alert(2)</script> text';
    cs.summary = '<b>bold?</b> &amp; &lt;';
    return s;
  },
  'bidi-and-lone-surrogates': (s) => {
    study(s).subtitle = `\u202Eevil\u202C \uD800 and \uDFFF and \u0000 zero`;
    return s;
  },
  // Arrays nested 100,000 deep: routes.mjs writes them in place of the marker.
  'deep-arrays-in-meta': (s) => ((s.meta.extra = '__DEEP_ARRAYS__'), s),
  'wrong-top-level-array': () => [],
  'wrong-top-level-null': () => null,
  'wrong-top-level-string': () => 'ccin',
  'empty-object': () => ({}),
  'split-manifest-absolute-urls': (s) => ({
    format: 'ccin-split-snapshot',
    version: 1,
    principles: s.principles,
    index: 'https://elsewhere.example/index.json',
    members: '//elsewhere.example/members.json',
    caseStudies: '../../{id}.json',
  }),
};

/** The mutations, applied to a fresh copy of the snapshot text. */
export function mutated(/** @type {string} */ name, /** @type {string} */ snapshotText) {
  const mutation = mutations[name];
  if (!mutation) return undefined;
  return mutation(mark(JSON.parse(snapshotText)));
}

/**
 * Responses that are not a mutated snapshot, served at /tests/hostile/raw/<name>:
 * huge-chunked.json (50 MB, streamed, no Content-Length), huge-declared.json (the same with its
 * Content-Length), never-ends.json (headers and a start, then nothing, connection kept open),
 * no-answer.json (no headers at all), status-500.json, not-json.json.
 */
export const rawNames = ['huge-chunked.json', 'huge-declared.json', 'never-ends.json', 'no-answer.json', 'status-500.json', 'not-json.json'];

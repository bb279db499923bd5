// @ts-check
/**
 * The benchmark's pages: the measure script every page loads first, and the HTML of each page.
 * Pages are plain files written into the bench site (site.mjs), served by the project's static
 * server like any other file.
 */

/**
 * Loaded first (a classic script in <head>) by every bench page. It records, in
 * `window.__bench`, the moments the suites read. "Painted" is always the same signal: the
 * first task after the next frame (requestAnimationFrame, then a message), i.e. the frame that
 * shows the change has been produced. Largest Contentful Paint entries are kept as well (with
 * what they point at), because Chromium reports LCP for text inside shadow roots too.
 */
export const measureScript = `(() => {
  'use strict';
  const B = (window.__bench = { marks: {}, lcp: [], keys: [], error: undefined });
  const root = document.documentElement;
  const mode = root.dataset.bench;
  const now = () => performance.now();
  /** The first task after the frame being produced (in a requestAnimationFrame callback: this frame). */
  const afterThisFrame = (callback) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback(now());
    channel.port2.postMessage(null);
  };
  const afterPaint = (callback) => requestAnimationFrame(() => afterThisFrame(callback));
  B.afterPaint = afterPaint;
  const mark = (name) => afterPaint((time) => (B.marks[name] ??= time));
  const fail = (message) => (B.error ??= message);
  const describe = (element) => {
    if (!element) return null;
    const host = element.getRootNode() instanceof ShadowRoot ? element.getRootNode().host.localName : null;
    return { tag: element.localName, inShadowOf: host, text: (element.textContent || '').trim().slice(0, 48) };
  };
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        B.lcp.push({ time: entry.renderTime || entry.loadTime || entry.startTime, size: entry.size, element: describe(entry.element) });
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') B.fcp = entry.startTime;
    }).observe({ type: 'paint', buffered: true });
  } catch (error) {
    B.noObservers = String(error);
  }
  addEventListener('error', (event) => fail('script error: ' + event.message));
  addEventListener('unhandledrejection', (event) => fail('unhandled rejection: ' + (event.reason && event.reason.message || event.reason)));
  for (const type of ['ccin-data-error', 'ccin-case-study-error', 'ccin-case-study-list-error', 'ccin-member-map-error']) {
    addEventListener(type, (event) => fail(type + ': ' + JSON.stringify(event.detail)));
  }
  /** The provider's notice (data at src refused): the page is not measuring what it should. */
  const noticeShown = () => !!document.querySelector('ccin-provider')?.shadowRoot?.querySelector('[part="notice"]');

  if (mode === 'static') {
    document.addEventListener('DOMContentLoaded', () => {
      B.renderedAt = now();
      mark('painted');
    });
  }

  // Pre-rendered: the text is in the HTML (a declarative shadow root), so it may paint as soon as the page does.
  if (mode === 'prerendered') {
    B.renderedAt = 0;
    document.addEventListener('DOMContentLoaded', () => mark('painted'));
  }

  // A whole snapshot through a provider: from the file's last byte to the article painted, and
  // the longest main-thread task in that window (the check of a whole snapshot runs in slices).
  if (mode === 'snapshot') {
    const tasks = [];
    try {
      new PerformanceObserver((list) => tasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
    } catch (error) {
      B.noObservers = String(error);
    }
    addEventListener('ccin-case-study-load', () => {
      afterPaint((time) => {
        if (noticeShown()) return fail('provider notice shown');
        const entry = performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === root.dataset.snapshotFile);
        if (!entry) return fail('the snapshot file is not in Resource Timing');
        B.dataAt = entry.responseEnd;
        B.title = document.querySelector('ccin-case-study')?.shadowRoot?.querySelector('[part="title"]')?.textContent?.trim();
        B.longestTask = Math.max(0, ...tasks.filter((t) => t.startTime + t.duration > entry.responseEnd && t.startTime < time).map((t) => t.duration));
        B.marks.painted = time;
      });
    });
  }

  if (mode === 'element' || mode === 'cards') {
    let done = 0;
    addEventListener('ccin-case-study-load', () => {
      if (++done !== document.querySelectorAll('ccin-case-study').length) return;
      B.renderedAt = now();
      mark('painted');
    });
  }

  /** Whether the page fetched bundled data (dist/chunks/data/) although its element is inside a provider with src. */
  const bundledFetched = (name) => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/chunks/data/' + name));

  if (mode === 'list') {
    let keyAt;
    addEventListener('ccin-case-study-list-load', (event) => {
      B.bundledIndex = bundledFetched('case-study-index');
      // A load of other data (the bundled index, when the list upgraded before its provider) is not the one measured.
      if (event.detail.count !== Number(root.dataset.count)) return void (B.otherLoads = (B.otherLoads || 0) + 1);
      B.count = event.detail.count;
      afterPaint((time) => {
        if (noticeShown()) fail('provider notice shown');
        B.marks.ready = time;
      });
    });
    addEventListener('keydown', (event) => (keyAt = event.timeStamp), true);
    addEventListener('ccin-filter-change', (event) => {
      const start = keyAt;
      keyAt = undefined;
      if (start !== undefined) afterPaint((time) => B.keys.push({ ms: time - start, count: event.detail.count, search: event.detail.search }));
    });
  }

  if (mode === 'map') {
    const located = Number(root.dataset.located);
    const map = () => document.querySelector('ccin-member-map');
    /** What the map shows: its markers, the members on them, the hit area's width. Also read by map.mjs for a run that never placed. */
    const placed = () => {
      const markers = map()?.shadowRoot?.querySelectorAll('[part~="marker"]') ?? [];
      let members = 0;
      for (const marker of markers) members += (marker.getAttribute('data-members') || 'x').split(' ').length;
      const width = map()?.shadowRoot?.querySelector('.hit')?.getBoundingClientRect().width;
      return { markers: markers.length, members, width, ok: members === located && width !== undefined && Math.abs(width - 24) < 0.6 };
    };
    const file = () => performance.getEntriesByType('resource').find((entry) => new URL(entry.name).pathname === root.dataset.membersFile);
    B.mapShows = () => ({ ...placed(), fileListed: !!file() });
    addEventListener('ccin-member-map-load', (event) => {
      B.bundledMembers = bundledFetched('members');
      // The bundled data (the map upgraded before its provider, and fetched it): not the load measured.
      if (B.bundledMembers && !file()) return void (B.otherLoads = (B.otherLoads || 0) + 1);
      B.members = event.detail.members;
      const check = () => {
        if (noticeShown()) return fail('provider notice shown');
        // Resource Timing may list the members file a task after the element has read it: wait for both.
        const entry = file();
        const state = placed();
        if (!entry || !state.ok) return void requestAnimationFrame(check);
        B.markers = state.markers;
        B.dataAt = entry.responseEnd;
        // check runs in a frame's requestAnimationFrame, and that frame shows the markers: the
        // time is taken right after it (mark's own requestAnimationFrame would wait a frame more).
        afterThisFrame((time) => (B.marks.placed ??= time));
      };
      // From the next frame on (a check now would force a layout in the middle of the map's update).
      requestAnimationFrame(check);
    });
    // Enter on a marker or on a member of an open group; "shown" is the frame after the map
    // has rendered the details panel for it.
    let keyAt, kind;
    const shown = (start, what) =>
      map().updateComplete.then(() => {
        if (!map().shadowRoot.querySelector('[part="details"]')) return fail('Enter showed no details panel');
        afterPaint((time) => B.keys.push({ ms: time - start, kind: what }));
      });
    addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      keyAt = event.timeStamp;
      const active = map().shadowRoot.activeElement;
      kind = active?.matches('[part~="marker"]') ? (active.hasAttribute('data-members') ? 'group' : 'single') : 'choice';
    }, true);
    // A marker's own keydown handler has changed the map's state by the time the event bubbles
    // here; a member chosen in a group's list is selected by the button's click, which follows.
    addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || keyAt === undefined || kind === 'choice') return;
      shown(keyAt, kind);
      keyAt = undefined;
    });
    addEventListener('ccin-member-select', () => {
      if (keyAt === undefined || kind !== 'choice') return;
      shown(keyAt, kind);
      keyAt = undefined;
    });
  }
})();
`;

/**
 * @param {{ mode: string, title: string, head?: string, body: string, attrs?: Record<string, string | number> }} page
 */
export function page({ mode, title, head = '', body, attrs = {} }) {
  const extra = Object.entries(attrs).map(([name, value]) => ` data-${name}="${value}"`).join('');
  return `<!doctype html>
<html lang="en" data-bench="${mode}"${extra}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench: ${title}</title>
<script src="/bench/measure.js"></script>
<link rel="stylesheet" href="/bench/page.css">
${head}
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/** The page around every element or article: a council page's content column. */
export const pageCss = `html { font-family: system-ui, sans-serif; line-height: 1.5; color: #0b0c0c; background: #fff; }
body { margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem; }
.leaflet-map { width: 100%; height: 720px; background: #fff; }
`;

export const loaderScript = '<script type="module" src="/dist/ccin-elements.js"></script>';

const escape = (/** @type {string} */ text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The data's inline Markdown subset (**bold**, *italic*, [text](url)) as HTML, simply. */
const inline = (/** @type {string} */ text) =>
  escape(text)
    .replace(/\\([*[\]()\\])/g, '$1')
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/\*(.+?)\*/g, '<em>$1</em>')
    .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '<a href="$2">$1</a>');

/** @param {any[]} items @returns {string} */
const listItems = (items) => items.map((item) => `<li>${inline(item.text)}${item.items ? `<ul>${listItems(item.items)}</ul>` : ''}</li>`).join('');

/**
 * A case study as the simplest static HTML: what a council would paste if it copied the text.
 * @param {any} study dist/data/case-studies/<id>.json
 * @param {{ id: string, name: string }[]} principles
 */
export function staticArticle(study, principles) {
  const names = new Map(principles.map((p) => [p.id, p.name]));
  const orgs = study.organisations.map((/** @type {any} */ o) => escape(o.name)).join(', ');
  const body = study.body
    .map((/** @type {any} */ block) => {
      if (block.type === 'heading') return `<h3>${inline(block.text)}</h3>`;
      if (block.type === 'paragraph') return `<p>${inline(block.text)}</p>`;
      if (block.type === 'quote') return `<blockquote><p>${inline(block.text)}</p>${block.attribution ? `<p>— ${inline(block.attribution)}</p>` : ''}</blockquote>`;
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${listItems(block.items)}</${tag}>`;
    })
    .join('\n');
  const contacts = study.contacts
    .map((/** @type {any} */ c) => `<li>${escape([c.name, c.role, c.organisation].filter(Boolean).join(', '))}${c.email ? `, <a href="mailto:${escape(c.email)}">${escape(c.email)}</a>` : ''}${c.phone ? `, ${escape(c.phone)}` : ''}</li>`)
    .join('');
  return `<article class="case-study">
<p class="theme">${escape(study.theme ?? '')}</p>
<h2>${escape(study.title)}</h2>
<p class="organisations">By ${orgs}</p>
${study.summary ? `<p class="standfirst">${inline(study.summary)}</p>` : ''}
${body}
${study.principles.length ? `<h3>Co-operative principles</h3><ul class="principles">${study.principles.map((/** @type {string} */ id) => `<li>${escape(names.get(id) ?? id)}</li>`).join('')}</ul>` : ''}
${contacts ? `<h3>Contact</h3><ul class="contacts">${contacts}</ul>` : ''}
<p class="source">Source: ${escape(study.sources[0]?.document ?? 'CCIN')}</p>
</article>`;
}

/** A plain stylesheet for the static article, about as much styling as the element has. */
export const articleCss = `.case-study { max-width: 40em; }
.case-study h2 { font-size: 1.75rem; line-height: 1.2; margin: 0.25em 0 0.5em; }
.case-study h3 { font-size: 1.25rem; margin: 1.5em 0 0.5em; }
.case-study .theme { display: inline-block; margin: 0; padding: 0.1em 0.5em; border-left: 4px solid #00664f; font-weight: 600; color: #00664f; }
.case-study .organisations, .case-study .source { color: #505a5f; }
.case-study .standfirst { font-size: 1.2rem; }
.case-study blockquote { margin: 1em 0; padding-left: 1em; border-left: 4px solid #00664f; }
.case-study a { color: #00664f; }
.case-study .contacts { background: #f3f2f1; padding: 1em 2em; }
`;

/**
 * The Leaflet peer: the same members file, every located member a circleMarker (SVG renderer,
 * Leaflet's default) on a map with no tile layer, so nothing but the page's own files is
 * fetched. "placed" is the frame after the last marker was added; "data" the members file's last
 * byte, as for the element.
 */
export const leafletScript = `(() => {
  const B = window.__bench;
  const url = document.documentElement.dataset.members;
  fetch(url)
    .then((response) => response.json())
    .then((data) => {
      const map = L.map('map', { zoomSnap: 0.1, attributionControl: false });
      map.fitBounds([[49.8, -8.3], [60.9, 1.9]]);
      let count = 0;
      for (const member of data.members) {
        if (!member.location) continue;
        L.circleMarker([member.location.lat, member.location.lon], { radius: 7, weight: 2, color: '#ffffff', fillColor: member.tier === 'associate' ? '#3d4447' : '#00664f', fillOpacity: 1 })
          .bindTooltip(member.name)
          .addTo(map);
        count++;
      }
      B.markers = count;
      B.afterPaint((time) => {
        // As for the element: from the members file's last byte (Resource Timing, listed by now).
        const file = performance.getEntriesByType('resource').find((entry) => new URL(entry.name).pathname === url);
        if (!file) return void (B.error = 'the members file is not in Resource Timing');
        B.dataAt = file.responseEnd;
        B.marks.placed = time;
      });
    })
    .catch((error) => (B.error = String(error)));
})();
`;

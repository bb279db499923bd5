// Loaded as a classic script in the head of the pre-rendered test pages (tests/prerendered/
// routes.mjs), before anything else runs, for tests/prerendered.test.ts:
//  - every layout shift of the page from its start (the Layout Instability API; their sum is
//    the page's cumulative layout shift);
//  - the nodes of each pre-rendered element's shadow root (and of those inside it: a card's
//    badges, a list's cards) as the browser built them from the HTML, taken when parsing has
//    finished and before the page's module scripts run, so that a test can tell whether the
//    element kept them (hydration) or drew new ones.
window.__layoutShifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    window.__layoutShifts.push({
      value: entry.value,
      startTime: entry.startTime,
      hadRecentInput: entry.hadRecentInput,
      sources: (entry.sources ?? []).map((source) => {
        const node = source.node;
        const name = !node ? '(removed)' : node.nodeType === 1 ? `<${node.localName} class="${node.getAttribute('class') ?? ''}">` : `#text "${node.textContent.slice(0, 40)}"`;
        return `${name} ${JSON.stringify(source.previousRect)} -> ${JSON.stringify(source.currentRect)}`;
      }),
    });
  }
}).observe({ type: 'layout-shift', buffered: true });

window.__serverNodes = new Map();
// A map regroups its markers once it has measured the size it is drawn at (nothing else moves),
// so the nodes of its markers, and of its text list of them, are noted apart.
window.__regroupable = new Set();
document.addEventListener('readystatechange', () => {
  if (document.readyState !== 'interactive') return;
  // The page's elements, and the elements they render (a card's badges, a list's cards).
  const roots = [document];
  while (roots.length) {
    for (const element of roots.pop().querySelectorAll('*')) {
      if (!element.localName.startsWith('ccin-') || !element.shadowRoot) continue;
      window.__serverNodes.set(element, [...element.shadowRoot.querySelectorAll('*')]);
      for (const node of element.shadowRoot.querySelectorAll('g.markers *, details.on-map li')) window.__regroupable.add(node);
      roots.push(element.shadowRoot);
    }
  }
});

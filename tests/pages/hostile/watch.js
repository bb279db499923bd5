// Loaded as a classic script after tests/pages/recorder.js: records what the hostile-input tests
// (tests/hostile/) read besides warnings and errors: tasks that blocked the main thread (the
// Long Tasks API reports those over 50 ms), the scripts that ran in long animation frames, and
// the events the ccin elements fire, with when.
window.__ccinWatch = { longTasks: [], frames: [], events: [] };
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__ccinWatch.longTasks.push({ name: entry.name, duration: entry.duration, startTime: entry.startTime });
    }
  }).observe({ type: 'longtask', buffered: true });
} catch (error) {
  window.__ccinWatch.longTasks = null; // not supported: the tests say so
}
// Long animation frames name the scripts that ran in them: what a failure message quotes.
try {
  new PerformanceObserver((list) => {
    for (const { startTime, duration, scripts } of list.getEntries()) {
      window.__ccinWatch.frames.push({
        startTime,
        duration,
        scripts: scripts.map((s) => ({
          source: `${s.sourceURL.replace(location.origin, '')} ${s.sourceFunctionName}`.trim(),
          invoker: s.invoker,
          startTime: s.startTime,
          duration: s.duration,
        })),
      });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
} catch {
  // no Long Animation Frames API: failure messages name no scripts
}
for (const type of [
  'ccin-data-load',
  'ccin-data-error',
  'ccin-case-study-load',
  'ccin-case-study-error',
  'ccin-case-study-list-load',
  'ccin-case-study-list-error',
  'ccin-member-map-load',
  'ccin-member-map-error',
]) {
  document.addEventListener(type, (event) => {
    let detail;
    try {
      detail = JSON.stringify(event.detail);
    } catch {
      detail = String(event.detail);
    }
    window.__ccinWatch.events.push({ type, target: event.composedPath()[0].localName, detail, time: performance.now() });
  });
}

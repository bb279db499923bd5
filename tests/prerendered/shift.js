// The control page's layout shift (tests/prerendered/routes.mjs): once the page has painted, a
// block is inserted above its content, which moves it down. The layout-shift tests expect the
// observer (observe.js) to see this one, so that a CLS of 0 elsewhere means something.
addEventListener('load', () => {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const block = document.createElement('div');
      block.id = 'shifter';
      block.textContent = 'Inserted above the content once the page has painted.';
      document.querySelector('main').prepend(block);
    }),
  );
});

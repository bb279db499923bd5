// Loads each element's code only when its tag is in the page, including tags added later.
import 'ccin-elements/autoloader';

// A tag that appears after load, as content loaded by the app would: the autoloader must upgrade it.
window.addEventListener('load', () => {
  setTimeout(() => {
    const badge = document.createElement('ccin-principle-badge');
    badge.id = 'late-badge';
    badge.setAttribute('principle', 'co-production');
    document.querySelector('#late')?.append(badge);
  }, 1000);
});

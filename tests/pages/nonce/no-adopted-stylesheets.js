// Makes this page look like a browser without constructable stylesheets, so that Lit falls back
// to <style> elements; with window.litNonce set, Lit gives them the page's nonce.
delete ShadowRoot.prototype.adoptedStyleSheets;
delete Document.prototype.adoptedStyleSheets;
window.litNonce = 'ccin-test-nonce';

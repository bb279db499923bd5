// Loaded as a classic script before the library: records what a council would want to know
// about a page (warnings, errors, CSP violations) for the tests to read.
window.__ccin = { warnings: [], errors: [], violations: [] };
const originalWarn = console.warn;
console.warn = (...args) => {
  window.__ccin.warnings.push(args.map(String).join(' '));
  originalWarn.apply(console, args);
};
const originalError = console.error;
console.error = (...args) => {
  window.__ccin.errors.push(args.map(String).join(' '));
  originalError.apply(console, args);
};
window.addEventListener('error', (event) => window.__ccin.errors.push(event.message));
window.addEventListener('unhandledrejection', (event) => window.__ccin.errors.push(String(event.reason)));
document.addEventListener('securitypolicyviolation', (event) =>
  window.__ccin.violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
);

// The first script of every page in tests/embed/: records what the page saw,
// for the tests to read from window.__embed. An external file, so that it runs
// under the strictest Content-Security-Policy.
(() => {
  const record = { errors: [], warnings: [], hotlineErrors: [], violations: [], ready: [], exits: [] };
  window.__embed = record;
  const text = (args) => args.map((arg) => (arg instanceof Error ? arg.message : String(arg))).join(' ');
  const { error, warn } = console;
  console.error = (...args) => {
    record.errors.push(text(args));
    error.apply(console, args);
  };
  console.warn = (...args) => {
    record.warnings.push(text(args));
    warn.apply(console, args);
  };
  window.addEventListener('error', (event) => record.errors.push(`uncaught: ${event.message}`));
  window.addEventListener('unhandledrejection', (event) => record.errors.push(`unhandled rejection: ${text([event.reason])}`));
  document.addEventListener('securitypolicyviolation', (event) => record.violations.push(`${event.effectiveDirective} ${event.blockedURI}`), true);
  document.addEventListener('hotline-error', (event) => record.hotlineErrors.push(event.detail.message));
  document.addEventListener('hotline-ready', (event) => record.ready.push(event.detail));
  document.addEventListener('hotline-exit', (event) => record.exits.push(event.detail));
})();

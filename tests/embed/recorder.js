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
  // Every listener on window and document added after this recorder's own,
  // as added and removed, so that a
  // test can count what the widget leaves behind (a listener added twice is
  // one, as the browser counts it).
  const listening = [];
  const same = (a) => (b) => a.target === b.target && a.type === b.type && a.listener === b.listener && a.capture === b.capture;
  const capture = (options) => (typeof options === 'boolean' ? options : Boolean(options?.capture));
  for (const target of [window, document]) {
    const { addEventListener: add, removeEventListener: remove } = target;
    target.addEventListener = function (type, listener, options) {
      const entry = { target, type, listener, capture: capture(options) };
      if (listener && !listening.some(same(entry))) {
        listening.push(entry);
        // A `once` listener is gone once it has run, as the browser counts it.
        if (options?.once) add.call(this, type, () => listening.includes(entry) && listening.splice(listening.indexOf(entry), 1), { once: true, capture: entry.capture });
      }
      return add.call(this, type, listener, options);
    };
    target.removeEventListener = function (type, listener, options) {
      const index = listening.findIndex(same({ target, type, listener, capture: capture(options) }));
      if (index >= 0) listening.splice(index, 1);
      return remove.call(this, type, listener, options);
    };
  }
  /** How many listeners of each type window and document have now: `{ keyup: 1, ... }`. */
  record.listeners = () => listening.reduce((counts, { type }) => ({ ...counts, [type]: (counts[type] ?? 0) + 1 }), {});
})();

// For /embed/fallback.html: records every layout shift (Chromium's Layout Instability API, where
// the browser has it) and, once the page has painted twice, where the text under the banner was
// then; with a token, it then tells the server to release the widget's script, so that the
// fallback is on screen before the live banner replaces it. An external file, so that it runs
// under a strict Content-Security-Policy.
(() => {
  const token = document.currentScript.dataset.token;
  const record = { shifts: [], measured: typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('layout-shift'), paintedTop: null };
  window.__fallback = record;
  if (record.measured) {
    new PerformanceObserver((list) => {
      for (const shift of list.getEntries()) if (!shift.hadRecentInput) record.shifts.push(shift.value);
    }).observe({ type: 'layout-shift', buffered: true });
  }
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      record.paintedTop = document.getElementById('after')?.getBoundingClientRect().top ?? null;
      if (token) setTimeout(() => fetch(`/embed/painted/${token}`), 50);
    }),
  );
})();

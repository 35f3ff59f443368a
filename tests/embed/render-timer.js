// For pages with many widget elements (tests/embed/ and npm run bench): how
// long, from the moment the widget's script arrived, until every element has
// rendered what it shows (data files included) and the browser has painted it.
window.__rendered = new Promise((resolve) => {
  document.addEventListener('DOMContentLoaded', async () => {
    await customElements.whenDefined('hotline-banner');
    const elements = [...document.querySelectorAll('hotline-banner, hotline-signs-checklist')];
    await Promise.all(elements.map((element) => element.updateComplete));
    requestAnimationFrame(() =>
      setTimeout(() => {
        const script = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/hotline-widget.js'));
        resolve({ count: elements.length, ms: performance.now() - (script?.responseEnd ?? 0) });
      }),
    );
  });
});

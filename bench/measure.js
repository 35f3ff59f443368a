// Loaded first on both bench pages: notes when the activating event happens
// (the third Shift's keyup, or the click) and, after that, whether the article
// is still visible at the end of the event's task and at each animation frame.
// Results go to the console, where scripts/bench-exit.mjs reads them.
(() => {
  let shifts = 0;
  let started = false;
  const article = () => document.getElementById('story');
  const hidden = () => {
    const story = article();
    const box = story.getBoundingClientRect();
    const visible = getComputedStyle(story).visibility !== 'hidden' && box.height > 0 && document.elementFromPoint(box.left + 5, box.top + 5) === story;
    return !visible;
  };
  function start(event) {
    if (started) return;
    started = true;
    const t0 = event.timeStamp;
    // After every listener of this event has run: hidden "within the activation's frame"?
    setTimeout(() => {
      const hiddenAfterTask = hidden();
      let frames = 0;
      const sample = () => {
        if (hidden() || frames > 60) {
          console.log(`bench-exit ${JSON.stringify({ t0: performance.timeOrigin + t0, hiddenAfterTask, frames })}`);
          return;
        }
        frames++;
        requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    }, 0);
  }
  window.addEventListener('keyup', (event) => {
    if (event.key === 'Shift' && ++shifts === 3) start(event);
  }, true);
  window.addEventListener('click', (event) => start(event), true);
})();

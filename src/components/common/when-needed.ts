/**
 * When a banner or a checklist first needs its content: once it comes within two viewports of
 * being seen, when the page is printed, or when the browser is first idle after the page's load,
 * whichever comes first. Until then it costs the host page nothing: styling and laying out a
 * large page around a new block, and the first use of `Intl`'s language names, are work that a
 * reader far below the fold never waits for, and a reader who scrolls down finds the help there.
 * Idle after load at the latest, so that find-in-page and screen readers find it without
 * scrolling.
 *
 * Before the page's first paint, an element near the screen does not wait: rendering then moves
 * nothing on the screen, and a painted frame with it empty would.
 */
import { own } from '../../page-document.js';

const waiting = new Map<Element, () => void>();
const releaseAll = () => waiting.forEach((release) => release());
let observer: IntersectionObserver | undefined;

export const whenNeeded = (element: Element): Promise<void> =>
  new Promise((resolve) => {
    const release = () => {
      waiting.delete(element);
      observer?.unobserve(element);
      resolve();
    };
    try {
      // Capturing: before the checklist's own `beforeprint`, which opens what is rendered. The same
      // listener each time: one per page.
      window.addEventListener('beforeprint', releaseAll, true);
      // Before the page's first paint, what is near the screen renders at once: a painted frame
      // with it empty would move what is under it. What is far below waits, as after.
      if (!performance.getEntriesByType('paint').length && element.getBoundingClientRect().top < 3 * innerHeight) return resolve();
      // Where there is no idle callback, a task later. One per element: the first releases all.
      const idle = () => ((window.requestIdleCallback || setTimeout) as typeof requestIdleCallback)(releaseAll, { timeout: 2000 });
      own('readyState') == 'complete' ? idle() : window.addEventListener('load', idle, { once: true });
      observer ??= new IntersectionObserver((entries) => entries.forEach((entry) => entry.isIntersecting && waiting.get(entry.target)?.()), { rootMargin: '200% 0px' });
      waiting.set(element, release);
      observer.observe(element);
    } catch {
      // A page without paint timing or IntersectionObserver, or one that broke them: shown at once, as before.
      release();
    }
  });

/**
 * Real pages for whole-page behaviour: a same-origin iframe navigated like a
 * tab (its navigations are entries in the session history that
 * `history.length` and `history.back()` see), and keys and clicks sent by the
 * browser itself through @web/test-runner-commands.
 */
import { sendMouse } from '@web/test-runner-commands';

export interface Frame {
  element: HTMLIFrameElement;
  readonly window: Window & typeof globalThis;
  readonly document: Document;
  readonly path: string;
}

export const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function loaded(element: HTMLIFrameElement): Promise<void> {
  return new Promise((resolve) => element.addEventListener('load', () => resolve(), { once: true }));
}

/** Opens `/tests/pages/start.html`, then navigates to `path`, so that there is an entry to go Back to. */
export async function openPage(path: string): Promise<Frame> {
  const element = document.createElement('iframe');
  element.style.cssText = 'width: 800px; height: 600px; border: 0; display: block;';
  const first = loaded(element);
  element.src = '/tests/pages/start.html';
  document.body.append(element);
  await first;
  // A frame's document counts as "completely loaded" only after its load event
  // has finished; navigating before that would replace the entry instead of adding one.
  await wait(50);
  const second = loaded(element);
  element.src = path;
  await second;
  return {
    element,
    get window() {
      return element.contentWindow as Window & typeof globalThis;
    },
    get document() {
      return element.contentDocument!;
    },
    get path() {
      return element.contentWindow!.location.pathname;
    },
  };
}

export function closePage(frame: Frame | undefined): void {
  frame?.element.remove();
}

/** Resolves on the frame's next load (a navigation finished). */
export function nextLoad(frame: Frame, timeout = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no navigation within ${timeout} ms (still on ${frame.path})`)), timeout);
    frame.element.addEventListener('load', () => (clearTimeout(timer), resolve()), { once: true });
  });
}


/** Clicks the centre of `target` (inside the frame, possibly in a shadow root) with the real mouse. */
export async function clickInFrame(frame: Frame, target: Element): Promise<void> {
  const frameBox = frame.element.getBoundingClientRect();
  const box = target.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(frameBox.left + box.left + box.width / 2), Math.round(frameBox.top + box.top + box.height / 2)],
  });
}

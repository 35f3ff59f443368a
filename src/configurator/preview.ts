/**
 * The preview page (preview.html, in the configurator's sandboxed frame): the
 * real script, `../hotline-widget.js`, with the `data-*` that the snippet
 * writes for the state in this page's address. The script element is in the
 * page's markup (a script's `src` cannot be set from code under the demo's
 * Trusted Types policy); this runs before it (both are deferred) and gives it
 * its attributes.
 *
 * The quick exit must not take the configurator away. The widget refuses an
 * exit address on its own site, so it is given the real one, and checks it as
 * on a real page; at the moment it leaves, it is sent to exited.html (a page of
 * this folder that says where a visitor would now be) instead. And since it
 * covers the top page when it runs in a same-origin frame (a staff portal's
 * case), the configurator's page is given back at once, in the same task,
 * before anything is painted.
 */
import { checkState, dataAttributes } from './check.js';
import { fromAddress } from './state.js';

const { state } = fromAddress(location.search);
const checked = checkState(state);
const script = document.getElementById('widget') as HTMLScriptElement | null;

// Where it mounts is the site's own page: here the banner shows where the script is.
for (const [name, value] of dataAttributes(checked.settings)) if (name !== 'data-target') script?.setAttribute(name, value);

/** exited.html, saying where the visitor would now be. */
const exitedAddress = (destination: string) => {
  const query = new URLSearchParams({ to: destination });
  if (checked.settings.newTab) query.set('newTab', 'true');
  return new URL(`exited.html?${query}`, location.href).href;
};

/** The top page as it was before the exit covered it, to give it back. */
interface TopPage {
  doc: Document;
  title: string;
  children: Set<Element>;
  visibility: [string, string];
}
let topBefore: TopPage | null = null;
/** The top page's own referrer settings, which stay; the exit adds one more. */
let topReferrers = new Set<Element>();

function topDocument(): Document | null {
  try {
    return window.top && window.top !== window ? window.top.document : null;
  } catch {
    // Another origin's page: the widget leaves only this frame, and covers nothing above it.
    return null;
  }
}

{
  const doc = topDocument();
  if (doc) topReferrers = new Set(doc.querySelectorAll('meta[name="referrer"]'));
}

function rememberTop(): void {
  const doc = topDocument();
  if (!doc?.body) return;
  topBefore = {
    doc,
    title: doc.title,
    children: new Set(doc.documentElement.children),
    visibility: [doc.body.style.getPropertyValue('visibility'), doc.body.style.getPropertyPriority('visibility')],
  };
}

function giveTopBack(): void {
  if (!topBefore) return;
  const { doc, title, children, visibility } = topBefore;
  for (const child of [...doc.documentElement.children]) if (!children.has(child)) child.remove();
  for (const meta of doc.querySelectorAll('meta[name="referrer"]')) if (!topReferrers.has(meta)) meta.remove();
  if (visibility[0]) doc.body.style.setProperty('visibility', visibility[0], visibility[1]);
  else doc.body.style.removeProperty('visibility');
  doc.title = title;
  topBefore = null;
}

/**
 * Whether this exit has already refused the top page. The widget asks for the
 * address first to leave the top page (the configurator's), then, if that
 * fails, to leave its own frame. The frame's sandbox makes the first fail in
 * Chromium and Firefox, but WebKit (Safari) lets a sandboxed same-origin frame
 * navigate its top page: so the first address asked for in an exit is refused
 * here, in every browser. Reset after the task, for a later exit.
 */
let topRefused = false;

function refuseTop(): void {
  topRefused = true;
  queueMicrotask(() => (topRefused = false));
  throw new Error("The preview's quick exit leaves the preview only.");
}

/**
 * The quick exit's state is one slot on the window (shared by every copy of
 * the script): once the script has run, its destination is read through here.
 * The widget sets it as it always does; when it leaves, it reads exited.html.
 */
function redirectExit(): void {
  const slot = (window as unknown as Record<symbol, { url: string } | undefined>)[Symbol.for('hotline-widget.quick-exit')];
  if (!slot) return;
  let destination = slot.url;
  Object.defineProperty(slot, 'url', {
    configurable: true,
    enumerable: true,
    get: () => {
      rememberTop();
      if (!topRefused && window.top !== window) refuseTop();
      return exitedAddress(destination);
    },
    set: (value: string) => {
      destination = value;
    },
  });
}

script?.addEventListener('load', redirectExit, { once: true });
// Fired by the exit right after it covered the pages, in the same task.
document.addEventListener('hotline-exit', giveTopBack);

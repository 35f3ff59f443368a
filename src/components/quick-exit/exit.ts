/**
 * The quick exit itself: cover and hide the page, neutralise the tab, leave
 * with `location.replace`. No Lit and no data here: this module is installed
 * by the drop-in script's first statements and must keep working when
 * everything else failed (contract section 6.4).
 *
 * State lives on one global slot so that two copies of the code (the script
 * included twice, or the drop-in script beside the ESM build) share a single
 * keyboard listener and a single navigation.
 */
import { HotlineExitEvent, type ExitTrigger } from '../../events.js';
import { toExitUrl } from '../../config/urls.js';
import { appendTo, create, emit, own, setTitle } from '../../page-document.js';

/**
 * Where the exit goes unless the site owner says otherwise: a neutral page that
 * shows nothing personal (GOV.UK's "Exit this page" uses the same default;
 * see docs/quick-exit.md, the comparison with GOV.UK, NSW and Scotland).
 */
export const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';

/**
 * Shown in the tab once the exit starts. A zero-width space reads as nothing in
 * every language (the NSW Design System's choice); an empty title would make
 * browsers show the page's address instead.
 */
export const NEUTRAL_TITLE = '\u200b';

/** Shift pressed this many times within `SHIFT_WINDOW_MS` exits; Esc twice within `ESC_WINDOW_MS`. */
export const SHIFT_PRESSES = 3;
export const SHIFT_WINDOW_MS = 3000;
export const ESC_PRESSES = 2;
export const ESC_WINDOW_MS = 1000;

export type Shortcut = 'shift3' | 'esc2';

/** Told of every counted press, so that the button can announce the progress. */
export type ProgressListener = (shortcut: Shortcut, remaining: number) => void;

interface ExitState {
  url: string;
  listening: boolean;
  leaving: boolean;
  /** The shortcuts the site owner chose; null: both, but Shift x3 not on touch-only devices. */
  shortcuts: readonly Shortcut[] | null;
  /** Also open the exit page in a new tab on a click or tap (never from the keyboard). */
  newTab: boolean;
  /** Shift is down and no other key has been pressed since. */
  shiftClean: boolean;
  shiftTimes: number[];
  escTimes: number[];
  progress: Set<ProgressListener>;
}

const STATE_KEY = Symbol.for('hotline-widget.quick-exit');

function exitState(): ExitState {
  const slot = window as unknown as Record<symbol, ExitState | undefined>;
  return (slot[STATE_KEY] ??= {
    url: DEFAULT_EXIT_URL,
    listening: false,
    leaving: false,
    shortcuts: null,
    newTab: false,
    shiftClean: false,
    shiftTimes: [],
    escTimes: [],
    progress: new Set(),
  });
}

/** Sets where every quick exit on the page goes. Returns false (and keeps the old one) when `url` is not an exit address (`toExitUrl`). */
export function setExitUrl(url: string): boolean {
  const safe = toExitUrl(url);
  if (safe) exitState().url = safe;
  return safe !== null;
}

/** Which shortcuts leave the page: a list, or null for the default. */
export function setShortcuts(shortcuts: readonly Shortcut[] | null): void {
  exitState().shortcuts = shortcuts;
}

export function setNewTab(newTab: boolean): void {
  exitState().newTab = newTab;
}

/** Subscribes to shortcut progress; returns the unsubscribe function. */
export function onShortcutProgress(listener: ProgressListener): () => void {
  const { progress } = exitState();
  progress.add(listener);
  return () => progress.delete(listener);
}

/** Whether the shortcut leaves the page here: as the site owner chose, or by default for this device. */
export function shortcutOn(shortcut: Shortcut): boolean {
  const { shortcuts } = exitState();
  if (shortcuts) return shortcuts.includes(shortcut);
  // Touch-only devices: on-screen keyboards send Shift unpredictably (alphagov/govuk-frontend #4095).
  try {
    return shortcut === 'esc2' || !matchMedia('(pointer: coarse)').matches || matchMedia('(any-pointer: fine)').matches;
  } catch {
    // A page that broke matchMedia: both shortcuts, as on a computer.
    return true;
  }
}

/** The window to leave: the top page when we are in a same-origin frame (`window.top` and `location` cannot be shadowed). */
function topWindow(): Window {
  try {
    if (window.top && window.top !== window && window.top.document) return window.top;
  } catch {
    // A cross-origin top page: leave this frame only.
  }
  return window;
}

/**
 * Sets `property:value;...` on `element`, each `!important`. A string, not an object: `for...in`
 * over an object would also set what a page added to Object.prototype (a `transform` that shrinks
 * the cover to nothing). Index loops, as the page may have replaced the arrays' iterator.
 */
export const important = (element: HTMLElement, styles: string) => {
  const declarations = styles.split(';');
  for (let index = 0; index < declarations.length; index++) {
    const pair = declarations[index]!.split(':');
    element.style.setProperty(pair[0]!, pair[1]!, 'important');
  }
};

/**
 * Covers the whole viewport with an opaque layer in the top layer (above any
 * z-index, such as a cookie banner's 2147483647) and hides the page under it.
 * CSSOM writes only: they are allowed under a strict style-src.
 */
function hidePage(doc: Document): void {
  const cover = create('div', doc);
  important(cover, 'position:fixed;inset:0;width:100vw;height:100vh;max-width:none;max-height:none;margin:0;padding:0;border:0;background:Canvas;z-index:2147483647;display:block;visibility:visible;opacity:1');
  // Outside <body>, so that hiding the body does not hide the cover.
  appendTo(own('documentElement', doc), cover);
  if ('showPopover' in cover) {
    cover.popover = 'manual';
    try {
      cover.showPopover();
    } catch {
      // Not in the top layer: the fixed position and z-index above still cover the page.
    }
  }
  const body = own('body', doc);
  if (body) important(body, 'visibility:hidden');
  setTitle(NEUTRAL_TITLE, doc);
  // The tab's icon stays until the exit page replaces it: a blank `data:` icon
  // would break a strict `img-src` (a violation, and a report sent to the site
  // that someone left), and removing the icon makes browsers fetch /favicon.ico.
}

/** The exit page must not learn which page the person was reading: set before navigating. */
function withholdReferrer(doc: Document): void {
  const noReferrer = create('meta', doc);
  noReferrer.name = 'referrer';
  noReferrer.content = 'no-referrer';
  appendTo(own('head', doc) ?? own('documentElement', doc), noReferrer);
}

/** Runs `step`; a page that broke what it uses costs that step only. */
function bestEffort(step: () => void): void {
  try {
    step();
  } catch {
    // The navigation has started, or the step was only an extra: nothing to do.
  }
}

/**
 * Starts the navigation (`replace`, not `assign`: Back must never return
 * here), then covers and hides this page, and the top page when we are in a
 * same-origin frame, all in the same task: the next frame the browser paints
 * is blank, and the request for the exit page is already on its way. Only the
 * navigation is essential: the referrer meta goes first because it must, and
 * what may fail on a hostile page is tried step by step.
 */
function leaveAndHide(): void {
  const top = topWindow();
  const docs = top === window ? [document] : [top.document, document];
  for (let index = 0; index < docs.length; index++) bestEffort(() => withholdReferrer(docs[index]!));
  try {
    top.location.replace(exitState().url);
  } catch {
    // A sandboxed frame may not navigate its top page: leave this one.
    window.location.replace(exitState().url);
  }
  exitState().leaving = true;
  for (let index = 0; index < docs.length; index++) bestEffort(() => hidePage(docs[index]!));
}

/**
 * Leaves the page now. Safe to call many times: only the first call navigates.
 * The `hotline-exit` event fires once the page is hidden, before it is left;
 * a listener that throws or calls preventDefault cannot stop the exit.
 * `pointer`: activated by a click or tap, which may also open a new tab.
 * `url`: a button's own destination, already checked (`toExitUrl`).
 */
export function exitNow(trigger: ExitTrigger, pointer = false, url?: string): void {
  const state = exitState();
  if (state.leaving) return;
  if (url) state.url = url;
  leaveAndHide();
  // The page is still here until the exit page answers: listeners run now, and cannot stop it.
  bestEffort(() => emit(document, new HotlineExitEvent({ trigger })));
  // A new tab needs the click's user activation; from a key it would meet the popup blocker.
  if (state.newTab && pointer) bestEffort(() => window.open(state.url, '_blank', 'noopener,noreferrer'));
}

/** True while the person is typing or working in a dialog: the shortcuts stay out of the way. */
function isBusyTarget(event: KeyboardEvent): boolean {
  let path: EventTarget[];
  try {
    path = event.composedPath();
  } catch {
    // A page that broke composedPath: the target is all we know.
    path = event.target ? [event.target] : [];
  }
  for (let index = 0; index < path.length; index++) {
    const target = path[index];
    if (!(target instanceof HTMLElement)) continue;
    if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
    if (target instanceof HTMLInputElement && !/^(button|checkbox|radio|submit|reset|image|range|color|file)$/.test(target.type)) return true;
    if ((target instanceof HTMLDialogElement && target.open) || /^(alert)?dialog$/.test(target.getAttribute('role') ?? '')) return true;
  }
  return false;
}

/**
 * Counts a press of `shortcut`; leaves when enough came within the window.
 * Plain loops and no destructuring of arrays: a page may have broken
 * Array.prototype's methods and iterator.
 */
function countPress(shortcut: Shortcut, times: number[], now: number): number[] {
  const shift = shortcut === 'shift3';
  const needed = shift ? SHIFT_PRESSES : ESC_PRESSES;
  const window = shift ? SHIFT_WINDOW_MS : ESC_WINDOW_MS;
  // The window runs from the first press: three presses four seconds apart are not a shortcut.
  const recent: number[] = [];
  for (let index = 0; index < times.length; index++) if (now - times[index]! <= window) recent[recent.length] = times[index]!;
  recent[recent.length] = now;
  if (recent.length >= needed) {
    exitNow('keyboard');
    return [];
  }
  bestEffort(() => exitState().progress.forEach((listener) => listener(shortcut, needed - recent.length)));
  return recent;
}

/**
 * A Shift press counts when Shift is released without another key in between:
 * Shift held for a capital letter, or as part of a shortcut, is typing. Left
 * and right Shift count alike.
 */
function onKeydown(event: KeyboardEvent): void {
  const state = exitState();
  if (event.key === 'Shift') {
    if (!event.repeat) state.shiftClean = true;
    return;
  }
  state.shiftClean = false;
  state.shiftTimes = [];
  if (event.key !== 'Escape' || event.repeat) {
    state.escTimes = [];
    return;
  }
  if (!shortcutOn('esc2') || event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || isBusyTarget(event)) return;
  state.escTimes = countPress('esc2', state.escTimes, event.timeStamp);
}

function onKeyup(event: KeyboardEvent): void {
  const state = exitState();
  if (event.key !== 'Shift' || !state.shiftClean) return;
  state.shiftClean = false;
  if (!shortcutOn('shift3') || event.defaultPrevented || isBusyTarget(event)) return;
  state.shiftTimes = countPress('shift3', state.shiftTimes, event.timeStamp);
}

function onPageshow(event: PageTransitionEvent): void {
  // Restored from the back/forward cache after an exit: stay hidden and leave again.
  if (event.persisted && exitState().leaving) leaveAndHide();
}

/** Installs the keyboard shortcuts once per page, however many copies ask. */
export function installExitShortcut(): void {
  const state = exitState();
  if (state.listening) return;
  state.listening = true;
  // Bubble phase on window: runs after the page's own handlers, so it can see their preventDefault.
  window.addEventListener('keydown', onKeydown);
  window.addEventListener('keyup', onKeyup);
  window.addEventListener('pageshow', onPageshow);
}

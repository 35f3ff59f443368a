/**
 * The quick exit itself: hide the page, neutralise the tab, leave with
 * `location.replace`. No Lit and no data here: this module is installed by the
 * drop-in script's first statements and must keep working when everything else
 * failed (contract section 6.4).
 *
 * State lives on one global slot so that two copies of the code (the script
 * included twice, or the drop-in script beside the ESM build) share a single
 * keyboard listener and a single navigation.
 */
import { HotlineExitEvent, type ExitTrigger } from '../../events.js';
import { toSafeHttpUrl } from '../../config/urls.js';

/**
 * Where the exit goes unless the site owner says otherwise: a neutral page that
 * shows nothing personal (GOV.UK's "Exit this page" uses the same default;
 * see `../shared/reference/quick-exit.md`).
 */
export const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';

/**
 * Shown in the tab once the exit starts. A zero-width space reads as nothing in
 * every language (the NSW Design System's choice); an empty title would make
 * browsers show the page's address instead.
 */
export const NEUTRAL_TITLE = '\u200b';

/** Shift pressed this many times within `SHIFT_WINDOW_MS` exits. */
export const SHIFT_PRESSES = 3;
export const SHIFT_WINDOW_MS = 3000;

interface ExitState {
  url: string;
  listening: boolean;
  leaving: boolean;
  /** Shift is down and no other key has been pressed since. */
  shiftClean: boolean;
  shiftTimes: number[];
}

const STATE_KEY = Symbol.for('hotline-widget.quick-exit');

function exitState(): ExitState {
  const slot = window as unknown as Record<symbol, ExitState | undefined>;
  return (slot[STATE_KEY] ??= { url: DEFAULT_EXIT_URL, listening: false, leaving: false, shiftClean: false, shiftTimes: [] });
}

/** Sets where every quick exit on the page goes. Returns false (and keeps the old one) when `url` is not http(s). */
export function setExitUrl(url: string): boolean {
  const safe = toSafeHttpUrl(url);
  if (safe) exitState().url = safe;
  return safe !== null;
}

function hidePage(): void {
  // CSSOM writes are allowed under a strict style-src, unlike a <style> element.
  document.documentElement.style.setProperty('display', 'none', 'important');
  document.title = NEUTRAL_TITLE;
}

function leave(url: string): void {
  // The exit destination must not learn which page the person was reading.
  const noReferrer = document.createElement('meta');
  noReferrer.name = 'referrer';
  noReferrer.content = 'no-referrer';
  (document.head ?? document.documentElement).append(noReferrer);
  // replace, not assign: Back must never return to this page.
  location.replace(url);
}

/**
 * Leaves the page now. Safe to call many times: only the first call navigates.
 * The `hotline-exit` event fires after the page is hidden and before leaving;
 * a listener that throws cannot stop the exit.
 */
export function exitNow(trigger: ExitTrigger): void {
  const state = exitState();
  if (state.leaving) return;
  state.leaving = true;
  hidePage();
  document.dispatchEvent(new HotlineExitEvent({ trigger }));
  leave(state.url);
}

function isTypingTarget(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'image', 'range', 'color', 'file'].includes(target.type);
  }
  return false;
}

/**
 * A Shift press counts when Shift is released without another key in between:
 * Shift held for a capital letter, or as part of a shortcut, is typing.
 */
function onKeydown(event: KeyboardEvent): void {
  const state = exitState();
  if (event.key === 'Shift') {
    if (!event.repeat) state.shiftClean = true;
  } else {
    state.shiftClean = false;
    state.shiftTimes = [];
  }
}

function onKeyup(event: KeyboardEvent): void {
  const state = exitState();
  if (event.key !== 'Shift' || !state.shiftClean) return;
  state.shiftClean = false;
  if (event.defaultPrevented || isTypingTarget(event)) return;
  const now = event.timeStamp;
  state.shiftTimes = [...state.shiftTimes, now].filter((time) => now - time <= SHIFT_WINDOW_MS);
  if (state.shiftTimes.length >= SHIFT_PRESSES) {
    state.shiftTimes = [];
    exitNow('keyboard');
  }
}

function onPageshow(event: PageTransitionEvent): void {
  // Restored from the back/forward cache after an exit: stay hidden and leave again.
  const state = exitState();
  if (event.persisted && state.leaving) {
    hidePage();
    leave(state.url);
  }
}

/** Installs the keyboard shortcut once per page, however many copies ask. */
export function installExitShortcut(): void {
  const state = exitState();
  if (state.listening) return;
  state.listening = true;
  window.addEventListener('keydown', onKeydown);
  window.addEventListener('keyup', onKeyup);
  window.addEventListener('pageshow', onPageshow);
}

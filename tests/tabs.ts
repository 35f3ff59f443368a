/**
 * Real pages in real tabs for whole-page behaviour. A test opens a tab with
 * window.open (same origin, so it can read the tab's history, address and
 * document) and drives it with keys and clicks that the browser itself sends
 * to that tab (`tab-*` commands of tests/plugins/tabs.mjs).
 */
import { executeServerCommand } from '@web/test-runner-commands';

export const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The exit page's origin: the same server under another name. The quick exit
 * goes only to another origin than the page it leaves (a page of the same site
 * would keep the person there).
 */
export const EXIT_ORIGIN = `${location.protocol}//127.0.0.1:${location.port}`;

/** The exit page's address, with a query of the test's own. */
export const exitTarget = (query = '') => `${EXIT_ORIGIN}/tests/pages/exit-target.html${query}`;

/** What the exit page said on arriving in a tab (tests/pages/exit-target.html), by tab. */
const arrivals = new Map<MessageEventSource, { exitTarget: string; historyLength: number }>();
window.addEventListener('message', (event) => {
  if (event.origin === EXIT_ORIGIN && event.source && event.data?.exitTarget) arrivals.set(event.source, event.data);
});

/** Resolves when `condition` holds, polling; rejects with `what` after `timeout` ms. */
export async function until(condition: () => boolean, what: string, timeout = 5000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeout) throw new Error(`timed out waiting for ${what}`);
    await wait(20);
  }
}

let tabs = 0;

/** A name for a new tab, by which the browser-side commands find it. */
export const newTabName = () => `test-tab-${++tabs}-${Date.now()}`;

export class Tab {
  constructor(
    readonly window: Window & typeof globalThis,
    readonly name: string,
  ) {}

  get document(): Document {
    return this.window.document;
  }

  /** The tab's path and query; on the exit page's origin, as that page said when it loaded. */
  get path(): string {
    try {
      return this.window.location.pathname + this.window.location.search;
    } catch {
      return arrivals.get(this.window)?.exitTarget ?? '(another origin)';
    }
  }

  /** Whether the tab's page has loaded (the exit page says so when it has). */
  get #loaded(): boolean {
    try {
      return this.window.document.readyState === 'complete';
    } catch {
      return arrivals.has(this.window);
    }
  }

  /** The tab's history length, read on the exit page's origin by that page itself. */
  get historyLength(): number {
    try {
      return this.window.history.length;
    } catch {
      return arrivals.get(this.window)!.historyLength;
    }
  }

  /** Back, as the browser's button would go, from this origin or the exit page's. */
  back(): void {
    try {
      this.window.history.back();
    } catch {
      this.window.postMessage('back', EXIT_ORIGIN);
    }
  }

  /** Waits until the tab shows `path` (and its document has loaded); `path` may be the exit page's. */
  async arrivesAt(path: string, timeout = 5000): Promise<void> {
    await until(() => this.path === path && this.#loaded, `the tab to show ${path} (it shows ${this.path})`, timeout);
  }

  /** How the browser-side commands find this tab: its name, and its address (WebDriver finds it by address, running nothing in the page). */
  get #target(): { name: string; url?: string } {
    try {
      return { name: this.name, url: this.window.location.href };
    } catch {
      return { name: this.name };
    }
  }

  /** Keys pressed by the browser in this tab: `{ press: 'ShiftLeft' }` (puppeteer's key names; ' ' for Space), `{ down }`, `{ up }`, `{ wait: ms }`. */
  async keys(...keys: ({ press: string } | { down: string } | { up: string } | { wait: number })[]): Promise<void> {
    await executeServerCommand('tab-keys', { ...this.#target, keys });
  }

  /** A real mouse click at the centre of `element` (in this tab, possibly in a shadow root). */
  async click(element: Element): Promise<void> {
    const box = element.getBoundingClientRect();
    await this.clickAt(box.left + box.width / 2, box.top + box.height / 2);
  }

  /** A real mouse click at a point of the tab's viewport (in a frame of any origin). */
  async clickAt(x: number, y: number): Promise<void> {
    await executeServerCommand('tab-click', { ...this.#target, x, y });
  }

  /** A tap with a finger at the centre of `element`. */
  async tap(element: Element): Promise<void> {
    const box = element.getBoundingClientRect();
    await executeServerCommand('tab-tap', { ...this.#target, x: box.left + box.width / 2, y: box.top + box.height / 2 });
  }

  /** Brings the tab to the front, as the tab a person is reading: shown, painted, given animation frames. */
  async activate(): Promise<void> {
    await executeServerCommand('tab-activate', this.#target);
  }

  /** The tab printed as the browser prints a page (to PDF), as text (Chromium and Firefox). */
  async printedText(): Promise<string> {
    return executeServerCommand('tab-print-text', this.#target) as Promise<string>;
  }

  /** The names of the links in the tab's accessibility tree, as a screen reader gets them (Chromium). */
  async linkNames(): Promise<string[]> {
    return executeServerCommand('tab-link-names', this.#target) as Promise<string[]>;
  }

  close(): void {
    this.window.close();
  }
}

/**
 * Opens /tests/pages/start.html in a new tab, then goes to `path`: Back has
 * somewhere to go. Resolves once `path` has loaded, or, with `ready`, as soon
 * as `ready(tab)` holds (a page still loading).
 */
export async function openTab(path: string, ready?: (tab: Tab) => boolean): Promise<Tab> {
  const name = newTabName();
  const opened = window.open('/tests/pages/start.html', name);
  if (!opened) throw new Error('the browser refused to open a tab');
  const tab = new Tab(opened as Window & typeof globalThis, name);
  await tab.arrivesAt('/tests/pages/start.html');
  // A document counts as "completely loaded" only after its load event has run;
  // navigating before that would replace the entry instead of adding one.
  await wait(50);
  tab.window.location.href = path;
  if (ready) await until(() => tab.path === path && ready(tab), `${path} to be ready`);
  else await tab.arrivesAt(path);
  return tab;
}

/** Every request for the exit page the server has seen, with its Referer. */
export async function exitRequests(): Promise<{ url: string; referer: string }[]> {
  return (await fetch('/__exit-log')).json();
}

/** Addresses of every open tab. */
export async function openTabs(): Promise<string[]> {
  return executeServerCommand('tab-urls') as Promise<string[]>;
}

/**
 * Makes the test page the active window again, as a person's own window is:
 * WebKit matches :focus (and so shows focus outlines) only in the active window,
 * and a tab that an earlier suite's exit opened (with noopener, so no script
 * can close it) keeps that in WebKitGTK under Xvfb until it is closed.
 */
export async function activateTestPage(): Promise<void> {
  await executeServerCommand('tab-activate-test-page');
}

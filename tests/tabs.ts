/**
 * Real pages in real tabs for whole-page behaviour. A test opens a tab with
 * window.open (same origin, so it can read the tab's history, address and
 * document) and drives it with keys and clicks that the browser itself sends
 * to that tab (`tab-*` commands of tests/plugins/tabs.mjs).
 */
import { executeServerCommand } from '@web/test-runner-commands';

export const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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

  get path(): string {
    try {
      return this.window.location.pathname + this.window.location.search;
    } catch {
      return '(another origin)';
    }
  }

  /** Waits until the tab shows `path` (and its document has loaded). */
  async arrivesAt(path: string, timeout = 5000): Promise<void> {
    await until(() => this.path === path && this.window.document.readyState === 'complete', `the tab to show ${path} (it shows ${this.path})`, timeout);
  }

  /** How the browser-side commands find this tab: its name, and its address (WebDriver finds it by address, running nothing in the page). */
  get #target(): { name: string; url: string } {
    return { name: this.name, url: this.window.location.href };
  }

  /** Keys pressed by the browser in this tab: `{ press: 'ShiftLeft' }` (puppeteer's key names; ' ' for Space), `{ down }`, `{ up }`, `{ wait: ms }`. */
  async keys(...keys: ({ press: string } | { down: string } | { up: string } | { wait: number })[]): Promise<void> {
    await executeServerCommand('tab-keys', { ...this.#target, keys });
  }

  /** A real mouse click at the centre of `element` (in this tab, possibly in a shadow root). */
  async click(element: Element): Promise<void> {
    const box = element.getBoundingClientRect();
    await executeServerCommand('tab-click', { ...this.#target, x: box.left + box.width / 2, y: box.top + box.height / 2 });
  }

  /** A tap with a finger at the centre of `element`. */
  async tap(element: Element): Promise<void> {
    const box = element.getBoundingClientRect();
    await executeServerCommand('tab-tap', { ...this.#target, x: box.left + box.width / 2, y: box.top + box.height / 2 });
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

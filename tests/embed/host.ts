/**
 * Helpers for tests/embed/: a host page (tests/embed/pages.mjs) loaded in a
 * same-origin frame of the test page, with what its recorder saw, and a
 * snapshot of what the widget rendered in it, for comparing pages.
 */
import { until } from '../tabs.js';

export interface Recorded {
  errors: string[];
  warnings: string[];
  hotlineErrors: string[];
  violations: string[];
  ready: { country: string | null; lang: string }[];
  exits: unknown[];
  /** How many listeners of each type window and document have now. */
  listeners(): Record<string, number>;
}

export interface HostPage {
  frame: HTMLIFrameElement;
  window: Window & typeof globalThis & { __embed: Recorded; HotlineWidget?: { ready: Promise<unknown>; configure(config: object): void } };
  document: Document;
  recorded: Recorded;
}

/** What a page's recorder has seen so far (undefined until its first script has run). */
export function recordOf(window: Window | null | undefined): Recorded | undefined {
  return (window as (Window & { __embed?: Recorded }) | null | undefined)?.__embed;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/**
 * Loads `path` in a frame of `width` x `height` CSS pixels and waits until the
 * widget is ready (`hotline-ready`), or, with `ready: false`, just the load.
 */
export async function openPage(path: string, { width = 1024, height = 768, ready = true } = {}): Promise<HostPage> {
  const frame = document.createElement('iframe');
  // In view, the newest on top: WebKit gives a frame outside the viewport no animation frames.
  frame.style.cssText = `position: fixed; top: 0; left: 0; z-index: ${frames.length + 1}; width: ${width}px; height: ${height}px; border: 0; background: #fff;`;
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const window = frame.contentWindow as HostPage['window'];
  if (ready) {
    await until(() => window.__embed?.ready.length > 0, `hotline-ready on ${path}`, 8000);
    await settle(window);
  }
  return { frame, window, document: frame.contentDocument!, recorded: window.__embed };
}

/** Waits until every widget element in the page has finished rendering, data files included. */
export async function settle(window: Window): Promise<void> {
  const elements = [...window.document.querySelectorAll('hotline-banner, hotline-signs-checklist, hotline-quick-exit')];
  await Promise.all(elements.map((element) => (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
  await new Promise((resolve) => window.requestAnimationFrame(() => resolve(null)));
}

/** What a widget element shows: its shadow DOM's markup, without Lit's comment markers. */
export function renderedMarkup(element: Element): string {
  return (element.shadowRoot?.innerHTML ?? '').replace(/<!--[^]*?-->/g, '').replace(/\s+/g, ' ').trim();
}

/** Every widget element in the page, in document order, as tag name and rendered markup. */
export function widgetSnapshot(document: Document): string[] {
  return [...document.querySelectorAll('hotline-banner, hotline-signs-checklist, hotline-quick-exit')].map(
    (element) => `${element.localName} ${renderedMarkup(element)}`,
  );
}

/** Nothing went wrong on the page: no error, no warning, no hotline-error, no CSP violation. */
export function expectClean(recorded: Recorded): void {
  const problems = [
    ...recorded.errors.map((message) => `error: ${message}`),
    ...recorded.warnings.map((message) => `warning: ${message}`),
    ...recorded.hotlineErrors.map((message) => `hotline-error: ${message}`),
    ...recorded.violations.map((message) => `CSP violation: ${message}`),
  ];
  if (problems.length > 0) throw new Error(`the page reported:\n${problems.join('\n')}`);
}

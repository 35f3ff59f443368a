/** What the tests share: reading what a person sees inside an element's shadow root. */
import type { HotlineErrorEvent } from '../src/events.js';

export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`${element.localName} has no shadow root`);
  return element.shadowRoot;
}

/** The visible text of an element's shadow root, whitespace collapsed. */
export function textOf(element: Element): string {
  return (shadow(element).textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function linksOf(element: Element): HTMLAnchorElement[] {
  return [...shadow(element).querySelectorAll('a')];
}

export function hrefs(element: Element): string[] {
  return linksOf(element).map((link) => link.getAttribute('href') ?? '');
}

/** The `tel:` links of an element, in order. */
export function telLinks(element: Element): string[] {
  return hrefs(element).filter((href) => href.startsWith('tel:'));
}

/** Collects `hotline-error` messages and console warnings while `action` runs. */
export async function collectProblems(target: EventTarget, action: () => unknown | Promise<unknown>) {
  const events: string[] = [];
  const warnings: string[] = [];
  const onError = (event: Event) => events.push((event as HotlineErrorEvent).detail.message);
  const originalWarn = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  target.addEventListener('hotline-error', onError);
  try {
    await action();
  } finally {
    target.removeEventListener('hotline-error', onError);
    console.warn = originalWarn;
  }
  return { events, warnings };
}


/**
 * Pages of static help with JavaScript off, for tests/static.test.ts and
 * tests/static-fallback.test.ts: what renderStatic writes in Node (tests/plugins/static.mjs) put
 * in a page inside an iframe sandboxed without `allow-scripts`, where no script of the page runs
 * (a sentinel script proves it, and <noscript> shows); what a reader sees in it; axe, evaluated
 * into the frame's realm from this page (the frame's own scripts stay off; its timers do not run,
 * so axe is given this page's), as an inspector would.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { countries, emergencyLinksOf, linesOf } from './world-data.js';

/** Kinds of line and page: the issue's GB, text/chat/email (US), two lines (DE), three and a child line (EG), police (AU), professionals (SE), many numbers (LU), a long hours sentence (CD), an unknown code (the international card). */
export const SAMPLE = ['GB', 'US', 'DE', 'EG', 'AU', 'SE', 'LU', 'CD', 'ZZ'];
export const DIRECTORY = 'https://globalmodernslavery.org/';
const TITLE = 'Static help';
const AXE = await (await fetch('/node_modules/axe-core/axe.min.js')).text();

export type Format = 'html' | 'fallback';
export type FrameWindow = Window & typeof globalThis & { axe?: { run: (context: Element, options?: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } };

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

export async function emulateDark(dark: boolean): Promise<void> {
  await executeServerCommand('emulate-media-features', { features: dark ? [{ name: 'prefers-color-scheme', value: 'dark' }] : [] });
}
after(() => emulateDark(false));

/** Every country of the data, and an unknown code (the international card). */
export const EVERY = [...countries, 'ZZ'];

/** The fallback as a site puts it: inside <hotline-banner>, for the same country. */
export const insideBanner = (block: string) => `<hotline-banner>${block}</hotline-banner>`;

export async function render(format: Format, lang: string, among: readonly string[] = EVERY): Promise<string[]> {
  return (await executeServerCommand('render-static', {
    calls: among.map((country) => ({ country, lang, format })),
  })) as string[];
}

/** A page of `blocks` in a frame `width` px wide where no script runs; its document. */
export async function scriptlessPage(
  blocks: string[],
  width: number,
  labels: readonly string[] = SAMPLE,
  wrap: (block: string) => string = (block) => block,
): Promise<{ document: Document; window: FrameWindow }> {
  const frame = document.createElement('iframe');
  // Scripts off: sandboxed without allow-scripts (same origin, so that the test can read the page).
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = `position: fixed; top: 0; left: 0; width: ${width}px; height: 800px; border: 0;`;
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark"><title>${TITLE}</title></head>` +
    `<body><main><h1>A story</h1>${blocks.map((block, index) => `<div data-sample="${labels[index]}">${wrap(block)}</div>`).join('')}` +
    `<script>document.title = 'a script ran'</script><noscript><p id="no-script">Scripts are off.</p></noscript></main></body></html>`;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  // Proof that the page's scripts are off: the sentinel did not run, and <noscript> is shown.
  expect(doc.title, 'no script ran in the page').to.equal(TITLE);
  expect((doc.getElementById('no-script') as HTMLElement | null)?.offsetHeight ?? 0, '<noscript> shown').to.be.above(0);
  return { document: doc, window: frame.contentWindow as FrameWindow };
}

/** axe, evaluated into the page's realm (its own scripts stay off), on its <main>. */
export async function axeViolations(page: { document: Document; window: FrameWindow }): Promise<string[]> {
  const win = page.window as FrameWindow & Record<string, unknown>;
  if (!win.axe) {
    // The page's timers never fire while its scripts are off: axe waits on this page's.
    win.setTimeout = ((callback: () => void, delay?: number) => window.setTimeout(callback, delay)) as typeof setTimeout;
    win.clearTimeout = ((id?: number) => window.clearTimeout(id)) as typeof clearTimeout;
    win.requestAnimationFrame = (callback: FrameRequestCallback) => window.requestAnimationFrame(callback);
    (win as { eval: (source: string) => unknown }).eval(AXE);
  }
  // The fallback's copy of the live banner is a named region, as the banner is: a site shows one,
  // these pages show many side by side, under the same heading. Only that rule is left out.
  const rules = page.document.querySelector('hotline-banner') ? { 'landmark-unique': { enabled: false } } : {};
  const { violations } = await win.axe!.run(page.document.querySelector('main')!, { resultTypes: ['violations'], rules });
  return violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

export const visible = (element: Element | null) => !!element && (element as HTMLElement).offsetHeight > 0 && (element as HTMLElement).offsetWidth > 0;

/** The first line's number and every emergency number, shown and linked, in the block of `country`. */
export function expectHelp(doc: Document, country: string, where: string): void {
  const sample = doc.querySelector(`[data-sample="${country}"]`)!;
  // The fallback inside <hotline-banner>: what its declarative shadow root shows, if one was made.
  const block: ParentNode = sample.querySelector('hotline-banner')?.shadowRoot ?? sample;
  expect(visible(sample), `${where}: the block is shown`).to.equal(true);
  const lines = linesOf(country);
  if (lines.length === 0) {
    expect(visible(block.querySelector(`a[href="${DIRECTORY}"]`)), `${where}: the directory`).to.equal(true);
    expect(block.querySelectorAll('a[href^="tel:"]').length, `${where}: no number of any country`).to.equal(0);
    return;
  }
  const [first] = lines;
  const phone = first!.phone;
  if (phone) {
    const link = block.querySelector<HTMLAnchorElement>(`a[href="tel:${phone.e164 ?? phone.display.replace(/\D/g, '')}"]`);
    expect(visible(link), `${where}: ${phone.display} is a link`).to.equal(true);
    expect(link!.innerText.replace(/\s+/g, ' '), where).to.contain(phone.display);
  } else {
    // A line without a number: its first address (text, chat, email or website) is a link.
    const address = first!.text ? `sms:${first!.text.dial}` : first!.chat ? new URL(first!.chat).href : first!.email ? `mailto:${first!.email}` : new URL(first!.web!).href;
    expect(visible(block.querySelector(`a[href="${address}"]`)), `${where}: ${address} is a link`).to.equal(true);
  }
  for (const href of emergencyLinksOf(country)) {
    // The emergency sentence's link (a line may have the same number: Luxembourg's police line is 113).
    const number = block.querySelector<HTMLAnchorElement>(`p a[href="${href}"][dir="ltr"]`);
    expect(visible(number), `${where}: ${href}`).to.equal(true);
    expect(number!.innerText.trim(), where).to.equal(href.slice('tel:'.length));
  }
}


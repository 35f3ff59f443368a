/**
 * Static help in a real browser with JavaScript off: what renderStatic
 * writes in Node (tests/plugins/static.mjs) put in a page inside an iframe sandboxed without
 * `allow-scripts`, where no script of the page runs (a sentinel script proves it, and <noscript>
 * shows). For a sample of countries, in every language: the `html` and `fallback` formats show
 * the first line's number and every emergency number as working `tel:` links, and pass axe; the
 * `html` block fits 320 px without overflow, and keeps readable contrast in dark mode.
 *
 * axe is evaluated into the frame's realm from this page (the frame's own scripts stay off; its
 * timers do not run, so axe is given this page's), as an inspector would.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { LANGUAGES } from '../src/locale/generated/languages.js';
import { countries, emergencyLinksOf, linesOf, emergencyData } from './world-data.js';

/** Kinds of line and page: the issue's GB, text/chat/email (US), two lines (DE), three and a child line (EG), police (AU), professionals (SE), many numbers (LU), a long hours sentence (CD), an unknown code (the international card). */
const SAMPLE = ['GB', 'US', 'DE', 'EG', 'AU', 'SE', 'LU', 'CD', 'ZZ'];
const DIRECTORY = 'https://globalmodernslavery.org/';
const TITLE = 'Static help';
const AXE = await (await fetch('/node_modules/axe-core/axe.min.js')).text();

type Format = 'html' | 'fallback';
type FrameWindow = Window & typeof globalThis & { axe?: { run: (context: Element, options?: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } };

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

async function emulateDark(dark: boolean): Promise<void> {
  await executeServerCommand('emulate-media-features', { features: dark ? [{ name: 'prefers-color-scheme', value: 'dark' }] : [] });
}
after(() => emulateDark(false));

async function render(format: Format, lang: string): Promise<string[]> {
  return (await executeServerCommand('render-static', {
    calls: SAMPLE.map((country) => ({ country, lang, format })),
  })) as string[];
}

/** A page of `blocks` in a frame `width` px wide where no script runs; its document. */
async function scriptlessPage(blocks: string[], width: number, labels: readonly string[] = SAMPLE): Promise<{ document: Document; window: FrameWindow }> {
  const frame = document.createElement('iframe');
  // Scripts off: sandboxed without allow-scripts (same origin, so that the test can read the page).
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = `position: fixed; top: 0; left: 0; width: ${width}px; height: 800px; border: 0;`;
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark"><title>${TITLE}</title></head>` +
    `<body><main><h1>A story</h1>${blocks.map((block, index) => `<div data-sample="${labels[index]}">${block}</div>`).join('')}` +
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
async function axeViolations(page: { document: Document; window: FrameWindow }): Promise<string[]> {
  const win = page.window as FrameWindow & Record<string, unknown>;
  if (!win.axe) {
    // The page's timers never fire while its scripts are off: axe waits on this page's.
    win.setTimeout = ((callback: () => void, delay?: number) => window.setTimeout(callback, delay)) as typeof setTimeout;
    win.clearTimeout = ((id?: number) => window.clearTimeout(id)) as typeof clearTimeout;
    win.requestAnimationFrame = (callback: FrameRequestCallback) => window.requestAnimationFrame(callback);
    (win as { eval: (source: string) => unknown }).eval(AXE);
  }
  const { violations } = await win.axe!.run(page.document.querySelector('main')!, { resultTypes: ['violations'] });
  return violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

const visible = (element: Element | null) => !!element && (element as HTMLElement).offsetHeight > 0 && (element as HTMLElement).offsetWidth > 0;

/** The first line's number and every emergency number, shown and linked, in the block of `country`. */
function expectHelp(doc: Document, country: string, where: string): void {
  const block = doc.querySelector(`[data-sample="${country}"]`)!;
  expect(visible(block), `${where}: the block is shown`).to.equal(true);
  const lines = linesOf(country);
  if (lines.length === 0) {
    expect(visible(block.querySelector(`a[href="${DIRECTORY}"]`)), `${where}: the directory`).to.equal(true);
    expect(block.querySelectorAll('a[href^="tel:"]').length, `${where}: no number of any country`).to.equal(0);
    return;
  }
  const phone = lines[0]!.phone!;
  const link = block.querySelector<HTMLAnchorElement>(`a[href="tel:${phone.e164 ?? phone.display.replace(/\D/g, '')}"]`);
  expect(visible(link), `${where}: ${phone.display} is a link`).to.equal(true);
  expect(link!.innerText.replace(/\s+/g, ' '), where).to.contain(phone.display);
  for (const href of emergencyLinksOf(country)) {
    // The emergency sentence's link (a line may have the same number: Luxembourg's police line is 113).
    const number = block.querySelector<HTMLAnchorElement>(`p a[href="${href}"][dir="ltr"]`);
    expect(visible(number), `${where}: ${href}`).to.equal(true);
    expect(number!.innerText.trim(), where).to.equal(href.slice('tel:'.length));
  }
}

// --- colour contrast, computed from the styles the page shows ---------------------------------

const rgba = (colour: string) => {
  const [r = 0, g = 0, b = 0, a = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  return { r, g, b, a: colour.startsWith('rgba') ? a : 1 };
};
const luminance = ({ r, g, b }: { r: number; g: number; b: number }) =>
  [r, g, b].map((value) => (value / 255 <= 0.03928 ? value / 255 / 12.92 : ((value / 255 + 0.055) / 1.055) ** 2.4)).reduce((sum, value, index) => sum + value * [0.2126, 0.7152, 0.0722][index]!, 0);
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(rgba(a)), luminance(rgba(b))].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
};

/** The first opaque background behind `element`, inside the block; null where the block brings none. */
function backgroundOf(element: Element, block: Element): string | null {
  for (let node: Element | null = element; node && block.contains(node); node = node.parentElement) {
    const colour = getComputedStyle(node).backgroundColor;
    if (rgba(colour).a === 1) return colour;
  }
  return null;
}

/** 320 px: nothing wider than the page, nothing outside its block. */
function expectFits(doc: Document, lang: string): void {
  const root = doc.documentElement;
  expect(root.scrollWidth, `${lang}: no horizontal scroll at 320 px`).to.be.at.most(root.clientWidth);
  for (const table of doc.querySelectorAll('[data-sample] > table')) {
    const where = `${lang} ${(table.parentElement as HTMLElement).dataset.sample}`;
    const box = table.getBoundingClientRect();
    expect(box.right, `${where}: the block fits`).to.be.at.most(root.clientWidth);
    for (const inner of table.querySelectorAll('*')) {
      const rect = inner.getBoundingClientRect();
      if (rect.width === 0) continue;
      expect(rect.right, `${where}: ${inner.localName} "${inner.textContent!.slice(0, 30)}" inside its block`).to.be.at.most(box.right + 0.5);
      expect(rect.left, `${where}: ${inner.localName} "${inner.textContent!.slice(0, 30)}" inside its block`).to.be.at.least(box.left - 0.5);
    }
  }
}

describe('static help with JavaScript off', () => {
  for (const lang of LANGUAGES) {
    for (const format of ['html', 'fallback'] as const) {
      it(`${format}, ${lang}: every sample shows its line and emergency numbers as tel: links, and axe passes`, async () => {
        const page = await scriptlessPage(await render(format, lang), 320);
        for (const country of SAMPLE) expectHelp(page.document, country, `${format} ${lang} ${country}`);
        expect(await axeViolations(page), `${format} ${lang}: axe`).to.deep.equal([]);
        if (format === 'html') expectFits(page.document, lang);
      });
    }

    it(`html, ${lang}, dark mode: the block keeps its own colours, every text at 4.5:1 or more, and axe passes`, async () => {
      await emulateDark(true);
      try {
        const page = await scriptlessPage(await render('html', lang), 320);
        // The page around it is dark: the emulation took.
        expect(page.window.matchMedia('(prefers-color-scheme: dark)').matches, 'dark mode').to.equal(true);
        expect(luminance(rgba(getComputedStyle(page.document.body).color)), 'the page writes light on dark').to.be.above(0.5);
        for (const block of page.document.querySelectorAll('[data-sample] > table')) {
          const where = `${lang} ${(block.parentElement as HTMLElement).dataset.sample}`;
          for (const element of [block, ...block.querySelectorAll('*')]) {
            const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
            if (!ownText) continue;
            const background = backgroundOf(element, block);
            expect(background, `${where}: ${element.localName} has the block's background`).to.be.a('string');
            const ratio = contrast(getComputedStyle(element).color, background!);
            expect(ratio, `${where}: "${element.textContent!.trim().slice(0, 40)}" contrast`).to.be.at.least(4.5);
          }
        }
        expect(await axeViolations(page), `${lang}: axe in dark mode`).to.deep.equal([]);
      } finally {
        await emulateDark(false);
      }
    });
  }

  it('html, every country in English and Arabic: each block fits 320 px, its long addresses broken inside their buttons', async () => {
    for (const lang of ['en', 'ar']) {
      const blocks = (await executeServerCommand('render-static', { calls: countries.map((country) => ({ country, lang, format: 'html' })) })) as string[];
      expectFits((await scriptlessPage(blocks, 320, countries)).document, lang);
    }
  });

  it('the sample covers what it says: several lines, a child line, police, professionals, the international card', () => {
    expect(linesOf('EG').length).to.be.at.least(3);
    expect(linesOf('EG')[0]!.serviceType).to.equal('child-helpline');
    expect(linesOf('AU')[0]!.serviceType).to.equal('police-reporting');
    expect(linesOf('SE')[0]!.serviceType).to.equal('professional-advice');
    expect(linesOf('ZZ')).to.deep.equal([]);
    expect(emergencyData.territories.ZZ).to.equal(undefined);
  });
});

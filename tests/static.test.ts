/**
 * The `html` format of static help in a real browser with JavaScript off (tests/static-pages.ts):
 * for every country of the data and the international card, in every language, the block shows
 * the first line's number (or first address) and every emergency number as working links, and
 * fits 320 px without overflow, and the page passes axe; for a sample of kinds of line, it keeps
 * readable contrast in dark mode. The `fallback` format: tests/static-fallback.test.ts.
 */
import { expect } from '@open-wc/testing';
import { LANGUAGES } from '../src/locale/generated/languages.js';
import { emergencyData, linesOf } from './world-data.js';
import { axeViolations, emulateDark, EVERY, expectHelp, render, SAMPLE, scriptlessPage } from './static-pages.js';

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
    it(`html, ${lang}: every country shows its line and emergency numbers as links, every block fits 320 px, and axe passes`, async () => {
      const page = await scriptlessPage(await render('html', lang), 320, EVERY);
      for (const country of EVERY) expectHelp(page.document, country, `html ${lang} ${country}`);
      expectFits(page.document, lang);
      expect(await axeViolations(page), `html ${lang}: axe`).to.deep.equal([]);
    });

    it(`html, ${lang}, dark mode: the block keeps its own colours, every text at 4.5:1 or more, and axe passes`, async () => {
      await emulateDark(true);
      try {
        const page = await scriptlessPage(await render('html', lang, SAMPLE), 320);
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

  it('the sample covers what it says: several lines, a child line, police, professionals, the international card', () => {
    expect(linesOf('EG').length).to.be.at.least(3);
    expect(linesOf('EG')[0]!.serviceType).to.equal('child-helpline');
    expect(linesOf('AU')[0]!.serviceType).to.equal('police-reporting');
    expect(linesOf('SE')[0]!.serviceType).to.equal('professional-advice');
    expect(linesOf('ZZ')).to.deep.equal([]);
    expect(emergencyData.territories.ZZ).to.equal(undefined);
  });
});

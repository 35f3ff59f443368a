/**
 * The `fallback` format of static help in a real browser with JavaScript off
 * (tests/static-pages.ts), put inside <hotline-banner> as a site puts it: for every country of the
 * data and the international card, in every language, its declarative shadow root (the live
 * banner's own markup and styles) shows the first line's number (or first address) and every
 * emergency number as working links, and axe passes on every page. Where no shadow root is made:
 * tests/static-fallback-plain.test.ts; with the script: tests/embed/fallback.test.ts.
 */
import { expect } from '@open-wc/testing';
import { LANGUAGES } from '../src/locale/generated/languages.js';
import { axeViolations, EVERY, expectHelp, insideBanner, render, scriptlessPage } from './static-pages.js';

describe('the static fallback inside <hotline-banner>, with JavaScript off', () => {
  for (const lang of LANGUAGES) {
    it(`${lang}: every country shows its line and emergency numbers as links, in the declarative shadow root, and axe passes`, async () => {
      const page = await scriptlessPage(await render('fallback', lang), 320, EVERY, insideBanner);
      const banners = [...page.document.querySelectorAll('hotline-banner')];
      expect(banners.filter((banner) => banner.shadowRoot).length, 'each fallback made its shadow root').to.equal(EVERY.length);
      for (const country of EVERY) expectHelp(page.document, country, `fallback ${lang} ${country}`);
      expect(await axeViolations(page), `fallback ${lang}: axe`).to.deep.equal([]);
    });
  }
});

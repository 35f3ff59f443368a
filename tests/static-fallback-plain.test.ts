/**
 * The `fallback` format of static help where no shadow root is made from it (the markup inserted
 * as text, as a feed reader or a script does), with JavaScript off (tests/static-pages.ts): for
 * every country of the data and the international card, in every language, its plain help shows
 * the first line's number (or first address) and every emergency number as working links, and
 * axe passes on every page. The declarative shadow root: tests/static-fallback.test.ts.
 */
import { expect } from '@open-wc/testing';
import { LANGUAGES } from '../src/locale/generated/languages.js';
import { axeViolations, EVERY, expectHelp, insideBanner, render, scriptlessPage } from './static-pages.js';

describe('the static fallback where no shadow root is made, with JavaScript off', () => {
  for (const lang of LANGUAGES) {
    it(`${lang}, where no shadow root is made (inserted as text): the plain help shows every country's line, and axe passes`, async () => {
      const page = await scriptlessPage(await render('fallback', lang), 320, EVERY, insideBanner);
      // Markup set as text makes no shadow root: the light DOM's plain help is what shows.
      for (const sample of page.document.querySelectorAll('[data-sample]')) sample.innerHTML = sample.innerHTML;
      expect([...page.document.querySelectorAll('hotline-banner')].filter((banner) => banner.shadowRoot)).to.deep.equal([]);
      for (const country of EVERY) expectHelp(page.document, country, `fallback (plain) ${lang} ${country}`);
      expect(await axeViolations(page), `fallback (plain) ${lang}: axe`).to.deep.equal([]);
    });
  }
});

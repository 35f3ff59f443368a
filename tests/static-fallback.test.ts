/**
 * The `fallback` format of static help in a real browser with JavaScript off
 * (tests/static-pages.ts), put inside <hotline-banner> as a site puts it: for every country of the
 * data and the international card, in every language, its declarative shadow root (the live
 * banner's own markup and styles) shows the first line's number (or first address) and every
 * emergency number as working links; where no shadow root is made (the markup inserted as text,
 * as a feed reader or a script does), its plain help shows the same. axe passes on a sample of
 * kinds of line, both ways. With the script: tests/embed/fallback.test.ts.
 */
import { expect } from '@open-wc/testing';
import { LANGUAGES } from '../src/locale/generated/languages.js';
import { axeViolations, EVERY, expectHelp, insideBanner, render, SAMPLE, scriptlessPage } from './static-pages.js';

describe('the static fallback inside <hotline-banner>, with JavaScript off', () => {
  for (const lang of LANGUAGES) {
    it(`${lang}: every country shows its line and emergency numbers as links, in the declarative shadow root; axe passes on the sample`, async () => {
      const page = await scriptlessPage(await render('fallback', lang), 320, EVERY, insideBanner);
      const banners = [...page.document.querySelectorAll('hotline-banner')];
      expect(banners.filter((banner) => banner.shadowRoot).length, 'each fallback made its shadow root').to.equal(EVERY.length);
      for (const country of EVERY) expectHelp(page.document, country, `fallback ${lang} ${country}`);
      // axe on every country in every language would take minutes: the sample's kinds of line.
      expect(await axeViolations(await scriptlessPage(await render('fallback', lang, SAMPLE), 320, SAMPLE, insideBanner)), `fallback ${lang}: axe`).to.deep.equal([]);
    });

    it(`${lang}, where no shadow root is made (inserted as text): the plain help shows every country's line; axe passes on the sample`, async () => {
      const asText = async (among: readonly string[]) => {
        const page = await scriptlessPage(await render('fallback', lang, among), 320, among, insideBanner);
        // Markup set as text makes no shadow root: the light DOM's plain help is what shows.
        for (const sample of page.document.querySelectorAll('[data-sample]')) sample.innerHTML = sample.innerHTML;
        expect([...page.document.querySelectorAll('hotline-banner')].filter((banner) => banner.shadowRoot)).to.deep.equal([]);
        return page;
      };
      const page = await asText(EVERY);
      for (const country of EVERY) expectHelp(page.document, country, `fallback (plain) ${lang} ${country}`);
      expect(await axeViolations(await asText(SAMPLE)), `fallback (plain) ${lang}: axe`).to.deep.equal([]);
    });
  }
});

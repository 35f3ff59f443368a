/**
 * Every country with a line renders its banner from the shipped data (the
 * built-in lines, or the continent's file fetched and checked with its hash):
 * each link equals the project's data, the emergency numbers are shown, axe passes.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/banner.js';
import { supportedCountries } from '../src/data/lookup.js';
import { countries, emergencyData, linesOf } from './world-data.js';
import { shadow } from './helpers.js';

describe('every supported country', () => {
  it('is supported by the build exactly when the data has a line for it', () => {
    expect(supportedCountries()).to.deep.equal(countries);
    expect(countries.length).to.be.at.least(90);
  });

  for (const country of countries) {
    it(`${country}: every line's links equal the data, with the emergency numbers, and axe passes`, async () => {
      const el = await fixture(html`<hotline-banner country=${country}></hotline-banner>`);
      const root = shadow(el);
      for (const line of linesOf(country)) {
        const group = root.querySelector(`[data-hotline="${line.id}"]`);
        expect(group, `${line.id} is shown`).to.exist;
        const links = [...group!.querySelectorAll('a')].map((link) => link.getAttribute('href'));
        for (const phone of [line.phone, ...(line.otherPhones ?? [])].filter((number) => number !== undefined)) {
          const dial = phone.e164 ?? phone.display.replace(/\D/g, '');
          expect(links, `${line.id} call ${phone.display}`).to.include(`tel:${dial}`);
          expect(group!.textContent, line.id).to.contain(phone.display);
        }
        if (line.text) expect(links, `${line.id} text`).to.include(`sms:${line.text.dial}`);
        if (line.whatsapp) expect(links, `${line.id} whatsapp`).to.include(`https://wa.me/${line.whatsapp.e164!.slice(1)}`);
        if (line.email) expect(links).to.include(`mailto:${line.email}`);
        if (line.web) expect(links).to.include(line.web);
        if (line.chat) expect(links).to.include(line.chat);
        // Nothing in the group dials a number the data does not have.
        const dialled = links.filter((href) => href!.startsWith('tel:') || href!.startsWith('sms:'));
        expect(dialled.length, `${line.id} dials only its own numbers`).to.equal(
          [line.phone, ...(line.otherPhones ?? [])].filter(Boolean).length + (line.text ? 1 : 0),
        );
      }
      const emergency = root.querySelector('[part="emergency"]')!;
      for (const { number } of emergencyData.territories[country]!.show) {
        expect(emergency.querySelector(`a[href="tel:${number}"]`), `${country} emergency ${number}`).to.exist;
      }
      await expect(el).to.be.accessible();
    });
  }
});

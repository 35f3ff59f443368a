/**
 * Every country with a line renders its banner from the shipped data (the
 * built-in lines, or the continent's file fetched and checked with its hash):
 * each link equals the project's data, the emergency numbers are shown with
 * their roles, the sentences above the lines are true for the first line, and
 * axe passes. What every banner reads, in English, is kept in
 * tests/rendered/banners-en.txt, so that a reviewer sees in one diff what a
 * data change does to what people read (`UPDATE_SNAPSHOTS=1` rewrites it).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/banner.js';
import '../src/signs-checklist.js';
import { supportedCountries } from '../src/data/lookup.js';
import { en } from '../src/locale/messages/en.js';
import { checklists, countries, emergencyData, linesOf, type DataEntry } from './world-data.js';
import { shadow } from './helpers.js';

const collapse = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The text of each paragraph, heading and list item, in order: one banner on one line. */
function readingOrder(root: ShadowRoot): string {
  const blocks = [...root.querySelectorAll('h2, h3, p, li')].filter((block) => !block.querySelector('p, li'));
  return blocks.map((block) => collapse(block.textContent)).join(' | ');
}

/** Which sentences the first line allows, by what it is (the issue's rules, written out here on their own). */
function expectedLead(line: DataEntry): string {
  if (line.serviceType === 'police-reporting') return en.banner.leadPolice;
  if (line.serviceType === 'professional-advice') return en.banner.leadProfessional;
  return en.banner.lead;
}

function expectedSelfCheck(line: DataEntry): { none: string; some: string } {
  const { none, some } = checklists.self!.guidance!;
  if (line.serviceType === 'police-reporting' || line.serviceType === 'professional-advice') return { none: none.other, some: some.other };
  return { none: line.is24x7 === true ? none.support24 : none.support, some: some.support };
}

const roleNames = new Intl.ListFormat('en', { type: 'conjunction' });
const SUPPORT_PROMISE = /in confidence|confidential|help you decide|you decide what happens/i;

const rendered = new Map<string, string>();

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
      // Each emergency number, in the data's order, with the roles its sources give ("all": none named).
      const items = [...root.querySelectorAll('[part="emergency"] .emergency-item')].map((item) => collapse(item.textContent));
      const numbers = emergencyData.territories[country]!.numbers;
      expect(items, `${country} emergency numbers`).to.deep.equal(
        numbers.map(({ number, roles }) =>
          roles.includes('all') || roles.length === 0 ? number : `${number} (${roleNames.format(roles.map((role) => en.banner.roles[role as 'police']))})`,
        ),
      );
      // The lead is said of the first line: no support promise above a police or professionals' line.
      const [first] = linesOf(country);
      const lead = collapse(root.querySelector('.lead')!.textContent);
      expect(lead, `${country}'s lead, above ${first!.id}`).to.equal(expectedLead(first!));
      if (first!.serviceType === 'police-reporting' || first!.serviceType === 'professional-advice') {
        expect(lead).not.to.match(SUPPORT_PROMISE);
        if (first!.serviceType === 'professional-advice') expect(root.querySelector('a[part="directory"]'), `${country}: the directory`).to.exist;
      }
      // Where a child helpline comes first, an adult learns whether it is for them too.
      if (first!.serviceType === 'child-helpline') {
        const audience = collapse(root.querySelector(`[data-hotline="${first!.id}"] [part="line-audience"]`)?.textContent ?? null);
        expect(audience, `${first!.id} says whether it takes calls about adults`).to.equal(
          first!.adults ? en.banner.childLine.adults : en.banner.childLine.childrenOnly,
        );
      }
      rendered.set(country, readingOrder(root));
      await expect(el).to.be.accessible();
    });

    it(`${country}: the self-check promises only what the first line's type and hours allow`, async () => {
      const el = await fixture(html`<hotline-signs-checklist audience="self" country=${country}></hotline-signs-checklist>`);
      const root = shadow(el);
      const status = () => collapse(root.querySelector('[part="next-steps"] .status')!.textContent);
      const [first] = linesOf(country);
      const expected = expectedSelfCheck(first!);
      expect(status(), `${country}, nothing ticked, above ${first!.id}`).to.equal(expected.none);
      if (first!.is24x7 !== true) expect(status()).not.to.match(/any time/i);
      // A sign that is not urgent, so that the guidance is all the status says.
      const box = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find(
        (input) => !checklists.self!.categories.flatMap((category) => category.items).find((item) => item.id === input.value)?.urgent,
      )!;
      box.click();
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(status(), `${country}, a sign ticked`).to.equal(expected.some);
      if (first!.serviceType === 'police-reporting' || first!.serviceType === 'professional-advice') expect(status()).not.to.match(SUPPORT_PROMISE);
    });
  }

  it('reads as tests/rendered/banners-en.txt says (UPDATE_SNAPSHOTS=1 rewrites it after a deliberate change)', async () => {
    expect(rendered.size, 'every country rendered first').to.equal(countries.length);
    const text = `${[...rendered].map(([country, reading]) => `${country}: ${reading}`).join('\n')}\n`;
    const { expected } = (await executeServerCommand('snapshot', { name: 'banners-en.txt', text })) as { expected: string | null };
    expect(expected, 'tests/rendered/banners-en.txt exists').to.be.a('string');
    // Compared line by line, so that a failure names the country whose banner changed.
    const wanted = expected!.split('\n');
    text.split('\n').forEach((line, index) => expect(line, `line ${index + 1} of tests/rendered/banners-en.txt`).to.equal(wanted[index]));
    expect(text.split('\n').length).to.equal(wanted.length);
  });
});

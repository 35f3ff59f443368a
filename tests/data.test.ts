/** The data is evidence: every entry traceable to its sources, every number checkable. */
import { expect } from '@open-wc/testing';
import parsePhoneNumber from 'libphonenumber-js/max';
import { globalDirectoryEvidence } from '../src/data/international.js';
import { emergencyNumbersFor } from '../src/data/lookup.js';
import { allLines, checklists, emergencyData } from './world-data.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const today = new Date().toISOString().slice(0, 10);

function expectEvidence(label: string, evidence: { sources: readonly { url: string; supports: string }[]; checked: string } | undefined) {
  expect(evidence, `${label} has evidence`).to.exist;
  expect(evidence!.sources.length, `${label} sources`).to.be.at.least(1);
  for (const source of evidence!.sources) {
    expect(source.url, label).to.match(/^https?:\/\//);
    expect(source.supports, label).to.not.equal('');
  }
  expect(evidence!.checked, label).to.match(ISO_DATE);
  expect(evidence!.checked <= today, `${label} checked date is not in the future`).to.equal(true);
}

describe('hotline data', () => {
  it('gives every line its sources and check date', () => {
    for (const line of allLines) expectEvidence(line.id, line);
  });

  it('writes every full-length number in its country\'s own form, valid, with its E.164 form matching', () => {
    for (const line of allLines) {
      for (const phone of [line.phone, ...(line.otherPhones ?? []), line.whatsapp].filter((number) => number?.e164)) {
        const parsed = parsePhoneNumber(phone!.display, line.country as never);
        expect(parsed?.isValid(), `${line.id} ${phone!.display}`).to.equal(true);
        expect(parsed?.number, line.id).to.equal(phone!.e164);
      }
    }
  });

  it('contains none of the numbers the reference lists as replaced or not working', () => {
    // docs/data-rules.md (scripts/check-data.mjs checks them by country).
    const retired = ['01 800', '0800-2-3232', '01-24836-85383', '1800 1567', '08000 116 016', '1-888-PROTECT', '5190 8909', '10921'];
    const shown = JSON.stringify(allLines.map(({ sources, notes, ...line }) => line));
    for (const number of retired) expect(shown, number).not.to.contain(number);
  });

  it('uses only https addresses for chat and web', () => {
    for (const line of allLines) {
      if (line.chat) expect(line.chat, line.id).to.match(/^https:\/\//);
      if (line.web) expect(line.web, line.id).to.match(/^https:\/\//);
    }
  });
});

describe('emergency numbers', () => {
  it('cover every territory with its own sources, each number libphonenumber knows or a reason', () => {
    expect(Object.keys(emergencyData.territories).length).to.be.at.least(230);
    for (const [code, territory] of Object.entries(emergencyData.territories)) {
      expectEvidence(`emergency ${code}`, territory);
      for (const { number } of territory.numbers) {
        expect(territory.recognised.includes(number) || typeof territory.notRecognised?.[number] === 'string', `${code} ${number}`).to.equal(true);
      }
    }
  });

  it('decode in the script exactly as the data says, a number for every service with no role named', () => {
    const letters = (roles: readonly string[]) => roles.filter((role) => role !== 'all');
    for (const [country, territory] of Object.entries(emergencyData.territories)) {
      expect(emergencyNumbersFor(country), country).to.deep.equal(territory.numbers.map(({ number, roles }) => ({ number, roles: letters(roles) })));
    }
    expect(emergencyNumbersFor('TH')).to.deep.equal([
      { number: '191', roles: ['police'] },
      { number: '1669', roles: ['ambulance'] },
    ]);
    expect(emergencyNumbersFor('TR')).to.deep.equal([{ number: '112', roles: [] }]);
  });

  it('gives the global directory its sources', () => {
    expectEvidence('global directory', globalDirectoryEvidence);
  });
});

describe('checklist content', () => {
  it('traces every item of every audience to sources that resolve, 8 to 20 items each', () => {
    expect(Object.keys(checklists)).to.include('public');
    for (const content of Object.values(checklists)) {
      const items = content.categories.flatMap((category) => category.items);
      expect(items.length, content.audience).to.be.within(8, 20);
      for (const item of items) {
        const ids = content.itemSources[item.id];
        expect(ids, `${content.audience} ${item.id}`).to.exist;
        for (const id of ids!) expect(content.sources[id], `${content.audience} ${item.id} cites ${id}`).to.exist;
      }
      expect(content.checked).to.match(ISO_DATE);
    }
  });

  it('says that no single sign is proof to observers, and has a sign for immediate danger in every audience', () => {
    for (const content of Object.values(checklists)) {
      if (content.mode !== 'self') expect(content.intro, content.audience).to.contain('No single sign is proof');
      const items = content.categories.flatMap((category) => category.items);
      expect(items.some((item) => item.urgent === 'immediate-danger'), content.audience).to.equal(true);
    }
  });
});

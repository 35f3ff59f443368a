/** The data is evidence: every entry traceable to its sources, every number checkable. */
import { expect } from '@open-wc/testing';
import parsePhoneNumber from 'libphonenumber-js/max';
import { hotlineEvidence, hotlines } from '../src/data/hotlines.js';
import { emergencyEvidence, emergencyNumbers } from '../src/data/emergency.js';
import { globalDirectoryEvidence } from '../src/data/international.js';
import { publicChecklist, publicChecklistEvidence } from '../src/data/checklist/public.js';

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
  it('gives every hotline its sources and check date', () => {
    for (const line of hotlines) expectEvidence(line.id, hotlineEvidence[line.id]);
    expect(Object.keys(hotlineEvidence).sort()).to.deep.equal(hotlines.map((line) => line.id).sort());
  });

  it('has unique ids, upper-case country codes and an emergency number for every country with a line', () => {
    expect(new Set(hotlines.map((line) => line.id)).size).to.equal(hotlines.length);
    for (const line of hotlines) {
      expect(line.country).to.match(/^[A-Z]{2}$/);
      expect(emergencyNumbers[line.country], line.country).to.exist;
    }
  });

  it('writes every number in its country\'s own form, valid, with its E.164 form matching', () => {
    for (const line of hotlines.filter((entry) => entry.phone)) {
      const parsed = parsePhoneNumber(line.phone!.display, line.country as never);
      expect(parsed?.isValid(), line.id).to.equal(true);
      expect(parsed?.number, line.id).to.equal(line.phone!.e164);
    }
  });

  it('contains none of the numbers the reference lists as replaced or not working', () => {
    // ../shared/reference/README.md, "Rules for using the data".
    const retired = ['01 800', '0800-2-3232', '01-24836-85383', '1800 1567', '08000 116 016', '0800 1212', '1-888-PROTECT', '5190 8909', '10921', '0800111222', '0800111333'];
    const shown = JSON.stringify(hotlines);
    for (const number of retired) expect(shown, number).not.to.contain(number);
  });

  it('uses only https addresses for chat and web', () => {
    for (const line of hotlines) {
      if (line.chat) expect(line.chat, line.id).to.match(/^https:\/\//);
      if (line.web) expect(line.web, line.id).to.match(/^https:\/\//);
    }
  });

  it('gives the emergency numbers and the global directory their sources', () => {
    expectEvidence('emergency numbers', emergencyEvidence);
    expectEvidence('global directory', globalDirectoryEvidence);
    for (const [country, entry] of Object.entries(emergencyNumbers)) expect(entry.number, country).to.match(/^\d{2,6}$/);
  });
});

describe('checklist content', () => {
  const items = publicChecklist.categories.flatMap((category) => category.items);

  it('traces every item to sources listed in its evidence', () => {
    for (const item of items) {
      const ids = publicChecklistEvidence.items[item.id];
      expect(ids, item.id).to.exist;
      expect(ids!.length, item.id).to.be.at.least(1);
      for (const id of ids!) expect(publicChecklistEvidence.sources[id], `${item.id} cites ${id}`).to.exist;
    }
    expect(publicChecklistEvidence.checked).to.match(ISO_DATE);
  });

  it('says that no single sign is proof, and has a sign for immediate danger and one for a child', () => {
    expect(publicChecklist.intro).to.contain('No single sign is proof');
    expect(items.some((item) => item.urgent === 'immediate-danger')).to.equal(true);
    expect(items.some((item) => item.urgent === 'child-sexual-exploitation')).to.equal(true);
  });
});

/**
 * The continents' files are checked before use: a file that cannot be loaded
 * or does not match its built-in hash shows no number from it, says so once,
 * and still gives the visitor the country's emergency numbers and the directory.
 */
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../src/banner.js';
import '../src/signs-checklist.js';
import { setDataBase } from '../src/data/remote.js';
import { collectProblems, hrefs, textOf } from './helpers.js';
import { emergencyLinksOf } from './world-data.js';

describe('data files that fail', () => {
  it('a tampered continent file is refused: no number from it, one hotline-error, emergency numbers still shown', async () => {
    // tests/pages/tampered-data/ serves the real files with one number changed (tests/plugins/tabs.mjs).
    setDataBase('/tests/pages/tampered-data/');
    const { events } = await collectProblems(document, async () => {
      const el = await fixture(html`<hotline-banner country="IT"></hotline-banner>`);
      // Italy's emergency numbers are built into the script: they still show.
      expect(hrefs(el)).to.include.members(emergencyLinksOf('IT'));
      expect(hrefs(el).filter((href) => href.startsWith('tel:+'))).to.deep.equal([]);
      expect(textOf(el)).to.contain('Global Modern Slavery Directory');
      await expect(el).to.be.accessible();
    });
    expect(events).to.have.length(1);
    expect(events[0]).to.match(/\/tests\/pages\/tampered-data\/europe(-\d)?\.json/);
    // Said as what it is, not as a network failure.
    expect(events[0]).to.contain('it does not match its hash');
  });

  it('a missing file is reported once however many elements ask for it', async () => {
    setDataBase('/tests/pages/no-such-folder/');
    const { events } = await collectProblems(document, async () => {
      const first = await fixture(html`<div><hotline-banner country="KE"></hotline-banner><hotline-banner country="NG"></hotline-banner></div>`);
      await Promise.all([...first.querySelectorAll('hotline-banner')].map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
      for (const el of first.querySelectorAll('hotline-banner')) expect(textOf(el)).to.contain('Global Modern Slavery Directory');
    });
    expect(events).to.have.length(1);
    expect(events[0]).to.match(/africa(-\d)?\.json/);
  });

  it('the built-in countries need no file at all', async () => {
    setDataBase('/tests/pages/no-such-folder/');
    const el = await fixture(html`<hotline-banner country="CA"></hotline-banner>`);
    expect(hrefs(el)).to.include('tel:+18339001010');
    // (The tests' own copy of the data, /src/data/hotlines/americas.json, is not the widget's file.)
    expect(performance.getEntriesByType('resource').some((entry) => /\/americas(-\d)?\.json$/.test(entry.name) && !entry.name.includes('/src/data/'))).to.equal(false);
  });

  it("while a checklist's signs load, it shows its own heading, the way out and the hotline, and no other audience's signs", async () => {
    setDataBase('/embed/slow-data/');
    // fixtureSync: the first render, not the one after the files (which fixture() would wait for).
    const el = fixtureSync(html`<hotline-signs-checklist audience="self" lang="fr" country="GB"></hotline-signs-checklist>`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const root = el.shadowRoot!;
    // Before the French files have arrived: busy, the self-check's heading, its quick exit, no signs.
    expect(root.querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(root.querySelectorAll('input[type="checkbox"]')).to.have.length(0);
    expect(root.querySelector('hotline-quick-exit')).to.exist;
    expect(hrefs(el)).to.include('tel:+448000121700');
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(root.querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal('false');
    expect(root.querySelectorAll('input[type="checkbox"]').length).to.be.greaterThan(5);
    expect(root.querySelector('[part="heading"]')!.textContent).not.to.equal('Is your work or situation safe?');
  });
});

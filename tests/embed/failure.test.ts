/**
 * Issue 7, failure: a language or data file that is missing (404), an error
 * thrown inside one element, a host that froze Object.prototype, replaced
 * customElements.define, or already has its own <hotline-banner>: the rest
 * keeps working, the quick exit always, with one clear console message and
 * one hotline-error for what failed.
 */
import { expect } from '@open-wc/testing';
import { openTab } from '../tabs.js';
import { type HostPage, expectClean, openPage, recordOf } from './host.js';
import { telLinks, textOf } from '../helpers.js';
import { emergencyLinksOf } from '../world-data.js';


/** One message, in the console and as hotline-error, that matches `pattern`; nothing else reported. */
function expectOneProblem(page: HostPage, pattern: RegExp): void {
  expect(page.recorded.hotlineErrors, 'hotline-error').to.have.length(1);
  expect(page.recorded.hotlineErrors[0]).to.match(pattern);
  expect(page.recorded.warnings.filter((message) => pattern.test(message)), 'the console message').to.have.length(1);
  expect(page.recorded.errors, 'errors').to.deep.equal([]);
  expect(page.recorded.violations).to.deep.equal([]);
}

/** The quick exit's button is there and the keyboard shortcut is installed. */
function expectQuickExit(page: HostPage): void {
  expect(page.document.querySelector('hotline-quick-exit')?.shadowRoot?.querySelector('[part="button"]'), 'the quick exit button').to.exist;
}

describe('embed: when something fails', () => {
  it('the language file is missing: English, once said', async () => {
    const page = await openPage('/embed/missing-language.html');
    expect(textOf(page.document.querySelector('hotline-banner')!)).to.contain('Worried about trafficking');
    expect(telLinks(page.document.querySelector('hotline-banner')!)).to.include('tel:+448000121700');
    expect(textOf(page.document.querySelector('hotline-signs-checklist')!)).to.contain('No single sign is proof');
    expectQuickExit(page);
    expectOneProblem(page, /could not load \S+\/data\/messages-fr\.json .*showing English instead/);
  });

  it("the country's data file is missing: its emergency numbers and the global directory, once said", async () => {
    const page = await openPage('/embed/missing-data.html');
    expect(telLinks(page.document.querySelector('hotline-banner')!)).to.include.members(emergencyLinksOf('IT'));
    expect(textOf(page.document.querySelector('hotline-banner')!)).to.contain('Global Modern Slavery Directory');
    expect(textOf(page.document.querySelector('hotline-signs-checklist')!)).to.contain('No single sign is proof');
    expectQuickExit(page);
    expectOneProblem(page, /could not load \S+\/data\/europe-\d\.json .*showing emergency numbers and the global directory/);
  });

  it("the checklist's signs cannot be loaded: what to do, the hotline and the emergency number, once said", async () => {
    const page = await openPage('/embed/missing-signs.html');
    const checklist = page.document.querySelector('hotline-signs-checklist')!;
    expect(checklist.shadowRoot!.querySelectorAll('input[type="checkbox"]')).to.have.length(0);
    expect(checklist.shadowRoot!.querySelector('section')!.getAttribute('aria-busy')).to.equal('false');
    expect(textOf(checklist)).to.contain('If something still feels wrong, you can talk it through with the hotline.');
    expect(telLinks(checklist)).to.include.members(['tel:+448000121700', 'tel:999']);
    expect(telLinks(page.document.querySelector('hotline-banner')!)).to.include('tel:+448000121700');
    expectQuickExit(page);
    expectOneProblem(page, /could not load \S+\/data\/checklist-public\.json .*without the list/);
  });

  it('an error inside one element: that element says so once, the others keep working', async () => {
    const page = await openPage('/embed/plain.html');
    const banner = page.document.querySelector('hotline-banner') as unknown as HTMLElement & { render(): unknown; requestUpdate(): void; updateComplete: Promise<unknown> };
    banner.render = () => {
      throw new Error('a bug in the banner');
    };
    banner.requestUpdate();
    await banner.updateComplete.catch(() => undefined);
    // The checklist still answers; the quick exit is still there.
    const checklist = page.document.querySelector('hotline-signs-checklist') as HTMLElement & { updateComplete: Promise<unknown> };
    checklist.shadowRoot!.querySelector<HTMLInputElement>('input[value="gp-urgent-1"]')!.click();
    await checklist.updateComplete;
    expect(checklist.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('999');
    expectQuickExit(page);
    expectOneProblem(page, /hotline-banner.*a bug in the banner/);
    // The banner keeps what it showed, and renders again once it can.
    expect(telLinks(page.document.querySelector('hotline-banner')!)).to.include('tel:+448000121700');
  });

  it('a host that froze Object.prototype: everything works', async () => {
    const page = await openPage('/embed/frozen.html');
    expect(telLinks(page.document.querySelector('hotline-banner')!)).to.include('tel:+448000121700');
    expect(textOf(page.document.querySelector('hotline-signs-checklist')!)).to.contain('No single sign is proof');
    expectQuickExit(page);
    expectClean(page.recorded);
  });

  it('another library already has <hotline-banner>: it is not ours to mount, that is said once, the rest works', async () => {
    const page = await openPage('/embed/defined-elsewhere.html');
    expect(page.document.querySelectorAll('hotline-banner')).to.have.length(0);
    expect(textOf(page.document.querySelector('hotline-signs-checklist')!)).to.contain('No single sign is proof');
    expectQuickExit(page);
    expectOneProblem(page, /<hotline-banner> is already defined/);
  });

  it('a page whose own Lit took the Trusted Types policy name first, without allow-duplicates: said once, the quick exit still leaves', async () => {
    const tab = await openTab('/embed/csp-lit-taken.html', (opened) => Boolean(recordOf(opened.window)?.hotlineErrors.length));
    try {
      const recorded = recordOf(tab.window)!;
      expect(recorded.hotlineErrors).to.have.length(1);
      expect(recorded.hotlineErrors[0]).to.match(/could not start .*lit-html.*keyboard shortcuts still work/);
      await tab.keys({ press: 'Escape' }, { press: 'Escape' });
      await tab.arrivesAt('/tests/pages/exit-target.html?from=lit-taken');
    } finally {
      tab.close();
    }
  });

  it('a host that replaced customElements.define: said once, and the quick exit still leaves', async () => {
    const tab = await openTab('/embed/define-replaced.html', (opened) => Boolean(recordOf(opened.window)?.hotlineErrors.length));
    try {
      const recorded = recordOf(tab.window)!;
      expect(recorded.hotlineErrors).to.have.length(1);
      expect(recorded.hotlineErrors[0]).to.match(/customElements\.define/);
      await tab.keys({ press: 'Escape' }, { press: 'Escape' });
      await tab.arrivesAt('/tests/pages/exit-target.html?from=define-replaced');
    } finally {
      tab.close();
    }
  });
});


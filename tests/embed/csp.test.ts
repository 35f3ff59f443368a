/**
 * Issue 7, strict security headers: pages served with
 * `Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self';
 * object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html`,
 * and a nonce-based variant: no violation at all, while every element renders,
 * loads its data and language, answers, and the quick exit leaves.
 */
import { expect } from '@open-wc/testing';
import { openTab } from '../tabs.js';
import { expectClean, openPage, recordOf } from './host.js';
import { textOf } from '../helpers.js';

const cspReports = async (): Promise<string[]> => (await fetch('/__csp-reports')).json();

describe('embed: strict Content-Security-Policy', () => {
  beforeEach(() => cspReports());

  it('the header is the strict one', async () => {
    const response = await fetch('/embed/csp.html');
    const policy = response.headers.get('content-security-policy')!;
    for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'none'", "require-trusted-types-for 'script'", 'trusted-types lit-html']) {
      expect(policy).to.contain(directive);
    }
    expect(policy).not.to.match(/unsafe-inline|unsafe-eval/);
  });

  for (const [name, path] of [
    ['script-src self', '/embed/csp.html'],
    ['a nonce', '/embed/csp-nonce.html'],
  ]) {
    it(`${name}: every element works, with files from data/ and another language, and nothing is refused`, async () => {
      const page = await openPage(`${path}?country=DE&lang=de&audience=self`);
      expect(textOf(page.document.querySelector('hotline-banner')!)).to.contain('Menschenhandel');
      expect(page.document.querySelector('hotline-banner')!.shadowRoot!.querySelector('a[href^="tel:+49"]')).to.exist;
      const checklist = page.document.querySelector('hotline-signs-checklist')!;
      const box = checklist.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
      box.click();
      await (checklist as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(checklist.shadowRoot!.querySelector('[role="status"]')!.textContent).to.match(/\S/);
      expect(page.document.querySelector('hotline-quick-exit')!.shadowRoot!.querySelector('[part="button"]')).to.exist;
      expectClean(page.recorded);
      expect((await cspReports()).filter((report) => report.includes('/embed/csp.html'))).to.deep.equal([]);
      if (name === 'a nonce') {
        // The nonce, read from the script's .nonce, for Lit's <style> fallback.
        const script = page.document.querySelector<HTMLScriptElement>('script[src$="hotline-widget.js"]')!;
        expect(script.nonce).to.have.length.greaterThan(10);
        expect((page.window as unknown as { litNonce?: string }).litNonce).to.equal(script.nonce);
      }
    });
  }

  it('the policy is really enforced here, Trusted Types included: a page script that writes HTML from a string is refused', async () => {
    const page = await openPage('/embed/csp.html');
    expect('trustedTypes' in page.window, 'this engine has Trusted Types').to.equal(true);
    const target = page.document.createElement('div');
    let refused: unknown;
    try {
      target.innerHTML = '<b>from a string</b>';
    } catch (error) {
      refused = error;
    }
    // The frame's own TypeError (another realm's constructor), so by name.
    expect((refused as Error | undefined)?.name).to.equal('TypeError');
    await new Promise((resolve) => setTimeout(resolve, 100));
    // So the zero violations of the widget above are a result, not a policy the browser ignored.
    expect(page.recorded.violations.some((violation) => violation.startsWith('require-trusted-types-for'))).to.equal(true);
  });

  it('the quick exit leaves under the strict policy, and nothing is refused on the way out', async () => {
    // Reports of earlier pages (one that refused a policy on purpose) can arrive late: only this page's count.
    await cspReports();
    const tab = await openTab('/embed/csp.html', (opened) => Boolean(recordOf(opened.window)?.ready.length));
    try {
      const violations = recordOf(tab.window)!.violations;
      await tab.keys({ press: 'ShiftLeft' }, { press: 'ShiftLeft' }, { press: 'ShiftLeft' });
      await tab.arrivesAt('/tests/pages/exit-target.html?from=csp');
      expect(violations).to.deep.equal([]);
      // Reports are sent after the page is gone: give them the time to arrive.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect((await cspReports()).filter((report) => report.includes('/embed/csp.html'))).to.deep.equal([]);
    } finally {
      tab.close();
    }
  });
});

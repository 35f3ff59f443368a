/**
 * Issue 7, Subresource Integrity: the build writes the sha384 of every file in
 * dist/ (dist/sri.json); the script loads with its integrity attribute and
 * crossorigin, as in the README's snippet; a copy that does not match is
 * refused by the browser.
 */
import { expect } from '@open-wc/testing';
import { wait } from '../tabs.js';
import { expectClean, openPage } from './host.js';

describe('embed: Subresource Integrity', () => {
  it('the script loads with the integrity dist/sri.json gives it, and works', async () => {
    const sri = (await (await fetch('/dist/sri.json')).json()) as Record<string, string>;
    expect(sri['hotline-widget.js']).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
    const page = await openPage('/embed/sri.html');
    const script = page.document.querySelector<HTMLScriptElement>('script[integrity]')!;
    expect(script.integrity).to.equal(sri['hotline-widget.js']);
    expect(script.crossOrigin).to.equal('anonymous');
    expect(page.document.querySelector('hotline-banner')!.shadowRoot!.querySelector('a[href="tel:+448000121700"]')).to.exist;
    expectClean(page.recorded);
  });

  it('from another site (a CDN), with integrity and crossorigin: the script runs', async () => {
    const page = await openPage('/embed/sri.html?from=other');
    const script = page.document.querySelector<HTMLScriptElement>('script[integrity]')!;
    expect(new URL(script.src).origin, 'another origin').to.not.equal(location.origin);
    expect(page.document.querySelector('hotline-banner')!.shadowRoot!.querySelector('a[href="tel:+448000121700"]')).to.exist;
    expectClean(page.recorded);
  });

  it('from another site with integrity but without crossorigin (a tag manager that dropped it): the browser refuses it', async () => {
    const page = await openPage('/embed/sri.html?from=other&crossorigin=0', { ready: false });
    await wait(500);
    expect(page.window.HotlineWidget).to.equal(undefined);
    expect(page.document.querySelector('hotline-banner')).to.equal(null);
  });

  it('a copy that does not match its integrity is not run', async () => {
    const page = await openPage('/embed/sri.html?tampered=1', { ready: false });
    await wait(300);
    expect(page.window.HotlineWidget).to.equal(undefined);
    expect(page.document.querySelector('hotline-banner')).to.equal(null);
  });
});

/**
 * Issue 7, privacy (contract section 6): every request a page makes, and every
 * storage API, before and after using each element and the quick exit:
 * nothing asked for but the widget's own files, nothing written.
 */
import { expect } from '@open-wc/testing';
import { exitRequests, openTab } from '../tabs.js';
import { type HostPage, openPage, recordOf, settle } from './host.js';

interface Stored {
  cookies: string;
  localStorage: number;
  sessionStorage: number;
  indexedDB: string[];
  caches: string[];
}

async function stored(window: Window & typeof globalThis): Promise<Stored> {
  return {
    cookies: window.document.cookie,
    localStorage: window.localStorage.length,
    sessionStorage: window.sessionStorage.length,
    indexedDB: ((await window.indexedDB.databases?.()) ?? []).map((database) => database.name ?? ''),
    caches: (await window.caches?.keys()) ?? [],
  };
}

const NOTHING: Stored = { cookies: '', localStorage: 0, sessionStorage: 0, indexedDB: [], caches: [] };

/** The paths of every resource the page has requested. */
const requested = (page: HostPage) => page.window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

describe('embed: nothing asked for but the widget, nothing kept', () => {
  it('using the banner and every part of the checklist: only the widget\'s files, nothing stored', async () => {
    const page = await openPage('/embed/plain.html?country=DE&lang=de&audience=self');
    expect(await stored(page.window)).to.deep.equal(NOTHING);
    // Contact links are activated (their navigation to tel:, sms:, mailto: and the web held back).
    page.document.addEventListener('click', (event) => event.preventDefault(), true);
    const roots = [...page.document.querySelectorAll('hotline-banner, hotline-signs-checklist, hotline-quick-exit')].map((element) => element.shadowRoot!);
    for (const root of roots) {
      root.querySelectorAll<HTMLElement>('summary').forEach((summary) => summary.click());
      root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]').forEach((box) => box.click());
      root.querySelectorAll<HTMLAnchorElement>('a[href]:not([part="button"])').forEach((link) => link.click());
    }
    await settle(page.window);
    for (const root of roots) root.querySelector<HTMLButtonElement>('[part="clear"]')?.click();
    await settle(page.window);
    const paths = requested(page);
    expect(paths).to.include('/dist/hotline-widget.js');
    expect(paths.filter((path) => path.startsWith('/dist/data/')).length, 'data files').to.be.greaterThan(0);
    expect(paths.filter((path) => !path.startsWith('/dist/') && path !== '/tests/embed/recorder.js')).to.deep.equal([]);
    expect(await stored(page.window)).to.deep.equal(NOTHING);
    expect(page.recorded.errors).to.deep.equal([]);
  });

  it('the quick exit: the exit page is asked for once, without a Referer, and nothing is kept', async () => {
    // Its own address: other engines' tests may ask for the exit page meanwhile.
    const exit = `/tests/pages/exit-target.html?from=privacy-${Date.now()}`;
    const tab = await openTab(`/embed/plain.html?exit=${encodeURIComponent(exit)}`, (opened) => Boolean(recordOf(opened.window)?.ready.length));
    try {
      expect(await stored(tab.window)).to.deep.equal(NOTHING);
      await tab.keys({ press: 'Escape' }, { press: 'Escape' });
      await tab.arrivesAt(exit);
      const requests = (await exitRequests()).filter((request) => request.url === exit);
      expect(requests, 'the exit page, asked for once').to.have.length(1);
      expect(requests[0]!.referer ?? '').to.equal('');
      // The tab is on the exit page's origin now; the site's storage is this test page's (the same origin as the page left).
      expect(await stored(window)).to.deep.equal(NOTHING);
    } finally {
      tab.close();
    }
  });
});

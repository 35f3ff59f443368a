/**
 * The quick exit on real pages in real tabs, loaded from the built
 * `dist/hotline-widget.js`, driven by keys and clicks the browser sends.
 */
import { expect } from '@open-wc/testing';
import { EXIT_ORIGIN, exitRequests, openTab, openTabs, wait, type Tab } from './tabs.js';

const TARGET = '/tests/pages/exit-target.html';
let runs = 0;

describe('quick exit on a real page', () => {
  let tab: Tab | undefined;
  afterEach(() => tab?.close());

  /** The article, leaving to an exit address unique to this test. */
  async function article(page = '/tests/pages/article.html'): Promise<{ tab: Tab; exit: string }> {
    tab = await openTab(page);
    await tab.window.HotlineWidget!.ready;
    const exit = `${TARGET}?run=${++runs}-${Date.now()}`;
    tab.window.HotlineWidget!.configure({ exitUrl: `${EXIT_ORIGIN}${exit}` });
    return { tab, exit };
  }

  /** What the page looked like when `hotline-exit` fired, that is, before the navigation. */
  function watchExit(page: Tab) {
    const seen: Record<string, unknown> = {};
    page.document.addEventListener('hotline-exit', (event) => {
      const doc = page.document;
      const banner = doc.getElementById('cookie-banner')?.getBoundingClientRect();
      seen.trigger = event.detail.trigger;
      seen.title = doc.title;
      seen.bodyVisibility = page.window.getComputedStyle(doc.body).visibility;
      seen.icon = doc.querySelector('link[rel~="icon"]')?.getAttribute('href');
      seen.topmost = banner ? doc.elementFromPoint(banner.left + 10, banner.top + 10) : null;
      seen.cover = doc.documentElement.lastElementChild;
      seen.cancelable = event.cancelable;
      // Nothing a page does to the event can stop the exit.
      event.preventDefault();
    });
    return seen;
  }

  async function leavesOn(page: Tab, exit: string, action: () => Promise<unknown>): Promise<void> {
    const lengthBefore = page.historyLength;
    await action();
    await page.arrivesAt(exit);
    expect(page.historyLength, 'no history entry added').to.equal(lengthBefore);
  }

  it('Shift three times (left and right alike): covered, hidden, neutral title, replaced, Back skips the page, no Referer', async () => {
    const { tab: page, exit } = await article();
    const seen = watchExit(page);
    await leavesOn(page, exit, () => page.keys({ press: 'ShiftLeft' }, { press: 'ShiftRight' }, { press: 'ShiftLeft' }));
    expect(seen.trigger).to.equal('keyboard');
    expect(seen.title).to.equal('\u200b');
    expect(seen.bodyVisibility).to.equal('hidden');
    // The icon is left alone: nothing for a strict img-src to refuse, no request for /favicon.ico.
    expect(seen.icon).to.equal('/tests/pages/icon.svg');
    expect(seen.cancelable).to.equal(false);
    // Above the host's cookie banner at z-index 2147483647: the cover is what is at that point.
    expect(seen.topmost).to.equal(seen.cover);
    const request = (await exitRequests()).find((entry) => entry.url === exit);
    expect(request, 'the exit page was requested').to.exist;
    expect(request!.referer).to.equal('');
    page.back();
    await page.arrivesAt('/tests/pages/start.html');
  });

  it('Esc twice within a second', async () => {
    const { tab: page, exit } = await article();
    const seen = watchExit(page);
    await leavesOn(page, exit, () => page.keys({ press: 'Escape' }, { press: 'Escape' }));
    expect(seen.trigger).to.equal('keyboard');
  });

  it('does not leave on Esc twice more than a second apart, or Shift three times over more than 3 seconds', async () => {
    const { tab: page } = await article();
    await page.keys({ press: 'Escape' }, { wait: 1200 }, { press: 'Escape' });
    await page.keys({ press: 'ShiftLeft' }, { press: 'ShiftLeft' }, { wait: 3200 }, { press: 'ShiftLeft' });
    await wait(300);
    expect(page.path).to.equal('/tests/pages/article.html');
  });

  it('does not leave when Shift is used with another key, or on two presses', async () => {
    const { tab: page } = await article();
    await page.keys({ press: 'ShiftLeft' }, { press: 'ShiftLeft' }, { down: 'ShiftLeft' }, { press: 'KeyA' }, { up: 'ShiftLeft' }, { press: 'ShiftLeft' });
    await wait(300);
    expect(page.path).to.equal('/tests/pages/article.html');
    expect(page.document.title).to.equal('Workers found in locked dormitories');
  });

  for (const field of ['#comment', '#notes', '#editable', '#topic', '#dialog-button']) {
    it(`ignores both shortcuts while the focus is in ${field}`, async () => {
      const { tab: page } = await article();
      if (field === '#dialog-button') (page.document.getElementById('dialog') as HTMLDialogElement).showModal();
      (page.document.querySelector(field) as HTMLElement).focus();
      await page.keys({ press: 'ShiftLeft' }, { press: 'ShiftLeft' }, { press: 'ShiftLeft' });
      await page.keys({ press: 'Escape' }, { press: 'Escape' });
      await wait(300);
      expect(page.path).to.equal('/tests/pages/article.html');
    });
  }

  it('ignores Esc that the page\'s own widget already handled (preventDefault)', async () => {
    const { tab: page } = await article();
    page.document.getElementById('menu')!.focus();
    await page.keys({ press: 'Escape' }, { press: 'Escape' });
    await wait(300);
    expect(page.path).to.equal('/tests/pages/article.html');
  });

  it('shortcut "esc2" turns Shift x3 off, and "none" turns both off', async () => {
    const { tab: page, exit } = await article();
    page.window.HotlineWidget!.configure({ shortcut: 'esc2' });
    await page.keys({ press: 'ShiftLeft' }, { press: 'ShiftLeft' }, { press: 'ShiftLeft' });
    await wait(300);
    expect(page.path).to.equal('/tests/pages/article.html');
    page.window.HotlineWidget!.configure({ shortcut: 'none' });
    await page.keys({ press: 'Escape' }, { press: 'Escape' });
    await wait(300);
    expect(page.path).to.equal('/tests/pages/article.html');
    page.window.HotlineWidget!.configure({ shortcut: 'both' });
    await leavesOn(page, exit, () => page.keys({ press: 'ShiftLeft' }, { press: 'ShiftLeft' }, { press: 'ShiftLeft' }));
  });

  it('a click on the button leaves, with trigger "click"', async () => {
    const { tab: page, exit } = await article();
    const seen = watchExit(page);
    const button = page.document.querySelector('hotline-quick-exit')!.shadowRoot!.querySelector('[part="button"]')!;
    await leavesOn(page, exit, () => page.click(button));
    expect(seen.trigger).to.equal('click');
  });

  it('a tap on the button leaves, with trigger "click"', async () => {
    const { tab: page, exit } = await article();
    const seen = watchExit(page);
    const button = page.document.querySelector('hotline-quick-exit')!.shadowRoot!.querySelector('[part="button"]')!;
    await leavesOn(page, exit, () => page.tap(button));
    expect(seen.trigger).to.equal('click');
  });

  for (const key of ['Enter', ' ']) {
    it(`${key === ' ' ? 'Space' : key} on the focused button leaves, with trigger "keyboard"`, async () => {
      const { tab: page, exit } = await article();
      const seen = watchExit(page);
      (page.document.querySelector('hotline-quick-exit')!.shadowRoot!.querySelector('[part="button"]') as HTMLElement).focus();
      await leavesOn(page, exit, () => page.keys({ press: key }));
      expect(seen.trigger).to.equal('keyboard');
    });
  }

  it('HotlineWidget.exit() leaves, with trigger "api"', async () => {
    const { tab: page, exit } = await article();
    const seen = watchExit(page);
    await leavesOn(page, exit, async () => page.window.HotlineWidget!.exit());
    expect(seen.trigger).to.equal('api');
  });

  it('newTab: a click also opens the exit page in a new tab; Shift x3 never tries', async () => {
    const { tab: page, exit } = await article();
    page.window.HotlineWidget!.configure({ newTab: true });
    const button = page.document.querySelector('hotline-quick-exit')!.shadowRoot!.querySelector('[part="button"]')!;
    await leavesOn(page, exit, () => page.click(button));
    await wait(300);
    const withExit = (await openTabs()).filter((url) => url.endsWith(exit));
    expect(withExit.length, 'the tab itself and the new one').to.equal(2);

    const second = await article();
    second.tab.window.HotlineWidget!.configure({ newTab: true });
    await leavesOn(second.tab, second.exit, () => second.tab.keys({ press: 'ShiftLeft' }, { press: 'ShiftLeft' }, { press: 'ShiftLeft' }));
    await wait(300);
    expect((await openTabs()).filter((url) => url.endsWith(second.exit)).length).to.equal(1);
    second.tab.close();
  });

  it('from a same-origin frame, leaves the whole tab', async () => {
    tab = await openTab('/tests/pages/frame-host.html');
    const frame = tab.document.getElementById('frame') as HTMLIFrameElement;
    const inner = frame.contentWindow as Window & typeof globalThis;
    await inner.HotlineWidget!.ready;
    const lengthBefore = tab.historyLength;
    inner.HotlineWidget!.exit();
    await tab.arrivesAt(TARGET);
    expect(tab.historyLength).to.equal(lengthBefore);
  });

  it('script twice and two buttons: one listener, one navigation', async () => {
    tab = await openTab('/tests/pages/twice.html');
    await tab.window.HotlineWidget!.ready;
    // An address of this run's own: the other engines run this test at the same time.
    const exit = `${TARGET}?from=twice-${++runs}-${Date.now()}`;
    for (const button of tab.document.querySelectorAll('hotline-quick-exit')) button.setAttribute('href', `${EXIT_ORIGIN}${exit}`);
    await Promise.all([...tab.document.querySelectorAll('hotline-quick-exit')].map((button) => (button as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    const navigations: string[] = [];
    tab.document.addEventListener('hotline-exit', (event) => navigations.push(event.detail.trigger));
    await tab.keys({ press: 'ShiftLeft' }, { press: 'ShiftLeft' }, { press: 'ShiftLeft' });
    await tab.arrivesAt(exit);
    await wait(300);
    expect(navigations).to.deep.equal(['keyboard']);
    expect((await exitRequests()).filter((entry) => entry.url === exit)).to.have.length(1);
  });

  it('works before DOMContentLoaded, while the page is still loading', async function () {
    // The page alone takes 4 s; with three engines testing at once, opening it can take long too.
    this.timeout(20000);
    // The parser waits 4 s for a slow script: the first paragraph is there, DOMContentLoaded is not.
    tab = await openTab('/tests/pages/early.html', (loading) => !!loading.document.getElementById('first'));
    const page = tab;
    expect(page.document.readyState).to.equal('loading');
    await page.keys({ press: 'ShiftLeft' }, { press: 'ShiftLeft' }, { press: 'ShiftLeft' });
    await page.arrivesAt(`${TARGET}?from=early`, 3000);
  });

  it('a page restored from the back/forward cache after an exit stays covered and leaves again', async () => {
    const { tab: page } = await article();
    // An exit page that answers slowly, so that this page is still here to be "restored".
    const slowExit = `${EXIT_ORIGIN}/__slow.js?ms=1500&restore`;
    page.window.HotlineWidget!.configure({ exitUrl: slowExit });
    page.window.HotlineWidget!.exit();
    const cover = page.document.documentElement.lastElementChild;
    page.window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(page.window.getComputedStyle(page.document.body).visibility).to.equal('hidden');
    expect(page.document.documentElement.lastElementChild).to.not.equal(cover);
    expect(page.document.title).to.equal('\u200b');
  });

  it('writes nothing to storage or cookies', async () => {
    const { tab: page, exit } = await article();
    const storage = () => [page.window.localStorage.length, page.window.sessionStorage.length, page.document.cookie];
    const before = storage();
    let during: unknown[] = [];
    page.document.addEventListener('hotline-exit', () => (during = storage()));
    await leavesOn(page, exit, async () => page.window.HotlineWidget!.exit());
    expect(during).to.deep.equal(before);
    expect(before).to.deep.equal([0, 0, '']);
  });

  it('still leaves on Shift x3 when nothing else of the widget could run', async () => {
    tab = await openTab('/tests/pages/broken-host.html');
    // The script stopped at the host's broken customElements.define, after installing the shortcut.
    expect(tab.document.querySelector('hotline-quick-exit')).to.equal(null);
    await tab.keys({ press: 'ShiftLeft' }, { press: 'ShiftLeft' }, { press: 'ShiftLeft' });
    await tab.arrivesAt(TARGET);
  });

  it('still leaves when every setting is wrong', async () => {
    tab = await openTab('/tests/pages/bad-config.html');
    await tab.window.HotlineWidget!.ready;
    await tab.keys({ press: 'ShiftLeft' }, { press: 'ShiftLeft' }, { press: 'ShiftLeft' });
    // data-exit-url="javascript:..." was refused; the global config's address was kept.
    await tab.arrivesAt(TARGET);
  });

  it('without JavaScript, the documented fallback link inside the element still leaves the page', async () => {
    tab = await openTab('/tests/pages/no-js.html');
    const link = tab.document.querySelector('hotline-quick-exit a')!;
    expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
    await tab.click(link);
    await tab.arrivesAt(TARGET);
  });

  it('is reachable within two Tab presses where the site put it at the end of the page', async function () {
    // Opening a tab in Firefox while three engines run at once took over 10 s once; it passes alone.
    this.timeout(20000);
    tab = await openTab('/tests/pages/end-of-page.html');
    const page = tab;
    await page.window.customElements.whenDefined('hotline-quick-exit');
    await wait(100);
    const exitButton = () => page.document.querySelector('hotline-quick-exit')!.shadowRoot!.activeElement;
    await page.keys({ press: 'Tab' });
    expect(page.document.activeElement?.textContent).to.equal('Skip to the emergency exit');
    await page.keys({ press: 'Enter' });
    expect(exitButton()?.getAttribute('part')).to.equal('button');
  });
});

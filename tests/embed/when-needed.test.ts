/**
 * What the widget leaves for later on a heavy article (tests/embed/heavy-article.mjs: the snippet
 * with `defer` under a long story, the script arriving after the page's first paint, as on a real
 * network), and that the reader still finds everything:
 *
 * - when the script has run, the quick exit is on screen and works, and the banner far below the
 *   fold has not been rendered (the work a reader never waits for);
 * - once the page has loaded and the browser is idle, it is, without any scrolling:
 *   `HotlineWidget.ready` resolves with its number there, find-in-page finds the number, a screen
 *   reader gets the link;
 * - before the page has loaded (an image holds the load event back, so the browser is never idle
 *   after load), a reader who scrolls near it finds it rendered, and a printout has it;
 * - the page alone and the page with the widget do not move (no layout shift).
 */
import { expect } from '@open-wc/testing';
import { linesOf } from '../world-data.js';
import { openTab, until, type Tab } from '../tabs.js';

type HeavyWindow = Window & typeof globalThis & { HotlineWidget?: { ready: Promise<unknown> }; find?: (text: string) => boolean };


const US = linesOf('US')[0]!.phone!;
const TEL = `tel:${US.e164}`;
const engine = navigator.userAgent.includes('Firefox/') ? 'firefox' : navigator.userAgent.includes('Chrome/') ? 'chromium' : 'webkit';

const bannerOf = (tab: Tab) => tab.document.querySelector('hotline-banner');
/** The live banner's call link, once it is rendered. */
const callLink = (tab: Tab) => bannerOf(tab)?.shadowRoot?.querySelector<HTMLAnchorElement>(`a[href="${TEL}"]`) ?? null;
const exitButton = (tab: Tab) => tab.document.querySelector('hotline-quick-exit')?.shadowRoot?.querySelector<HTMLElement>('[part="button"]') ?? null;
/** The heavy article's address, its own for each visit, so that no visit is answered from an earlier one. */
let visits = 0;
const heavyArticle = (query = '') => `/embed/heavy-article.html?visit=${++visits}${query}`;

/** The script has run: the quick exit is in the page (DOMContentLoaded comes after deferred scripts). */
const scriptRan = (tab: Tab) => tab.document.readyState !== 'loading' && !!tab.document.querySelector('hotline-quick-exit');

/**
 * The heavy article with `query`, in a tab in front, as the page a person reads (a tab in the
 * background is never painted: there the widget renders everything at once), until `ready`.
 */
async function openHeavy(query: string, ready: (tab: Tab) => boolean = scriptRan): Promise<Tab> {
  const tab = await openTab('/tests/pages/start.html');
  await tab.activate();
  const path = heavyArticle(query);
  tab.window.location.href = path;
  await until(() => tab.path === path && ready(tab), `${path} to be ready`, 10000);
  return tab;
}

describe('the heavy article: what waits, and what the reader still finds', function () {
  // A 370 KB page in a tab of its own, twice for some.
  this.timeout(30000);
  let tab: Tab | undefined;
  afterEach(() => tab?.close());

  it('when the script has run, the quick exit is on screen and the banner far below the fold is not rendered yet', async () => {
    tab = await openHeavy('&held=1');
    // The held image keeps the page loading: the browser is never idle after load, so only the
    // reader's scrolling or printing could ask for the banner.
    expect(tab.document.readyState).to.equal('interactive');
    const button = exitButton(tab);
    expect(button !== null, 'the quick exit is rendered').to.equal(true);
    const box = button!.getBoundingClientRect();
    expect(box.top >= 0 && box.bottom <= tab.window.innerHeight && box.width >= 44 && box.height >= 44, 'the button is on screen, 44 px at least').to.equal(true);
    expect(bannerOf(tab) !== null, 'the banner is in the page').to.equal(true);
    expect(bannerOf(tab)!.getBoundingClientRect().top, 'the banner is more than two screens below').to.be.greaterThan(3 * tab.window.innerHeight);
    expect(callLink(tab) === null, 'the banner is not rendered yet').to.equal(true);
  });

  it('before the page has loaded, a reader who scrolls near the banner finds it rendered', async () => {
    tab = await openHeavy('&held=1');
    expect(callLink(tab) === null, 'not rendered yet').to.equal(true);
    // Two screens above it: within the distance at which it is rendered.
    const banner = bannerOf(tab)!;
    tab.window.scrollTo(0, banner.getBoundingClientRect().top + tab.window.scrollY - 2 * tab.window.innerHeight);
    await until(() => callLink(tab!) !== null, 'the banner rendered as it came near', 5000);
    expect(tab.document.readyState, 'the page has still not loaded').to.equal('interactive');
    expect(callLink(tab)!.textContent).to.contain(US.display);
  });

  it('before the page has loaded, without scrolling, the printout has the banner and its number', async function () {
    // Chromium only: WebKit's WebDriver cannot print, and Firefox's print (WebDriver BiDi) waits for the page's load.
    if (engine !== 'chromium') this.skip();
    tab = await openHeavy('&held=1');
    expect(callLink(tab) === null, 'not rendered yet').to.equal(true);
    const printed = (await tab.printedText()).replace(/\s+/g, ' ');
    expect(tab.document.readyState, 'the page has still not loaded').to.equal('interactive');
    expect(printed).to.contain('Worried about trafficking or exploitation?');
    expect(printed).to.contain(US.display);
  });

  it('once the page has loaded, without scrolling: ready resolves with the number there, find-in-page finds it, and a screen reader gets the link', async () => {
    tab = await openHeavy('', (tab) => tab.document.readyState === 'complete');
    const window = tab.window as HeavyWindow;
    await window.HotlineWidget!.ready;
    expect(tab.window.scrollY, 'nothing scrolled').to.equal(0);
    expect(callLink(tab) !== null, 'rendered when ready resolved').to.equal(true);
    expect(callLink(tab)!.textContent).to.contain(US.display);
    // Find-in-page, as Ctrl+F searches (window.find is the same search in Chromium and Firefox;
    // WebKit's window.find does not look into shadow roots, and its find bar is out of a test's reach).
    if (engine !== 'webkit') expect(window.find!(US.display), 'find-in-page finds the number').to.equal(true);
    if (engine === 'chromium') {
      const names = await tab.linkNames();
      expect(names.some((name) => name.includes(US.display)), `the accessibility tree has the call link (links: ${names.slice(0, 8).join(' | ')} ...)`).to.equal(true);
    }
  });

  it('no layout shift: the page with the widget moves no more than the page alone (none)', async function () {
    if (engine !== 'chromium') this.skip(); // Layout shifts are Chromium's Layout Instability API.
    const shifts: Record<string, number> = {};
    for (const widget of ['none', 'both']) {
      tab = await openHeavy(`&widget=${widget}`, (tab) => tab.document.readyState === 'complete');
      const window = tab.window as HeavyWindow;
      await window.HotlineWidget?.ready;
      // Every shift since the page started (tests/embed/shift-recorder.js, the page's first scripts).
      const record = (window as unknown as { __fallback: { shifts: number[]; measured: boolean } }).__fallback;
      expect(record.measured).to.equal(true);
      shifts[widget] = record.shifts.reduce((sum, value) => sum + value, 0);
      tab.close();
      tab = undefined;
    }
    expect(shifts).to.deep.equal({ none: 0, both: 0 });
  });
});

/**
 * Issue 18: hostile hosts cannot break the way out. On real pages in real tabs
 * (tests/embed/pages.mjs), each trigger a person has (a click, a tap, Shift
 * three times, Esc twice, and `HotlineWidget.exit()` from the site's code)
 * must cover the page and replace it with the exit page, whatever the page's
 * markup is named or its code broke. Settings that mean nothing cost one key,
 * never the widget.
 */
import { expect } from '@open-wc/testing';
import { exitRequests, openTab, type Tab } from '../tabs.js';
import { expectClean, openPage, recordOf } from './host.js';
import { telLinks, textOf } from '../helpers.js';
import { emergencyLinksOf } from '../world-data.js';

const TARGET = '/tests/pages/exit-target.html';
let runs = 0;

/** The page's own body and members, whatever its markup is named (`<img name="body">`). */
const bodyOf = (doc: Document) => Reflect.get(Document.prototype, 'body', doc) as HTMLElement;
const queryIn = (doc: Document, selector: string) => Document.prototype.querySelector.call(doc, selector);

type Trigger = 'click' | 'tap' | 'shift3' | 'esc2' | 'api';
const TRIGGERS: Trigger[] = ['click', 'tap', 'shift3', 'esc2', 'api'];

/** Opens `page` (a tests/embed page) leaving to an exit address of its own, once the widget is ready. */
async function hostileTab(page: string): Promise<{ tab: Tab; exit: string }> {
  const exit = `${TARGET}?from=hostile-${++runs}-${Date.now()}`;
  const separator = page.includes('?') ? '&' : '?';
  const tab = await openTab(`${page}${separator}exit=${encodeURIComponent(exit)}`, (opened) => Boolean(recordOf(opened.window)?.ready.length));
  return { tab, exit };
}

/** Uses `trigger` and checks the page was hidden, then replaced by the exit page (no new history entry). */
async function leavesBy(tab: Tab, exit: string, trigger: Trigger): Promise<void> {
  const doc = tab.document;
  let hidden = false;
  let covered = false;
  // On window: the page's markup may be named addEventListener on its document.
  tab.window.addEventListener('hotline-exit', () => {
    hidden = tab.window.getComputedStyle(bodyOf(doc)).visibility === 'hidden';
    // The cover: the last element of <html>, over the whole viewport, neither moved, shrunk nor clipped.
    const cover = Reflect.get(Document.prototype, 'documentElement', doc).lastElementChild as HTMLElement;
    const box = cover.getBoundingClientRect();
    const style = tab.window.getComputedStyle(cover);
    covered = box.left <= 0 && box.top <= 0 && box.right >= tab.window.innerWidth && box.bottom >= tab.window.innerHeight && style.clipPath === 'none' && style.visibility === 'visible';
  });
  const historyBefore = tab.historyLength;
  const button = queryIn(doc, 'hotline-quick-exit')?.shadowRoot?.querySelector('[part="button"]');
  if (trigger === 'click') await tab.click(button!);
  else if (trigger === 'tap') await tab.tap(button!);
  else if (trigger === 'shift3') await tab.keys({ press: 'ShiftLeft' }, { press: 'ShiftLeft' }, { press: 'ShiftLeft' });
  else if (trigger === 'esc2') await tab.keys({ press: 'Escape' }, { press: 'Escape' });
  else (tab.window as unknown as { HotlineWidget: { exit(): void } }).HotlineWidget.exit();
  expect(hidden, 'the page was hidden before it was left').to.equal(true);
  expect(covered, 'the page was covered before it was left').to.equal(true);
  await tab.arrivesAt(exit);
  expect(tab.historyLength, 'no history entry added').to.equal(historyBefore);
  const request = (await exitRequests()).find((entry) => entry.url === exit);
  expect(request?.referer, 'no Referer').to.equal('');
}

describe('hostile hosts: every way out still leaves', () => {
  let tab: Tab | undefined;
  afterEach(() => tab?.close());

  const PAGES = {
    // Finding 1: <form name="defaultView">, <img name="body"> and the others, in a comment section.
    'markup named after document members (DOM clobbering)': '/embed/clobbered.html',
    // Finding 2: <a id="HotlineWidget"> makes window.HotlineWidget an element before the script runs.
    'an element with id "HotlineWidget"': '/embed/named-global.html',
    // Finding 8: forEach, filter, the array iterator, createElement, append, composedPath and an Object.prototype getter all throw.
    'built-ins the page broke after the widget was ready': '/embed/broken-builtins.html',
    // Finding 5: Object.prototype written by a naive deep merge (an exit address among it).
    'a polluted Object.prototype': '/embed/polluted.html',
    'CSS properties added to Object.prototype, enumerable': '/embed/polluted-styles.html',
    // Finding 7: settings that cost one key each.
    'a HotlineWidgetConfig getter that throws': '/embed/odd-config.html?config=throwing-getter',
    'a HotlineWidgetConfig Proxy that throws': '/embed/odd-config.html?config=throwing-proxy',
    'settings with no prototype': '/embed/odd-config.html?config=no-prototype',
  };

  for (const [name, page] of Object.entries(PAGES)) {
    for (const trigger of TRIGGERS) {
      it(`${name}: ${trigger}`, async () => {
        const opened = await hostileTab(page);
        tab = opened.tab;
        await leavesBy(opened.tab, opened.exit, trigger);
      });
    }
  }
});

describe('hostile hosts: the widget itself', () => {
  it('with markup named after document members, the button is the first thing in the real body, and everything renders', async () => {
    const page = await openPage('/embed/clobbered.html');
    const body = bodyOf(page.document);
    expect(body.firstElementChild?.localName).to.equal('hotline-quick-exit');
    expect(telLinks(queryIn(page.document, 'hotline-banner')!)).to.include('tel:+448000121700');
    expect(queryIn(page.document, 'hotline-banner')!.parentElement?.id).to.equal('help');
    expectClean(page.recorded);
  });

  it('with an element named "HotlineWidget": the widget starts, its API replaces the element on window, and says so once', async () => {
    const page = await openPage('/embed/named-global.html');
    expect(telLinks(queryIn(page.document, 'hotline-banner')!)).to.include('tel:+448000121700');
    expect(queryIn(page.document, 'hotline-quick-exit')?.shadowRoot?.querySelector('[part="button"]')).to.exist;
    expect(typeof page.window.HotlineWidget?.configure).to.equal('function');
    expect(page.recorded.hotlineErrors).to.have.length(1);
    expect(page.recorded.hotlineErrors[0]).to.contain('window.HotlineWidget');
    expect(page.recorded.errors).to.deep.equal([]);
  });

  const ODD: [string, string, RegExp | null][] = [
    // Finding 7: one odd value costs that key only.
    ['a HotlineWidgetConfig getter that throws', 'throwing-getter', /HotlineWidgetConfig\.country could not be read .*a getter that throws/],
    ['a HotlineWidgetConfig Proxy whose ownKeys throws', 'throwing-proxy', /HotlineWidgetConfig.*could not be read .*a Proxy that throws/],
    ['values with no prototype', 'no-prototype', /HotlineWidgetConfig\.(hotlines|shortcut)/],
    // Findings 4 and 6: empty means the default, with a message for the empty list of components.
    ['empty lists of shortcuts and components', 'empty-lists', /HotlineWidgetConfig\.components=\[\] names no component/],
    ['empty data-shortcut and data-components', 'empty-data', /data-components="" names no component/],
  ];
  for (const [name, config, message] of ODD) {
    it(`${name}: the banner, the checklist and the quick exit with both shortcuts, and a message naming the key`, async () => {
      const page = await openPage(`/embed/odd-config.html?config=${config}`);
      expect(textOf(queryIn(page.document, 'hotline-banner')!)).to.contain('08000 121 700');
      expect(queryIn(page.document, 'hotline-quick-exit')?.shadowRoot?.querySelector('[part="button"]')).to.exist;
      expect(page.recorded.errors, 'nothing thrown').to.deep.equal([]);
      if (message) expect(page.recorded.hotlineErrors.some((text) => message.test(text)), page.recorded.hotlineErrors.join('\n')).to.equal(true);
      expect(page.recorded.hotlineErrors.join('\n')).not.to.contain('could not start');
    });
  }

  for (const config of ['empty-lists', 'empty-data']) {
    it(`${config}: Shift three times still leaves (empty shortcuts are the default, both on)`, async () => {
      const { tab, exit } = await hostileTab(`/embed/odd-config.html?config=${config}`);
      try {
        await leavesBy(tab, exit, 'shift3');
      } finally {
        tab.close();
      }
    });
  }

  it("a polluted Object.prototype adds nothing: no chat or web link, no number, no label, no exit address of its own", async () => {
    const page = await openPage('/embed/polluted.html');
    const elements = [...page.document.querySelectorAll('hotline-banner, hotline-signs-checklist, hotline-quick-exit')];
    const links = elements.flatMap((element) => [...element.shadowRoot!.querySelectorAll('a[href]')].map((link) => link.getAttribute('href')!));
    expect(links.filter((href) => /^javascript:|evil\.example|\+1900/i.test(href)), links.join(' ')).to.deep.equal([]);
    for (const element of elements) expect(textOf(element)).not.to.contain('Polluted label');
    // GB built in, DE and BR from their files: each one's own numbers, short codes dialled as written.
    const [gb, de, br] = [...page.document.querySelectorAll('hotline-banner')];
    expect(telLinks(gb!)[0]).to.equal('tel:+448000121700');
    expect(telLinks(de!)[0]).to.equal('tel:116016');
    expect(telLinks(br!)[0]).to.equal('tel:100');
    // GB's and BR's lines have no chat of their own (DE's has). Booleans: chai cannot describe an element of a polluted page.
    for (const banner of [gb, br]) expect(Boolean(banner!.shadowRoot!.querySelector('.channel-chat'))).to.equal(false);
    const exit = page.document.querySelector('hotline-quick-exit')!.shadowRoot!.querySelector('[part="button"]')!;
    expect(exit.getAttribute('href')).to.equal('https://www.bbc.co.uk/weather');
    expectClean(page.recorded);
  });

  it("a site owner's line: (0) is not dialled, an email that copies someone and a chat address without https: are refused, an empty label keeps the usual words", async () => {
    const page = await openPage('/embed/odd-config.html?config=own-line-details');
    const banner = queryIn(page.document, 'hotline-banner')!;
    expect(telLinks(banner)).to.include('tel:+442079460000');
    expect(textOf(banner)).to.contain('+44 (0)20 7946 0000');
    expect(textOf(banner)).not.to.contain('Our mailbox');
    expect(textOf(banner)).not.to.contain('Our chat');
    const errors = page.recorded.hotlineErrors.join('\n');
    expect(errors).to.contain('HotlineWidgetConfig.hotlines[1].email="help@org.example?bcc=spy%40evil.example" is not usable');
    expect(errors).to.contain('HotlineWidgetConfig.hotlines[2].chat="//evil.example/chat" is not usable');
    expect(errors).to.contain('"quickExit.label"] is empty');
    const button = queryIn(page.document, 'hotline-quick-exit')!.shadowRoot!.querySelector('[part="button"]') as HTMLElement;
    expect(button.innerText).to.contain('Leave this page');
  });

  it('a data file changed on the way is refused, and said to be so: no number from it, its emergency numbers still shown', async () => {
    const page = await openPage('/embed/tampered.html');
    const banner = queryIn(page.document, 'hotline-banner')!;
    expect(telLinks(banner)).to.include.members(emergencyLinksOf('IT'));
    expect(telLinks(banner).filter((href) => href.startsWith('tel:+'))).to.deep.equal([]);
    expect(page.recorded.hotlineErrors).to.have.length(1);
    expect(page.recorded.hotlineErrors[0]).to.match(/could not load \S+\/data\/europe-\d\.json \(it does not match its hash\)/);
  });

  it('data files that never answer: after 8 s, what is built in, one message, and ready resolves', async function () {
    this.timeout(20000);
    const page = await openPage('/embed/stalled.html', { ready: false });
    const ready = await (page.window as unknown as { HotlineWidget: { ready: Promise<unknown> } }).HotlineWidget.ready;
    expect(ready).to.deep.equal({ country: 'IT', lang: 'en' });
    const banner = queryIn(page.document, 'hotline-banner')!;
    expect(banner.shadowRoot!.querySelector('section')!.getAttribute('aria-busy')).to.equal('false');
    expect(telLinks(banner)).to.include.members(emergencyLinksOf('IT'));
    expect(textOf(banner)).to.contain('Global Modern Slavery Directory');
    expect(page.recorded.hotlineErrors).to.have.length(1);
    expect(page.recorded.hotlineErrors[0]).to.match(/could not load \S+\.json \(no answer in 8 s\)/);
  });

  // Finding 3: addresses that would keep the person on the site, reload the page, or not move at all.
  const NOT_EXITS = [
    'www.bbc.co.uk/weather',
    '/',
    '.',
    '?',
    '#',
    'http:evil.example',
    '//evil.example/weather',
    '\uff4a\uff41\uff56\uff41\uff53\uff43\uff52\uff49\uff50\uff54:alert(1)',
    '\u0000https://www.bbc.co.uk/weather',
    'javascript:alert(1)',
  ];
  it('exit addresses that are not a full address of another site are refused, one message each, and the way out stays where it was', async () => {
    const page = await openPage('/embed/plain.html');
    const button = () => queryIn(page.document, 'hotline-quick-exit')!.shadowRoot!.querySelector('[part="button"]')!;
    const before = button().getAttribute('href');
    expect(before).to.match(/^https?:\/\//);
    const sameSite = `${page.window.location.origin}/tests/pages/exit-target.html`;
    for (const [index, exitUrl] of [...NOT_EXITS, sameSite].entries()) {
      page.window.HotlineWidget!.configure({ exitUrl });
      await (queryIn(page.document, 'hotline-quick-exit') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(page.recorded.hotlineErrors, exitUrl).to.have.length(index + 1);
      expect(page.recorded.hotlineErrors[index]).to.contain('configure({ exitUrl })=');
      expect(page.recorded.hotlineErrors[index]).to.contain('is not a full https: or http: address of another site');
      expect(button().getAttribute('href'), exitUrl).to.equal(before);
    }
  });

  it('a bare shortcut attribute on the element is the default: Esc twice leaves', async () => {
    const { tab, exit } = await hostileTab('/embed/odd-config.html?config=none');
    try {
      queryIn(tab.document, 'hotline-quick-exit')!.setAttribute('shortcut', '');
      await (queryIn(tab.document, 'hotline-quick-exit') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      await leavesBy(tab, exit, 'esc2');
    } finally {
      tab.close();
    }
  });
});

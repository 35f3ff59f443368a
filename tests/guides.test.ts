/**
 * The plain-HTML guide's example page, docs/examples/html/index.html, loaded
 * as a visitor would load it (through the test server, which serves the
 * repository as npm start does): the README's snippet shows the US banner
 * right after the script, with the hotline's tel: link, and the quick exit at
 * the top of the page. tests/node/guides.test.mjs checks that the page's tag
 * is the README's snippet.
 */
import { expect } from '@open-wc/testing';
import { telLinks, textOf } from './helpers.js';
import { expectClean, openPage, recordOf } from './embed/host.js';
import { exitRequests, openTab, until, wait, type Tab } from './tabs.js';

type ExamplePage = Window & typeof globalThis & { HotlineWidget?: { ready: Promise<{ country: string | null; lang: string }> } };

describe('guides: the plain-HTML example page', () => {
  let frame: HTMLIFrameElement;

  afterEach(() => frame?.remove());

  it('shows the US hotline with its tel: link under the story, and the quick exit first', async () => {
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 600px; border: 0;';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/docs/examples/html/index.html';
    document.body.append(frame);
    await loaded;
    const page = frame.contentWindow as ExamplePage;
    const doc = frame.contentDocument!;
    expect(page.HotlineWidget, 'the script ran').to.exist;
    expect(await page.HotlineWidget!.ready).to.deep.equal({ country: 'US', lang: 'en' });

    const banner = doc.querySelector('hotline-banner')!;
    expect(banner, 'a banner is mounted').to.exist;
    await (banner as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(banner.previousElementSibling?.localName, 'right after the script').to.equal('script');
    expect(telLinks(banner)).to.include('tel:+18883737888');
    expect(textOf(banner)).to.contain('1-888-373-7888');
    expect(doc.body.firstElementChild?.localName, 'the quick exit comes first').to.equal('hotline-quick-exit');
  });
});

/**
 * The Google Tag Manager guide's tag (docs/examples/gtm/custom-html-tag.html),
 * added to a page the way a tag manager adds a Custom HTML tag
 * (tests/embed/tag-manager.js): the banner goes into the template's empty
 * element, the quick exit to the top of the page, at whichever moment the
 * trigger fires, whether the tag manager keeps the script's attributes or
 * drops them, and when the tag fires twice.
 */
describe('guides: the Google Tag Manager tag', () => {
  async function expectHelpOn(path: string, { integrity }: { integrity: boolean }) {
    const page = await openPage(path);
    const doc = page.document;
    expect(await page.window.HotlineWidget!.ready).to.deep.equal({ country: 'US', lang: 'en' });
    const banners = doc.querySelectorAll('hotline-banner');
    expect(banners, 'one banner').to.have.length(1);
    expect(banners[0]!.parentElement!.id, 'in the element the tag targets').to.equal('help');
    expect(telLinks(banners[0]!)).to.include('tel:+18883737888');
    expect(textOf(banners[0]!)).to.contain('1-888-373-7888');
    expect(doc.querySelectorAll('hotline-quick-exit'), 'one quick exit').to.have.length(1);
    expect(doc.body.firstElementChild?.localName, 'the quick exit comes first').to.equal('hotline-quick-exit');
    const scripts = [...doc.querySelectorAll<HTMLScriptElement>('script[src$="/dist/hotline-widget.js"]')];
    expect(scripts.length, 'the tag manager added the script').to.be.greaterThan(0);
    if (integrity) {
      const sri = (await (await fetch('/dist/sri.json')).json()) as Record<string, string>;
      for (const script of scripts) {
        expect(script.integrity, 'the script ran with its integrity').to.equal(sri['hotline-widget.js']);
        expect(script.crossOrigin).to.equal('anonymous');
      }
    }
    expectClean(page.recorded);
  }

  for (const fire of ['page-view', 'dom-ready', 'window-loaded']) {
    it(`fired at ${fire}: the US banner in #help with its tel: link, the quick exit first, integrity checked`, async () => {
      await expectHelpOn(`/embed/tag-manager.html?fire=${fire}`, { integrity: true });
    });
  }

  it('works the same where the tag manager keeps only the script\'s src', async () => {
    await expectHelpOn('/embed/tag-manager.html?copy=src', { integrity: false });
  });

  it('fired twice: one banner and one quick exit', async () => {
    await expectHelpOn('/embed/tag-manager.html?times=2&fire=dom-ready', { integrity: true });
  });
});

/**
 * The staff portals guide's example (docs/examples/portal/staff-help.html):
 * the hospitality checklist and the quick exit on a page of the site's own,
 * and where the quick exit takes the person when a portal shows that page in
 * a frame (tests/embed/pages.mjs: /embed/portal.html), as the guide says:
 * the whole tab from a frame of the same address, or a sandboxed one allowed
 * to navigate the page around it; only the frame from another address. Each
 * exit is a real click on the button, sent by the browser. In every engine.
 */
/** WebKit (Safari's engine), whose sandboxed frames behave differently (below). */
const isWebKit = !/Chrome\/|Firefox\//.test(navigator.userAgent);

describe('guides: the staff portal example', () => {
  let tab: Tab | undefined;
  afterEach(() => tab?.close());

  const exitPath = (from: string) => `/tests/pages/exit-target.html?from=${from}`;
  const buttonOf = (doc: Document) => doc.querySelector('hotline-quick-exit')!.shadowRoot!.querySelector<HTMLElement>('[part="button"]')!;

  /** The portal page in a tab, its frame's page ready where it can be seen (same origin). */
  async function portal(query: string): Promise<{ tab: Tab; frame: HTMLIFrameElement }> {
    tab = await openTab(`/embed/portal.html?${query}`);
    const frame = tab.document.getElementById('inner') as HTMLIFrameElement;
    const inner = frame.contentWindow!;
    let readable = true;
    try {
      void inner.document;
    } catch {
      readable = false;
    }
    if (readable) await until(() => Boolean(recordOf(inner)?.ready.length), 'the framed widget');
    // From another address nothing can be seen: the page has loaded (the tab's load waits for its frames).
    else await wait(300);
    return { tab, frame };
  }

  /** Clicks, in `tab`, the point of `frame` at `x`, `y` of the framed page. */
  async function clickInFrame(page: Tab, frame: HTMLIFrameElement, x: number, y: number): Promise<void> {
    const box = frame.getBoundingClientRect();
    await page.clickAt(box.left + frame.clientLeft + x, box.top + frame.clientTop + y);
  }

  /** The centre of the quick exit's button on the staff page, framed at the portal's size. */
  async function buttonCentre(): Promise<{ x: number; y: number }> {
    const twin = await openPage('/embed/staff-help.html?from=measure', { width: 800, height: 600 });
    const box = buttonOf(twin.document).getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }

  it('on its own: the checklist for hotel staff, and the quick exit first', async () => {
    const page = await openPage('/embed/staff-help.html');
    const checklist = page.document.querySelector('hotline-signs-checklist')!;
    expect(checklist, 'a checklist').to.exist;
    expect(textOf(checklist)).to.contain('Guests and rooms');
    expect(page.document.querySelector('hotline-banner'), 'no banner').to.equal(null);
    expect(page.document.body.firstElementChild?.localName).to.equal('hotline-quick-exit');
    expectClean(page.recorded);
  });

  it('in a frame of the same address: the quick exit leaves the whole tab', async () => {
    const { tab: page, frame } = await portal('frame=same&from=same');
    const box = buttonOf(frame.contentDocument!).getBoundingClientRect();
    const lengthBefore = page.historyLength;
    await clickInFrame(page, frame, box.left + box.width / 2, box.top + box.height / 2);
    await page.arrivesAt(exitPath('same'));
    expect(page.historyLength).to.equal(lengthBefore);
  });

  for (const sandbox of ['allow-scripts allow-same-origin allow-top-navigation', 'allow-scripts allow-same-origin allow-top-navigation-by-user-activation']) {
    it(`in a frame sandboxed "${sandbox}": the quick exit leaves the whole tab`, async () => {
      const from = `top-${sandbox.length}`;
      const { tab: page, frame } = await portal(`frame=same&from=${from}&sandbox=${encodeURIComponent(sandbox)}`);
      const box = buttonOf(frame.contentDocument!).getBoundingClientRect();
      await clickInFrame(page, frame, box.left + box.width / 2, box.top + box.height / 2);
      await page.arrivesAt(exitPath(from));
    });
  }

  it('in a frame from another address: only the frame leaves, the portal stays as it was', async () => {
    const { x, y } = await buttonCentre();
    const { tab: page, frame } = await portal('frame=other&from=other');
    const left = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    await clickInFrame(page, frame, x, y);
    await left;
    // The exit page is on this test page's origin (the other of the server's two names): readable.
    expect(frame.contentWindow!.location.pathname + frame.contentWindow!.location.search).to.equal(exitPath('other'));
    expect(page.path).to.equal('/embed/portal.html?frame=other&from=other');
    expect(page.window.getComputedStyle(page.document.body).visibility).to.equal('visible');
    expect(page.document.title).to.equal('Staff portal');
  });

  it('in a frame sandboxed without top navigation: the frame leaves, the portal is covered but stays (WebKit: the whole tab leaves)', async () => {
    const { tab: page, frame } = await portal(`frame=same&from=no-top&sandbox=${encodeURIComponent('allow-scripts allow-same-origin')}`);
    const box = buttonOf(frame.contentDocument!).getBoundingClientRect();
    const left = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    await clickInFrame(page, frame, box.left + box.width / 2, box.top + box.height / 2);
    if (isWebKit) {
      // WebKit lets a sandboxed frame of the same origin navigate the page around it.
      await page.arrivesAt(exitPath('no-top'));
      return;
    }
    await left;
    expect((await exitRequests()).map((entry) => entry.url)).to.include(exitPath('no-top'));
    expect(page.path).to.equal(`/embed/portal.html?frame=same&from=no-top&sandbox=${encodeURIComponent('allow-scripts allow-same-origin')}`);
    expect(page.window.getComputedStyle(page.document.body).visibility, 'the portal is hidden').to.equal('hidden');
  });
});

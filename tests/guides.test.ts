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
import { expectClean, openPage } from './embed/host.js';

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

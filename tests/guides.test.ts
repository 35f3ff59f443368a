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

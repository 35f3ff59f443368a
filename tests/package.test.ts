/**
 * The package as its users get it: `npm pack`, installed with npm into a fresh
 * project (scripts/pack-consumer.mjs, through the `packed-package` command),
 * its dist/ served as a site that hosts it itself would serve it, and the
 * drop-in script loaded from there with its Subresource Integrity.
 * tests/node/package.test.mjs checks the tarball's contents and its types.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { until } from './tabs.js';
import { shadow, telLinks, textOf } from './helpers.js';
import { linesOf } from './world-data.js';

interface Packed {
  /** Where the test server serves a copy of the installed `node_modules/hotline-widget/dist/`. */
  base: string;
  integrity: string;
  version: string;
}

/** A fresh page (a same-origin frame) with only `body`, once the widget is ready or `what` has failed to appear. */
async function page(body: string): Promise<{ window: Window; document: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position: fixed; inset: 0; width: 1024px; height: 768px; border: 0; background: #fff;';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A site</title></head><body><main><h1>A story</h1>${body}</main></body></html>`;
  document.body.append(frame);
  await loaded;
  after(() => frame.remove());
  return { window: frame.contentWindow!, document: frame.contentDocument! };
}

describe('the installed package, served from the site itself', () => {
  let packed: Packed;
  before(async function () {
    // npm pack and npm install: a few seconds, once per run.
    this.timeout(120000);
    packed = (await executeServerCommand('packed-package')) as Packed;
  });

  it("the drop-in script with its integrity shows Kenya's line in Swahili, and every file comes from the site's copy of the installed dist/", async () => {
    const { window, document: doc } = await page(
      `<script src="${packed.base}hotline-widget.js" integrity="${packed.integrity}" crossorigin="anonymous" data-country="KE" data-lang="sw" data-components="banner quick-exit"></script>`,
    );
    const banner = () => doc.querySelector('hotline-banner');
    const main = linesOf('KE')[0]!.phone!;
    const mainLink = `tel:${main.e164 ?? main.display.replace(/\D/g, '')}`;
    await until(() => !!banner() && telLinks(banner()!).includes(mainLink), `the banner with ${mainLink}, loaded from data/`, 8000);
    const swahili = await (await fetch('/src/locale/messages/sw.json')).json();
    await until(() => shadow(banner()!).querySelector('[part="heading"]')?.textContent === swahili.banner.heading, 'the Swahili heading', 8000);
    expect(textOf(banner()!)).to.contain(swahili.banner.heading);
    expect(doc.querySelector('hotline-quick-exit'), 'the quick exit').to.exist;
    const requested = window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(requested).to.include(`${packed.base}data/manifest.json`);
    expect(requested).to.include(`${packed.base}data/messages-sw.json`);
    expect(requested.filter((path) => !path.startsWith(packed.base)), 'nothing from outside that copy').to.deep.equal([]);
    expect((window as Window & { HotlineWidget?: { version: string } }).HotlineWidget?.version).to.equal(packed.version);
  });

  it('the same script with an integrity that is not its own is refused by the browser', async () => {
    const wrong = `sha384-${btoa('not the release'.padEnd(48, '.'))}`;
    const { window, document: doc } = await page(`<script src="${packed.base}hotline-widget.js" integrity="${wrong}" crossorigin="anonymous" data-country="KE"></script>`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(doc.querySelector('hotline-banner')).to.equal(null);
    expect((window as Window & { HotlineWidget?: unknown }).HotlineWidget).to.equal(undefined);
  });
});

/**
 * Issue 7, load orders: the script in <head> or at the end of <body>, with
 * defer, async or neither; configured by data-* attributes, by
 * HotlineWidgetConfig set before the script or after it, by configure(), or
 * with the elements written in the HTML before the script: every page shows
 * the same widget, once, with nothing reported.
 */
import { expect } from '@open-wc/testing';
import { until } from '../tabs.js';
import { expectClean, openPage, settle, widgetSnapshot } from './host.js';

describe('embed: every load order renders the same widget', () => {
  let reference: string[];

  before(async () => {
    const page = await openPage('/embed/plain.html');
    reference = widgetSnapshot(page.document);
  });

  it('the reference page shows a banner, a checklist and a quick exit for GB', () => {
    expect(reference.map((entry) => entry.split(' ')[0]).sort()).to.deep.equal(['hotline-banner', 'hotline-quick-exit', 'hotline-signs-checklist']);
    expect(reference.find((entry) => entry.startsWith('hotline-banner'))).to.contain('tel:+448000121700');
  });

  for (const where of ['head', 'body-end']) {
    for (const mode of ['plain', 'defer', 'async']) {
      for (const config of ['data', 'before', 'after']) {
        it(`script in ${where}, ${mode}, configured by ${config === 'data' ? 'data-* attributes' : `HotlineWidgetConfig ${config} the script`}`, async () => {
          const page = await openPage(`/embed/order.html?where=${where}&mode=${mode}&config=${config}`);
          expect(widgetSnapshot(page.document)).to.deep.equal(reference);
          const help = page.document.getElementById('help')!;
          expect([...help.children].map((child) => child.localName)).to.deep.equal(['hotline-banner', 'hotline-signs-checklist']);
          // The quick exit first in the page, where Tab reaches it first.
          expect(page.document.body.firstElementChild?.localName).to.equal('hotline-quick-exit');
          expect(page.recorded.ready).to.deep.equal([{ country: 'GB', lang: 'en' }]);
          expectClean(page.recorded);
        });
      }
    }
  }

  it('the elements written in the HTML before the script upgrade to the same widget', async () => {
    const page = await openPage('/embed/elements-first.html');
    expect(widgetSnapshot(page.document)).to.deep.equal(reference);
    expectClean(page.recorded);
  });

  it('configure() after the page has loaded mounts the same widget', async () => {
    const page = await openPage('/embed/configured.html', { ready: false });
    await until(() => page.document.querySelectorAll('#help > *').length === 2, 'the elements configure() mounts');
    await settle(page.window);
    expect(widgetSnapshot(page.document)).to.deep.equal(reference);
    expectClean(page.recorded);
  });
});

/**
 * Issue 7, scale: 500 banners on one page render without an error, each with
 * its country's line (npm run bench reports the time); and the layout shift
 * the widget causes on an article, none where the site reserves the space
 * (Chromium: the only engine that reports layout shifts).
 */
import { expect } from '@open-wc/testing';
import { until } from '../tabs.js';
import { expectClean, openPage } from './host.js';

const isChromium = navigator.userAgent.includes('Chrome/');

describe('embed: at scale', () => {
  it('500 banners render, every one with its line, nothing reported', async function () {
    this.timeout(30000);
    const page = await openPage('/embed/many.html?count=500', { ready: false });
    const rendered = await (page.window as unknown as { __rendered: Promise<{ count: number; ms: number }> }).__rendered;
    expect(rendered.count).to.equal(500);
    const banners = [...page.document.querySelectorAll('hotline-banner')];
    const withLine = banners.filter((banner) => banner.shadowRoot?.querySelector('[part="hotline"] a[href^="tel:"]'));
    expect(withLine).to.have.length(500);
    expect(banners[0]!.shadowRoot!.querySelector('a[href="tel:+448000121700"]')).to.exist;
    expectClean(page.recorded);
  });

  it("a lang the host toggles elsewhere re-renders no banner; one banner's own lang, that banner only; <html lang>, all (issue 18, finding 10)", async function () {
    this.timeout(30000);
    const page = await openPage('/embed/many.html?count=500', { ready: false });
    await (page.window as unknown as { __rendered: Promise<unknown> }).__rendered;
    const banners = [...page.document.querySelectorAll('hotline-banner')] as (HTMLElement & { updateComplete: Promise<unknown> })[];
    // Which banners render again: the element class's render, counted per element.
    const rendered = new Set<Element>();
    const prototype = page.window.customElements.get('hotline-banner')!.prototype as { render(): unknown };
    const render = prototype.render;
    prototype.render = function (this: Element) {
      rendered.add(this);
      return render.call(this);
    };
    const settled = async () => {
      await Promise.all(banners.map((banner) => banner.updateComplete));
      await new Promise((resolve) => page.window.requestAnimationFrame(resolve));
    };
    const span = page.document.createElement('span');
    page.document.body.append(span);
    for (let index = 0; index < 20; index++) {
      span.setAttribute('lang', index % 2 ? 'fr' : 'de');
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await settled();
    expect(rendered.size, 'banners rendered again for an unrelated lang').to.equal(0);
    banners[3]!.setAttribute('lang', 'en-GB');
    await settled();
    expect([...rendered]).to.deep.equal([banners[3]]);
    rendered.clear();
    page.document.documentElement.setAttribute('lang', 'en-US');
    await settled();
    expect(rendered.size).to.equal(500);
  });

  /** The page's cumulative layout shift once the widget has rendered. */
  async function layoutShift(path: string): Promise<number> {
    const page = await openPage(path, { ready: false });
    // Layout shifts are reported only to an observer, watching from the load on.
    let total = 0;
    new page.window.PerformanceObserver((list) => {
      for (const shift of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!shift.hadRecentInput) total += shift.value;
    }).observe({ type: 'layout-shift', buffered: true });
    if (!path.includes('widget=none')) {
      await until(() => Boolean(page.window.document.querySelector('hotline-banner')?.shadowRoot?.querySelector('a[href^="tel:"]')), 'the banner');
    }
    await new Promise((resolve) => setTimeout(resolve, 700));
    return total;
  }

  it('where the site reserves the banner\'s space, the widget moves nothing on the page', async function () {
    if (!isChromium) this.skip();
    expect(await layoutShift('/embed/article.html?widget=reserved&slow=1')).to.equal(0);
  });

  it('the article alone moves nothing (the measure is sound)', async function () {
    if (!isChromium) this.skip();
    expect(await layoutShift('/embed/article.html?widget=none&slow=1')).to.equal(0);
  });

  it('where the site does not reserve it, the text below moves when the banner arrives after the first paint (measured, documented)', async function () {
    if (!isChromium) this.skip();
    expect(await layoutShift('/embed/article.html?widget=banner&slow=1')).to.be.greaterThan(0);
  });
});

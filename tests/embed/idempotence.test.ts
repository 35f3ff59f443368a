/**
 * Issue 7, idempotence: the script twice (the same file, and another version),
 * configure() twice, elements removed and put back (a single-page app's route
 * change), <body> replaced: one widget, the quick exit's listeners once, no
 * console errors, and every listener an element added is gone once it is.
 */
import { expect } from '@open-wc/testing';
import { expectClean, openPage, settle, widgetSnapshot, type HostPage } from './host.js';

const WIDGET = 'hotline-banner, hotline-signs-checklist, hotline-quick-exit';
const listeners = (page: HostPage) => page.recorded.listeners();
const count = (page: HostPage, selector: string) => page.document.querySelectorAll(selector).length;

describe('embed: once, whatever happens twice', () => {
  it('the script twice, and another version of it after: the first copy is in charge, nothing doubles', async () => {
    const single = await openPage('/embed/plain.html?components=banner%20quick-exit');
    const page = await openPage('/embed/twice.html');
    expect(count(page, 'hotline-banner')).to.equal(1);
    expect(count(page, 'hotline-quick-exit')).to.equal(1);
    expect(count(page, '[data-hotline-skip-link]')).to.equal(count(single, '[data-hotline-skip-link]'));
    expect(widgetSnapshot(page.document)).to.deep.equal(widgetSnapshot(single.document));
    expect((page.window.HotlineWidget as unknown as { version: string }).version).not.to.equal('0.0.1-other');
    // The keyboard shortcuts listen once, however many copies asked.
    expect(listeners(page)).to.deep.equal(listeners(single));
    expect(listeners(page).keyup).to.equal(1);
    expect(page.recorded.ready).to.have.length(1);
    expectClean(page.recorded);
  });

  it('configure() twice: the last settings, one widget', async () => {
    const page = await openPage('/embed/plain.html');
    const before = listeners(page);
    page.window.HotlineWidget!.configure({ country: 'US' });
    page.window.HotlineWidget!.configure({ country: 'CA', components: ['banner', 'quick-exit', 'checklist'] });
    await settle(page.window);
    expect(count(page, WIDGET)).to.equal(3);
    const banner = page.document.querySelector('hotline-banner')!;
    expect(banner.shadowRoot!.querySelector('a[href^="tel:+1833"]')).to.exist;
    expect(listeners(page)).to.deep.equal(before);
    expectClean(page.recorded);
  });

  it('a route change takes the elements out and puts them back: they render again, and leave no listener behind', async () => {
    const page = await openPage('/embed/plain.html');
    const withWidget = listeners(page);
    const snapshot = widgetSnapshot(page.document);
    const elements = [...page.document.querySelectorAll(WIDGET)].map((element) => ({ element, parent: element.parentNode!, next: element.nextSibling }));
    elements.forEach(({ element }) => element.remove());
    const without = listeners(page);
    // What the elements listened to (focus for the quick exit, printing and the exit for the checklist, the browser's languages) went with them.
    for (const type of ['focusin', 'hotline-exit', 'languagechange']) expect(without[type] ?? 0, type).to.equal(0);
    // But the page's one listener that renders what waits when the page is printed (components/common/when-needed.ts).
    expect(without.beforeprint, 'beforeprint').to.equal(1);
    // The shortcuts stay: the page can still be left by keyboard.
    expect(without.keyup).to.equal(1);
    // Back where they were: the last first, so that each one's next sibling is in place.
    elements.reverse().forEach(({ element, parent, next }) => parent.insertBefore(element, next?.parentNode === parent ? next : null));
    await settle(page.window);
    expect(widgetSnapshot(page.document)).to.deep.equal(snapshot);
    expect(listeners(page)).to.deep.equal(withWidget);
    expect(count(page, '[data-hotline-skip-link]')).to.be.at.most(1);
    expectClean(page.recorded);
  });

  it('<body> replaced (Turbo, pjax): the same elements move into the new body, once', async () => {
    const page = await openPage('/embed/plain.html');
    const withWidget = listeners(page);
    const snapshot = widgetSnapshot(page.document);
    const fresh = page.document.createElement('body');
    fresh.innerHTML = '<main><h1>Another story</h1><div id="help"></div></main>';
    page.document.documentElement.replaceChild(fresh, page.document.body);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settle(page.window);
    expect(count(page, WIDGET)).to.equal(3);
    expect(fresh.firstElementChild?.localName).to.equal('hotline-quick-exit');
    expect([...page.document.getElementById('help')!.children].map((child) => child.localName)).to.deep.equal(['hotline-banner', 'hotline-signs-checklist']);
    expect(widgetSnapshot(page.document)).to.deep.equal(snapshot);
    expect(listeners(page)).to.deep.equal(withWidget);
    expectClean(page.recorded);
  });
});

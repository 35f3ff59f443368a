/**
 * Issue 7, containers: in a same-origin frame (a staff portal), inside a host
 * page's own web component, on a right-to-left page, at 320 px wide (a
 * 1,280 px window at 400% zoom), with reduced motion, and in forced colours.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { exitTarget, until } from '../tabs.js';
import { expectClean, openPage, recordOf, settle } from './host.js';

const WIDGET = 'hotline-banner, hotline-signs-checklist, hotline-quick-exit';
const isChromium = navigator.userAgent.includes('Chrome/');

/** Every element of the widget's shadow trees in `root`. */
function shadowElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll(WIDGET)].flatMap((host) => [...host.shadowRoot!.querySelectorAll('*')]);
}

/** What a person can activate: links, buttons, checkboxes (by their label), summaries. */
function targets(root: ParentNode): Element[] {
  return [...root.querySelectorAll(WIDGET)].flatMap((host) => [...host.shadowRoot!.querySelectorAll('a[href], button, label.item, summary')]);
}

describe('embed: in every container', () => {
  it('inside a same-origin frame of a portal', async () => {
    const outer = await openPage('/embed/framed.html', { ready: false });
    const frame = outer.document.getElementById('inner') as HTMLIFrameElement;
    await until(() => Boolean(recordOf(frame.contentWindow)?.ready.length), 'the framed widget');
    const inner = frame.contentWindow as Window & typeof globalThis;
    await settle(inner);
    expect(inner.document.querySelector('hotline-banner')!.shadowRoot!.querySelector('a[href="tel:+448000121700"]')).to.exist;
    expect(inner.document.querySelectorAll(WIDGET)).to.have.length(3);
    expectClean(recordOf(inner)!);
  });

  it("inside the host page's own web component: its elements upgrade in its shadow root and work", async () => {
    const page = await openPage('/embed/shadow-host.html');
    const app = page.document.querySelector('news-app')!.shadowRoot!;
    await settle(page.window);
    await Promise.all([...app.querySelectorAll(WIDGET)].map((element) => (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    expect(app.querySelector('hotline-banner')!.shadowRoot!.querySelector('a[href="tel:+448000121700"]')).to.exist;
    const checklist = app.querySelector('hotline-signs-checklist') as HTMLElement & { updateComplete: Promise<unknown> };
    checklist.shadowRoot!.querySelector<HTMLInputElement>('input[value="gp-urgent-1"]')!.click();
    await checklist.updateComplete;
    expect(checklist.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('999');
    expect(app.querySelector('hotline-quick-exit')!.shadowRoot!.querySelector('[part="button"]')!.getAttribute('href')).to.equal(
      exitTarget('?from=shadow'),
    );
    // The host's styles stay in its component; ours in ours.
    expect(page.window.getComputedStyle(app.querySelector('p')!).color).to.equal('rgb(51, 51, 51)');
    expectClean(page.recorded);
  });

  it('on a right-to-left page: Arabic, mirrored, numbers left to right, the quick exit at the top left', async () => {
    const page = await openPage('/embed/plain.html?lang=ar&dir=rtl&country=EG');
    const banner = page.document.querySelector('hotline-banner')!.shadowRoot!;
    expect(banner.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(banner.textContent).to.match(/[\u0600-\u06FF]/);
    for (const number of banner.querySelectorAll('.channel-value, .emergency-number')) expect(number.getAttribute('dir')).to.equal('ltr');
    const exit = page.document.querySelector('hotline-quick-exit')!.shadowRoot!.querySelector('[part="button"]')!.getBoundingClientRect();
    expect(exit.left).to.be.below(page.window.innerWidth / 2);
    expect(page.document.documentElement.scrollWidth).to.be.at.most(page.window.innerWidth);
    expectClean(page.recorded);
  });

  it('at 320 px wide (400% zoom): nothing wider than the screen, every target at least 44 by 44 px', async () => {
    const page = await openPage('/embed/plain.html', { width: 320, height: 256 });
    expect(page.window.innerWidth).to.equal(320);
    expect(page.document.documentElement.scrollWidth, 'no horizontal scrolling').to.be.at.most(320);
    for (const element of shadowElements(page.document)) {
      const box = element.getBoundingClientRect();
      if (box.width === 0) continue;
      expect(box.right, `${element.localName}.${element.className}`).to.be.at.most(320.5);
    }
    for (const target of targets(page.document)) {
      const box = target.getBoundingClientRect();
      if (box.width === 0) continue;
      expect(box.height, `${target.localName} "${target.textContent!.trim().slice(0, 30)}" height`).to.be.at.least(44);
      expect(box.width, `${target.localName} "${target.textContent!.trim().slice(0, 30)}" width`).to.be.at.least(44);
    }
  });

  it('with reduced motion: nothing moves (nothing ever does)', async () => {
    const page = await openPage('/embed/plain.html');
    for (const element of shadowElements(page.document)) {
      const style = page.window.getComputedStyle(element);
      expect(style.animationName, element.localName).to.equal('none');
      expect(parseFloat(style.transitionDuration), element.localName).to.equal(0);
    }
  });

  it('in forced colours: every button and link keeps a visible edge (Chromium emulates it)', async function () {
    if (!isChromium) this.skip();
    await executeServerCommand('emulate-media-features', { features: [{ name: 'forced-colors', value: 'active' }] });
    try {
      const page = await openPage('/embed/plain.html');
      expect(page.window.matchMedia('(forced-colors: active)').matches).to.equal(true);
      const edged = [...page.document.querySelectorAll('hotline-banner, hotline-quick-exit')].flatMap((host) => [
        ...host.shadowRoot!.querySelectorAll('[part~="channel"], [part="button"]'),
      ]);
      expect(edged.length).to.be.greaterThan(1);
      for (const element of edged) {
        const style = page.window.getComputedStyle(element);
        expect(parseFloat(style.borderTopWidth), element.textContent!).to.be.at.least(1);
        expect(style.borderTopStyle).to.equal('solid');
      }
    } finally {
      await executeServerCommand('emulate-media-features', { features: [] });
    }
  });
});

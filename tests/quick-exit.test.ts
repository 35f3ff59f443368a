import { expect, fixture, html } from '@open-wc/testing';
import '../src/quick-exit.js';
import type { HotlineQuickExit } from '../src/components/quick-exit/quick-exit.js';
import { DEFAULT_EXIT_URL } from '../src/components/quick-exit/exit.js';
import { collectProblems, shadow } from './helpers.js';

function button(el: HotlineQuickExit): HTMLAnchorElement {
  return shadow(el).querySelector('a')!;
}

/** The accessible name as a screen reader gets it from the link's text. */
function accessibleText(link: HTMLAnchorElement): string {
  return link.textContent!.replace(/\s+/g, ' ').trim();
}

describe('<hotline-quick-exit>', () => {
  it('is a real link to a neutral page by default, named as a safety control', async () => {
    const el = await fixture<HotlineQuickExit>(html`<hotline-quick-exit></hotline-quick-exit>`);
    const link = button(el);
    expect(link.getAttribute('href')).to.equal(DEFAULT_EXIT_URL);
    expect(link.getAttribute('rel')).to.equal('noreferrer');
    expect(accessibleText(link)).to.equal('Emergency exit: Leave this page');
    // The visible label is part of the accessible name (WCAG 2.5.3).
    expect(link.innerText.trim()).to.contain('Leave this page');
    await expect(el).to.be.accessible();
  });

  it('goes to its href', async () => {
    const el = await fixture<HotlineQuickExit>(html`<hotline-quick-exit href="https://example.org/weather"></hotline-quick-exit>`);
    expect(button(el).getAttribute('href')).to.equal('https://example.org/weather');
  });

  it('uses the address of the fallback link written inside it', async () => {
    const el = await fixture<HotlineQuickExit>(
      html`<hotline-quick-exit><a href="https://example.org/news" rel="noreferrer">Leave</a></hotline-quick-exit>`,
    );
    expect(button(el).getAttribute('href')).to.equal('https://example.org/news');
    // The light-DOM fallback is not shown twice once the element has upgraded.
    expect(el.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
  });

  it('refuses a javascript: href with one message naming it, and keeps a safe destination', async () => {
    let el!: HotlineQuickExit;
    const { events, warnings } = await collectProblems(document, async () => {
      el = await fixture<HotlineQuickExit>(html`<hotline-quick-exit href="javascript:alert(1)"></hotline-quick-exit>`);
    });
    expect(events).to.have.length(1);
    expect(events[0]).to.contain('<hotline-quick-exit href>="javascript:alert(1)"');
    expect(warnings).to.have.length(1);
    expect(button(el).getAttribute('href')).to.equal(DEFAULT_EXIT_URL);
  });

  it('has a target of at least 44 by 44 pixels and stays in the viewport, top-end by default', async () => {
    const el = await fixture<HotlineQuickExit>(html`<hotline-quick-exit></hotline-quick-exit>`);
    const box = button(el).getBoundingClientRect();
    expect(box.width).to.be.at.least(44);
    expect(box.height).to.be.at.least(44);
    expect(getComputedStyle(el).position).to.equal('fixed');
    expect(box.top).to.be.lessThan(60);
    expect(window.innerWidth - box.right).to.be.lessThan(60);
  });

  it('mirrors top-end in a right-to-left page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl"><hotline-quick-exit></hotline-quick-exit></div>`);
    const box = button(wrapper.querySelector('hotline-quick-exit')!).getBoundingClientRect();
    expect(box.left).to.be.lessThan(60);
  });

  it('can sit in the flow of the page with position="inline"', async () => {
    const el = await fixture<HotlineQuickExit>(html`<hotline-quick-exit position="inline"></hotline-quick-exit>`);
    expect(getComputedStyle(el).position).to.equal('static');
    await expect(el).to.be.accessible();
  });

  it('describes its keyboard shortcut', async () => {
    const el = await fixture<HotlineQuickExit>(html`<hotline-quick-exit></hotline-quick-exit>`);
    expect(button(el).title).to.equal('Shortcut: press Shift 3 times');
  });
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
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

  it('goes to the country\'s own default where the usual page would not load (src/data/exit-pages.json)', async () => {
    const el = await fixture<HotlineQuickExit>(html`<hotline-quick-exit lang="zh-CN"></hotline-quick-exit>`);
    expect(button(el).getAttribute('href')).to.equal('https://www.weather.com.cn/');
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

  for (const [position, top, start] of [
    ['bottom-end', false, false],
    ['top-start', true, true],
    ['bottom-start', false, true],
  ] as const) {
    it(`position="${position}" puts it at that corner`, async () => {
      const el = await fixture<HotlineQuickExit>(html`<hotline-quick-exit position=${position}></hotline-quick-exit>`);
      const box = el.getBoundingClientRect();
      expect(top ? box.top : window.innerHeight - box.bottom, 'block edge').to.be.lessThan(60);
      expect(start ? box.left : window.innerWidth - box.right, 'inline edge').to.be.lessThan(60);
    });
  }

  it('can sit in the flow of the page with position="inline"', async () => {
    const el = await fixture<HotlineQuickExit>(html`<hotline-quick-exit position="inline"></hotline-quick-exit>`);
    expect(getComputedStyle(el).position).to.equal('static');
    await expect(el).to.be.accessible();
  });

  it('is announced as a button (Space works too, tested on a real page)', async () => {
    const el = await fixture<HotlineQuickExit>(html`<hotline-quick-exit></hotline-quick-exit>`);
    expect(button(el).getAttribute('role')).to.equal('button');
  });

  it('says in plain words what it does and does not do', async () => {
    const el = await fixture<HotlineQuickExit>(html`<hotline-quick-exit></hotline-quick-exit>`);
    const about = shadow(el).querySelector('details')!;
    expect(about.querySelector('summary')!.textContent).to.equal('What does this button do?');
    about.querySelector('summary')!.click();
    expect(about.open).to.equal(true);
    const text = about.querySelector('p')!.textContent!;
    expect(text).to.contain('does not erase your browsing history');
    expect(text).to.contain('private window');
    expect(text).not.to.match(/\b(safe|secure|untraceable)\b/i);
    await expect(el).to.be.accessible();
  });

  it('names the keyboard shortcuts that are on, and no other', async () => {
    const aboutText = (el: HotlineQuickExit) => shadow(el).querySelector('details')!.textContent!.replace(/\s+/g, ' ');
    const both = await fixture<HotlineQuickExit>(html`<hotline-quick-exit></hotline-quick-exit>`);
    expect(aboutText(both)).to.contain('You can also press Shift 3 times, or Esc twice.');
    const escOnly = await fixture<HotlineQuickExit>(html`<hotline-quick-exit shortcut="esc2"></hotline-quick-exit>`);
    expect(aboutText(escOnly)).to.contain('You can also press Esc twice.');
    expect(aboutText(escOnly)).not.to.contain('Shift');
    const shiftOnly = await fixture<HotlineQuickExit>(html`<hotline-quick-exit shortcut="shift3"></hotline-quick-exit>`);
    expect(aboutText(shiftOnly)).to.contain('You can also press Shift 3 times.');
    expect(aboutText(shiftOnly)).not.to.contain('Esc');
    const none = await fixture<HotlineQuickExit>(html`<hotline-quick-exit shortcut="none"></hotline-quick-exit>`);
    expect(aboutText(none)).not.to.match(/Shift|Esc/);
    expect(aboutText(none)).to.contain('private window');
  });

  it('names the keys as the language\'s keyboards label them, in the help and in the progress it reads out (French: Maj, Échap)', async () => {
    const el = await fixture<HotlineQuickExit>(html`<hotline-quick-exit lang="fr"></hotline-quick-exit>`);
    await waitUntil(() => shadow(el).querySelector('details')!.textContent!.includes('Maj'), 'the French messages arrive');
    const about = shadow(el).querySelector('details')!.textContent!.replace(/\s+/g, ' ');
    expect(about).to.contain('Maj');
    expect(about).to.contain('Échap');
    expect(about).not.to.match(/\{(shift|esc)\}/);
  });

  it('announces the shortcut\'s progress in a status region', async () => {
    const el = await fixture<HotlineQuickExit>(html`<hotline-quick-exit></hotline-quick-exit>`);
    const status = shadow(el).querySelector('[role="status"]')!;
    expect(status.textContent).to.equal('');
    try {
      await sendKeys({ press: 'Shift' });
      await el.updateComplete;
      expect(status.textContent).to.equal('Press Shift 2 more times to leave this page.');
      await sendKeys({ press: 'Shift' });
      await el.updateComplete;
      expect(status.textContent).to.equal('Press Shift once more to leave this page.');
    } finally {
      // Another key resets the count: this test page must not leave.
      await sendKeys({ press: 'KeyA' });
    }
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(status.textContent).to.equal('Press Esc once more to leave this page.');
    await sendKeys({ press: 'KeyA' });
  });

  it('moves out of the way rather than cover the focused element (WCAG 2.4.11)', async () => {
    const el = await fixture<HotlineQuickExit>(html`<hotline-quick-exit></hotline-quick-exit>`);
    const box = button(el).getBoundingClientRect();
    const small = document.createElement('button');
    small.textContent = 'x';
    Object.assign(small.style, { position: 'fixed', top: `${box.top + 4}px`, left: `${box.left + 4}px`, width: '20px', height: '20px', padding: '0' });
    document.body.append(small);
    try {
      small.focus();
      await el.updateComplete;
      const now = el.getBoundingClientRect();
      const target = small.getBoundingClientRect();
      const covered = target.left >= now.left && target.right <= now.right && target.top >= now.top && target.bottom <= now.bottom;
      expect(covered).to.equal(false);
      expect(el.hasAttribute('moved')).to.equal(true);
    } finally {
      small.remove();
    }
  });

  it('stays visible and clickable after scrolling to the bottom', async () => {
    const tall = document.createElement('div');
    tall.style.height = '5000px';
    document.body.append(tall);
    try {
      const el = await fixture<HotlineQuickExit>(html`<hotline-quick-exit></hotline-quick-exit>`);
      window.scrollTo(0, document.documentElement.scrollHeight);
      const box = button(el).getBoundingClientRect();
      expect(box.top).to.be.at.least(0);
      expect(box.bottom).to.be.at.most(window.innerHeight);
      expect(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)).to.equal(el);
    } finally {
      tall.remove();
      window.scrollTo(0, 0);
    }
  });

  it('reports a bad shortcut value naming the attribute and keeps the default', async () => {
    const { events } = await collectProblems(document, () => fixture(html`<hotline-quick-exit shortcut="shift5"></hotline-quick-exit>`));
    expect(events).to.have.length(1);
    expect(events[0]).to.contain('<hotline-quick-exit shortcut>="shift5"');
    expect(events[0]).to.contain('Did you mean "shift3"?');
  });
});

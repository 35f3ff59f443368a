/**
 * The quick exit on a real page loaded from the built `dist/hotline-widget.js`:
 * it hides the page and neutralises the title at once, leaves with
 * `location.replace` (history length unchanged, Back skips the page), and keeps
 * working when the configuration is wrong.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clickInFrame, closePage, nextLoad, openPage, wait, type Frame } from './frames.js';

async function pressShift(times: number): Promise<void> {
  for (let press = 0; press < times; press++) await sendKeys({ press: 'Shift' });
}

describe('quick exit on a real page', () => {
  let frame: Frame | undefined;
  afterEach(() => closePage(frame));

  async function article(): Promise<Frame> {
    frame = await openPage('/tests/pages/article.html');
    await frame.window.HotlineWidget!.ready;
    return frame;
  }

  /** What the page looked like when `hotline-exit` fired, i.e. before the navigation. */
  function watchExit(page: Frame) {
    const seen: { display?: string; title?: string; trigger?: string } = {};
    page.document.addEventListener('hotline-exit', (event) => {
      seen.display = page.window.getComputedStyle(page.document.documentElement).display;
      seen.title = page.document.title;
      seen.trigger = event.detail.trigger;
    });
    return seen;
  }

  it('leaves on Shift pressed three times: page hidden, title neutral, history not grown, Back skips the page', async () => {
    const page = await article();
    const seen = watchExit(page);
    const lengthBefore = history.length;
    page.window.focus();
    const left = nextLoad(page);
    await pressShift(3);
    await left;
    expect(page.path).to.equal('/tests/pages/exit-target.html');
    expect(seen).to.deep.equal({ display: 'none', title: '\u200b', trigger: 'keyboard' });
    expect(history.length).to.equal(lengthBefore);
    const back = nextLoad(page);
    history.back();
    await back;
    expect(page.path).to.equal('/tests/pages/start.html');
  });

  it('leaves on a click of the button, with trigger "click"', async () => {
    const page = await article();
    const seen = watchExit(page);
    const button = page.document.querySelector('hotline-quick-exit')!.shadowRoot!.querySelector('a')!;
    expect(button.getAttribute('href')).to.equal(new URL('/tests/pages/exit-target.html', location.href).href);
    expect(button.getAttribute('rel')).to.equal('noreferrer');
    const left = nextLoad(page);
    await clickInFrame(page, button);
    await left;
    expect(page.path).to.equal('/tests/pages/exit-target.html');
    expect(seen.trigger).to.equal('click');
  });

  it('leaves on HotlineWidget.exit(), with trigger "api"', async () => {
    const page = await article();
    const seen = watchExit(page);
    const left = nextLoad(page);
    page.window.HotlineWidget!.exit();
    await left;
    expect(page.path).to.equal('/tests/pages/exit-target.html');
    expect(seen.trigger).to.equal('api');
  });

  it('does not leave on two Shift presses, or when Shift is used with another key', async () => {
    const page = await article();
    page.window.focus();
    await pressShift(2);
    // Shift held for a capital letter is typing, not the shortcut.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'KeyA' });
    await sendKeys({ up: 'Shift' });
    await pressShift(1);
    await wait(300);
    expect(page.path).to.equal('/tests/pages/article.html');
    expect(page.document.documentElement.style.display).to.equal('');
  });

  for (const field of ['#comment', '#notes', '#editable']) {
    it(`ignores Shift while the person types in ${field}`, async () => {
      const page = await article();
      (page.document.querySelector(field) as HTMLElement).focus();
      await pressShift(3);
      await wait(300);
      expect(page.path).to.equal('/tests/pages/article.html');
    });
  }

  it('still leaves when every setting is wrong, and reports each mistake', async () => {
    frame = await openPage('/tests/pages/bad-config.html');
    const page = frame;
    await page.window.HotlineWidget!.ready;
    const left = nextLoad(page);
    page.window.focus();
    await pressShift(3);
    await left;
    // data-exit-url="javascript:..." was refused; the global config's address was kept.
    expect(page.path).to.equal('/tests/pages/exit-target.html');
  });

  it('still leaves on Shift x3 when nothing else of the widget could run', async () => {
    frame = await openPage('/tests/pages/broken-host.html');
    const page = frame;
    // The script stopped at the host's broken customElements.define, after installing the shortcut.
    expect(page.document.querySelector('hotline-quick-exit')).to.equal(null);
    const left = nextLoad(page);
    page.window.focus();
    await pressShift(3);
    await left;
    expect(page.path).to.equal('/tests/pages/exit-target.html');
  });

  it('without JavaScript, the documented fallback link inside the element still leaves the page', async () => {
    frame = await openPage('/tests/pages/no-js.html');
    const page = frame;
    const link = page.document.querySelector('hotline-quick-exit a')!;
    expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
    const left = nextLoad(page);
    await clickInFrame(page, link);
    await left;
    expect(page.path).to.equal('/tests/pages/exit-target.html');
  });
});

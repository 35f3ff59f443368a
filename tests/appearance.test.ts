/** What the widget looks like under the visitor's settings (Chromium's DevTools emulation): dark mode, forced colours, touch, print. */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/define.js';
import { sendKeys } from '@web/test-runner-commands';
import type { HotlineQuickExit } from '../src/components/quick-exit/quick-exit.js';
import { shadow } from './helpers.js';

async function emulate(features: { name: string; value: string }[]): Promise<void> {
  await executeServerCommand('emulate-media-features', { features });
}

describe('appearance', () => {
  afterEach(() => emulate([]));

  it('follows a dark colour scheme, keeping the call button readable', async () => {
    await emulate([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const el = await fixture(html`<hotline-banner country="US"></hotline-banner>`);
    const base = shadow(el).querySelector('[part="base"]')!;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(29, 31, 33)');
    expect(getComputedStyle(base).color).to.equal('rgb(241, 241, 241)');
    await expect(el).to.be.accessible();
  });

  it('stays light in light mode', async () => {
    await emulate([{ name: 'prefers-color-scheme', value: 'light' }]);
    const el = await fixture(html`<hotline-banner country="US"></hotline-banner>`);
    expect(getComputedStyle(shadow(el).querySelector('[part="base"]')!).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('keeps every button\'s outline visible in forced colours', async () => {
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const banner = await fixture(html`<hotline-banner country="US"></hotline-banner>`);
    const exit = await fixture(html`<hotline-quick-exit></hotline-quick-exit>`);
    const outlined = [...shadow(banner).querySelectorAll('[part~="channel"]'), shadow(exit).querySelector('[part="button"]')!];
    for (const element of outlined) {
      const style = getComputedStyle(element);
      expect(parseFloat(style.borderTopWidth), element.textContent!).to.be.at.least(1);
      expect(style.borderTopStyle).to.equal('solid');
    }
  });

  it('on a touch-only device, leaves Shift alone (on-screen keyboards send it) but keeps Esc x2', async () => {
    const el = await fixture<HotlineQuickExit>(html`<hotline-quick-exit></hotline-quick-exit>`);
    const status = shadow(el).querySelector('[role="status"]')!;
    await executeServerCommand('emulate-media-features', { touch: true });
    try {
      expect(matchMedia('(pointer: coarse)').matches, 'the emulation took effect').to.equal(true);
      await sendKeys({ press: 'Shift' });
      await el.updateComplete;
      expect(status.textContent).to.equal('');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(status.textContent).to.equal('Press Esc once more to leave this page.');
    } finally {
      await sendKeys({ press: 'KeyA' });
      await executeServerCommand('emulate-media-features', { touch: false });
    }
  });

  it('prints the checklist as a poster: the signs and the hotline, no ticks, no buttons', async () => {
    const el = await fixture(html`<hotline-signs-checklist country="GB" variant="compact"></hotline-signs-checklist>`);
    const root = shadow(el);
    root.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    window.dispatchEvent(new Event('beforeprint'));
    await executeServerCommand('emulate-media-features', { media: 'print' });
    try {
      for (const input of root.querySelectorAll('input[type="checkbox"]')) expect(getComputedStyle(input).display).to.equal('none');
      expect(getComputedStyle(root.querySelector('[part="clear"]')!).display).to.equal('none');
      expect([...root.querySelectorAll('details.category')].every((details) => (details as HTMLDetailsElement).open)).to.equal(true);
      expect(getComputedStyle(root.querySelector('[part="hotline"]')!).display).to.not.equal('none');
    } finally {
      await executeServerCommand('emulate-media-features', {});
    }
  });

  it('prints the banner dark on white, its channels as words (no buttons), the number to call large: even where the screen is dark', async () => {
    const el = await fixture(html`<hotline-banner country="US"></hotline-banner>`);
    const root = shadow(el);
    const base = root.querySelector('[part="base"]')!;
    const call = root.querySelector('[part~="channel-call"]')!;
    const screenSize = parseFloat(getComputedStyle(call.querySelector('.channel-value')!).fontSize);
    await executeServerCommand('emulate-media-features', { media: 'print', features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
    try {
      expect(getComputedStyle(base).color, 'dark text').to.equal('rgb(27, 27, 27)');
      for (const channel of root.querySelectorAll('[part~="channel"]')) {
        const style = getComputedStyle(channel);
        expect(style.borderTopWidth, `${channel.textContent}: no button edge`).to.equal('0px');
        expect(style.backgroundColor, `${channel.textContent}: no button fill`).to.equal('rgba(0, 0, 0, 0)');
        expect(style.color, `${channel.textContent}: dark text`).to.equal('rgb(27, 27, 27)');
      }
      const number = call.querySelector('.channel-value')!;
      expect(number.textContent).to.equal('1-888-373-7888');
      expect(parseFloat(getComputedStyle(number).fontSize), 'the number large').to.be.at.least(2 * screenSize);
      expect(getComputedStyle(root.querySelector('[part="emergency"]')!).display, 'the emergency number stays').to.not.equal('none');
    } finally {
      await executeServerCommand('emulate-media-features', {});
    }
  });

  it('is hidden when printing', async () => {
    const el = await fixture<HotlineQuickExit>(html`<hotline-quick-exit></hotline-quick-exit>`);
    await executeServerCommand('emulate-media-features', { media: 'print' });
    try {
      expect(getComputedStyle(el).display).to.equal('none');
    } finally {
      await executeServerCommand('emulate-media-features', {});
    }
  });

});

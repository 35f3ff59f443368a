/** What the widget looks like under the visitor's settings: dark mode, forced colours. */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/define.js';
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
});

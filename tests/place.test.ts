/**
 * `auto` country in a browser made to be elsewhere (Chromium's own time zone
 * and language emulation): the page's language region, then the browser's
 * languages, then the time zone; with no signal, the international card.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/banner.js';
import type { HotlineBanner } from '../src/components/hotline-banner/hotline-banner.js';
import { hrefs, textOf } from './helpers.js';
import { linesOf } from './world-data.js';

async function visitorIn(place: { timeZone?: string; languages?: string }): Promise<void> {
  await executeServerCommand('emulate-place', place);
}

const mainNumberOf = (country: string) => {
  const phone = linesOf(country)[0]!.phone!;
  return `tel:${phone.e164 ?? phone.display.replace(/\D/g, '')}`;
};

describe('auto country', () => {
  afterEach(() => visitorIn({}));

  it('en-GB on the element gives GB', async () => {
    await visitorIn({ languages: 'en', timeZone: 'Asia/Tokyo' });
    const el = await fixture<HotlineBanner>(html`<hotline-banner lang="en-GB"></hotline-banner>`);
    expect(hrefs(el)).to.include('tel:+448000121700');
  });

  it('pt-BR gives BR', async () => {
    await visitorIn({ languages: 'en', timeZone: 'Europe/Lisbon' });
    const el = await fixture<HotlineBanner>(html`<hotline-banner lang="pt-BR"></hotline-banner>`);
    expect(hrefs(el)).to.include(mainNumberOf('BR'));
  });

  it('a browser language with a region comes next (es-CO)', async () => {
    await visitorIn({ languages: 'es-CO,es', timeZone: 'Europe/Madrid' });
    const el = await fixture<HotlineBanner>(html`<hotline-banner lang="es"></hotline-banner>`);
    expect(hrefs(el)).to.include(mainNumberOf('CO'));
  });

  it('es with the America/Mexico_City time zone gives MX', async () => {
    await visitorIn({ languages: 'es', timeZone: 'America/Mexico_City' });
    const el = await fixture<HotlineBanner>(html`<hotline-banner lang="es"></hotline-banner>`);
    expect(hrefs(el)).to.include(mainNumberOf('MX'));
  });

  it('knows the older zone names browsers still report (Asia/Calcutta gives IN)', async () => {
    await visitorIn({ languages: 'en', timeZone: 'Asia/Calcutta' });
    const el = await fixture<HotlineBanner>(html`<hotline-banner lang="en"></hotline-banner>`);
    expect(hrefs(el)).to.include(mainNumberOf('IN'));
  });

  it('no signal at all gives the international card and the general emergency advice', async () => {
    await visitorIn({ languages: 'en', timeZone: 'Etc/UTC' });
    const el = await fixture<HotlineBanner>(html`<hotline-banner lang="en"></hotline-banner>`);
    expect(textOf(el)).to.contain('call the local emergency number');
    expect(hrefs(el)).to.deep.equal(['https://globalmodernslavery.org/']);
  });
});

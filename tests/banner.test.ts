import { expect, fixture, html } from '@open-wc/testing';
import '../src/banner.js';
import type { HotlineBanner } from '../src/components/hotline-banner/hotline-banner.js';
import { collectProblems, hrefs, linksOf, shadow, textOf } from './helpers.js';

async function banner(country: string | null, variant?: string): Promise<HotlineBanner> {
  return fixture<HotlineBanner>(html`<hotline-banner country=${country ?? ''} variant=${variant ?? 'full'}></hotline-banner>`);
}

describe('<hotline-banner>', () => {
  it('shows the US National Human Trafficking Hotline with every channel as a working link', async () => {
    const el = await banner('US');
    const text = textOf(el);
    expect(text).to.contain('National Human Trafficking Hotline');
    expect(text).to.contain('1-888-373-7888');
    expect(text).to.contain('Open 24 hours, every day');
    expect(text).to.contain('In English and Spanish');
    expect(hrefs(el)).to.include.members([
      'tel:+18883737888',
      'sms:233733',
      'mailto:help@humantraffickinghotline.org',
      'https://humantraffickinghotline.org/',
      'tel:911',
    ]);
    const call = shadow(el).querySelector('a[href^="tel:+1"]')!;
    expect(call.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Call 1-888-373-7888');
  });

  it('shows each emergency number with the roles both sources agree on (AT)', async () => {
    const el = await banner('AT');
    const emergency = shadow(el).querySelector('[part="emergency"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(emergency).to.equal('In immediate danger? Call 133 (police) 112 (ambulance) 122 (fire)');
  });

  it('shows several lines of a country in the data\'s order, each service type said plainly (EG)', async () => {
    const el = await banner('EG');
    const groups = [...shadow(el).querySelectorAll('[part="hotline"]')];
    expect(groups.length).to.be.at.least(2);
    expect(groups[0]!.querySelector('[part="service-type"]')?.textContent).to.equal('Child helpline');
    expect(shadow(el).querySelector('.more-lines h3')?.textContent).to.equal('Other lines');
  });

  it('dials a short code as its digits (PH 1343)', async () => {
    const el = await banner('PH');
    expect(hrefs(el)).to.include('tel:1343');
    expect(textOf(el)).to.contain('1343');
  });

  it('shows 08000 121 700 for GB and 999 as the emergency number', async () => {
    const el = await banner('GB');
    expect(textOf(el)).to.contain('08000 121 700');
    expect(hrefs(el)).to.include('tel:+448000121700');
    expect(hrefs(el)).to.include('tel:999');
    // The roles are listed with Intl.ListFormat in the banner's language.
    expect(textOf(el)).to.contain('(police, ambulance, and fire)');
  });

  it('says plainly when a line is a police reporting line (AU)', async () => {
    const el = await banner('AU');
    expect(textOf(el)).to.contain('Police reporting line, not a support service');
    expect(hrefs(el)).to.include('tel:+61131237');
    expect(hrefs(el)).to.include('tel:000');
    // No source says it is free or open all hours: neither is claimed.
    expect(textOf(el)).not.to.contain('Free to call');
    expect(textOf(el)).not.to.contain('24 hours');
  });

  it('accepts the country in any case', async () => {
    const el = await banner('ca');
    expect(hrefs(el)).to.include('tel:+18339001010');
  });

  it('compact variant keeps the links and the emergency number, drops the lead and facts', async () => {
    const el = await banner('US', 'compact');
    expect(shadow(el).querySelector('.lead')).to.equal(null);
    expect(shadow(el).querySelector('[part="facts"]')).to.equal(null);
    expect(hrefs(el)).to.include.members(['tel:+18883737888', 'tel:911']);
    await expect(el).to.be.accessible();
  });

  it('shows the international card, never another country\'s number, for a country without a line', async () => {
    const { events } = await collectProblems(document, async () => {
      const el = await banner('ZZ');
      expect(textOf(el)).to.contain('call the local emergency number');
      expect(hrefs(el)).to.deep.equal(['https://globalmodernslavery.org/']);
      expect(hrefs(el).some((href) => href.startsWith('tel:'))).to.equal(false);
      await expect(el).to.be.accessible();
    });
    expect(events.join('\n')).to.contain('"ZZ"');
  });

  it('reports a malformed country once, naming the attribute and the value', async () => {
    const { events, warnings } = await collectProblems(document, () => banner('USA'));
    expect(events).to.have.length(1);
    expect(events[0]).to.contain('<hotline-banner country>="USA"');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"USA"');
  });

  it('reports an unknown variant and shows the full banner', async () => {
    const { events } = await collectProblems(document, async () => {
      const el = await banner('US', 'compakt');
      expect(shadow(el).querySelector('.lead')).to.exist;
    });
    expect(events[0]).to.contain('<hotline-banner variant>="compakt"');
    expect(events[0]).to.contain('Did you mean');
  });

  it('fires hotline-contact with the channel and country when a link is activated', async () => {
    const el = await banner('US');
    const seen: unknown[] = [];
    el.addEventListener('hotline-contact', (event) => seen.push(event.detail));
    // Keep the test page here: the link's own default action is not under test.
    el.addEventListener('click', (event) => event.preventDefault());
    for (const link of linksOf(el)) link.click();
    expect(seen).to.deep.include({ channel: 'call', country: 'US' });
    expect(seen).to.deep.include({ channel: 'text', country: 'US' });
    expect(seen).to.deep.include({ channel: 'email', country: 'US' });
    expect(seen).to.deep.include({ channel: 'chat', country: 'US' });
    expect(seen).to.deep.include({ channel: 'web', country: 'US' });
  });

  it('keeps phone numbers left-to-right', async () => {
    const el = await banner('US');
    const number = shadow(el).querySelector('a[href^="tel:+1"] [dir="ltr"]');
    expect(number?.textContent).to.equal('1-888-373-7888');
  });

  it('gives every link a target of at least 44 by 44 pixels', async () => {
    const el = await banner('US');
    for (const link of linksOf(el)) {
      const box = link.getBoundingClientRect();
      expect(box.height, link.href).to.be.at.least(44);
      expect(box.width, link.href).to.be.at.least(44);
    }
  });

  for (const country of ['US', 'GB', 'CA', 'AU']) {
    it(`passes axe for ${country}`, async () => {
      const el = await banner(country);
      await expect(el).to.be.accessible();
    });
  }
});

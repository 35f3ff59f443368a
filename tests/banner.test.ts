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

  it('shows the number for every service first, then the police and ambulance numbers with their roles (AT)', async () => {
    const el = await banner('AT');
    const emergency = shadow(el).querySelector('[part="emergency"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(emergency).to.equal('In immediate danger? Call 112, 133 (police), or 144 (ambulance)');
  });

  it('names every service a number reaches, as the language lists them (DE: 112 for ambulance and fire)', async () => {
    const el = await banner('DE');
    const emergency = shadow(el).querySelector('[part="emergency"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(emergency).to.equal('In immediate danger? Call 110 (police) or 112 (ambulance and fire)');
  });

  it('shows Thailand\'s police and medical numbers, each for what it is (191, 1669)', async () => {
    const el = await banner('TH');
    const emergency = shadow(el).querySelector('[part="emergency"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(emergency).to.equal('In immediate danger? Call 191 (police) or 1669 (ambulance)');
    expect(hrefs(el)).to.include.members(['tel:191', 'tel:1669']);
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
    // One number for every service: shown as the emergency number, with no role to misread.
    expect(shadow(el).querySelector('[part="emergency"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('In immediate danger? Call 999');
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

  it('above a police line, says the call reaches the police and promises no adviser (AU, JP)', async () => {
    for (const country of ['AU', 'JP']) {
      const el = await banner(country);
      const lead = shadow(el).querySelector('.lead')!.textContent;
      expect(lead, country).to.equal('This line reaches the police. You can report what you have seen, or what is happening to you. You do not need to be sure.');
      expect(textOf(el), country).not.to.match(/in confidence|help you decide/);
    }
  });

  it('above a line for professionals, says who it is for and where a person affected can turn (SE)', async () => {
    const el = await banner('SE');
    expect(shadow(el).querySelector('.lead')!.textContent).to.equal(
      'This line is for professionals. If this is happening to you, call the emergency number or search the directory below.',
    );
    expect(textOf(el)).not.to.match(/in confidence|help you decide/);
    // The directory the lead points to is there, as a link, and so is the emergency number.
    expect(hrefs(el)).to.include.members(['https://globalmodernslavery.org/', 'tel:112']);
    const directory = shadow(el).querySelector('a[part="directory"]')!.closest('p')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(directory).to.equal('To find a hotline or support organisation in your country, search the Global Modern Slavery Directory.');
  });

  it('above a support line, keeps the support promise (US, GB)', async () => {
    for (const country of ['US', 'GB']) {
      const el = await banner(country);
      expect(shadow(el).querySelector('.lead')!.textContent, country).to.equal(
        'Trained advisers listen, in confidence, and help you decide what to do. You do not need to be sure.',
      );
    }
  });

  it('puts a support line before a police line (MT: 116 006 before 119), and never a line for people abroad first (HK)', async () => {
    const malta = [...shadow(await banner('MT')).querySelectorAll('[data-hotline]')].map((group) => group.getAttribute('data-hotline'));
    expect(malta[0]).to.equal('mt-victim-support');
    expect(malta.indexOf('mt-victim-support')).to.be.below(malta.indexOf('mt-crime-stop'));
    const hongKong = [...shadow(await banner('HK')).querySelectorAll('[data-hotline]')].map((group) => group.getAttribute('data-hotline'));
    expect(hongKong[0]).not.to.equal('hk-immd-1868');
  });

  it('tells an adult whether a child helpline is for them too (KE: no; SN: yes)', async () => {
    const kenya = await banner('KE');
    expect(shadow(kenya).querySelector('[part="line-audience"]')!.textContent).to.equal(
      'It is for children and young people. An adult in danger can call the emergency number.',
    );
    const senegal = await banner('SN');
    expect(shadow(senegal).querySelector('[part="line-audience"]')!.textContent).to.equal('It also takes calls about adults.');
    // Shown in the compact banner too: it decides whether the line is for the reader at all.
    const compact = await banner('KE', 'compact');
    expect(shadow(compact).querySelector('[part="line-audience"]')).to.exist;
  });

  it('dials Pakistan\'s FIA line as written, a nationally dialled UAN number (111-247-786)', async () => {
    const el = await banner('PK');
    expect(hrefs(el)[0]).to.equal('tel:111247786');
    expect(textOf(el)).to.contain('111-247-786');
    expect(textOf(el)).to.contain('Police reporting line, not a support service');
  });

  it('names a line\'s languages as the browser names them, and never shows a bare language code (CD)', async () => {
    const facts = shadow(await banner('CD')).querySelector('[part="facts"]')!.textContent!;
    expect(facts).to.contain('Lingala');
    expect(facts).to.contain('French');
    expect(facts).not.to.match(/\b(kg|lua|ln)\b/);
  });

  it('says "Interpreters for over 200 languages" with the plural the count takes (US)', async () => {
    expect(textOf(await banner('US'))).to.contain('Interpreters for over 200 languages');
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

/**
 * The automatic country, as a visitor meets it: the README's snippet on a real
 * page (tests/embed/pages.mjs `visitor`), in a browser set to be somewhere. The
 * device's time zone says where the person is and comes first; then the
 * region of the page's language chain; then the browser's languages; else the
 * international card. Chromium is set per page (DevTools emulation); Firefox
 * and WebKit are started for each place with that time zone and language
 * (tests/plugins/elsewhere.mjs), as the visitor's own device would be.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/banner.js';
import type { HotlineBanner } from '../src/components/hotline-banner/hotline-banner.js';
import { setDataBase } from '../src/data/remote.js';
import { openPage } from './embed/host.js';
import { until } from './tabs.js';
import { hrefs, shadow, telLinks, textOf } from './helpers.js';
import { emergencyData, linesOf } from './world-data.js';

interface Place {
  /** The browser's languages, as Accept-Language lists them. */
  languages: string;
  timeZone: string;
}

interface Visit {
  timeZone: string;
  languages: string[];
  ready: { country: string | null; lang: string }[];
  hotlineErrors: string[];
  /** Every link of the banner, as written (`tel:1343`). */
  links: string[];
  /** Paths of the files the page requested. */
  requested: string[];
}

interface Case extends Place {
  name: string;
  /** `country=US`: the site's own setting. */
  query?: string;
  /** The page's `<html lang>` (`en` unless given). */
  pageLang?: string;
  /** The country the visitor must get; null for the international card. */
  country: string | null;
  /** The language the visitor must read (`en` unless given), its messages the only ones fetched. */
  lang?: string;
}

const CASES: Case[] = [
  { name: 'en-US in Manila: the Philippines, not the US', languages: 'en-US', timeZone: 'Asia/Manila', country: 'PH' },
  { name: "en-GB in Karachi: Pakistan's FIA line, not the UK's line", languages: 'en-GB', timeZone: 'Asia/Karachi', country: 'PK' },
  { name: 'es-MX in Los Angeles: the US hotline, not Mexico', languages: 'es-MX,es', timeZone: 'America/Los_Angeles', country: 'US' },
  { name: "en-US in Berlin: Germany's line", languages: 'en-US', timeZone: 'Europe/Berlin', country: 'DE' },
  { name: 'pt-BR in UTC (a zone of no country): Brazil, from the language', languages: 'pt-BR', timeZone: 'UTC', country: 'BR' },
  { name: 'en with no region in UTC: the international card', languages: 'en', timeZone: 'UTC', country: null },
  { name: 'the site says data-country="US": US in Manila too', languages: 'en-US', timeZone: 'Asia/Manila', query: 'country=US', country: 'US' },
  { name: 'a zone two countries claim (Crimea) gives none: the language decides (uk-UA)', languages: 'uk-UA', timeZone: 'Europe/Simferopol', country: 'UA' },
  { name: 'a zone the table does not know (Antarctica) falls through to the language (en-NZ)', languages: 'en-NZ', timeZone: 'Antarctica/McMurdo', country: 'NZ' },
  // A page and a browser that say only "pt": the country picks the variety, and only its messages are fetched.
  { name: 'pt with no region in São Paulo: Brazil, in Brazilian Portuguese', languages: 'pt', pageLang: 'pt', timeZone: 'America/Sao_Paulo', country: 'BR', lang: 'pt-BR' },
  { name: 'pt with no region in Lisbon: Portugal, in European Portuguese', languages: 'pt', pageLang: 'pt', timeZone: 'Europe/Lisbon', country: 'PT', lang: 'pt' },
  { name: 'a page in pt-PT read in São Paulo: Brazil, in the European Portuguese the page asks for', languages: 'pt-BR', pageLang: 'pt-PT', timeZone: 'America/Sao_Paulo', country: 'BR', lang: 'pt' },
];

const US_HOTLINE = 'tel:+18883737888';

/** The tel: link of a country's main line, as the banner writes it. */
function mainNumberOf(country: string): string {
  const phone = linesOf(country)[0]!.phone!;
  return `tel:${phone.e164 ?? phone.display.replace(/\D/g, '')}`;
}

/** What the visitor of `expected` must see, and what their page must have fetched. */
function expectVisit(visit: Visit, { country, query, lang = 'en' }: Case): void {
  expect(visit.ready, 'hotline-ready and HotlineWidget.ready').to.deep.equal([{ country, lang }]);
  const messageFiles = visit.requested.filter((path) => /\/messages-[\w-]+\.json$/.test(path));
  expect(messageFiles.join(' '), 'the messages fetched').to.equal(lang === 'en' ? '' : `/dist/data/messages-${lang}.json`);
  if (country && linesOf(country).length > 0) {
    expect(visit.links[0], `the first link is ${country}'s main line`).to.equal(mainNumberOf(country));
  } else {
    expect(visit.links, 'the international card').to.include('https://globalmodernslavery.org/');
    const emergency = emergencyData.territories[country ?? '']?.numbers ?? [];
    for (const { number } of emergency) expect(visit.links).to.include(`tel:${number}`);
  }
  if (country !== 'US') expect(visit.links).not.to.include(US_HOTLINE);
  // The time zone's table: once at most, and never when the site names the country.
  const zoneFiles = visit.requested.filter((path) => /\/zones-[a-z]+\.json$/.test(path));
  const zoned = !query && visit.timeZone.includes('/');
  expect(zoneFiles, zoneFiles.join(', ')).to.have.length(zoned ? 1 : 0);
  expect(visit.hotlineErrors).to.deep.equal([]);
}

const pathOf = ({ query, pageLang }: Case) => {
  const search = [query, pageLang && `lang=${pageLang}`].filter(Boolean).join('&');
  return `/embed/visitor.html${search ? `?${search}` : ''}`;
};

async function visitInChromium(place: Case): Promise<Visit> {
  await executeServerCommand('emulate-place', { timeZone: place.timeZone, languages: place.languages });
  const { window, document } = await openPage(pathOf(place));
  const banner = document.querySelector('hotline-banner')!;
  return {
    timeZone: window.Intl.DateTimeFormat().resolvedOptions().timeZone,
    languages: [...window.navigator.languages],
    ready: window.__embed.ready,
    hotlineErrors: window.__embed.hotlineErrors,
    links: [...banner.shadowRoot!.querySelectorAll('a[href]')].map((link) => link.getAttribute('href')!),
    requested: window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
  };
}

describe('auto country in Chromium: the time zone, then the languages', () => {
  afterEach(() => executeServerCommand('emulate-place', {}));

  for (const place of CASES) {
    it(place.name, async () => {
      const visit = await visitInChromium(place);
      expect(visit.timeZone).to.equal(place.timeZone);
      expectVisit(visit, place);
    });
  }

  it("the quick exit follows the country chosen: en-US in Shanghai leaves to China's own default page", async () => {
    await executeServerCommand('emulate-place', { timeZone: 'Asia/Shanghai', languages: 'en-US' });
    const { window, document } = await openPage('/embed/visitor.html');
    expect(window.__embed.ready).to.deep.equal([{ country: 'CN', lang: 'en' }]);
    const exit = document.querySelector('hotline-quick-exit')!.shadowRoot!.querySelector('a')!;
    expect(exit.getAttribute('href')).to.equal('https://www.weather.com.cn/');
  });

  it("HotlineWidget.ready resolves with the country chosen, after the time zone's table", async () => {
    await executeServerCommand('emulate-place', { timeZone: 'Asia/Manila', languages: 'en-US' });
    const { window } = await openPage('/embed/visitor.html', { ready: false });
    const ready = await (window as unknown as { HotlineWidget: { ready: Promise<unknown> } }).HotlineWidget.ready;
    expect(ready).to.deep.equal({ country: 'PH', lang: 'en' });
  });
});

for (const engine of ['firefox', 'webkit'] as const) {
  describe(`auto country in ${engine === 'firefox' ? 'Firefox' : 'WebKit'}, started in each place`, () => {
    for (const place of CASES) {
      it(place.name, async function () {
        this.timeout(30000);
        const visit = (await executeServerCommand('visit-elsewhere', { engine, path: pathOf(place), timeZone: place.timeZone, languages: place.languages })) as Visit | null;
        if (!visit) this.skip();
        expect(visit!.timeZone).to.equal(place.timeZone);
        expectVisit(visit!, place);
      });
    }
  });
}

describe('auto country in an element, while the time zone table is on its way', () => {
  before(() => setDataBase('/embed/slow-data/'));
  afterEach(() => executeServerCommand('emulate-place', {}));

  it('en-US in Manila: busy, with no number from the language, then 1343 Actionline', async () => {
    await executeServerCommand('emulate-place', { timeZone: 'Asia/Manila', languages: 'en-US' });
    const banner = document.createElement('hotline-banner') as HotlineBanner;
    document.body.append(banner);
    try {
      // Rendered once it is on screen (the frame after it is added), long before the table.
      await until(() => !!shadow(banner).querySelector('section'), 'the banner rendered');
      // The table arrives 800 ms late (tests/embed/pages.mjs): until then, nothing country-specific.
      expect(shadow(banner).querySelector('section')!.getAttribute('aria-busy')).to.equal('true');
      expect(telLinks(banner)).to.deep.equal([]);
      expect(hrefs(banner)).not.to.include('https://globalmodernslavery.org/');
      await banner.updateComplete;
      expect(shadow(banner).querySelector('section')!.getAttribute('aria-busy')).to.equal('false');
      expect(telLinks(banner)[0]).to.equal(mainNumberOf('PH'));
      expect(textOf(banner)).to.contain('1343');
    } finally {
      banner.remove();
    }
  });

  it("an element's own country is never overridden, and needs no table", async () => {
    await executeServerCommand('emulate-place', { timeZone: 'America/Toronto', languages: 'en-US' });
    const banner = document.createElement('hotline-banner') as HotlineBanner;
    banner.setAttribute('country', 'GB');
    document.body.append(banner);
    try {
      await until(() => !!shadow(banner).querySelector('section'), 'the banner rendered');
      expect(telLinks(banner)).to.include('tel:+448000121700');
      const zoneFiles = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('zones-america'));
      expect(zoneFiles).to.have.length(0);
    } finally {
      banner.remove();
    }
  });
});

/**
 * The built drop-in script, `dist/hotline-widget.js`, on pages that load it the
 * way site owners do: `data-*` attributes, `window.HotlineWidgetConfig`,
 * elements in the HTML, `HotlineWidget.configure()`, and every kind of mistake.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { Recorded } from './embed/host.js';
import { telLinks, textOf } from './helpers.js';

interface DropInPage {
  window: Window & typeof globalThis & { __embed: Recorded };
  document: Document;
  frame: HTMLIFrameElement;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/**
 * Records console warnings, hotline-error and hotline-ready messages before
 * anything else runs: the host pages' recorder, inlined, so that the page's
 * only requests are the widget's.
 */
const RECORDER = `<script>${await (await fetch('/tests/embed/recorder.js')).text()}</script>`;

async function dropIn({ head = '', body = '', lang = 'en' }: { head?: string; body?: string; lang?: string }): Promise<DropInPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0;';
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Test page</title>${RECORDER}${head}</head><body>${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  const window = frame.contentWindow as DropInPage['window'];
  await window.HotlineWidget?.ready;
  return { window, document: frame.contentDocument!, frame };
}

const script = (attributes = '') => `<script src="/dist/hotline-widget.js" ${attributes}></script>`;

describe('drop-in script: mounting', () => {
  it('shows the US banner right after the script and the quick exit first in the body', async () => {
    const page = await dropIn({ body: `<p id="story">Story</p>${script('data-country="US"')}<footer>Footer</footer>` });
    const banner = page.document.querySelector('hotline-banner')!;
    expect(banner.previousElementSibling?.localName).to.equal('script');
    expect(banner.nextElementSibling?.localName).to.equal('footer');
    expect(textOf(banner)).to.contain('1-888-373-7888');
    expect(telLinks(banner)).to.include('tel:+18883737888');
    expect(page.document.body.firstElementChild?.localName).to.equal('hotline-quick-exit');
    expect(page.window.__embed.ready).to.deep.equal([{ country: 'US', lang: 'en' }]);
    expect(page.window.__embed.hotlineErrors).to.deep.equal([]);
  });

  it('keeps the spaces the text needs through the build\'s minifier', async () => {
    const page = await dropIn({ body: script('data-country="US"') });
    const root = page.document.querySelector('hotline-banner')!.shadowRoot!;
    const text = (selector: string) => root.querySelector(selector)!.textContent!.replace(/\s+/g, ' ').trim();
    expect(text('a[href="tel:+18883737888"]')).to.equal('Call 1-888-373-7888');
    expect(text('[part="hotline-name"]')).to.equal('National Human Trafficking Hotline · Polaris');
    expect(text('[part="emergency"]')).to.equal('In immediate danger? Call 911');
    // Numbers with their roles, joined as English joins alternatives.
    const germany = await dropIn({ body: script('data-country="DE"') });
    const emergency = germany.document.querySelector('hotline-banner')!.shadowRoot!.querySelector('[part="emergency"]')!;
    expect(emergency.textContent!.replace(/\s+/g, ' ').trim()).to.equal('In immediate danger? Call 110 (police) or 112 (ambulance and fire)');
  });

  it('shows 08000 121 700 for data-country="gb" (any case)', async () => {
    const page = await dropIn({ body: script('data-country="gb"') });
    expect(textOf(page.document.querySelector('hotline-banner')!)).to.contain('08000 121 700');
  });

  it('mounts at the end of <body> when the script is in <head>', async () => {
    const page = await dropIn({ head: script('data-country="CA"'), body: '<p>Story</p><footer>Footer</footer>' });
    expect(page.document.body.lastElementChild?.localName).to.equal('hotline-banner');
  });

  it('mounts into data-target', async () => {
    const page = await dropIn({ body: `<aside id="help"></aside><p>Story</p>${script('data-country="AU" data-target="#help"')}` });
    expect(page.document.querySelector('#help > hotline-banner')).to.exist;
  });

  it('mounts only what data-components asks for', async () => {
    const page = await dropIn({ body: script('data-country="US" data-components="checklist, quick-exit"') });
    expect(page.document.querySelector('hotline-banner')).to.equal(null);
    expect(page.document.querySelector('hotline-signs-checklist')).to.exist;
    expect(page.document.querySelector('hotline-quick-exit')).to.exist;
    const none = await dropIn({ body: script('data-country="US" data-components="none"') });
    expect(none.document.querySelectorAll('hotline-banner, hotline-quick-exit, hotline-signs-checklist')).to.have.length(0);
  });

  it('included twice gives one banner, one quick exit and no errors', async () => {
    const page = await dropIn({ body: script('data-country="US"') + script('data-country="GB"') });
    expect(page.document.querySelectorAll('hotline-banner')).to.have.length(1);
    expect(page.document.querySelectorAll('hotline-quick-exit')).to.have.length(1);
    expect(page.window.__embed.hotlineErrors).to.deep.equal([]);
  });

  it('upgrades elements written in the HTML before the script', async () => {
    const page = await dropIn({ body: `<hotline-banner country="CA"></hotline-banner>${script('data-components="none"')}` });
    expect(telLinks(page.document.querySelector('hotline-banner')!)).to.include('tel:+18339001010');
  });

  it('exposes HotlineWidget: version, ready, countries, languages', async () => {
    const page = await dropIn({ body: script('data-country="US"') });
    const api = page.window.HotlineWidget!;
    expect(api.version).to.match(/^\d+\.\d+\.\d+/);
    expect(await api.ready).to.deep.equal({ country: 'US', lang: 'en' });
    expect(api.countries()).to.include.members(['US', 'GB', 'CA', 'AU']);
    expect(api.languages()).to.include.members(['en', 'fr', 'ar', 'zh']);
    expect(api.languages()[0]).to.equal('en');
  });
});

describe('drop-in script: privacy and layout', () => {
  it('requests nothing but its own script for a built-in country', async () => {
    const page = await dropIn({ body: script('data-country="US" data-components="banner quick-exit"') });
    const requested = page.window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(requested).to.deep.equal(['/dist/hotline-widget.js']);
  });

  it('with a checklist, requests its signs from its own folder once, and writes no storage or cookie', async () => {
    const page = await dropIn({ body: script('data-country="US" data-components="banner checklist quick-exit"') });
    const checklist = page.document.querySelector('hotline-signs-checklist')!;
    await (checklist as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const boxes = checklist.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    expect(boxes.length).to.be.greaterThan(10);
    for (const box of boxes) box.click();
    await (checklist as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const requested = page.window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(requested.sort()).to.deep.equal(['/dist/data/checklist-public.json', '/dist/data/manifest.json', '/dist/hotline-widget.js']);
    expect(page.window.localStorage.length).to.equal(0);
    expect(page.window.sessionStorage.length).to.equal(0);
    expect(page.document.cookie).to.equal('');
  });

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    const page = await dropIn({ body: script('data-country="US" data-components="banner checklist quick-exit"') });
    page.frame.style.width = '320px';
    await new Promise((resolve) => page.window.requestAnimationFrame(resolve));
    expect(page.document.documentElement.scrollWidth).to.be.at.most(320);
    // The quick exit and its explanation, opened, stay on screen (320 px is also 1280 px at 400% zoom).
    const exit = page.document.querySelector('hotline-quick-exit')!.shadowRoot!;
    exit.querySelector('details')!.open = true;
    for (const part of ['[part="button"]', '[part="about"]']) {
      const box = exit.querySelector(part)!.getBoundingClientRect();
      expect(box.left, part).to.be.at.least(0);
      expect(box.right, part).to.be.at.most(320);
    }
  });
});

describe('drop-in script: precedence and auto', () => {
  it('element attribute > script data-* > HotlineWidgetConfig', async () => {
    const page = await dropIn({
      head: `<script>window.HotlineWidgetConfig = { country: 'CA' };</script>`,
      body: `<hotline-banner id="own" country="AU"></hotline-banner>${script('data-country="GB"')}`,
    });
    const [own, mounted] = [...page.document.querySelectorAll('hotline-banner')];
    expect(telLinks(own!)).to.include('tel:+61131237');
    expect(telLinks(mounted!)).to.include('tel:+448000121700');
  });

  it('uses HotlineWidgetConfig when the script has no data-country', async () => {
    const page = await dropIn({ head: `<script>window.HotlineWidgetConfig = { country: 'CA' };</script>`, body: script() });
    expect(telLinks(page.document.querySelector('hotline-banner')!)).to.include('tel:+18339001010');
  });

  it('auto: <html lang="en-GB"> gives GB', async () => {
    const page = await dropIn({ lang: 'en-GB', body: script() });
    expect(telLinks(page.document.querySelector('hotline-banner')!)).to.include('tel:+448000121700');
    expect(page.window.__embed.ready).to.deep.equal([{ country: 'GB', lang: 'en' }]);
  });

  it('auto: <html lang="pt-BR"> gives BR in Brazilian Portuguese, its line loaded from data/ beside the script', async () => {
    const page = await dropIn({ lang: 'pt-BR', body: script() });
    expect(page.window.__embed.ready).to.deep.equal([{ country: 'BR', lang: 'pt-BR' }]);
    expect(textOf(page.document.querySelector('hotline-banner')!)).to.contain('Disque 100');
    const requested = page.window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(requested.sort()).to.deep.equal(['/dist/data/americas.json', '/dist/data/manifest.json', '/dist/data/messages-pt-BR.json', '/dist/hotline-widget.js']);
    expect(page.window.__embed.hotlineErrors).to.deep.equal([]);
  });

  it('data-country="PH" shows 1343 and data-country="IT" shows 800 290 290', async () => {
    const philippines = await dropIn({ body: script('data-country="PH"') });
    expect(textOf(philippines.document.querySelector('hotline-banner')!)).to.contain('1343');
    expect(telLinks(philippines.document.querySelector('hotline-banner')!)).to.include('tel:1343');
    const italy = await dropIn({ body: script('data-country="IT"') });
    expect(textOf(italy.document.querySelector('hotline-banner')!)).to.contain('800 290 290');
    expect(telLinks(italy.document.querySelector('hotline-banner')!)).to.include('tel:+39800290290');
  });

  it('configure() updates every mounted element live', async () => {
    const page = await dropIn({ body: `<hotline-signs-checklist></hotline-signs-checklist>${script('data-country="US"')}` });
    page.window.HotlineWidget!.configure({ country: 'GB' });
    const banner = page.document.querySelector('hotline-banner') as HTMLElement & { updateComplete: Promise<unknown> };
    const checklist = page.document.querySelector('hotline-signs-checklist') as HTMLElement & { updateComplete: Promise<unknown> };
    await Promise.all([banner.updateComplete, checklist.updateComplete]);
    expect(telLinks(banner)).to.include('tel:+448000121700');
    expect(telLinks(checklist)).to.include('tel:+448000121700');
    page.window.HotlineWidget!.configure({ components: 'banner' });
    expect(page.document.querySelector('hotline-quick-exit')).to.equal(null);
  });

  it('shows a site owner\'s own line first, with markup rendered as text', async () => {
    const page = await dropIn({
      head: `<script>window.HotlineWidgetConfig = { hotlines: [{ country: 'US', name: '<b>Local</b> line', phone: '+1 202 555 0123' }] };</script>`,
      body: script('data-country="US"'),
    });
    const banner = page.document.querySelector('hotline-banner')!;
    expect(telLinks(banner)[0]).to.equal('tel:+12025550123');
    expect(textOf(banner)).to.contain('<b>Local</b> line');
    expect(banner.shadowRoot!.querySelector('b')).to.equal(null);
    expect(page.window.__embed.hotlineErrors).to.have.length(1);
    expect(page.window.__embed.hotlineErrors[0]).to.contain('HotlineWidgetConfig.hotlines[0].name="<b>Local</b> line"');
  });
});

describe('drop-in script: a site owner\'s own lines', () => {
  const own = (lines: unknown) => `data-hotlines='${JSON.stringify(lines)}'`;

  it('data-hotlines adds a line before the built-in one', async () => {
    const page = await dropIn({ body: script(`data-country="GB" ${own([{ country: 'GB', name: 'Our local line', phone: '+44 20 7946 0000', web: 'https://example.org/help' }])}`) });
    const banner = page.document.querySelector('hotline-banner')!;
    expect(telLinks(banner)).to.deep.equal(['tel:+442079460000', 'tel:+448000121700', 'tel:999']);
    expect(page.window.__embed.hotlineErrors).to.deep.equal([]);
  });

  it('replace: true shows only the site owner\'s line for that country', async () => {
    const page = await dropIn({ body: script(`data-country="GB" ${own([{ country: 'GB', name: 'Our local line', phone: '+44 20 7946 0000', replace: true }])}`) });
    expect(telLinks(page.document.querySelector('hotline-banner')!)).to.deep.equal(['tel:+442079460000', 'tel:999']);
  });

  it('an invalid line is dropped with a message naming the field, and the built-in line still shows', async () => {
    const page = await dropIn({ body: script(`data-country="GB" ${own([{ country: 'GB', name: 'Bad link', web: 'javascript:alert(1)' }])}`) });
    expect(telLinks(page.document.querySelector('hotline-banner')!)).to.deep.equal(['tel:+448000121700', 'tel:999']);
    expect(page.window.__embed.hotlineErrors).to.have.length(1);
    expect(page.window.__embed.hotlineErrors[0]).to.contain('data-hotlines[0].web="javascript:alert(1)"');
  });

  it('data-hotlines that is not JSON is reported and ignored', async () => {
    const page = await dropIn({ body: script(`data-country="GB" data-hotlines="[{country: GB}"`) });
    expect(page.window.__embed.hotlineErrors).to.have.length(1);
    expect(page.window.__embed.hotlineErrors[0]).to.contain('data-hotlines="[{country: GB}" is not JSON');
    expect(telLinks(page.document.querySelector('hotline-banner')!)).to.include('tel:+448000121700');
  });
});

describe('drop-in script: the site owner\'s own words', () => {
  it('strings in the config replace a message, in any language, as text', async () => {
    const page = await dropIn({
      head: `<script>window.HotlineWidgetConfig = { strings: { 'banner.heading': '<b>Need help?</b>' } };</script>`,
      body: script('data-country="US" data-lang="fr"'),
    });
    const banner = page.document.querySelector('hotline-banner')!;
    expect(banner.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal('<b>Need help?</b>');
    expect(banner.shadowRoot!.querySelector('b')).to.equal(null);
    // The rest is French.
    expect(textOf(banner)).to.contain('Appeler');
  });

  it('an element\'s strings attribute wins over the page\'s, and a wrong path is reported with a suggestion', async () => {
    const page = await dropIn({
      head: `<script>window.HotlineWidgetConfig = { strings: { 'banner.heading': 'From the page' } };</script>`,
      body: `<hotline-banner country="GB" strings='{"banner.heading":"From the element","banner.haeding":"x"}'></hotline-banner>${script('data-components="none"')}`,
    });
    const banner = page.document.querySelector('hotline-banner')!;
    expect(banner.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal('From the element');
    expect(page.window.__embed.warnings).to.have.length(1);
    expect(page.window.__embed.warnings[0]).to.contain('<hotline-banner strings> has an unknown message "banner.haeding"');
    expect(page.window.__embed.warnings[0]).to.contain('Did you mean "banner.heading"?');
  });
});

describe('drop-in script: bad input', () => {
  const cases: { name: string; head?: string; attributes?: string; expected: string[]; check?: (page: DropInPage) => void }[] = [
    {
      name: 'a malformed country',
      attributes: 'data-country="USA"',
      expected: ['data-country="USA"'],
      check: (page) => expect(textOf(page.document.querySelector('hotline-banner')!)).to.contain('Global Modern Slavery Directory'),
    },
    {
      name: 'a country without a line',
      attributes: 'data-country="ZZ"',
      expected: ['data-country="ZZ"'],
      check: (page) => expect(telLinks(page.document.querySelector('hotline-banner')!)).to.deep.equal([]),
    },
    { name: 'a malformed language tag', attributes: 'data-country="US" data-lang="english!!"', expected: ['data-lang="english!!"'] },
    { name: 'a language without a translation', attributes: 'data-country="US" data-lang="ja"', expected: ['data-lang="ja"'] },
    { name: 'a malformed value', attributes: 'data-country="US" data-theme="neon"', expected: ['data-theme="neon"'] },
    { name: 'an unknown component', attributes: 'data-country="US" data-components="banner, quick-exit, widgets"', expected: ['"widgets"'] },
    {
      name: 'a wrongly typed value',
      head: `<script>window.HotlineWidgetConfig = { components: 42 };</script>`,
      attributes: 'data-country="US"',
      expected: ['HotlineWidgetConfig.components=42'],
    },
    {
      name: 'an unknown key, with a suggestion',
      head: `<script>window.HotlineWidgetConfig = { contry: 'GB' };</script>`,
      attributes: 'data-country="US"',
      expected: ['"contry"', 'Did you mean "country"?'],
    },
    { name: 'a misspelt data attribute', attributes: 'data-contry="GB"', expected: ['data-contry="GB"', 'Did you mean "data-country"?'] },
    { name: 'an invalid selector', attributes: 'data-country="US" data-target="##help"', expected: ['data-target="##help"'] },
    {
      name: 'a selector that matches nothing',
      attributes: 'data-country="US" data-target="#missing"',
      expected: ['"#missing"'],
      check: (page) => expect(page.document.querySelector('hotline-banner')).to.exist,
    },
    {
      name: 'a javascript: exit URL',
      attributes: 'data-country="US" data-exit-url="javascript:alert(1)"',
      expected: ['data-exit-url="javascript:alert(1)"'],
      check: (page) => {
        const href = page.document.querySelector('hotline-quick-exit')!.shadowRoot!.querySelector('a')!.getAttribute('href');
        expect(href).to.match(/^https:/);
      },
    },
    {
      name: 'a config that is not an object',
      head: `<script>window.HotlineWidgetConfig = 'GB';</script>`,
      attributes: 'data-country="US"',
      expected: ['window.HotlineWidgetConfig="GB"'],
    },
  ];

  for (const { name, head, attributes, expected, check } of cases) {
    it(`${name}: one console message and one hotline-error naming it, and the page still works`, async () => {
      const page = await dropIn({ head, body: `<p>Story</p>${script(attributes)}` });
      expect(page.window.__embed.hotlineErrors, page.window.__embed.hotlineErrors.join('\n')).to.have.length(1);
      expect(page.window.__embed.warnings).to.have.length(1);
      for (const fragment of expected) {
        expect(page.window.__embed.hotlineErrors[0]).to.contain(fragment);
        expect(page.window.__embed.warnings[0]).to.contain(fragment);
      }
      expect(page.document.querySelector('hotline-quick-exit')?.shadowRoot?.querySelector('a')).to.exist;
      check?.(page);
    });
  }
});

describe('drop-in script: what a visitor downloads', () => {
  afterEach(() => executeServerCommand('emulate-place', {}));

  // The heaviest visitor the size budget counts (scripts/size.mjs visitorDownloads):
  // another language, a checklist audience in it, a country found by the time
  // zone, and that country's part of its continent. Each file once, nothing else.
  it('an Arabic-only browser in Berlin with the self-check: the script, then six files, each once', async () => {
    await executeServerCommand('emulate-place', { languages: 'ar', timeZone: 'Europe/Berlin' });
    const page = await dropIn({ lang: '', body: script('data-components="banner quick-exit checklist" data-audience="self"') });
    const checklist = page.document.querySelector('hotline-signs-checklist') as HTMLElement & { updateComplete: Promise<unknown> };
    await checklist.updateComplete;
    expect(page.window.__embed.ready).to.deep.equal([{ country: 'DE', lang: 'ar' }]);
    expect(checklist.shadowRoot!.querySelector('section')!.getAttribute('dir')).to.equal('rtl');
    const requested = page.window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(requested.filter((path) => /^\/dist\/data\/europe-\d+\.json$/.test(path))).to.have.length(1);
    expect(requested.filter((path) => !/^\/dist\/data\/europe-\d+\.json$/.test(path)).sort()).to.deep.equal([
      '/dist/data/checklist-self-ar.json',
      '/dist/data/manifest.json',
      '/dist/data/messages-ar.json',
      '/dist/data/zones-europe.json',
      '/dist/hotline-widget.js',
    ]);
    expect(page.window.__embed.hotlineErrors).to.deep.equal([]);
  });
});

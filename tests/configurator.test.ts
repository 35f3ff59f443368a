/**
 * The configurator (src/configurator/, built into dist/configurator/), opened
 * in a frame of the test page as the demo server serves it: under the demo's
 * strict Content-Security-Policy with Trusted Types (web-test-runner.config.mjs).
 * Values are set through its form, as a person would set them, and the code it
 * gives is pasted into fresh pages that load the built script.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { Recorded } from './embed/host.js';
import { activateTestPage, until, wait } from './tabs.js';
import { linesOf } from './world-data.js';

const ORIGIN = location.origin;
/** "This copy": the built script beside the configurator, as the test server serves it (byte for byte). */
const THIS_COPY = `${ORIGIN}/dist/hotline-widget.js`;
const sri = (await (await fetch('/dist/sri.json')).json()) as Record<string, string>;
const swahili = (await (await fetch('/src/locale/messages/sw.json')).json()) as { banner: { heading: string }; quickExit: { label: string } };
const { version } = (await (await fetch('/package.json')).json()) as { version: string };

/** What the banner dials for a country's first line, from the project's data (as the widget dials it). */
function mainLineTel(country: string): string {
  const phone = linesOf(country)[0]!.phone!;
  return `tel:${phone.e164 ?? phone.display.replace(/\D/g, '')}`;
}

type FrameWindow = Window & typeof globalThis;

interface Configurator {
  frame: HTMLIFrameElement;
  window: FrameWindow;
  document: Document;
  byId<E extends HTMLElement = HTMLInputElement>(id: string): E;
  /** The text of a code block. */
  code(id: string): string;
  /** The preview frame's window. */
  preview(): FrameWindow & { HotlineWidget?: { ready: Promise<{ country: string | null; lang: string }> } };
}

const frames: HTMLIFrameElement[] = [];

/**
 * Whether a configurator's preview has finished loading: its page complete and
 * the widget in it ready. Removing a configurator while its preview is still
 * navigating stalled Chromium's test page at the end of a run (about one run in
 * three), so every configurator is left only once its preview has settled.
 */
async function previewSettled(frame: HTMLIFrameElement): Promise<void> {
  const started = Date.now();
  const inner = () => frame.contentDocument?.getElementById('preview') as HTMLIFrameElement | null | undefined;
  const settled = () => {
    try {
      const preview = inner()?.contentWindow as (Window & { HotlineWidget?: unknown }) | null | undefined;
      return !preview || (preview.document.readyState === 'complete' && (preview.location.pathname.endsWith('/exited.html') || Boolean(preview.HotlineWidget)));
    } catch {
      return true;
    }
  };
  // The configurator reloads its preview 400 ms after the last change: wait past that, then for the load.
  await new Promise((resolve) => setTimeout(resolve, 500));
  while (!settled() && Date.now() - started < 5000) await new Promise((resolve) => setTimeout(resolve, 50));
  const ready = (inner()?.contentWindow as (Window & { HotlineWidget?: { ready: Promise<unknown> } }) | null | undefined)?.HotlineWidget?.ready;
  if (ready) await Promise.race([ready, new Promise((resolve) => setTimeout(resolve, 3000))]);
}

afterEach(async function () {
  this.timeout(20000);
  const open = frames.splice(0);
  await Promise.all(open.map(previewSettled));
  open.forEach((frame) => frame.remove());
});

function addFrame(width: number, height: number): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  // In view, the newest on top: a frame outside the viewport gets no animation frames.
  frame.style.cssText = `position: fixed; top: 0; left: 0; z-index: ${frames.length + 1}; width: ${width}px; height: ${height}px; border: 0; background: #fff;`;
  frames.push(frame);
  return frame;
}

async function openConfigurator(query = '', { width = 1280, height = 900 } = {}): Promise<Configurator> {
  const frame = addFrame(width, height);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/dist/configurator/index.html${query}`;
  document.body.append(frame);
  await loaded;
  const window = frame.contentWindow as FrameWindow;
  const doc = frame.contentDocument!;
  const byId = <E extends HTMLElement>(id: string) => {
    const element = doc.getElementById(id);
    if (!element) throw new Error(`no #${id}`);
    return element as E;
  };
  const configurator: Configurator = {
    frame,
    window,
    document: doc,
    byId,
    code: (id) => byId(id).textContent ?? '',
    preview: () => byId<HTMLIFrameElement>('preview').contentWindow as ReturnType<Configurator['preview']>,
  };
  await until(() => configurator.code('code-script').includes('integrity='), 'the configurator to read ../sri.json');
  return configurator;
}

/** Types into a text field as a person would: focus, the new value, input, then change (leaving the field). */
function type(c: Configurator, id: string, value: string): void {
  const field = c.byId<HTMLInputElement | HTMLTextAreaElement>(id);
  field.focus();
  field.value = value;
  field.dispatchEvent(new c.window.Event('input', { bubbles: true }));
  field.dispatchEvent(new c.window.Event('change', { bubbles: true }));
}

/** Picks an option of a select. */
function choose(c: Configurator, id: string, value: string): void {
  const field = c.byId<HTMLSelectElement>(id);
  field.focus();
  field.value = value;
  expect(field.value, `#${id} has the option ${value}`).to.equal(value);
  field.dispatchEvent(new c.window.Event('input', { bubbles: true }));
  field.dispatchEvent(new c.window.Event('change', { bubbles: true }));
}

/** Ticks or unticks a checkbox with a click, as a person would. */
function tick(c: Configurator, id: string, checked: boolean): void {
  const box = c.byId<HTMLInputElement>(id);
  if (box.checked !== checked) box.click();
  expect(box.checked).to.equal(checked);
}

/** The widget's messages shown for a field (its message element), as text. */
const messagesOf = (container: Element) => [...container.querySelectorAll('.widget-message')].map((element) => element.textContent);

interface PastedPage {
  frame: HTMLIFrameElement;
  window: FrameWindow & { __embed: Recorded; HotlineWidget?: { ready: Promise<unknown> } };
  document: Document;
}

/**
 * A site owner's page with `body` pasted into it (a same-origin srcdoc frame):
 * the project's recorder first (tests/embed/recorder.js), `head` (a CSP meta),
 * then a story with the code in it. Waits for hotline-ready unless `ready` is false.
 */
async function pastePage(body: string, { head = '', nonce = '', ready = true } = {}): Promise<PastedPage> {
  const frame = addFrame(1024, 768);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const nonceAttribute = nonce ? ` nonce="${nonce}"` : '';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}<title>A site owner's page</title><script src="/tests/embed/recorder.js"${nonceAttribute}></script></head><body><main><h1>A story</h1><p>The story.</p>${body}<p>More of the story.</p></main></body></html>`;
  document.body.append(frame);
  await loaded;
  const page = { frame, window: frame.contentWindow as PastedPage['window'], document: frame.contentDocument! };
  if (ready) await until(() => (page.window.__embed?.ready.length ?? 0) > 0, 'hotline-ready on the pasted page', 8000);
  return page;
}

const shadowText = (element: Element | null) => (element?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
const telLinks = (element: Element | null) =>
  [...(element?.shadowRoot?.querySelectorAll('a[href^="tel:"]') ?? [])].map((link) => link.getAttribute('href'));

/** CSP violations the pages reported to the test server since the last call. */
const cspReports = async () => (await (await fetch('/__csp-reports')).json()) as string[];

describe('configurator: the script tag it gives works on a page', () => {
  it('KE, Swahili, banner and quick exit, set through the form: the pasted tag loads this copy with its integrity and shows Kenya\'s line in Swahili; a wrong integrity does not run', async () => {
    const c = await openConfigurator();
    type(c, 'country', 'Kenya (KE)');
    choose(c, 'lang', 'sw');
    tick(c, 'component-banner', true);
    tick(c, 'component-quick-exit', true);
    tick(c, 'component-checklist', false);
    choose(c, 'source', 'this');
    const snippet = c.code('code-script');
    expect(snippet).to.contain(`src="${THIS_COPY}"`);
    expect(snippet).to.contain(`integrity="${sri['hotline-widget.js']}" crossorigin="anonymous"`);
    expect(snippet).to.contain('data-country="KE"');
    expect(snippet).to.contain('data-lang="sw"');
    expect(snippet).to.contain('data-components="banner quick-exit"');
    expect(c.window.location.search).to.equal('?country=KE&lang=sw&components=banner,quick-exit');

    const page = await pastePage(snippet);
    const script = page.document.querySelector<HTMLScriptElement>('script[src$="hotline-widget.js"]')!;
    expect(script.getAttribute('integrity')).to.equal(sri['hotline-widget.js']);
    expect(script.crossOrigin).to.equal('anonymous');
    expect(page.window.HotlineWidget, 'the script ran with its integrity').to.exist;
    expect(page.window.__embed.ready).to.deep.equal([{ country: 'KE', lang: 'sw' }]);
    const banner = page.document.querySelector('hotline-banner');
    expect(telLinks(banner)).to.include(mainLineTel('KE'));
    expect(banner!.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim()).to.equal(swahili.banner.heading);
    expect(page.document.body.firstElementChild?.localName, 'the quick exit first in the page').to.equal('hotline-quick-exit');
    expect(page.window.__embed.hotlineErrors).to.deep.equal([]);
    expect(page.window.__embed.violations).to.deep.equal([]);

    // The negative control: the same tag with another hash is refused by the browser.
    const wrong = snippet.replace(/integrity="[^"]+"/, `integrity="sha384-${'A'.repeat(64)}"`);
    expect(wrong).not.to.equal(snippet);
    const refused = await pastePage(wrong, { ready: false });
    await wait(500);
    expect(refused.window.HotlineWidget).to.equal(undefined);
    expect(refused.document.querySelector('hotline-banner')).to.equal(null);
  });
});

/** Every field's value as the form shows it. */
function readFields(c: Configurator) {
  const value = (id: string) => c.byId<HTMLInputElement>(id).value;
  const checked = (id: string) => c.byId<HTMLInputElement>(id).checked;
  const group = (selector: string) =>
    [...c.document.querySelectorAll(selector)].map((fieldset) =>
      Object.fromEntries(
        [...fieldset.querySelectorAll<HTMLInputElement>('[data-field]')].map((field) => [field.dataset.field, field.type === 'checkbox' ? field.checked : field.value]),
      ),
    );
  return {
    country: value('country'),
    lang: value('lang'),
    components: ['banner', 'quick-exit', 'checklist'].map((component) => checked(`component-${component}`)),
    audience: value('audience'),
    theme: value('theme'),
    exitUrl: value('exit-url'),
    shortcut: value('shortcut'),
    newTab: checked('new-tab'),
    target: value('target'),
    hotlines: group('fieldset.line'),
    strings: group('fieldset.words'),
    source: value('source'),
    src: value('src'),
    litOnPage: checked('lit-on-page'),
  };
}

const CODE_BLOCKS = ['code-script', 'code-elements', 'code-csp', 'code-csp-nonce', 'code-fallback', 'code-reserve-css', 'code-reserve-markup'];

describe('configurator: the banner with its help written in', () => {
  const visible = (element: Element | null | undefined) => !!element && (element as HTMLElement).offsetHeight > 0;
  /** The sections the reader sees in the banner's shadow root (the live one, or the written-in copy). */
  const shownSections = (banner: Element) => [...banner.shadowRoot!.querySelectorAll('section')].filter(visible);

  it('KE, Swahili: the banner for Kenya in Swahili and the script for the rest; pasted, the line shows without the script, and the live banner alone with it', async () => {
    const c = await openConfigurator('?country=KE&lang=sw&components=banner,quick-exit');
    await until(() => c.code('code-written-in') !== '', 'the written-in help (static.mjs, imported when needed)');
    const code = c.code('code-written-in');
    expect(code).to.match(/^<hotline-banner country="KE" lang="sw"><template shadowrootmode="open"><style>/);
    expect(code).to.contain(`src="${THIS_COPY}"`);
    expect(code).to.contain('data-components="quick-exit"');
    expect(code).not.to.contain('data-components="banner');
    expect(c.byId('written-in-code').hidden).to.equal(false);

    // The script blocked or stripped: the help is in the page.
    const stripped = await pastePage(code.replace(/<script [^]*<\/script>$/, ''), { ready: false });
    const still = stripped.document.querySelector('hotline-banner')!;
    expect(stripped.window.HotlineWidget, 'no script').to.equal(undefined);
    expect([...still.shadowRoot!.querySelectorAll('a[href^="tel:"]')].filter(visible).map((link) => link.getAttribute('href'))).to.include(mainLineTel('KE'));
    expect(shownSections(still)).to.have.length(1);

    // With it: the live banner in its place, one banner, Kenya's line in Swahili.
    const page = await pastePage(code);
    const banner = page.document.querySelector('hotline-banner')!;
    // The live banner is the shadow root's own section; the written-in copy's sits in .fallback.
    const live = () => shownSections(banner).find((section) => section.parentNode === banner.shadowRoot);
    await until(() => live()?.getAttribute('aria-busy') === 'false', 'the live banner, with all it shows');
    expect(page.document.querySelectorAll('hotline-banner'), 'no second banner').to.have.length(1);
    expect(shownSections(banner)).to.have.length(1);
    expect(telLinks(banner)).to.include(mainLineTel('KE'));
    expect(page.window.__embed.hotlineErrors).to.deep.equal([]);
  });

  it('with the country or the language automatic, or no banner: says why there is none', async () => {
    const c = await openConfigurator('?lang=sw&components=banner,quick-exit');
    await until(() => c.code('written-in-why') !== '', 'the reason');
    expect(c.code('written-in-why')).to.equal('Choose a country and a language above: the written-in help is for one of each.');
    expect(c.byId('written-in-code').hidden).to.equal(true);
    choose(c, 'lang', 'auto');
    type(c, 'country', 'Kenya (KE)');
    await until(() => c.code('written-in-why').startsWith('Choose'), 'the reason, again');
    tick(c, 'component-banner', false);
    await until(() => c.code('written-in-why') === 'The banner is not among your choices.', 'no banner');
  });
});

describe('configurator: the address', () => {
  it('round-trips every field: the configurator opened from its own address shows the same values and code', async () => {
    const c = await openConfigurator();
    const defaults = readFields(c);
    // As the datalist's option writes it (typing KE gives the same setting; the field then shows this).
    type(c, 'country', 'Kenya (KE)');
    choose(c, 'lang', 'sw');
    tick(c, 'component-banner', false);
    tick(c, 'component-checklist', true);
    choose(c, 'audience', 'hospitality');
    choose(c, 'theme', 'dark');
    type(c, 'exit-url', 'https://example.org/weather?city=1');
    choose(c, 'shortcut', 'esc2');
    tick(c, 'new-tab', true);
    type(c, 'target', '#help > .box');
    c.byId<HTMLButtonElement>('add-line').click();
    const line = { country: 'Kenya (KE)', name: 'Our "line" & more', organisation: 'Our NGO', phone: '+254 20 000 0000', text: '+254 700 000 000', email: 'help@ngo.example', chat: 'https://ngo.example/chat', web: 'https://ngo.example/' };
    for (const [field, value] of Object.entries(line)) type(c, `line-1-${field}`, value);
    tick(c, 'line-1-replace', true);
    c.byId<HTMLButtonElement>('add-words').click();
    type(c, 'words-1-path', 'banner.heading');
    type(c, 'words-1-text', "Need help? Don't wait");
    choose(c, 'source', 'own');
    type(c, 'src', 'https://static.ngo.example/hotline-widget/hotline-widget.js');
    tick(c, 'lit-on-page', true);
    const fields = readFields(c);
    // Every field was changed from its default (or added), so the round trip proves each one.
    for (const key of Object.keys(defaults) as (keyof typeof defaults)[]) expect(fields[key], key).not.to.deep.equal(defaults[key]);
    const address = c.window.location.search;
    expect(address).to.contain('country=KE');
    expect(address).to.contain('lang=sw');
    expect(address).to.contain('components=quick-exit,checklist');
    expect(new URLSearchParams(address).get('hotlines')).to.equal(
      JSON.stringify([{ country: 'KE', name: line.name, organisation: line.organisation, phone: line.phone, text: line.text, email: line.email, chat: line.chat, web: line.web, replace: true }]),
    );
    expect(new URLSearchParams(address).get('strings')).to.equal(JSON.stringify({ 'banner.heading': "Need help? Don't wait" }));
    const swahiliLink = (configurator: Configurator) => until(() => configurator.code('code-fallback').includes(swahili.quickExit.label), 'the quick exit\'s Swahili words');
    await swahiliLink(c);
    const code = Object.fromEntries(CODE_BLOCKS.map((id) => [id, c.code(id)]));

    const again = await openConfigurator(address);
    await swahiliLink(again);
    expect(readFields(again)).to.deep.equal(fields);
    expect(again.window.location.search).to.equal(address);
    for (const id of CODE_BLOCKS) expect(again.code(id), id).to.equal(code[id]);
    expect(again.byId('address-problems').hidden).to.equal(true);
  });

  it('stores nothing: no cookie, no localStorage or sessionStorage entry', async () => {
    const c = await openConfigurator('?country=GB');
    type(c, 'country', 'KE');
    expect(c.document.cookie).to.equal('');
    expect(c.window.localStorage.length).to.equal(0);
    expect(c.window.sessionStorage.length).to.equal(0);
  });
});

describe('configurator: bad input', () => {
  it('is reported with the widget\'s own message, and the code leaves it out as the widget would ignore it', async () => {
    const c = await openConfigurator();
    type(c, 'country', 'XX');
    type(c, 'exit-url', 'javascript:alert(1)');
    c.byId<HTMLButtonElement>('add-line').click();
    type(c, 'line-1-country', 'KE');
    type(c, 'line-1-name', 'Our line');

    const shown = {
      country: messagesOf(c.byId('country-message')),
      exitUrl: messagesOf(c.byId('exit-url-message')),
      line: messagesOf(c.byId('line-1-message')),
    };
    expect(shown.country).to.deep.equal(['data-country="XX": no hotline for this country yet; showing the international card.']);
    expect(shown.exitUrl).to.deep.equal(['data-exit-url="javascript:alert(1)" is not a full https: or http: address of another site; the quick exit keeps its destination.']);
    expect(shown.line).to.deep.equal(['data-hotlines[0].phone=undefined is not usable; this line is left out.']);

    // The same words the real script logs for the same values on a page.
    const page = await pastePage(
      `<script src="/dist/hotline-widget.js" data-country="XX" data-exit-url="javascript:alert(1)" data-hotlines='[{"country":"KE","name":"Our line"}]'></script>`,
    );
    for (const message of [...shown.country, ...shown.exitUrl, ...shown.line]) expect(page.window.__embed.hotlineErrors).to.include(message);

    // Announced, and marked on the fields.
    for (const id of ['country-message', 'exit-url-message', 'line-1-message']) expect(c.byId(id).getAttribute('aria-live')).to.equal('polite');
    for (const id of ['country', 'exit-url', 'line-1-phone']) expect(c.byId(id).getAttribute('aria-invalid'), id).to.equal('true');
    // Left out of every piece of code.
    for (const id of ['code-script', 'code-elements', 'code-reserve-markup']) {
      expect(c.code(id)).not.to.contain('XX');
      expect(c.code(id)).not.to.contain('javascript:');
      expect(c.code(id)).not.to.contain('hotlines');
    }
    expect(c.code('code-fallback')).to.contain('href="https://www.bbc.co.uk/weather"');

    // Corrected, each value is used and its message goes.
    type(c, 'country', 'KE');
    type(c, 'exit-url', 'https://example.org/');
    type(c, 'line-1-phone', '+254 20 000 0000');
    expect(messagesOf(c.byId('country-message'))).to.deep.equal([]);
    expect(messagesOf(c.byId('exit-url-message'))).to.deep.equal([]);
    expect(messagesOf(c.byId('line-1-message'))).to.deep.equal([]);
    expect(c.byId('exit-url').hasAttribute('aria-invalid')).to.equal(false);
    expect(c.code('code-script')).to.contain('data-country="KE"');
    expect(c.code('code-script')).to.contain('data-exit-url="https://example.org/"');
    expect(c.code('code-script')).to.contain(`data-hotlines='[{"country":"KE","name":"Our line","phone":"+254 20 000 0000"}]'`);
  });

  it('keeps every language of the list, as the widget uses each of them', async () => {
    const c = await openConfigurator();
    const languages = [...c.byId<HTMLSelectElement>('lang').options].map((option) => option.value).filter((value) => value !== 'auto');
    expect(languages).to.have.length(Object.keys((await (await fetch('/src/locale/status.json')).json()) as object).length);
    for (const lang of languages) {
      choose(c, 'lang', lang);
      expect(c.code('code-script'), lang).to.contain(`data-lang="${lang}"`);
      expect(c.byId('lang-message').classList.contains('error'), lang).to.equal(false);
    }
  });

  it('writes the international card and a country without a line, and says what the widget will say', async () => {
    const c = await openConfigurator();
    type(c, 'country', 'international card (no country)');
    expect(c.code('code-script')).to.contain('data-country="ZZ"');
    expect(messagesOf(c.byId('country-message'))).to.deep.equal(['data-country="ZZ": no hotline for this country yet; showing the international card.']);
    expect(c.byId('country').hasAttribute('aria-invalid')).to.equal(false);
    const page = await pastePage(c.code('code-script'));
    const banner = page.document.querySelector('hotline-banner')!;
    expect(shadowText(banner)).to.contain('Help with human trafficking, wherever you are');
  });

  it('escapes every value it writes into the code as an attribute value', async () => {
    const c = await openConfigurator();
    type(c, 'target', `#a"><script>alert(1)</script>`);
    c.byId<HTMLButtonElement>('add-words').click();
    type(c, 'words-1-path', 'banner.heading');
    type(c, 'words-1-text', `"Help" & <b>'now'</b>`);
    const code = c.code('code-script');
    expect(code).not.to.contain('<script>alert');
    expect(code).not.to.contain('<b>');
    expect(code).to.contain(`data-strings="{&quot;banner.heading&quot;:&quot;\\&quot;Help\\&quot; &amp; &lt;b&gt;'now'&lt;/b&gt;&quot;}"`);
    // Parsed back by a browser, the attribute is exactly the JSON.
    const parsed = new DOMParser().parseFromString(code, 'text/html').querySelector('script')!;
    expect(JSON.parse(parsed.dataset.strings!)).to.deep.equal({ 'banner.heading': `"Help" & <b>'now'</b>` });
    expect(c.document.querySelectorAll('main script, main b')).to.have.length(0);
  });
});

describe('configurator: privacy', () => {
  it('requests nothing but the project\'s own files, the preview included, whatever the script\'s source', async () => {
    await cspReports();
    const c = await openConfigurator('?country=KE&lang=sw&components=banner,quick-exit,checklist&audience=self&source=jsdelivr');
    const preview = c.preview();
    await until(() => Boolean(preview.HotlineWidget), 'the preview\'s script');
    await preview.HotlineWidget!.ready;
    await until(() => telLinks(preview.document.querySelector('hotline-banner')).includes(mainLineTel('KE')), 'Kenya\'s line in the preview');
    await until(() => c.code('code-fallback').includes(swahili.quickExit.label), 'the quick exit\'s Swahili words');
    const requested = [...c.window.performance.getEntriesByType('resource'), ...preview.performance.getEntriesByType('resource')].map((entry) => entry.name);
    expect(requested.some((name) => name.endsWith('/dist/hotline-widget.js'))).to.equal(true);
    expect(requested.some((name) => name.includes('/dist/data/'))).to.equal(true);
    expect(requested.filter((name) => new URL(name).origin !== ORIGIN)).to.deep.equal([]);
    expect(c.code('code-script')).to.contain('https://cdn.jsdelivr.net/');
    await wait(200);
    expect(await cspReports(), 'no CSP violation under the demo\'s policy').to.deep.equal([]);
  });
});

describe('configurator: the preview', () => {
  it('shows the chosen country; its quick exit leads to exited.html inside the frame, and the configurator stays', async () => {
    const c = await openConfigurator('?country=KE&lang=sw&exitUrl=https://example.org/weather');
    const preview = c.preview();
    // WebKit fires the configurator's load before its preview frame has left the first blank page
    // (main.js sets the frame's address): wait for the frame's own navigation.
    await until(() => preview.location.pathname !== 'blank', 'the preview frame to leave about:blank');
    expect(preview.location.pathname).to.equal('/dist/configurator/preview.html');
    await until(() => Boolean(preview.HotlineWidget), 'the preview\'s script');
    expect(await preview.HotlineWidget!.ready).to.deep.equal({ country: 'KE', lang: 'sw' });
    const banner = preview.document.querySelector('hotline-banner');
    await until(() => telLinks(banner).includes(mainLineTel('KE')), 'Kenya\'s line in the preview');
    expect(banner!.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim()).to.equal(swahili.banner.heading);

    const before = {
      title: document.title,
      children: document.documentElement.children.length,
      referrers: document.querySelectorAll('meta[name="referrer"]').length,
      configuratorTitle: c.document.title,
      configuratorChildren: c.document.documentElement.children.length,
    };
    // preview.html reads the quick exit's destination through its own accessor (else the click below would leave for the real address).
    const slot = (preview as unknown as Record<symbol, object>)[Symbol.for('hotline-widget.quick-exit')]!;
    expect(Object.getOwnPropertyDescriptor(slot, 'url')?.get, 'the preview redirects the exit').to.be.a('function');
    const button = preview.document.querySelector('hotline-quick-exit')!.shadowRoot!.querySelector<HTMLElement>('[part="button"]')!;
    button.click();
    // In the same task the widget covered the top page it could reach; the preview gave it back.
    expect(getComputedStyle(document.body).visibility).to.equal('visible');
    expect(document.title).to.equal(before.title);
    await until(() => {
      try {
        return c.preview().location.pathname.endsWith('/exited.html') && c.preview().document.readyState === 'complete';
      } catch {
        return false;
      }
    }, 'exited.html in the preview frame');
    const exited = c.preview();
    expect(new URLSearchParams(exited.location.search).get('to')).to.equal('https://example.org/weather');
    expect(exited.document.body.textContent!.replace(/\s+/g, ' ')).to.contain('A visitor would now be on https://example.org/weather; Back would not return to the page.');
    // The configurator and the page around it are as they were.
    expect(c.window.location.pathname).to.equal('/dist/configurator/index.html');
    expect(c.document.title).to.equal(before.configuratorTitle);
    expect(c.document.documentElement.children.length).to.equal(before.configuratorChildren);
    expect(c.window.getComputedStyle(c.document.body).visibility).to.equal('visible');
    expect(document.title).to.equal(before.title);
    expect(document.documentElement.children.length).to.equal(before.children);
    expect(document.querySelectorAll('meta[name="referrer"]').length).to.equal(before.referrers);
    expect(getComputedStyle(document.body).visibility).to.equal('visible');

    // A change of setting shows the widget again, now for Tanzania.
    type(c, 'country', 'TZ');
    await until(() => {
      try {
        return c.preview().location.pathname.endsWith('/preview.html') && telLinks(c.preview().document.querySelector('hotline-banner')).includes(mainLineTel('TZ'));
      } catch {
        return false;
      }
    }, 'the preview for Tanzania', 8000);
  });

  it('is a sandboxed frame of preview.html, at a phone\'s width or a desktop\'s, light or dark', async () => {
    const c = await openConfigurator('?country=GB&lang=ar');
    const frame = c.byId<HTMLIFrameElement>('preview');
    expect(frame.getAttribute('sandbox')).to.equal('allow-scripts allow-same-origin');
    await until(() => Boolean(c.preview().HotlineWidget), 'the preview\'s script');
    await c.preview().HotlineWidget!.ready;
    // Right to left in Arabic: the widget does it itself.
    const banner = c.preview().document.querySelector('hotline-banner')!;
    await until(() => banner.shadowRoot?.querySelector('[part="base"]')?.getAttribute('dir') === 'rtl', 'the banner right to left');
    expect(frame.getBoundingClientRect().width).to.equal(360);
    choose(c, 'preview-width', 'desktop');
    expect(frame.getBoundingClientRect().width).to.equal(1024);
    const note = c.byId('preview-colours-note');
    expect(note.hidden).to.equal(true);
    choose(c, 'preview-colours', 'dark');
    if (await framesTakeColours()) {
      await until(() => c.preview().matchMedia('(prefers-color-scheme: dark)').matches, 'the preview in dark colours');
      await wait(100);
      expect(note.hidden, 'no note where the preview takes the colours').to.equal(true);
    } else {
      // WebKit keeps a frame's page in the device's (light) colours: the configurator says so instead.
      await until(() => !note.hidden, 'the note that this browser keeps the preview in the device\'s colours');
    }
    choose(c, 'preview-colours', 'light');
    await until(() => c.preview().matchMedia('(prefers-color-scheme: light)').matches, 'the preview in light colours');
    await until(() => note.hidden === true, 'no note with the preview in the colours chosen');
  });
});

/**
 * Whether this browser gives a frame's page the frame's color-scheme as its
 * colour preference (Chromium and Firefox do; WebKit keeps the device's): a
 * probe frame in the colours opposite to this page's.
 */
async function framesTakeColours(): Promise<boolean> {
  const other = matchMedia('(prefers-color-scheme: dark)').matches ? 'light' : 'dark';
  const frame = document.createElement('iframe');
  frame.style.colorScheme = other;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = '<!doctype html><title>probe</title>';
  document.body.append(frame);
  await loaded;
  const takes = frame.contentWindow!.matchMedia(`(prefers-color-scheme: ${other})`).matches;
  frame.remove();
  return takes;
}

/** axe-core run inside the configurator's frame (loaded through a Trusted Types policy: the page enforces them). */
async function axeViolations(c: Configurator): Promise<string[]> {
  const window = c.window as FrameWindow & {
    trustedTypes: { createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): string } };
    axe?: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
  };
  if (!window.axe) {
    // The configurator has no Lit, so the one policy name its CSP allows is free here.
    const policy = window.trustedTypes.createPolicy('lit-html', { createScriptURL: (url) => url });
    const script = c.document.createElement('script');
    (script as unknown as { src: string }).src = policy.createScriptURL('/node_modules/axe-core/axe.min.js');
    await new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', reject);
      c.document.head.append(script);
    });
  }
  const results = await window.axe!.run(c.document, {
    iframes: false,
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  });
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** A configurator with a bit of everything shown: a line, own words, an error and a note. */
async function busyConfigurator(options: { width?: number; height?: number } = {}): Promise<Configurator> {
  const c = await openConfigurator('?country=ZZ&components=banner,quick-exit,checklist', options);
  type(c, 'exit-url', 'www.example.org');
  c.byId<HTMLButtonElement>('add-line').click();
  type(c, 'line-1-country', 'KE');
  type(c, 'line-1-name', 'Our line');
  c.byId<HTMLButtonElement>('add-words').click();
  type(c, 'words-1-path', 'banner.heading');
  type(c, 'words-1-text', 'Need help?');
  choose(c, 'source', 'own');
  type(c, 'src', '/hotline-widget/hotline-widget.js');
  return c;
}

describe('configurator: accessibility', () => {
  // Dark colours are emulated over the DevTools protocol: Chromium only; Firefox and WebKit check the light ones.
  let canEmulateColours = false;
  before(async () => {
    canEmulateColours = await emulateMedia({ colorScheme: 'light' }).then(
      () => true,
      () => false,
    );
  });
  afterEach(async () => {
    if (canEmulateColours) await emulateMedia({ colorScheme: 'light' });
  });

  it('is axe clean, in light and dark colours, with messages shown', async () => {
    const c = await busyConfigurator();
    expect(c.document.querySelectorAll('.message.error').length).to.be.greaterThan(0);
    expect(c.document.querySelectorAll('.message.note').length).to.be.greaterThan(0);
    expect(await axeViolations(c)).to.deep.equal([]);
    if (!canEmulateColours) return;
    await emulateMedia({ colorScheme: 'dark' });
    expect(c.window.matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
    expect(await axeViolations(c)).to.deep.equal([]);
  });

  it('reaches every control with Tab, each with a visible focus outline', async function () {
    this.timeout(60000);
    await activateTestPage();
    const c = await busyConfigurator();
    const visible = (element: Element) => (element as HTMLElement).offsetParent !== null || element.localName === 'iframe';
    const controls = [...c.document.querySelectorAll<HTMLElement>('a[href], input, select, textarea, button, iframe, [tabindex]:not([tabindex="-1"])')].filter(
      (element) => visible(element) && !(element as HTMLInputElement).disabled,
    );
    expect(controls.length).to.be.greaterThan(40);
    const first = c.document.querySelector<HTMLElement>('.skip-link')!;
    first.focus();
    const reached = new Set<Element>([first]);
    const unfocused: string[] = [];
    for (let presses = 0; presses < 400; presses++) {
      await sendKeys({ press: 'Tab' });
      const active = c.document.activeElement;
      if (!active || active === c.document.body) break;
      if (active.localName !== 'iframe' && !reached.has(active)) {
        const style = c.window.getComputedStyle(active);
        if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) unfocused.push(active.id || active.localName);
      }
      reached.add(active);
      if (reached.size > controls.length && controls.every((control) => reached.has(control))) break;
    }
    expect(controls.filter((control) => !reached.has(control)).map((control) => control.id || control.textContent)).to.deep.equal([]);
    expect(unfocused, 'focus outline').to.deep.equal([]);
  });

  it('fits 320 px (400% zoom) without sideways scrolling; targets at least 44 px', async () => {
    const c = await busyConfigurator({ width: 320, height: 640 });
    await new Promise((resolve) => c.window.requestAnimationFrame(resolve));
    expect(c.document.documentElement.scrollWidth).to.be.at.most(320);
    for (const element of c.document.querySelectorAll<HTMLElement>('input:not([type="checkbox"]), select, textarea, button, .check label')) {
      if (element.offsetParent === null) continue;
      const box = element.getBoundingClientRect();
      expect(box.right, element.id || element.textContent!).to.be.at.most(320);
      expect(box.height, element.id || element.textContent!).to.be.at.least(44);
    }
    for (const block of c.document.querySelectorAll<HTMLElement>('pre')) expect(block.scrollWidth, block.id).to.be.at.most(block.clientWidth);
  });

  it('labels every control, and describes each with its one-line hint', async () => {
    const c = await busyConfigurator();
    for (const control of c.document.querySelectorAll<HTMLInputElement>('main input, main select, main textarea')) {
      if (control.offsetParent === null) continue;
      expect(control.labels?.length, control.id).to.equal(1);
      if (control.closest('.preview-controls')) continue;
      const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
      expect(described.some((id) => id.endsWith('-hint') && c.document.getElementById(id)?.textContent?.trim()), control.id).to.equal(true);
      for (const id of described) expect(c.document.getElementById(id), `${control.id} -> ${id}`).to.exist;
    }
    expect(c.document.body.textContent).to.contain('This configurator is in English only.');
  });
});

describe('configurator: the code for each source', () => {
  it('elements, CSP with and without a nonce: jsDelivr\'s origin for scripts and data, this copy\'s, unpkg\'s, none for a path of the site', async () => {
    const c = await openConfigurator(
      '?country=KE&lang=sw&components=banner,quick-exit,checklist&audience=hospitality&exitUrl=https://example.org/weather&shortcut=esc2&theme=dark&source=jsdelivr',
    );
    const jsdelivr = `https://cdn.jsdelivr.net/npm/hotline-widget@${version}/dist/hotline-widget.js`;
    await until(() => c.code('code-elements').includes(swahili.quickExit.label), 'the quick exit\'s Swahili words');
    expect(c.code('code-elements')).to.equal(
      [
        '<!-- First thing in <body>: -->',
        '<hotline-quick-exit href="https://example.org/weather" lang="sw" shortcut="esc2">',
        `  <a href="https://example.org/weather" rel="noreferrer">${swahili.quickExit.label}</a>`,
        '</hotline-quick-exit>',
        '',
        '<!-- Where the help should appear: -->',
        '<hotline-banner country="KE" lang="sw"></hotline-banner>',
        '<hotline-signs-checklist country="KE" lang="sw" audience="hospitality"></hotline-signs-checklist>',
        '',
        '<!-- Once, anywhere after them: -->',
        `<script src="${jsdelivr}"`,
        `        integrity="${sri['hotline-widget.js']}" crossorigin="anonymous"`,
        '        data-components="none"',
        '        data-theme="dark" defer></script>',
      ].join('\n'),
    );
    const tail = "style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";
    expect(c.code('code-csp')).to.equal(
      `Content-Security-Policy: default-src 'self'; script-src 'self' https://cdn.jsdelivr.net; connect-src 'self' https://cdn.jsdelivr.net; ${tail}`,
    );
    expect(c.code('code-csp-nonce')).to.equal(
      "Content-Security-Policy: default-src 'self'; script-src 'nonce-{nonce}' 'strict-dynamic' https://cdn.jsdelivr.net; connect-src 'self' https://cdn.jsdelivr.net; " +
        "style-src 'self' 'nonce-{nonce}'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html",
    );
    expect(c.code('code-fallback')).to.equal(
      `<hotline-quick-exit href="https://example.org/weather" lang="sw" shortcut="esc2">\n  <a href="https://example.org/weather" rel="noreferrer">${swahili.quickExit.label}</a>\n</hotline-quick-exit>`,
    );
    expect(c.code('code-reserve-css')).to.equal('hotline-banner { display: block; min-height: 420px; }');
    expect(c.code('code-reserve-markup')).to.match(/^<hotline-banner><\/hotline-banner>\n<script src="https:\/\/cdn\.jsdelivr\.net\/[^]*data-components="quick-exit checklist"/);

    choose(c, 'source', 'unpkg');
    expect(c.code('code-script')).to.contain(`src="https://unpkg.com/hotline-widget@${version}/dist/hotline-widget.js"`);
    expect(c.code('code-csp')).to.contain("script-src 'self' https://unpkg.com; connect-src 'self' https://unpkg.com;");
    choose(c, 'source', 'own');
    type(c, 'src', '/hotline-widget/hotline-widget.js');
    expect(c.code('code-script')).to.contain('src="/hotline-widget/hotline-widget.js"');
    expect(c.code('code-script')).to.contain(`integrity="${sri['hotline-widget.js']}"`);
    expect(c.code('code-csp')).to.contain("script-src 'self'; connect-src 'self'; ");
    tick(c, 'lit-on-page', true);
    expect(c.code('code-csp')).to.contain("trusted-types lit-html 'allow-duplicates'");
    choose(c, 'source', 'this');
    expect(c.code('code-csp')).to.contain(`script-src 'self' ${ORIGIN}; connect-src 'self' ${ORIGIN};`);
    expect(c.code('code-csp-nonce')).to.contain(`script-src 'nonce-{nonce}' 'strict-dynamic' ${ORIGIN}; connect-src 'self' ${ORIGIN};`);
  });

  it('with this copy, the elements work on a page under the CSP it gives, with and without a nonce, without a violation', async () => {
    const c = await openConfigurator('?country=KE&lang=sw&components=banner,quick-exit,checklist&audience=hospitality');
    await until(() => c.code('code-elements').includes(swahili.quickExit.label), 'the quick exit\'s Swahili words');
    const policy = (code: string) => code.replace(/^Content-Security-Policy: /, '');
    const meta = (content: string) => `<meta http-equiv="Content-Security-Policy" content="${content.replace(/"/g, '&quot;')}">`;
    const check = async (page: PastedPage) => {
      // The elements' own data files come after `ready`, which waits only for what the script mounted.
      await until(() => telLinks(page.document.querySelector('hotline-banner')).includes(mainLineTel('KE')), 'Kenya\'s line on the pasted page');
      expect(page.document.querySelector('hotline-signs-checklist')!.getAttribute('audience')).to.equal('hospitality');
      expect(page.document.querySelector('hotline-quick-exit')!.shadowRoot!.querySelector('[part="button"]')!.textContent).to.contain(swahili.quickExit.label);
      await wait(300);
      expect(page.window.__embed.violations).to.deep.equal([]);
      expect(page.window.__embed.hotlineErrors).to.deep.equal([]);
    };
    await check(await pastePage(c.code('code-elements'), { head: meta(policy(c.code('code-csp'))) }));
    const nonce = btoa(String(Math.random())).replace(/=/g, '');
    const withNonce = c.code('code-elements').replace('<script ', `<script nonce="${nonce}" `);
    await check(await pastePage(withNonce, { head: meta(policy(c.code('code-csp-nonce')).replaceAll('{nonce}', nonce)), nonce }));
  });
});

describe('configurator: copying', () => {
  it('copies with the clipboard and says "Copied"; where the clipboard is refused, selects the code and says to press Ctrl+C', async () => {
    const c = await openConfigurator('?country=KE');
    let copied = '';
    Object.defineProperty(c.window.navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void (copied = text) } });
    c.document.querySelector<HTMLButtonElement>('button[data-copy="code-script"]')!.click();
    await until(() => c.byId('code-script-status').textContent === 'Copied', '"Copied"');
    expect(copied).to.equal(c.code('code-script'));
    expect(c.byId('code-script-status').getAttribute('role')).to.equal('status');
    Object.defineProperty(c.window.navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('refused')) } });
    c.document.querySelector<HTMLButtonElement>('button[data-copy="code-csp"]')!.click();
    await until(() => (c.byId('code-csp-status').textContent ?? '').startsWith('Press Ctrl+C'), 'Press Ctrl+C');
    expect(c.window.getSelection()!.toString()).to.equal(c.code('code-csp'));
  });
});

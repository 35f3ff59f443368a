/**
 * Every language the build speaks: each element renders in it (its file
 * loaded from dist/data/ and checked), with no English left where the
 * language has its own words, the right direction, and axe passing; the
 * negotiation cases of the contract; live switching; right-to-left layout.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { en } from '../src/locale/messages/en.js';
import { supportedLanguages } from '../src/locale/catalogue.js';
import { CHECKLIST_LANGUAGES } from '../src/locale/generated/languages.js';
import { negotiateLanguage } from '../src/locale/negotiate.js';
import { shadow, textOf } from './helpers.js';

const RTL = ['ar', 'fa', 'ur'];

/** Every English message, flattened, with its path. */
function flatten(messages: unknown, path = ''): [string, string][] {
  if (typeof messages === 'string') return [[path, messages]];
  return Object.entries(messages as Record<string, unknown>).flatMap(([key, value]) => flatten(value, path ? `${path}.${key}` : key));
}

async function translation(lang: string): Promise<unknown> {
  return (await fetch(`/src/locale/messages/${lang}.json`)).json();
}

describe('languages', () => {
  it('are the ones with a translation file, and English', async () => {
    const languages = supportedLanguages();
    expect(languages[0]).to.equal('en');
    expect(languages.length).to.be.at.least(2);
  });

  for (const lang of supportedLanguages().filter((language) => language !== 'en')) {
    it(`${lang}: the banner and the quick exit speak ${lang}, ${RTL.includes(lang) ? 'right to left' : 'left to right'}, with no English left`, async () => {
      const translated = new Map(flatten(await translation(lang)));
      const banner = await fixture(html`<hotline-banner country="GB" lang=${lang}></hotline-banner>`);
      const exit = await fixture(html`<hotline-quick-exit position="inline" lang=${lang}></hotline-quick-exit>`);
      for (const el of [banner, exit]) {
        const base = shadow(el).querySelector('.base')!;
        expect(base.getAttribute('lang')).to.equal(lang);
        expect(base.getAttribute('dir')).to.equal(RTL.includes(lang) ? 'rtl' : 'ltr');
      }
      const shown = `${textOf(banner)} ${textOf(exit)}`;
      const collapse = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
      expect(shown).to.contain(collapse(translated.get('banner.heading')));
      expect(shown).to.contain(collapse(translated.get('quickExit.label')));
      // Where the language has its own words, the English must not show.
      for (const [path, english] of flatten(en)) {
        if (english.length < 8 || translated.get(path) === english || english.includes('{')) continue;
        expect(shown, `${lang}: English "${english}" (${path})`).not.to.contain(english);
      }
      // The number reads left to right inside right-to-left text.
      expect(shadow(banner).querySelector('a[href="tel:+448000121700"] [dir="ltr"]')?.textContent).to.equal('08000 121 700');
      await expect(banner).to.be.accessible();
      await expect(exit).to.be.accessible();
    });
  }
});

describe('sentences around a link or a key name', () => {
  it('end the directory sentence as the language does, with the link where it puts it (zh "。", th none, de ".")', async () => {
    const endings: Record<string, RegExp> = { zh: /。$/, th: /[^.。]$/, de: /\.$/ };
    for (const [lang, ending] of Object.entries(endings)) {
      const el = await fixture(html`<hotline-banner country="KP" lang=${lang}></hotline-banner>`);
      const link = shadow(el).querySelector('a[part="directory"]')!;
      const sentence = link.closest('p')!.textContent!.replace(/\s+/g, ' ').trim();
      expect(sentence, lang).to.match(ending);
      expect(sentence, lang).to.contain('Global Modern Slavery Directory');
      expect(sentence, lang).not.to.contain('{directory}');
      if (lang !== 'de') expect(sentence, lang).not.to.match(/Directory\s*\.$/);
    }
  });
});

describe('the checklist in every language', () => {
  for (const lang of CHECKLIST_LANGUAGES) {
    it(`${lang}: the signs, their categories and the next steps, with no English sign left`, async () => {
      const [english, translated] = await Promise.all([
        (await fetch('/src/data/checklist/hospitality.json')).json(),
        (await fetch(`/src/locale/checklist/${lang}.json`)).json(),
      ]);
      const el = await fixture(html`<hotline-signs-checklist audience="hospitality" country="GB" lang=${lang}></hotline-signs-checklist>`);
      const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
      const labels = [...shadow(el).querySelectorAll('label')].map((label) => collapse(label.textContent));
      const expected = (translated.hospitality.categories as { items: Record<string, string> }[]).flatMap((category) => Object.values(category.items).map(collapse));
      expect(labels).to.deep.equal(expected);
      const shown = textOf(el);
      for (const category of english.categories as { items: { text: string }[] }[]) {
        for (const item of category.items) expect(shown, `${lang}: "${item.text}"`).not.to.contain(item.text);
      }
      expect(shown).to.contain('08000 121 700');
      await expect(el).to.be.accessible();
    });
  }
});

describe('negotiation', () => {
  const supported = supportedLanguages();
  it('takes the exact tag, then its base language, case-insensitively', () => {
    expect(negotiateLanguage(['EN-us'], supported)).to.equal('en');
    expect(negotiateLanguage(['pt-BR'], supported)).to.equal('pt-BR');
    expect(negotiateLanguage(['pt-PT'], supported)).to.equal('pt');
    expect(negotiateLanguage(['pt'], supported, 'BR')).to.equal('pt-BR');
    expect(negotiateLanguage(['pt'], supported, 'MZ')).to.equal('pt');
    if (supported.includes('zh')) expect(negotiateLanguage(['zh-Hant-TW'], supported)).to.equal('zh');
    expect(negotiateLanguage(['xx', 'yy-ZZ'], supported)).to.equal('en');
  });
});

describe('live switching', () => {
  it('follows its own lang attribute and <html lang> without remounting', async () => {
    const other = supportedLanguages().find((lang) => lang !== 'en')!;
    const banner = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<hotline-banner country="GB"></hotline-banner>`);
    const heading = () => shadow(banner).querySelector('[part="heading"]')!.textContent;
    expect(heading()).to.equal(en.banner.heading);
    const translated = new Map(flatten(await translation(other)));
    const before = document.documentElement.lang;
    try {
      document.documentElement.lang = other;
      await banner.updateComplete;
      expect(heading()!.replace(/\s+/g, ' ')).to.equal(translated.get('banner.heading')!.replace(/\s+/g, ' '));
      banner.setAttribute('lang', 'en');
      await banner.updateComplete;
      expect(heading()).to.equal(en.banner.heading);
    } finally {
      document.documentElement.lang = before;
    }
  });
});

describe('right to left', () => {
  for (const lang of RTL.filter((language) => supportedLanguages().includes(language))) {
    it(`${lang}: the layout mirrors (the banner's accent edge and the quick exit's corner)`, async () => {
      const wrapper = await fixture(html`<div dir="rtl" lang=${lang}><hotline-banner country="GB"></hotline-banner><hotline-quick-exit></hotline-quick-exit></div>`);
      const banner = wrapper.querySelector('hotline-banner')! as HTMLElement & { updateComplete: Promise<boolean> };
      await banner.updateComplete;
      const base = getComputedStyle(shadow(banner).querySelector('.base')!);
      expect(parseFloat(base.borderRightWidth), 'the accent edge is on the right').to.be.greaterThan(parseFloat(base.borderLeftWidth));
      const exit = wrapper.querySelector('hotline-quick-exit')!.getBoundingClientRect();
      expect(exit.left, 'top-end is the top left').to.be.lessThan(60);
    });
  }
});

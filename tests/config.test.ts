import { expect } from '@open-wc/testing';
import { negotiateLanguage } from '../src/locale/negotiate.js';
import { regionOf, resolveCountry } from '../src/config/resolve-country.js';
import { checkConfig } from '../src/config/validate.js';
import { closestMatch } from '../src/config/suggest.js';
import { supportedLanguages } from '../src/locale/catalogue.js';

describe('language negotiation', () => {
  const supported = ['en', 'pt', 'zh', 'zh-Hant'];
  it('takes the exact tag first, case-insensitively', () => {
    expect(negotiateLanguage(['ZH-hant'], supported)).to.equal('zh-Hant');
    expect(negotiateLanguage(['EN-us'], supported)).to.equal('en');
  });
  it('falls back to the base language', () => {
    expect(negotiateLanguage(['pt-BR'], supported)).to.equal('pt');
    expect(negotiateLanguage(['zh-Hant-TW'], supported)).to.equal('zh-Hant');
    expect(negotiateLanguage(['zh-Hans-CN'], supported)).to.equal('zh');
  });
  it('walks the candidates in order, skipping empty and malformed ones, then English', () => {
    expect(negotiateLanguage([null, '', 'not a tag!', 'fr', 'pt-PT'], supported)).to.equal('pt');
    expect(negotiateLanguage(['fr', 'de'], supported)).to.equal('en');
  });
});

describe("language negotiation with a regional variety (pt European, pt-BR Brazilian)", () => {
  const supported = ['en', 'pt', 'pt-BR'];
  it('pt-BR reads Brazilian; pt-PT, pt-AO and pt-MZ read European, wherever the visitor is', () => {
    expect(negotiateLanguage(['pt-BR'], supported)).to.equal('pt-BR');
    expect(negotiateLanguage(['pt-br'], supported, 'PT')).to.equal('pt-BR');
    expect(negotiateLanguage(['pt-PT'], supported, 'BR')).to.equal('pt');
    expect(negotiateLanguage(['pt-AO'], supported, 'AO')).to.equal('pt');
    expect(negotiateLanguage(['pt-MZ'], supported, 'BR')).to.equal('pt');
  });
  it('a bare pt reads the variety of the country: Brazilian in Brazil, European elsewhere or when the country is unknown', () => {
    expect(negotiateLanguage(['pt'], supported, 'BR')).to.equal('pt-BR');
    expect(negotiateLanguage(['PT'], supported, 'BR')).to.equal('pt-BR');
    expect(negotiateLanguage(['pt'], supported, 'PT')).to.equal('pt');
    expect(negotiateLanguage(['pt'], supported, 'AO')).to.equal('pt');
    expect(negotiateLanguage(['pt'], supported, null)).to.equal('pt');
    expect(negotiateLanguage(['pt'], supported)).to.equal('pt');
  });
  it('the country picks a variety only for a language the visitor reads, never another language', () => {
    expect(negotiateLanguage(['en'], supported, 'BR')).to.equal('en');
    expect(negotiateLanguage(['fr', 'de'], supported, 'BR')).to.equal('en');
    expect(negotiateLanguage(['en-GB', 'pt'], supported, 'BR')).to.equal('en');
  });
});

describe('auto country (the rule; tests/place.test.ts runs it in browsers set elsewhere)', () => {
  it('pt-BR gives BR', () => {
    expect(resolveCountry({ languageTags: ['pt-BR'] })).to.equal('BR');
  });
  it('en alone gives no country', () => {
    expect(resolveCountry({ languageTags: ['en'], browserLanguages: ['en'] })).to.equal(null);
  });
  it('takes the language chain before the browser languages', () => {
    expect(resolveCountry({ languageTags: [null, 'en', 'en-GB'], browserLanguages: ['en-US'] })).to.equal('GB');
    expect(resolveCountry({ languageTags: ['en'], browserLanguages: ['fr', 'en-CA'] })).to.equal('CA');
  });
  it("takes the time zone's country before any language", () => {
    expect(resolveCountry({ timeZoneCountry: () => 'PH', languageTags: ['en-US'], browserLanguages: ['en-US'] })).to.equal('PH');
  });
  it('goes by the languages where the time zone gives no country', () => {
    expect(resolveCountry({ timeZoneCountry: () => null, languageTags: ['en'], browserLanguages: ['pt-BR'] })).to.equal('BR');
  });
  it("waits (undefined) while the time zone's table loads, never showing a language's country meanwhile", () => {
    expect(resolveCountry({ timeZoneCountry: () => undefined, browserLanguages: ['en-US'] })).to.equal(undefined);
  });
  it('an explicit country wins, in any case, and the time zone is not asked', () => {
    let asked = false;
    const timeZoneCountry = () => ((asked = true), 'PH');
    expect(resolveCountry({ requested: 'au', timeZoneCountry, languageTags: ['en-GB'] })).to.equal('AU');
    expect(asked).to.equal(false);
    expect(resolveCountry({ requested: 'auto', languageTags: ['en-GB'] })).to.equal('GB');
  });
  it('ignores regions that are not countries', () => {
    expect(regionOf('es-419')).to.equal(null);
    expect(regionOf('zh-Hant-TW')).to.equal('TW');
  });
});

describe('checkConfig', () => {
  const named = (key: string) => `test.${key}`;
  it('turns good values into settings with no problems', () => {
    const { settings, problems } = checkConfig(
      { country: 'gb', lang: 'EN-gb', components: 'banner,checklist', exitUrl: 'https://example.org/', theme: 'DARK', audience: 'public' },
      named,
    );
    expect(problems).to.deep.equal([]);
    expect(settings).to.deep.include({ country: 'GB', lang: 'en-GB', components: ['banner', 'checklist'], exitUrl: 'https://example.org/', theme: 'dark' });
  });
  it('takes every language the widget speaks without a word, Tagalog included (which Intl writes as fil), and names one it does not speak', () => {
    for (const lang of supportedLanguages()) expect(checkConfig({ lang }, named).problems, lang).to.deep.equal([]);
    expect(checkConfig({ lang: 'tl' }, named).problems).to.deep.equal([]);
    expect(checkConfig({ lang: 'fil-PH' }, named).problems).to.deep.equal([]);
    expect(checkConfig({ lang: 'pt-AO' }, named).problems).to.deep.equal([]);
    const [problem] = checkConfig({ lang: 'kk' }, named).problems;
    expect(problem).to.equal('test.lang="kk": no translation for this language yet; using "en".');
  });
  it('names the key and the value of every problem', () => {
    const { problems } = checkConfig({ country: 7, exitUrl: 'data:text/html,hi', audience: 'nurses' }, named);
    expect(problems).to.have.length(3);
    expect(problems[0]).to.contain('test.country=7');
    expect(problems[1]).to.contain('test.exitUrl="data:text/html,hi"');
    expect(problems[2]).to.contain('test.audience="nurses"');
  });
  it('leaves out a site owner\'s line with an unusable field, and keeps good ones', () => {
    const { settings, problems } = checkConfig(
      {
        hotlines: [
          { country: 'GB', name: 'Our line', phone: '0800 000 000', web: 'http://insecure.example' },
          { country: 'GB', name: 'Good line', email: 'help@example.org', replace: true },
        ],
      },
      named,
    );
    expect(problems).to.have.length(1);
    expect(problems[0]).to.contain('test.hotlines[0].web="http://insecure.example"');
    expect(settings.hotlines).to.have.length(1);
    expect(settings.hotlines![0]).to.deep.include({ name: 'Good line', email: 'help@example.org', replacesBuiltIn: true });
  });
  it('treats inherited names as unknown keys', () => {
    const { settings, problems } = checkConfig({ toString: 'x', constructor: 1 }, named);
    expect(settings).to.deep.equal({});
    expect(problems).to.have.length(2);
    expect(problems[0]).to.contain('unknown setting "toString"');
  });
  it('suggests the closest key', () => {
    expect(closestMatch('exitURL', ['exitUrl', 'country'])).to.equal('exitUrl');
    expect(closestMatch('zzzzzzzz', ['exitUrl', 'country'])).to.equal(null);
  });
});

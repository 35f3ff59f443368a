// Static help: renderStatic from lib/static/ (built) and the command
// bin/hotline-widget.mjs, for every country in the data and every language, in each format,
// checked against the project's data files as a maintainer wrote them (never the shipped copies),
// and, in English, against what the live banner says (tests/rendered/banners-en.txt).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIRECTORY, addressesOf, allLines, countries, dialOf, emergency, escapeHtml, htmlCall, languages, linesOf, numbersOf, phonesOf, readJson, root } from './static-data.mjs';

const { renderStatic, staticCountries, staticLanguages, STATIC_FORMATS } = await import(join(root, 'lib/static/index.js'));

/** Every link of an output: href attributes (html, fallback), link destinations (markdown), and any address written out. */
function linksOf(output, format) {
  const links = [];
  if (format === 'html' || format === 'fallback') links.push(...[...output.matchAll(/\bhref="([^"]*)"/g)].map((match) => match[1].replace(/&amp;/g, '&')));
  // A link destination after a "]" that is not escaped ("\]" is text).
  if (format === 'markdown') links.push(...[...output.matchAll(/(?<!\\)\]\(([^)\s]*)\)/g)].map((match) => match[1]));
  // Whatever the format, an address written out in the text (the text format's only links).
  links.push(...[...output.replace(/\bhref="[^"]*"|(?<!\\)\]\([^)\s]*\)/g, '').matchAll(/\b(?:https?|ftp|file|data|javascript|vbscript):[^\s"'<>)\]]*|\bwww\.[^\s"'<>)\]]+/gi)].map((match) => match[0]));
  return links;
}

/** What every output must never hold, whatever the format. */
function expectInert(output, where) {
  assert.doesNotMatch(output, /<\s*script/i, `${where}: no <script`);
  assert.doesNotMatch(output, /<\s*style/i, `${where}: no <style`);
  assert.doesNotMatch(output, /<[a-z][^>]*\son[a-z]+\s*=/i, `${where}: no on...= attribute`);
  assert.doesNotMatch(output, /<\s*(?:link|iframe|object|embed|img|form|input|meta|base|svg|math)\b/i, `${where}: no element that loads or runs anything`);
  assert.doesNotMatch(output, /<[a-z][^>]*\s(?:src|srcset|background|poster|data)\s*=/i, `${where}: no resource attribute`);
  for (const [, style] of output.matchAll(/\sstyle="([^"]*)"/g)) assert.doesNotMatch(style, /url\(|@import|expression\(|image-set/i, `${where}: no resource in a style`);
}


/**
 * The fallback's parts: its declarative shadow root (the banner's styles, and the live banner's
 * markup in a copy) and the plain help for where no shadow root is made.
 */
function fallbackParts(output, where) {
  const match = /^<template shadowrootmode="open"><style>([^<]*)<\/style><div class="fallback">([^]*)<\/div><\/template>\n(<div class="hotline-fallback"[^]*)$/.exec(output);
  assert.ok(match, `${where}: a declarative shadow root, then the plain help`);
  return { css: match[1], live: match[2], plain: match[3] };
}

/** The live copy says what the plain help says, as the live banner writes it: the same links, nothing else, nothing that runs. */
function expectLiveCopy({ css, live }, { country, lang, first, allowed, where }) {
  expectInert(live, `${where} (live copy)`);
  assert.doesNotMatch(css, /url\(|@import|expression\(|image-set/i, `${where}: no resource in the styles`);
  const [, sectionLang, dir] = /^<section class="base theme-auto (?:full|compact)" part="base" aria-labelledby="fallback-heading" aria-busy="false" lang="([^"]+)" dir="(ltr|rtl)"/.exec(live) ?? [];
  assert.equal(sectionLang, languages.includes(`${lang}-${country}`) ? `${lang}-${country}` : lang, `${where}: lang on the live copy`);
  assert.equal(dir, ['ar', 'fa', 'ur'].includes(lang) ? 'rtl' : 'ltr', `${where}: dir on the live copy`);
  for (const phone of phonesOf(first)) {
    const link = new RegExp(`<a class="channel channel-call" part="channel channel-call" href="${`tel:${dialOf(phone)}`.replace(/[+]/g, '\\+')}"[^>]*>[^<]*<span class="channel-value" dir="ltr">${escapeHtml(phone.display).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</span></a`);
    assert.match(live, link, `${where} (live copy): ${phone.display} linked to tel:${dialOf(phone)}`);
  }
  for (const number of numbersOf(country)) assert.match(live, new RegExp(`<a class="emergency-number" part="emergency-number" href="tel:${number}" dir="ltr"\\s*>${number}</a`), `${where} (live copy): emergency ${number}`);
  const links = linksOf(live, 'fallback');
  for (const link of links) assert.ok(allowed.has(link), `${where} (live copy): ${link} is one of ${country}'s own addresses`);
  for (const address of allowed) assert.ok(links.includes(address), `${where} (live copy): ${address} is linked`);
}

// ---------------------------------------------------------------------------------------------

test('the build speaks every language of the catalogue and has a line for every country of the data', () => {
  assert.deepEqual([...staticLanguages()].sort(), languages);
  assert.deepEqual(staticCountries(), countries);
  assert.ok(countries.length >= 90, `${countries.length} countries`);
  assert.deepEqual([...STATIC_FORMATS].sort(), ['fallback', 'html', 'markdown', 'text']);
});

for (const country of countries) {
  test(`${country}: every format in every language shows the first line and the emergency numbers, linked as the data says, and nothing else`, () => {
    const lines = linesOf(country);
    const [first] = lines;
    const allowed = new Set([...lines.flatMap(addressesOf), ...numbersOf(country).map((number) => `tel:${number}`)]);
    // The directory's link only where the banner says its sentence: under a line for professionals.
    if (first.serviceType === 'professional-advice') allowed.add(DIRECTORY);
    for (const lang of languages) {
      for (const format of STATIC_FORMATS) {
        const where = `${country} ${lang} ${format}`;
        const rendered = renderStatic({ country, lang, format });
        // The fallback's plain part is checked as every format; its live copy below.
        const output = format === 'fallback' ? fallbackParts(rendered, where).plain : rendered;
        expectInert(output, where);
        if (format === 'fallback') expectLiveCopy(fallbackParts(rendered, where), { country, lang, first, allowed, where });
        // The first line's number, and every emergency number, with its link.
        for (const phone of phonesOf(first)) {
          if (format === 'html' || format === 'fallback') assert.match(output, htmlCall(`tel:${dialOf(phone)}`, phone.display), `${where}: ${phone.display} linked to tel:${dialOf(phone)}`);
          else if (format === 'markdown') assert.ok(output.includes(` ${phone.display}](tel:${dialOf(phone)})`), `${where}: [... ${phone.display}](tel:${dialOf(phone)})`);
          else assert.ok(output.includes(` ${phone.display}\n`), `${where}: ${phone.display} on its line`);
        }
        if (phonesOf(first).length === 0) {
          // A line without a number (a website, an email): its first address.
          const address = addressesOf(first)[0];
          assert.ok(output.includes(format === 'html' || format === 'fallback' ? `href="${escapeHtml(address)}"` : address), `${where}: ${address}`);
        }
        for (const number of numbersOf(country)) {
          if (format === 'html' || format === 'fallback') assert.match(output, new RegExp(`<a href="tel:${number}" dir="ltr"[^>]*>${number}</a>`), `${where}: emergency ${number}`);
          else if (format === 'markdown') assert.ok(output.includes(`[${number}](tel:${number})`), `${where}: emergency [${number}](tel:${number})`);
          else assert.match(output, new RegExp(`\\b${number}\\b`), `${where}: emergency ${number}`);
        }
        // No link, and no address written out, other than the lines' own and the emergency numbers.
        for (const link of linksOf(output, format)) assert.ok(allowed.has(link), `${where}: ${link} is one of ${country}'s own addresses`);
        // Every channel of every line is there (the full variant shows them all).
        if (format !== 'text') for (const address of allowed) assert.ok(linksOf(output, format).includes(address), `${where}: ${address} is linked`);
        if (format === 'html' || format === 'fallback') {
          const root = format === 'html' ? /^<table role="presentation" lang="([^"]+)" dir="(ltr|rtl)"/ : /^<div class="hotline-fallback" lang="([^"]+)" dir="(ltr|rtl)">/;
          const [, blockLang, dir] = root.exec(output) ?? [];
          // Negotiated as the widget negotiates: a bare pt in Brazil is Brazilian Portuguese.
          assert.equal(blockLang, languages.includes(`${lang}-${country}`) ? `${lang}-${country}` : lang, `${where}: lang on the block`);
          assert.equal(dir, ['ar', 'fa', 'ur'].includes(lang) ? 'rtl' : 'ltr', `${where}: dir on the block`);
        }
      }
    }
  });
}

test('the html format is an email-safe block: inline styles only, no class, no custom property, no web font, nothing wider than 320 px', () => {
  for (const country of [...countries, 'ZZ']) {
    for (const lang of languages) {
      const output = renderStatic({ country, lang, format: 'html' });
      const where = `${country} ${lang}`;
      assert.doesNotMatch(output, /\sclass=/, `${where}: no class`);
      assert.doesNotMatch(output, /var\(|--[a-z]/i, `${where}: no custom property`);
      assert.doesNotMatch(output, /@font-face|fonts\.googleapis|\.woff/i, `${where}: no web font`);
      // Widths: the block's max-width and 100%, never a fixed width over 320 px.
      for (const [, property, value] of output.matchAll(/(?:^|[;"\s])((?:min-|max-)?width):\s*(\d+)px/g)) {
        if (property !== 'max-width') assert.ok(Number(value) <= 320, `${where}: ${property}:${value}px`);
      }
      for (const [, value] of output.matchAll(/\swidth="(\d+)(%?)"/g)) assert.ok(value === '100', `${where}: width="${value}"`);
      // Colours written out, background and text, on the block and its cell.
      assert.match(output, /^<table[^>]*style="[^"]*background-color:#ffffff;color:#1b1b1b;/, `${where}: the block's own colours`);
    }
  }
});

test('the fallback is plain HTML: no style attribute at all', () => {
  for (const country of [...countries, 'ZZ']) for (const lang of languages) assert.doesNotMatch(renderStatic({ country, lang, format: 'fallback' }), /\sstyle=/, `${country} ${lang}`);
});

test('a country with no line, an unknown code and null give the international card: emergency advice or numbers and the directory, never another country\'s number', () => {
  const noLine = Object.keys(emergency).find((code) => !countries.includes(code) && emergency[code].numbers.length > 0);
  assert.ok(noLine, 'a territory with emergency numbers and no line');
  const anyNumber = new Set(allLines.flatMap(addressesOf).filter((address) => address.startsWith('tel:') || address.startsWith('sms:')));
  for (const country of [noLine, 'ZZ', 'zz', null]) {
    for (const lang of languages) {
      for (const format of STATIC_FORMATS) {
        const rendered = renderStatic({ country, lang, format });
        const where = `${country} ${lang} ${format}`;
        // The fallback's live copy and its plain help, each.
        for (const output of format === 'fallback' ? [fallbackParts(rendered, where).live, fallbackParts(rendered, where).plain] : [rendered]) {
          expectInert(output, where);
          const links = linksOf(output, format);
          const own = country === noLine ? numbersOf(noLine).map((number) => `tel:${number}`) : [];
          assert.ok(links.includes(DIRECTORY), `${where}: the directory`);
          for (const link of links) assert.ok(link === DIRECTORY || own.includes(link), `${where}: ${link} is the directory or the territory's own emergency number`);
          for (const link of links) if (!own.includes(link)) assert.ok(!anyNumber.has(link), `${where}: no line's number`);
        }
      }
    }
  }
  assert.match(renderStatic({ country: null, lang: 'en', format: 'text' }), /^Help with human trafficking, wherever you are\n\nIf someone is in immediate danger, call the local emergency number\.\n\nTo find a hotline or support organisation in your country, search the Global Modern Slavery Directory \(https:\/\/globalmodernslavery\.org\/\)\.\n$/);
});

test("the English text of every country says what the live banner says (tests/rendered/banners-en.txt), addresses in full", () => {
  const snapshot = readFileSync(join(root, 'tests/rendered/banners-en.txt'), 'utf8').trim().split('\n');
  const collapse = (text) => text.replace(/\s+/g, ' ').trim();
  assert.equal(snapshot.length, countries.length, 'one line per country in the snapshot');
  for (const row of snapshot) {
    const [, country, reading] = /^([A-Z]{2}): (.*)$/.exec(row);
    // The banner's link texts, as the text format writes them: the chat and the website with their address.
    const webs = linesOf(country).filter((line) => line.web).map((line) => new URL(line.web));
    const chats = linesOf(country).filter((line) => line.chat).map((line) => new URL(line.chat).href);
    const expected = reading.split(' | ').map((sentence) => {
      if (sentence === 'Chat online') return `Chat online ${chats.shift()}`;
      if (sentence.includes('Global Modern Slavery Directory')) return sentence.replace('Global Modern Slavery Directory', `Global Modern Slavery Directory (${DIRECTORY})`);
      const web = /^Website (.+)$/.exec(sentence);
      if (web) {
        const url = webs.shift();
        assert.equal(url.hostname.replace(/^www\./, ''), web[1], `${country}: the banner's website is the data's`);
        return `Website ${url.href}`;
      }
      return sentence;
    });
    const said = renderStatic({ country, lang: 'en', format: 'text' }).split('\n').map(collapse).filter(Boolean);
    // One difference is allowed, and checked: a language the browser that wrote the snapshot could
    // not name (Chromium has no English name for Kikongo) but Node can. Both leave out what they
    // cannot name; the static text then names the data's languages in full.
    const sentences = said.map((sentence, index) => (sentence !== expected[index] && sentence.startsWith('In ') ? namedLanguages(country, sentence, expected[index]) : sentence));
    assert.deepEqual(sentences, expected.map(collapse), `${country}: the text says what the banner says`);
  }
});

/**
 * `said`, if it is "In ..." naming every language of one of the country's lines that Node can
 * name, and `snapshot` names a part of them in the same order: the snapshot's sentence (else
 * `said`, which then fails the comparison).
 */
function namedLanguages(country, said, snapshot) {
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  const sentence = (list) => `In ${new Intl.ListFormat(['en'], { type: 'conjunction' }).format(list)}`;
  for (const line of linesOf(country)) {
    const named = line.languages.map((code) => names.of(code)).filter((name, index) => name && name !== line.languages[index]);
    if (sentence(named) !== said || !snapshot?.startsWith('In ')) continue;
    const kept = named.filter((name) => new RegExp(`(^In |, |and )${name}(,|$| and)`).test(snapshot));
    if (kept.length < named.length && sentence(kept) === snapshot) return snapshot;
  }
  return said;
}

test('the compact variant says what the compact banner says: no lead, no organisation, no facts, no other lines', () => {
  for (const country of countries) {
    const [first] = linesOf(country);
    const text = renderStatic({ country, lang: 'en', format: 'text', variant: 'compact' });
    assert.ok(!text.includes('You do not need to be sure'), `${country}: no lead`);
    assert.ok(!text.includes('Other lines'), `${country}: no other lines`);
    assert.ok(text.split('\n').includes(first.name.trim()), `${country}: the name alone`);
    if (first.is24x7) assert.ok(!text.includes('Open 24 hours'), `${country}: no facts`);
  }
});

// ---------------------------------------------------------------------------------------------
// A site's own words and lines, escaped in every format.

const HOSTILE = {
  country: 'GB',
  name: '<img src=x onerror=alert(1)> *bold* [link](https://evil.example/) & "quoted" <script>alert(2)</script>',
  organisation: '</table><style>body{display:none}</style>\n# heading\n- item `code` | pipe &lt;',
  phone: '+44 20 7946 0000',
  replace: true,
};

test("markup in a site's own hotline name is escaped in every format, and the line still shows", () => {
  for (const [format, output, where] of STATIC_FORMATS.flatMap((format) => {
    const rendered = renderStatic({ country: 'GB', lang: 'en', format, hotlines: [HOSTILE] });
    if (format !== 'fallback') return [[format, rendered, `own line, ${format}`]];
    // The fallback's plain help, and its live copy as the live banner writes it.
    const { live, plain } = fallbackParts(rendered, 'own line, fallback');
    return [[format, plain, 'own line, fallback'], ['live', live, 'own line, fallback (live copy)']];
  })) {
    // Plain text interprets nothing: it is checked below for the words as written.
    if (format !== 'text') expectInert(output, where);
    // The only links: the line's number and the emergency number (in text, the name's address is words).
    const links = linksOf(output, format === 'live' ? 'fallback' : format).filter((link) => format !== 'text' || link !== 'https://evil.example/');
    assert.deepEqual(links.sort(), format === 'text' ? [] : ['tel:+442079460000', 'tel:999'], `${where}: the name's address is no link`);
    if (format === 'html' || format === 'fallback' || format === 'live') {
      assert.ok(output.includes('&lt;img src=x onerror=alert(1)&gt; *bold* [link](https://evil.example/) &amp; &quot;quoted&quot; &lt;script&gt;alert(2)&lt;/script&gt;'), `${where}: the name as text`);
      assert.ok(output.includes('&lt;/table&gt;&lt;style&gt;'), `${where}: the organisation as text`);
      assert.doesNotMatch(output, /<\/table>.*<\/table>/s, `${where}: one table at most`);
      if (format === 'live') assert.match(output, /href="tel:\+442079460000"[^>]*>Call <span class="channel-value" dir="ltr">\+44 20 7946 0000<\/span>/, `${where}: the line's number`);
      else assert.match(output, htmlCall('tel:+442079460000', '+44 20 7946 0000'), `${where}: the line's number`);
    }
    if (format === 'markdown') {
      assert.ok(output.includes('**&lt;img src=x onerror=alert(1)&gt; \\*bold\\* \\[link\\](https\\://evil.example/) & "quoted" &lt;script&gt;alert(2)&lt;/script&gt;**'), `${where}: the name escaped`);
      assert.ok(output.includes('\\# heading - item \\`code\\` \\| pipe &amp;lt;'), `${where}: the organisation on the name's line, escaped`);
      assert.ok(output.includes('- [Call +44 20 7946 0000](tel:+442079460000)'), `${where}: the line's number`);
      assert.doesNotMatch(output, /^#{1,6} (?!Worried)/m, `${where}: no heading but the banner's`);
    }
    if (format === 'text') {
      // Plain text interprets nothing: the words as written, but on the name's own line.
      const [nameLine] = output.split('\n').filter((line) => line.includes('onerror'));
      assert.ok(nameLine.includes('· </table><style>body{display:none}</style> # heading - item'), `${where}: the organisation on the name's line`);
      assert.ok(output.includes('Call +44 20 7946 0000\n'), `${where}: the line's number`);
    }
  }
});

test('a line break in a name cannot add a line of its own in text or Markdown', () => {
  const hotlines = [{ country: 'GB', name: 'Our line\n\nIn immediate danger? Call 000', phone: '+44 20 7946 0000', replace: true }];
  for (const format of ['text', 'markdown']) {
    const output = renderStatic({ country: 'GB', lang: 'en', format, hotlines });
    assert.ok(!output.split('\n').some((line) => /^In immediate danger\? Call 000/.test(line)), `${format}: no forged line`);
  }
});

test('the options are checked as the widget checks them: a bad value throws a TypeError naming the key and the value', () => {
  const good = { country: 'GB', lang: 'en', format: 'html' };
  const cases = [
    [{ ...good, country: 'GBR' }, /^renderStatic: country="GBR" is not a two-letter country code \(ISO 3166-1\)\.$/],
    [{ ...good, country: 44 }, /^renderStatic: country=44 is not a country code\.$/],
    [{ ...good, country: 'auto' }, /^renderStatic: country="auto": a static block has no visitor/],
    [{ lang: 'en', format: 'html' }, /^renderStatic: country is missing/],
    [{ ...good, lang: 'ja' }, /^renderStatic: lang="ja": no translation for this language yet\.$/],
    [{ ...good, lang: 'not a tag' }, /^renderStatic: lang="not a tag" is not a language tag \(BCP 47\)\.$/],
    [{ ...good, lang: 'auto' }, /^renderStatic: lang="auto"/],
    [{ country: 'GB', format: 'html' }, /^renderStatic: lang is missing/],
    [{ ...good, format: 'pdf' }, /^renderStatic: format="pdf" is not one of html, text, markdown, fallback\.$/],
    [{ ...good, format: 'htm' }, /^renderStatic: format="htm" is not one of html, text, markdown, fallback\. Did you mean "html"\?$/],
    [{ country: 'GB', lang: 'en' }, /^renderStatic: format is missing/],
    [{ ...good, variant: 'tiny' }, /^renderStatic: variant="tiny" is not one of full, compact\.$/],
    [{ ...good, strings: { 'banner.heding': 'Help' } }, /^renderStatic: strings has an unknown message "banner\.heding"\. Did you mean "banner\.heading"\?$/],
    [{ ...good, strings: '{not json' }, /^renderStatic: strings="\{not json" is not JSON\.$/],
    [{ ...good, strings: { 'banner.heading': '' } }, /^renderStatic: strings\["banner\.heading"\] is empty\.$/],
    [{ ...good, hotlines: 'GB' }, /^renderStatic: hotlines="GB" is not a list of hotlines\.$/],
    [{ ...good, hotlines: [{ country: 'GB', name: 'Ours', phone: 'call us' }] }, /^renderStatic: hotlines\[0\]\.phone="call us" is not usable\.$/],
    [{ ...good, hotlines: [{ country: 'GB', name: 'Ours', web: 'javascript:alert(1)' }] }, /^renderStatic: hotlines\[0\]\.web="javascript:alert\(1\)" is not usable\.$/],
    [{ ...good, hotlines: [{ country: 'GB', name: 'Ours', email: 'a@b.example?bcc=c@d.example' }] }, /^renderStatic: hotlines\[0\]\.email=.* is not usable\.$/],
    [{ ...good, contry: 'GB' }, /^renderStatic: unknown option "contry"\. Did you mean "country"\?$/],
    ['GB', /^renderStatic: the options "GB" are not an object/],
  ];
  for (const [options, message] of cases) assert.throws(() => renderStatic(options), (error) => error instanceof TypeError && message.test(error.message), JSON.stringify(options));
  // As the widget: a valid code with no line is the international card, markup in a name is shown as text.
  assert.match(renderStatic({ ...good, country: 'zz', format: 'text' }), /^Help with human trafficking/);
  assert.doesNotThrow(() => renderStatic({ ...good, hotlines: [{ country: 'GB', name: '<b>Ours</b>', phone: '+44 20 7946 0000' }] }));
  // Negotiated as the widget negotiates: a region, a bare pt in Brazil, Filipino written as Intl writes it.
  assert.match(renderStatic({ ...good, lang: 'EN-gb' }), /lang="en"/);
  assert.match(renderStatic({ country: 'BR', lang: 'pt', format: 'html' }), /lang="pt-BR"/);
  assert.match(renderStatic({ country: 'PT', lang: 'pt', format: 'html' }), /lang="pt"/);
  assert.match(renderStatic({ ...good, lang: 'tl' }), /lang="tl"/);
  assert.match(renderStatic({ ...good, lang: 'fil' }), /lang="tl"/);
});

test('options are read from the object itself, never from a polluted Object.prototype', () => {
  Object.prototype.hotlines = [{ country: 'GB', name: 'Not ours', phone: '+44 20 7946 0999', replace: true }];
  Object.prototype.strings = { 'banner.heading': 'Not ours' };
  try {
    const text = renderStatic({ country: 'GB', lang: 'en', format: 'text' });
    assert.ok(text.includes('Call 08000 121 700') && !text.includes('Not ours'), text);
  } finally {
    delete Object.prototype.hotlines;
    delete Object.prototype.strings;
  }
});

test("a site's own lines come first, and replace the data's with replace: true; its own words are used", () => {
  const own = { country: 'GB', name: 'Our helpline', phone: '+44 20 7946 0000' };
  const text = renderStatic({ country: 'GB', lang: 'en', format: 'text', hotlines: [own] });
  assert.ok(text.indexOf('Our helpline') < text.indexOf('Modern Slavery & Exploitation Helpline'), 'own line first');
  assert.ok(text.includes('Other lines'), "the data's line under it");
  const replaced = renderStatic({ country: 'GB', lang: 'en', format: 'text', hotlines: [{ ...own, replace: true }] });
  assert.ok(!replaced.includes('08000 121 700'), "the data's line replaced");
  const elsewhere = renderStatic({ country: 'FR', lang: 'en', format: 'text', hotlines: [own] });
  assert.ok(!elsewhere.includes('Our helpline'), "a line for GB is not shown for FR");
  const words = renderStatic({ country: 'GB', lang: 'fr', format: 'text', strings: { 'banner.heading': 'Besoin <d’aide> ?' } });
  assert.ok(words.startsWith('Besoin <d’aide> ?\n'), 'own words, as text');
  assert.ok(renderStatic({ country: 'GB', lang: 'fr', format: 'html', strings: '{"banner.heading":"Besoin <d’aide> ?"}' }).includes('Besoin &lt;d’aide&gt; ?'), 'own words escaped');
});

// ---------------------------------------------------------------------------------------------
// The command.

const cli = (...args) => spawnSync(process.execPath, [join(root, 'bin/hotline-widget.mjs'), ...args], { encoding: 'utf8' });

test('hotline-widget snippet prints each format as renderStatic writes it', () => {
  for (const format of STATIC_FORMATS) {
    const result = cli('snippet', '--country', 'GB', '--lang', 'en', '--format', format);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, '');
    assert.equal(result.stdout, renderStatic({ country: 'GB', lang: 'en', format }));
  }
  // docs/static.md's example: 08000 121 700 as a tel: link.
  assert.match(cli('snippet', '--country', 'GB', '--lang', 'en', '--format', 'html').stdout, htmlCall('tel:+448000121700', '08000 121 700'));
  const options = ['--country', 'de', '--lang', 'ar', '--format', 'markdown', '--variant', 'compact', '--strings', '{"banner.heading":"Hilfe?"}', '--hotlines', '[{"country":"DE","name":"Unsere Linie","phone":"+49 30 000000"}]'];
  assert.equal(
    cli('snippet', ...options).stdout,
    renderStatic({ country: 'de', lang: 'ar', format: 'markdown', variant: 'compact', strings: '{"banner.heading":"Hilfe?"}', hotlines: [{ country: 'DE', name: 'Unsere Linie', phone: '+49 30 000000' }] }),
  );
  const help = cli('--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /--country <code>[\s\S]*--format <format>[\s\S]*--all/);
});

test('hotline-widget snippet --all writes one file per country and language, the international card included', () => {
  const out = mkdtempSync(join(tmpdir(), 'hotline-static-'));
  try {
    const result = cli('snippet', '--all', '--out', out, '--format', 'fallback');
    assert.equal(result.status, 0, result.stderr);
    const files = readdirSync(out).sort();
    const expected = [...countries, 'international'].flatMap((country) => languages.map((lang) => `${country}.${lang}.fallback.html`)).sort();
    assert.deepEqual(files, expected);
    for (const [country, lang] of [['GB', 'en'], ['KE', 'sw'], ['international', 'ar'], ['BR', 'pt-BR']]) {
      assert.equal(readFileSync(join(out, `${country}.${lang}.fallback.html`), 'utf8'), renderStatic({ country: country === 'international' ? null : country, lang, format: 'fallback' }), `${country}.${lang}`);
    }
    const one = cli('snippet', '--all', '--out', join(out, 'fr'), '--format', 'text', '--lang', 'fr-CA');
    assert.equal(one.status, 0, one.stderr);
    assert.deepEqual(readdirSync(join(out, 'fr')).sort(), [...countries, 'international'].map((country) => `${country}.fr.txt`).sort());
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('every bad input is one line on standard error naming the option and the value, with exit status 2 and no stack trace', () => {
  const cases = [
    [['snippet', '--country', 'GBR', '--lang', 'en', '--format', 'html'], 'hotline-widget: --country="GBR" is not a two-letter country code (ISO 3166-1).'],
    [['snippet', '--country', 'GB', '--lang', 'xx-!!', '--format', 'html'], 'hotline-widget: --lang="xx-!!" is not a language tag (BCP 47).'],
    [['snippet', '--country', 'GB', '--lang', 'ja', '--format', 'html'], 'hotline-widget: --lang="ja": no translation for this language yet.'],
    [['snippet', '--country', 'GB', '--lang', 'en', '--format', 'pdf'], 'hotline-widget: --format="pdf" is not one of html, text, markdown, fallback.'],
    [['snippet', '--country', 'GB', '--lang', 'en', '--format', 'html', '--variant', 'big'], 'hotline-widget: --variant="big" is not one of full, compact.'],
    [['snippet', '--country', 'GB', '--lang', 'en', '--format', 'html', '--hotlines', '{oops'], 'hotline-widget: --hotlines="{oops" is not JSON.'],
    [['snippet', '--country', 'GB', '--lang', 'en', '--format', 'html', '--hotlines', '[{"country":"GB","name":"X","phone":"call"}]'], 'hotline-widget: --hotlines[0].phone="call" is not usable.'],
    [['snippet', '--country', 'GB', '--lang', 'en', '--format', 'html', '--strings', '{"banner.heding":"x"}'], 'hotline-widget: --strings has an unknown message "banner.heding". Did you mean "banner.heading"?'],
    [['snippet', '--country', 'GB', '--lang', 'en', '--format', 'html', '--contry', 'GB'], 'hotline-widget: unknown option --contry. Did you mean "--country"?'],
    [['snippet', '--country'], 'hotline-widget: --country needs a value.'],
    [['snippet', '--lang', 'en', '--format', 'html'], 'hotline-widget: --country is missing: give a two-letter country code (ISO 3166-1), or --all.'],
    [['snippet', '--country', 'GB', '--format', 'html'], 'hotline-widget: --lang is missing: give a language tag (BCP 47), such as "en" or "pt-BR".'],
    [['snippet', '--country', 'GB', '--lang', 'en'], 'hotline-widget: --format is missing: give html, text, markdown, fallback.'],
    [['snippet', '--all', '--format', 'html'], 'hotline-widget: --all needs --out <folder>, the folder to write the files into.'],
    [['snippet', '--all', '--out', '/tmp/x', '--format', 'html', '--country', 'GB'], 'hotline-widget: --all writes every country: leave out --country, or leave out --all.'],
    [['snippet', '--all', '--out', '/tmp/x', '--format', 'pdf'], 'hotline-widget: --format="pdf" is not one of html, text, markdown, fallback.'],
    [['snipet'], 'hotline-widget: unknown command "snipet". Did you mean "snippet"?'],
    [[], 'hotline-widget: no command: try "hotline-widget snippet --country GB --lang en --format html", or --help.'],
  ];
  for (const [args, message] of cases) {
    const result = cli(...args);
    assert.equal(result.status, 2, `${args.join(' ')}: exit status 2`);
    assert.equal(result.stdout, '', `${args.join(' ')}: nothing on standard output`);
    assert.equal(result.stderr, `${message}\n`, `${args.join(' ')}: one line`);
  }
  // A country with no line is no mistake: the international card, and a note.
  const card = cli('snippet', '--country', 'ZZ', '--lang', 'en', '--format', 'text');
  assert.equal(card.status, 0);
  assert.match(card.stdout, /^Help with human trafficking/);
  assert.equal(card.stderr, 'hotline-widget: note: --country="ZZ": no hotline for this country yet; showing the international card.\n');
});

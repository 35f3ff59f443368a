// The html block through a real mail client: Roundcube webmail's own handling of an HTML message
// (tests/mail/wash.php runs Roundcube's message view code, rcube_washtml and its callbacks, from
// Debian's roundcube-core), for every country of the data and the international card, in every
// language. What a reader of Roundcube gets must be the block: the same elements, text, links and
// colours, with only the changes Roundcube makes to every message (expectedAfterRoundcube, ROUNDCUBE_TEXT).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { addressesOf, dialOf, htmlCall, linesOf, numbersOf, phonesOf, root } from './static-data.mjs';

const { renderStatic, staticCountries, staticLanguages } = await import(join(root, 'lib/static/index.js'));

const INSTALL = 'apt-get install roundcube-core php-cli (Debian)';
const cards = [...staticCountries(), null];
const languages = [...staticLanguages()].sort();

// ---------------------------------------------------------------------------------------------
// Every block, sent as the HTML part of a message, washed by one php process (NUL between messages).

const blocks = cards.flatMap((country) => languages.map((lang) => ({ country, lang, html: renderStatic({ country, lang, format: 'html' }) })));
const message = (block) => `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Newsletter</title></head><body>\n${block}</body></html>\n`;

function washAll() {
  const php = spawnSync('php', [join(root, 'tests/mail/wash.php')], { input: blocks.map(({ html }) => message(html)).join('\0'), encoding: 'utf8', maxBuffer: 1 << 30 });
  if (php.error?.code === 'ENOENT') return { missing: `php is not installed: ${INSTALL}` };
  if (php.status === 3) return { missing: php.stderr.trim() };
  if (php.status !== 0) return { missing: `tests/mail/wash.php failed (exit ${php.status}): ${php.stderr.trim() || php.stdout.trim().slice(0, 300)}; Roundcube logs to /var/log/roundcube/errors.log. Is Roundcube whole? ${INSTALL}` };
  const washed = php.stdout.split('\0');
  if (washed.length !== blocks.length) return { missing: `tests/mail/wash.php gave ${washed.length} messages for ${blocks.length}` };
  return { washed };
}

const { washed, missing } = washAll();

// ---------------------------------------------------------------------------------------------
// Reading a block: its tags and text (both the renderer's and Roundcube's markup are regular:
// every attribute double-quoted, no raw `<` or `>` in text).

const TOKEN = /<!--[^]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z-]+="[^"]*")*)\s*\/?>|[^<]+/y;

/** The elements (open and close tags, with attributes by name) and the text pieces of some HTML, comments left out. */
function tokensOf(html, where) {
  const tokens = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < html.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(html);
    assert.ok(match, `${where}: readable markup at ${JSON.stringify(html.slice(at, at + 60))}`);
    if (match[0].startsWith('<!--')) continue;
    if (match[2]) tokens.push({ tag: match[2].toLowerCase(), close: match[1] === '/', attributes: Object.fromEntries([...match[3].matchAll(/([a-zA-Z-]+)="([^"]*)"/g)].map(([, name, value]) => [name.toLowerCase(), value])) });
    else tokens.push({ text: match[0] });
  }
  return tokens;
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (text) => text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (entity, decimal, hex, name) => (decimal ? String.fromCodePoint(Number(decimal)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (ENTITIES[name] ?? entity)));
/** What a reader reads: the text, spaces run together. */
const textOf = (tokens) => decode(tokens.map((token) => token.text ?? (token.tag === 'br' ? ' ' : '')).join('')).replace(/\s+/g, ' ').trim();
/** A style attribute as declarations by property: `a:b;c:d;` (the renderer) and `a: b; c: d` (Roundcube) alike. */
const declarationsOf = (style = '') =>
  Object.fromEntries(
    style
      .split(';')
      .map((declaration) => declaration.trim())
      .filter(Boolean)
      .map((declaration) => [declaration.slice(0, declaration.indexOf(':')).trim().toLowerCase(), declaration.slice(declaration.indexOf(':') + 1).trim()]),
  );

/**
 * What Roundcube 1.6 does to every element of the block, and nothing more (found by washing every
 * block; docs/static.md says it to the project's users):
 * - `role` is not among rcube_washtml's allowed attributes: dropped (`role="presentation"` on the
 *   table, `role="list"` on the lists).
 * - A link keeps only the attributes its link callback allows (href, style, rel, target, title...):
 *   `dir="ltr"` on an emergency number's link is dropped; the number inside a channel's link keeps
 *   its `<span dir="ltr">`.
 * - Every link gets `rel="noreferrer"`; a `mailto:` link gets an `onclick` that opens Roundcube's
 *   own compose screen to that address (its href kept); every other link (`tel:`, `sms:`, `https:`)
 *   gets `target="_blank"`.
 * - In the text, typographic quotes become straight ones and an ellipsis three full stops
 *   (rcube_washtml::cleanup's "MS Word" characters, see ROUNDCUBE_TEXT).
 * Styles, hrefs, the rest of the text, lang and dir elsewhere are kept as written.
 */
function expectedAfterRoundcube({ tag, attributes }) {
  const expected = { ...attributes };
  delete expected.role;
  if (tag === 'a') {
    delete expected.dir;
    const mailto = /^mailto:(.*)$/i.exec(attributes.href);
    if (mailto) expected.onclick = `return rcmail.command('compose','${mailto[1]}',this)`;
    else expected.target = '_blank';
    expected.rel = 'noreferrer';
  }
  return expected;
}

/** Roundcube's message part: its container, the comments for what it left out of the message (html, head, meta), the body as a <div>. */
/** The characters rcube_washtml replaces in any message's text, before it reads the HTML. */
const ROUNDCUBE_TEXT = [['\u2018', "'"], ['\u2019', "'"], ['\u201c', '"'], ['\u201d', '"'], ['\u2026', '...']];
const asRoundcubeWrites = (text) => ROUNDCUBE_TEXT.reduce((result, [character, replacement]) => result.replaceAll(character, replacement), text);

const ROUNDCUBE_WRAPPER = /^<div class="message-htmlpart" id="message-htmlpart1">(?:<!-- [a-z]+ ignored -->)*<div class="rcmBody" id="message-htmlpart1">\s*(<table[^]*<\/table>)\s*<\/div><\/div>$/;

/** The block as Roundcube shows it, checked against the block as written; returns Roundcube's block. */
function expectSameBlock(block, shown, where) {
  const [, table] = ROUNDCUBE_WRAPPER.exec(shown) ?? [];
  assert.ok(table, `${where}: the block, whole, inside Roundcube's message part: ${shown.slice(0, 300)}`);
  const before = tokensOf(block, `${where} (as written)`);
  const after = tokensOf(table, `${where} (in Roundcube)`);
  const elements = (tokens) => tokens.filter((token) => token.tag).map(({ tag, close }) => `${close ? '/' : ''}${tag}`);
  assert.deepEqual(elements(after), elements(before), `${where}: every element kept, in order (the table, its cell, headings, paragraphs, lists, links)`);
  assert.equal(textOf(after), asRoundcubeWrites(textOf(before)), `${where}: the same text (straight quotes for typographic ones)`);
  const beforeElements = before.filter((token) => token.tag && !token.close);
  const afterElements = after.filter((token) => token.tag && !token.close);
  beforeElements.forEach((element, index) => {
    const { style, ...attributes } = afterElements[index].attributes;
    const { style: written, ...expected } = expectedAfterRoundcube(element);
    assert.deepEqual(declarationsOf(style), declarationsOf(written), `${where}: <${element.tag}> #${index} keeps every declaration of its style`);
    assert.deepEqual(attributes, expected, `${where}: <${element.tag}> #${index}: its attributes, as Roundcube changes them`);
  });
  return table;
}

// ---------------------------------------------------------------------------------------------

if (missing) {
  test("Roundcube's HTML handling (rcube_washtml) is installed", () => assert.fail(`${missing}`));
} else {
  const shownOf = new Map(blocks.map((block, index) => [`${block.country} ${block.lang}`, washed[index]]));

  test('every country and the international card, in every language, went through Roundcube', () => {
    assert.ok(cards.length >= 91 && languages.length >= 2 && languages.includes('en') && languages.includes('ar'), `${cards.length} cards, ${languages.join(' ')}`);
    assert.equal(washed.length, cards.length * languages.length);
  });

  test("GB in English: 08000 121 700 is a tel: link in Roundcube (the issue's \"in an email client\")", () => {
    const shown = shownOf.get('GB en');
    assert.match(shown, htmlCall('tel:+448000121700', '08000 121 700'));
    assert.match(shown, /<a href="tel:\+448000121700" style="[^"]*background-color: #0b4f8a; color: #ffffff;[^"]*" target="_blank" rel="noreferrer">Call <span dir="ltr">08000 121 700<\/span><\/a>/);
    assert.match(shown, /In immediate danger\? Call <a href="tel:999" style="[^"]*" target="_blank" rel="noreferrer">999<\/a>/);
  });

  for (const country of cards) {
    const lines = country ? linesOf(country) : [];
    const [first] = lines;
    test(`${country ?? 'international'}: in every language, Roundcube shows the whole block, its colours, the first line's number and every emergency number as tel: links, every channel a link`, () => {
      for (const [index, { lang, html }] of blocks.entries()) {
        if (blocks[index].country !== country) continue;
        const where = `${country ?? 'international'} ${lang}`;
        const table = expectSameBlock(html, washed[index], where);
        // The block's own background and text colours, on the table and on its cell.
        assert.match(table, /^<table [^>]*style="[^"]*background-color: #ffffff; color: #1b1b1b;/, `${where}: the table's colours`);
        assert.match(table, /^<table [^>]*><tr><td style="[^"]*color: #1b1b1b; background-color: #ffffff;/, `${where}: the cell's colours`);
        assert.match(table, new RegExp(`^<table lang="${lang}(?:-${country})?" dir="${['ar', 'fa', 'ur'].includes(lang) ? 'rtl' : 'ltr'}"`), `${where}: lang and dir on the block`);
        if (first) {
          for (const phone of phonesOf(first)) assert.match(table, htmlCall(`tel:${dialOf(phone)}`, phone.display), `${where}: ${phone.display} linked to tel:${dialOf(phone)}`);
          if (phonesOf(first).length === 0) assert.ok(table.includes(`href="${addressesOf(first)[0]}"`), `${where}: the first line's address`);
        }
        for (const number of numbersOf(country)) assert.match(table, new RegExp(`<a href="tel:${number}" style="[^"]*" target="_blank" rel="noreferrer">${number}</a>`), `${where}: emergency ${number}`);
        // Every channel of every line, whatever its scheme, still a link to the same address.
        const hrefs = [...table.matchAll(/<a href="([^"]*)"/g)].map(([, href]) => decode(href));
        for (const address of lines.flatMap(addressesOf)) assert.ok(hrefs.includes(address), `${where}: ${address} is a link`);
      }
    });
  }

  test("Roundcube's changes, over all the blocks: role and a link's dir dropped, rel and target (or, for mailto:, Roundcube's compose) added", () => {
    const count = (pattern) => washed.reduce((sum, shown) => sum + (shown.match(pattern)?.length ?? 0), 0);
    const written = (pattern) => blocks.reduce((sum, { html }) => sum + (html.match(pattern)?.length ?? 0), 0);
    assert.equal(count(/\srole=/g), 0, 'no role attribute left');
    assert.ok(written(/\srole=/g) > 0);
    assert.equal(count(/<a [^>]*\sdir=/g), 0, 'no dir on a link');
    assert.equal(count(/<span dir="ltr">/g), written(/<span dir="ltr">/g), "every channel's <span dir=\"ltr\"> kept");
    for (const scheme of ['tel', 'sms', 'https', 'mailto']) {
      const links = written(new RegExp(`<a href="${scheme}:`, 'g'));
      assert.ok(links > 0, `the blocks have ${scheme}: links`);
      assert.equal(count(new RegExp(`<a href="${scheme}:[^"]*"[^>]*>`, 'g')), links, `every ${scheme}: link kept`);
    }
    assert.equal(count(/<a href="mailto:[^"]*" style="[^"]*" onclick="return rcmail\.command\('compose','[^']+',this\)" rel="noreferrer">/g), written(/<a href="mailto:/g), "mailto: opens Roundcube's compose");
  });
}

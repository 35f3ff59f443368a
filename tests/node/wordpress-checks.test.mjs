// The WordPress plugin refuses a setting with the message the widget would log for it: its PHP
// checker (integrations/wordpress/includes/checks.php, with generated/checks.json as
// scripts/build-wordpress.mjs writes it from lib/) and the widget's own checks (lib/config/, as the
// script checks its data-* attributes: src/embed.ts reads data-hotlines as JSON, then
// checkScriptSettings) are run over the same values, and every message, in order, must be the
// same, as must what each keeps. The PHP runs in php-cli (tests/wordpress/check.php).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checksData } from '../../scripts/build-wordpress.mjs';

const root = new URL('../..', import.meta.url).pathname;
const SITE = 'https://news.example';

// The widget's checks read the page's address for the exit address: a page of SITE.
globalThis.Document ??= class Document {
  get baseURI() {
    return `${SITE}/2026/story/`;
  }
};
globalThis.Element ??= class Element {};
globalThis.document ??= new globalThis.Document();
globalThis.location ??= new URL(`${SITE}/2026/story/`);

const { checkScriptSettings } = await import(join(root, 'lib/config/script-attributes.js'));
const { quote } = await import(join(root, 'lib/config/quote.js'));

// src/embed.ts's own words for a data-hotlines that is not JSON.
const embed = readFileSync(join(root, 'src/embed.ts'), 'utf8');
const NOT_JSON = 'problems.push(`data-hotlines=${quote(value)} is not JSON; it is ignored.`);';

/** What the script logs for these data-* values (by their HotlineWidgetConfig names), and what it keeps. */
function widget(raw) {
  const problems = [];
  const read = { ...raw };
  if ('hotlines' in raw) {
    try {
      read.hotlines = JSON.parse(raw.hotlines ?? '');
    } catch {
      problems.push(`data-hotlines=${quote(raw.hotlines)} is not JSON; it is ignored.`);
      delete read.hotlines;
    }
  }
  const result = checkScriptSettings(read);
  return { problems: [...problems, ...result.problems], kept: result.settings };
}

const line = (fields) => JSON.stringify([{ country: 'GB', name: 'Our helpline', phone: '+44 20 7946 0000', ...fields }]);

/** Each case: the script's data-* values, as text. */
const CASES = [
  // Countries.
  { country: 'GB' }, { country: 'gb' }, { country: ' us ' }, { country: 'auto' }, { country: 'AUTO' },
  { country: 'GBR' }, { country: 'G' }, { country: '' }, { country: '  ' }, { country: 'G1' }, { country: 'ÅB' },
  { country: 'AQ' }, { country: 'QQ' }, { country: 'XK' }, { country: 'gb\n' }, { country: '\u00a0GB\u00a0' }, { country: '\ufeffGB' },
  { country: 'United Kingdom' }, { country: 'x'.repeat(100) }, { country: '<script>' }, { country: '"GB"' },
  // Languages.
  { lang: 'en' }, { lang: 'EN-us' }, { lang: 'pt-br' }, { lang: 'pt' }, { lang: 'pt-PT' }, { lang: 'zh-Hant-TW' }, { lang: 'auto' },
  { lang: 'ja' }, { lang: 'qaa' }, { lang: 'und' }, { lang: 'en_US' }, { lang: 'english' }, { lang: '' }, { lang: ' ' }, { lang: 'i-klingon' },
  { lang: 'x-foo' }, { lang: 'en-x-foo' }, { lang: 'iw' }, { lang: 'in' }, { lang: 'mo' }, { lang: 'tl' }, { lang: 'fil' }, { lang: 'sh' },
  { lang: 'cmn' }, { lang: 'eng' }, { lang: 'de-DE-formal' }, { lang: 'ca-valencia' }, { lang: 'en-US-US' }, { lang: 'de-1901-1901' },
  { lang: 'en-a-foo-a-bar' }, { lang: 'en-' }, { lang: '-en' }, { lang: 'en--US' }, { lang: 'root' }, { lang: 'abcd' }, { lang: 'abcde' },
  { lang: 'en-u-ca-gregory' }, { lang: 'ar-EG' }, { lang: 'es-419' }, { lang: 'zh-cmn' }, { lang: 'sw-KE' }, { lang: 'fr-CA' }, { lang: 'uk' },
  { lang: 'ukr' }, { lang: 'ko' }, { lang: '123' }, { lang: 'e' }, { lang: 'en-1234' }, { lang: 'art-lojban' },
  // Components.
  { components: 'banner' }, { components: 'banner quick-exit' }, { components: 'banner,checklist' }, { components: ' Banner , QUICK-EXIT ' },
  { components: 'none' }, { components: 'NONE' }, { components: '' }, { components: ' , ' }, { components: 'baner' }, { components: 'banner quickexit' },
  { components: 'banner none' }, { components: 'everything' }, { components: 'banner banner' }, { components: 'check-list' },
  // The exit address.
  { exitUrl: 'https://www.bbc.co.uk/weather' }, { exitUrl: 'http://example.org' }, { exitUrl: 'HTTPS://EXAMPLE.ORG/A?B#C' },
  { exitUrl: ' https://example.org/ ' }, { exitUrl: '/' }, { exitUrl: '?' }, { exitUrl: '#' }, { exitUrl: 'www.bbc.co.uk/weather' },
  { exitUrl: '//example.org/' }, { exitUrl: 'javascript:alert(1)' }, { exitUrl: 'ftp://example.org/' }, { exitUrl: '' },
  { exitUrl: `${SITE}/` }, { exitUrl: `${SITE}:443/other` }, { exitUrl: 'https://NEWS.example/x' }, { exitUrl: 'http://news.example/' },
  { exitUrl: `${SITE}:8443/` }, { exitUrl: 'https://user:pass@news.example/' }, { exitUrl: 'https://news.example.evil.test/' },
  { exitUrl: 'https:///example.org' }, { exitUrl: 'https:\\\\example.org' }, { exitUrl: 'https://exa mple.org/' }, { exitUrl: 'https://example.org:99999/' },
  { exitUrl: 'https://example.org:8x/' }, { exitUrl: 'https://[::1]/' }, { exitUrl: 'https://[::1/' }, { exitUrl: 'https://1.2.3.4/' },
  { exitUrl: 'https://1.2.3.256/' }, { exitUrl: 'https://0x7f.1/' }, { exitUrl: 'https://999999999999/' }, { exitUrl: 'https://@/' },
  { exitUrl: 'https://?x' }, { exitUrl: 'https://ex%41mple.org/' }, { exitUrl: 'https://a<b.org/' }, { exitUrl: 'https://bücher.example/' },
  { exitUrl: 'https://example.org/a path with spaces' }, { exitUrl: 'https://\texample.org/' }, { exitUrl: 'https://example.org:/' },
  // Audiences and themes.
  { audience: 'public' }, { audience: 'Hospitality' }, { audience: ' employer ' }, { audience: 'hospitalty' }, { audience: 'workers' }, { audience: '' },
  { theme: 'dark' }, { theme: 'AUTO' }, { theme: 'drak' }, { theme: 'blue' }, { theme: '' },
  // Shortcuts.
  { shortcut: 'both' }, { shortcut: 'shift3' }, { shortcut: 'esc2 shift3' }, { shortcut: 'none' }, { shortcut: '' }, { shortcut: ' , ' },
  { shortcut: 'esc' }, { shortcut: 'shift3 escape' }, { shortcut: 'BOTH' }, { shortcut: 'ctrl+q' },
  // The new tab.
  { newTab: 'true' }, { newTab: 'false' }, { newTab: '' }, { newTab: 'TRUE' }, { newTab: 'yes' }, { newTab: '1' }, { newTab: ' false ' },
  // The site's own lines.
  { hotlines: line({}) }, { hotlines: '[]' }, { hotlines: '' }, { hotlines: 'not json' }, { hotlines: '{"country":"GB"}' }, { hotlines: '"GB"' },
  { hotlines: 'null' }, { hotlines: '42' }, { hotlines: '1.0' }, { hotlines: '[null, 1, "x", []]' }, { hotlines: '[{}]' },
  { hotlines: line({ country: 'GBR' }) }, { hotlines: line({ country: 7 }) }, { hotlines: line({ name: '' }) }, { hotlines: line({ name: '  ' }) },
  { hotlines: line({ name: '<b>Help</b>' }) }, { hotlines: line({ organisation: '<img src=x>' }) }, { hotlines: line({ name: ['<i>'] }) },
  { hotlines: line({ name: 'a < b' }) }, { hotlines: line({ name: '< b' }) }, { hotlines: line({ name: 'x<!--' }) },
  { hotlines: line({ phone: 'call us' }) }, { hotlines: line({ phone: '12' }) }, { hotlines: line({ phone: '+44 (0)20 7946 0000' }) },
  { hotlines: line({ phone: '1'.repeat(25) }) }, { hotlines: line({ phone: 442079460000 }) }, { hotlines: line({ phone: 4.5e21 }) },
  { hotlines: line({ phone: '999\n' }) }, { hotlines: line({ text: '+44 7700 900000' }) }, { hotlines: line({ text: 'text me' }) },
  { hotlines: line({ email: 'help@example.org' }) }, { hotlines: line({ email: 'help@example.org?bcc=x@y.z' }) }, { hotlines: line({ email: 'help' }) },
  { hotlines: line({ email: 'a b@example.org' }) }, { hotlines: line({ chat: 'https://chat.example.org/' }) }, { hotlines: line({ chat: 'http://chat.example.org/' }) },
  { hotlines: line({ web: '//example.org' }) }, { hotlines: line({ web: 'javascript:alert(1)' }) }, { hotlines: line({ web: 'https://exa mple.org' }) },
  { hotlines: line({ web: { href: 'https://example.org' } }) }, { hotlines: line({ web: null }) }, { hotlines: line({ web: true }) },
  { hotlines: JSON.stringify([{ country: 'GB', name: 'No contact' }]) }, { hotlines: JSON.stringify([{ name: 'x'.repeat(120), phone: 'y' }]) },
  { hotlines: JSON.stringify([{ country: 'GB', name: 'Émilie — “aide”', phone: '☎'.repeat(50) }]) },
  { hotlines: JSON.stringify([{ country: 'GB', name: '😀'.repeat(30), phone: 'x' }]) },
  { hotlines: JSON.stringify([{ country: 'GB', name: 'Keys', phone: '+44 1', 2: 'two', 1: 'one', b: { 10: 1, 9: 2 } }]) },
  { hotlines: JSON.stringify([{ country: 'GB', name: 'Slash/and\\back', phone: 'a/b' }]) }, { hotlines: JSON.stringify([{ country: 'GB', name: 'Tab\there', phone: '\u2028' }]) },
  { hotlines: `[${line({})}, ${line({ phone: 'x' })}]`.replace(/\[\[/g, '[').replace(/\]\]/g, ']').replace('], [', ', ') },
  { hotlines: JSON.stringify([{ country: 'US', name: 'Line', phone: '+1 888 373 7888', text: '233733', chat: 'https://x.example/', web: 'https://y.example/', email: 'a@b.co', replace: true }]) },
  // Several at once: the messages in the script's order.
  { country: 'GBR', lang: 'xx-YY', components: 'banner baner', exitUrl: '/', audience: 'x', theme: 'y', shortcut: 'z', newTab: 'maybe', hotlines: 'nope' },
  { hotlines: '[{}]', country: 'ZZ', newTab: 'true' },
  { theme: 'light', hotlines: '{', lang: 'de', country: 'DE' },
];

let dir;
let php;
before(async () => {
  // The checker as it ships: includes/checks.php beside generated/checks.json, made from lib/ now.
  dir = mkdtempSync(join(tmpdir(), 'hotline-wordpress-checks-'));
  mkdirSync(join(dir, 'includes'));
  mkdirSync(join(dir, 'generated'));
  copyFileSync(join(root, 'integrations/wordpress/includes/checks.php'), join(dir, 'includes/checks.php'));
  writeFileSync(join(dir, 'generated/checks.json'), JSON.stringify(await checksData()));
  php = (cases) => {
    const run = spawnSync('php', [join(root, 'tests/wordpress/check.php'), dir], { input: JSON.stringify({ siteOrigin: SITE, cases }), encoding: 'utf8' });
    if (run.error?.code === 'ENOENT') assert.fail('php is not installed: install php-cli (Debian: apt-get install php-cli); CI installs it');
    assert.equal(run.status, 0, `tests/wordpress/check.php failed: ${run.stderr}${run.stdout.slice(0, 500)}`);
    return JSON.parse(run.stdout);
  };
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('the PHP checker says what the widget says', () => {
  test("src/embed.ts still says this of a data-hotlines that is not JSON", () => {
    assert.ok(embed.includes(NOT_JSON), 'the words in src/embed.ts changed: update this test and includes/checks.php');
  });

  test(`${CASES.length} sets of values: the same messages, in the same order, and the same settings kept`, () => {
    const results = php(CASES);
    assert.equal(results.length, CASES.length);
    let messages = 0;
    CASES.forEach((raw, index) => {
      const expected = widget(raw);
      const actual = results[index];
      const where = `for ${JSON.stringify(raw)}`;
      assert.deepEqual(actual.problems, expected.problems, where);
      assert.deepEqual(Object.keys(actual.kept).sort(), Object.keys(expected.kept).sort(), `the settings kept ${where}`);
      if ('country' in expected.kept) assert.equal(actual.kept.country, expected.kept.country, where);
      if ('components' in expected.kept) assert.deepEqual(actual.kept.components, expected.kept.components, where);
      if ('shortcut' in expected.kept) assert.deepEqual([...actual.kept.shortcut].sort(), [...expected.kept.shortcut].sort(), where);
      for (const key of ['audience', 'theme', 'newTab']) if (key in expected.kept) assert.equal(actual.kept[key], expected.kept[key], where);
      if ('hotlines' in expected.kept) assert.equal(actual.kept.hotlines, expected.kept.hotlines.length, `usable lines ${where}`);
      messages += expected.problems.length;
    });
    // The corpus must exercise the messages, not only the good values.
    assert.ok(messages > 100, `${messages} messages compared`);
  });

  test('every message of generated/checks.json that text can give is met by the corpus', () => {
    const { messages } = JSON.parse(readFileSync(join(dir, 'generated/checks.json'), 'utf8'));
    const said = CASES.flatMap((raw) => widget(raw).problems).join('\n');
    // A data-* attribute is always text: these are for values of other types, which the plugin never checks.
    const notText = ['countryNotText', 'languageNotText', 'componentsNotList'];
    for (const [key, template] of Object.entries(messages).filter(([key]) => !notText.includes(key))) {
      const fixed = template.split(/%\d\$s|%s/).filter((piece) => piece.length > 3);
      assert.ok(fixed.every((piece) => said.includes(piece)), `no case gives the message ${key}: ${template}`);
    }
  });

  test('the test can fail: a checker with one word changed disagrees', async () => {
    const data = JSON.parse(readFileSync(join(dir, 'generated/checks.json'), 'utf8'));
    data.messages.countryNotCode = data.messages.countryNotCode.replace('two-letter', 'two letter');
    writeFileSync(join(dir, 'generated/checks.json'), JSON.stringify(data));
    try {
      const [result] = php([{ country: 'GBR' }]);
      assert.notDeepEqual(result.problems, widget({ country: 'GBR' }).problems);
    } finally {
      writeFileSync(join(dir, 'generated/checks.json'), JSON.stringify(await checksData()));
    }
  });
});

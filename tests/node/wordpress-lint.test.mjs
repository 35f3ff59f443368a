// The WordPress plugin (integrations/wordpress/, built by scripts/build-wordpress.mjs): `php -l`
// on every PHP file; PHP_CodeSniffer: the WordPress Coding Standards with the plugin's
// phpcs.xml.dist where they are installed (`phpcs -i` lists WordPress), and always the plugin's own
// ruleset (tests/wordpress/phpcs/ruleset.xml) with Debian's phpcs, which must find nothing in the
// plugin and exactly the expected findings in tests/wordpress/phpcs/fixtures/; and the zip's
// contents: under one top folder hotline-widget/, every file the plugin needs (and not the
// developers' phpcs.xml.dist), the widget's files byte for byte as in dist/, the fallback as
// renderStatic writes it, a .pot with every translatable string, and nothing it should not carry.
// The zip is built here when it is missing or older than its sources (`npm test` builds it first).
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildWordPress, DEVELOPMENT_FILES, filesUnder, pluginSourceFiles } from '../../scripts/build-wordpress.mjs';
import { readZip } from '../../scripts/zip.mjs';

const root = new URL('../..', import.meta.url).pathname;
const source = join(root, 'integrations/wordpress');
const zipPath = join(root, 'dist/wordpress/hotline-widget.zip');
const folder = join(root, 'dist/wordpress/hotline-widget');
const PHP_MISSING = 'php is not installed: install php-cli (Debian: apt-get install php-cli) to check the WordPress plugin; CI installs it';
const PHPCS_MISSING = 'phpcs is not installed: install PHP_CodeSniffer (Debian: apt-get install php-codesniffer) to check the WordPress plugin against its coding standard; CI installs it';
const ruleset = join(root, 'tests/wordpress/phpcs/ruleset.xml');
const fixtures = join(root, 'tests/wordpress/phpcs/fixtures');

const { renderStatic, staticLanguages } = await import(join(root, 'lib/static/index.js'));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function php(args, input) {
  const run = spawnSync('php', args, { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.error?.code === 'ENOENT') assert.fail(PHP_MISSING);
  return run;
}

/** The zip's files by name. */
let files;
before(async () => {
  const sources = [...filesUnder(source).map((name) => join(source, name)), join(root, 'dist/hotline-widget.js'), join(root, 'scripts/build-wordpress.mjs')];
  const stale = !existsSync(zipPath) || sources.some((path) => statSync(path).mtimeMs > statSync(zipPath).mtimeMs);
  if (stale) await buildWordPress();
  files = new Map(readZip(readFileSync(zipPath)).map(({ name, data }) => [name, data]));
});

const phpFiles = filesUnder(source).filter((name) => name.endsWith('.php'));

describe('the plugin\'s PHP', () => {
  test('php is installed', () => {
    assert.equal(php(['-v']).status, 0, PHP_MISSING);
  });

  for (const name of phpFiles) {
    test(`php -l ${name}`, () => {
      const run = php(['-l', join(source, name)]);
      assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
    });
  }

  test('every file but uninstall.php stops when loaded outside WordPress, and every function is prefixed hotline_widget_', () => {
    for (const name of phpFiles) {
      const text = readFileSync(join(source, name), 'utf8');
      const guard = name === 'uninstall.php' ? "if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {" : "if ( ! defined( 'ABSPATH' ) ) {";
      assert.ok(text.includes(guard), `${name} has ${guard}`);
      for (const [, fn] of text.matchAll(/^function &?(\w+)/gm)) assert.match(fn, /^hotline_widget_/, `${name}: function ${fn}`);
      for (const [, constant] of text.matchAll(/(?:define\( '|^const )(\w+)/gm)) assert.match(constant, /^HOTLINE_WIDGET_/, `${name}: constant ${constant}`);
    }
  });

  test("every gettext call names the text domain 'hotline-widget'", () => {
    for (const name of [...phpFiles, 'blocks/editor.js']) {
      const text = readFileSync(join(source, name), 'utf8');
      for (const call of text.matchAll(/(?<![\w>:$])(?:__|_e|_x|_n|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\(/g)) {
        // Literal strings only (translators' tools read nothing else), the last one the domain.
        const literal = String.raw`(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")`;
        const args = new RegExp(String.raw`\s*${literal}(?:\s*,\s*${literal})*\s*\)`, 'y');
        args.lastIndex = call.index + call[0].length;
        const match = args.exec(text);
        assert.ok(match, `${name}: a call with literal strings at ${JSON.stringify(text.slice(call.index, call.index + 60))}`);
        assert.match(match[0], /'hotline-widget'\s*\)$/, `${name}: ${text.slice(call.index, call.index + 80)}`);
      }
    }
  });

  test('the version is the package\'s in the plugin header, its constant and readme.txt', () => {
    const main = readFileSync(join(source, 'hotline-widget.php'), 'utf8');
    assert.match(main, new RegExp(`^ \\* Version:\\s+${version.replaceAll('.', '\\.')}$`, 'm'));
    assert.ok(main.includes(`define( 'HOTLINE_WIDGET_VERSION', '${version}' );`));
    assert.match(readFileSync(join(source, 'readme.txt'), 'utf8'), new RegExp(`^Stable tag: ${version.replaceAll('.', '\\.')}$`, 'm'));
  });
});

/** phpcs with a JSON report: { files: { path: [ { line, type, source, message } ] }, errors, warnings }. */
function phpcs(args, cwd = root) {
  const run = spawnSync('phpcs', ['-q', '--no-colors', '--report=json', ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.error?.code === 'ENOENT') assert.fail(PHPCS_MISSING);
  // 0: nothing found; 1 and 2: findings (2: some fixable). Anything else is phpcs failing.
  assert.ok([0, 1, 2].includes(run.status), `phpcs ${args.join(' ')} exited with ${run.status}: ${run.stdout}${run.stderr}`);
  const report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{')));
  const files = Object.fromEntries(Object.entries(report.files).map(([path, { messages }]) => [path, messages]));
  return { files, errors: report.totals.errors, warnings: report.totals.warnings };
}

/** Every finding as `file:line TYPE Sniff.Code`, file relative to `base`, in order. */
function findings({ files }, base) {
  return Object.entries(files)
    .flatMap(([path, messages]) => messages.map(({ line, type, source }) => ({ file: relative(base, path), line, text: `${relative(base, path)}:${line} ${type} ${source}` })))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.text < b.text ? -1 : 1)))
    .map(({ text }) => text);
}

/**
 * What the plugin's own ruleset must find in tests/wordpress/phpcs/fixtures/, and nothing else:
 * each of its own sniffs fails there at least once (checked below), and so do the PHP_CodeSniffer
 * sniffs it names for eval(), backticks and the layout.
 */
const EXPECTED_FIXTURE_FINDINGS = [
  'escape-output.php:18 ERROR HotlineWordPress.Security.EscapeOutput.OutputNotEscaped',
  'escape-output.php:20 ERROR HotlineWordPress.Security.EscapeOutput.OutputNotEscaped',
  'escape-output.php:21 ERROR HotlineWordPress.Security.EscapeOutput.UnsafePrintingFunction',
  'escape-output.php:23 ERROR HotlineWordPress.Security.EscapeOutput.OutputNotEscaped',
  'escape-output.php:24 ERROR HotlineWordPress.Security.EscapeOutput.OutputNotEscaped',
  'i18n.php:21 ERROR HotlineWordPress.WP.I18n.TextDomainMismatch',
  'i18n.php:22 ERROR HotlineWordPress.WP.I18n.MissingTextDomain',
  'i18n.php:23 ERROR HotlineWordPress.WP.I18n.NonLiteralTextDomain',
  'i18n.php:24 ERROR HotlineWordPress.WP.I18n.NonLiteralText',
  'i18n.php:25 WARNING HotlineWordPress.WP.I18n.MissingTranslatorsComment',
  'i18n.php:29 ERROR HotlineWordPress.WP.I18n.TextDomainMismatch',
  'input.php:16 ERROR HotlineWordPress.Security.NonceVerification.Missing',
  'input.php:17 ERROR HotlineWordPress.Security.NonceVerification.Missing',
  'input.php:27 ERROR HotlineWordPress.Security.ValidatedSanitizedInput.InputNotSanitized',
  'input.php:27 ERROR HotlineWordPress.Security.ValidatedSanitizedInput.MissingUnslash',
  'input.php:29 ERROR HotlineWordPress.Security.ValidatedSanitizedInput.InputNotValidated',
  'layout.php:19 ERROR Generic.Arrays.DisallowShortArraySyntax.Found',
  'layout.php:19 ERROR Generic.WhiteSpace.DisallowSpaceIndent.SpacesUsed',
  'layout.php:20 ERROR HotlineWordPress.PHP.YodaConditions.NotYoda',
  'layout.php:20 ERROR HotlineWordPress.WhiteSpace.ControlStructureSpacing.SpaceAfterOpenParenthesis',
  'layout.php:20 ERROR HotlineWordPress.WhiteSpace.ControlStructureSpacing.SpaceBeforeCloseParenthesis',
  'layout.php:21 WARNING HotlineWordPress.PHP.StrictInArray.MissingTrueStrict',
  'layout.php:23 ERROR Generic.ControlStructures.InlineControlStructure.NotAllowed',
  'layout.php:23 ERROR HotlineWordPress.PHP.YodaConditions.NotYoda',
  'layout.php:23 ERROR Squiz.Strings.DoubleQuoteUsage.NotRequired',
  'no-guard.php:8 ERROR HotlineWordPress.Files.DirectAccess.Missing',
  'prefix.php:12 ERROR HotlineWordPress.NamingConventions.PrefixAllGlobals.NonPrefixedConstantFound',
  'prefix.php:15 ERROR HotlineWordPress.NamingConventions.PrefixAllGlobals.NonPrefixedConstantFound',
  'prefix.php:17 ERROR HotlineWordPress.NamingConventions.PrefixAllGlobals.NonPrefixedVariableFound',
  'prefix.php:22 ERROR HotlineWordPress.NamingConventions.PrefixAllGlobals.NonPrefixedFunctionFound',
  'prefix.php:23 ERROR HotlineWordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound',
  'prefix.php:38 ERROR HotlineWordPress.NamingConventions.PrefixAllGlobals.NonPrefixedClassFound',
  'restricted.php:20 ERROR HotlineWordPress.PHP.RestrictedFunctions.Extract',
  'restricted.php:21 ERROR Squiz.PHP.Eval.Discouraged',
  // Generic.PHP.BacktickOperator reports each of the two backticks.
  'restricted.php:22 ERROR Generic.PHP.BacktickOperator.Found',
  'restricted.php:22 ERROR Generic.PHP.BacktickOperator.Found',
  'restricted.php:23 ERROR HotlineWordPress.PHP.RestrictedFunctions.Unserialize',
  'restricted.php:24 WARNING HotlineWordPress.PHP.RestrictedFunctions.Serialize',
  'restricted.php:25 ERROR HotlineWordPress.PHP.RestrictedFunctions.ShellExec',
  'restricted.php:26 ERROR HotlineWordPress.PHP.RestrictedFunctions.RemoteFile',
  'restricted.php:28 ERROR HotlineWordPress.PHP.RestrictedFunctions.Curl',
  'restricted.php:29 ERROR HotlineWordPress.DB.PreparedSQL.NotPrepared',
  'restricted.php:32 ERROR HotlineWordPress.PHP.RestrictedFunctions.CreateFunction',
  'uninstall/uninstall.php:8 ERROR HotlineWordPress.Files.DirectAccess.Missing',
];

describe('the plugin\'s PHP against PHP_CodeSniffer', () => {
  test('phpcs is installed', () => {
    const run = spawnSync('phpcs', ['--version'], { encoding: 'utf8' });
    if (run.error?.code === 'ENOENT') assert.fail(PHPCS_MISSING);
    assert.equal(run.status, 0, run.stdout + run.stderr);
  });

  test('the WordPress Coding Standards (phpcs --standard=WordPress, with integrations/wordpress/phpcs.xml.dist): nothing found', (t) => {
    const installed = spawnSync('phpcs', ['-i'], { encoding: 'utf8' });
    if (installed.error?.code === 'ENOENT') assert.fail(PHPCS_MISSING);
    if (!/\bWordPress\b/.test(installed.stdout)) {
      t.skip(`the WordPress Coding Standards are not installed for phpcs (${installed.stdout.trim()}): Debian has no package of them and CI does not fetch them; the plugin's own ruleset below runs instead`);
      return;
    }
    const report = phpcs(['--standard=phpcs.xml.dist'], source);
    assert.deepEqual(findings(report, source), [], 'WPCS findings in the plugin');
    assert.equal(report.errors + report.warnings, 0);
  });

  test('the plugin\'s own ruleset (tests/wordpress/phpcs/ruleset.xml): nothing found in the plugin', () => {
    const report = phpcs([`--standard=${ruleset}`, source]);
    assert.deepEqual(findings(report, source), [], 'findings in the plugin');
    assert.equal(report.errors + report.warnings, 0);
    assert.ok(Object.keys(report.files).length >= phpFiles.length, `every PHP file checked (${Object.keys(report.files).length})`);
  });

  test('the own ruleset finds exactly the expected errors and warnings in tests/wordpress/phpcs/fixtures/', () => {
    const report = phpcs([`--standard=${ruleset}`, fixtures]);
    assert.deepEqual(findings(report, fixtures), EXPECTED_FIXTURE_FINDINGS);
  });

  test('each of the own sniffs fails somewhere in the fixtures', () => {
    const sniffs = join(root, 'tests/wordpress/phpcs/HotlineWordPress/Sniffs');
    const names = filesUnder(sniffs).filter((name) => name.endsWith('Sniff.php')).map((name) => `HotlineWordPress.${name.replace(/Sniff\.php$/, '').replace('/', '.')}.`);
    assert.ok(names.length >= 10, names.join(' '));
    for (const name of names) assert.ok(EXPECTED_FIXTURE_FINDINGS.some((finding) => finding.includes(` ${name}`)), `${name} fails in a fixture`);
  });
});

describe('dist/wordpress/hotline-widget.zip', () => {
  test('every file is under hotline-widget/, and the folder beside the zip holds the same', () => {
    for (const name of files.keys()) assert.match(name, /^hotline-widget\/[^/]/, name);
    const unpacked = filesUnder(folder);
    assert.deepEqual([...files.keys()].map((name) => name.slice('hotline-widget/'.length)).sort(), unpacked.sort());
    for (const name of unpacked) assert.ok(readFileSync(join(folder, name)).equals(files.get(`hotline-widget/${name}`)), name);
  });

  test('the plugin\'s own files, byte for byte', () => {
    for (const name of pluginSourceFiles()) assert.ok(files.get(`hotline-widget/${name}`)?.equals(readFileSync(join(source, name))), `${name} in the zip as in integrations/wordpress/`);
    // What is for the plugin's developers stays out.
    for (const name of DEVELOPMENT_FILES) {
      assert.ok(existsSync(join(source, name)), `integrations/wordpress/${name}`);
      assert.ok(!files.has(`hotline-widget/${name}`), `${name} is not in the zip`);
    }
    for (const name of ['hotline-widget.php', 'uninstall.php', 'readme.txt', 'includes/checks.php', 'blocks/banner/block.json', 'blocks/checklist/block.json', 'blocks/editor.js']) {
      assert.ok(files.has(`hotline-widget/${name}`), name);
    }
  });

  test('its copy of the widget is dist/\'s, byte for byte, with sri.json, and the script\'s hash is right', () => {
    const dist = ['hotline-widget.js', 'sri.json', ...readdirSync(join(root, 'dist/data')).map((name) => `data/${name}`)];
    for (const name of dist) assert.ok(files.get(`hotline-widget/assets/${name}`)?.equals(readFileSync(join(root, 'dist', name))), `assets/${name} is dist/${name}`);
    const copied = [...files.keys()].filter((name) => name.startsWith('hotline-widget/assets/'));
    assert.equal(copied.length, dist.length, 'nothing else in assets/');
    const sri = JSON.parse(files.get('hotline-widget/assets/sri.json'));
    const script = files.get('hotline-widget/assets/hotline-widget.js');
    assert.equal(sri['hotline-widget.js'], `sha384-${createHash('sha384').update(script).digest('base64')}`);
  });

  test('nothing it should not carry: no sources, tests, maps, configurator or dependencies', () => {
    const allowed = /^hotline-widget\/(hotline-widget\.php|uninstall\.php|readme\.txt|includes\/[\w-]+\.php|blocks\/(editor\.js|(banner|checklist)\/block\.json)|assets\/(hotline-widget\.js|sri\.json|data\/[\w.-]+\.json)|generated\/checks\.json|fallback\/([\w-]+\.(html|json)|style\.css)|languages\/hotline-widget\.pot)$/;
    for (const name of files.keys()) {
      assert.match(name, allowed, `unexpected file ${name}`);
      assert.doesNotMatch(name, /(^|\/)(tests?|src|node_modules|configurator)\/|\.(ts|map|mjs)$/, name);
    }
  });

  test('generated/checks.json lists what the widget knows', async () => {
    const checks = JSON.parse(files.get('hotline-widget/generated/checks.json'));
    const { supportedCountries } = await import(join(root, 'lib/data/countries.js'));
    assert.deepEqual(checks.countries, supportedCountries());
    assert.deepEqual(checks.languages, staticLanguages());
    assert.ok(checks.messages.countryNotCode.includes('is not a two-letter country code (ISO 3166-1)'));
  });

  test('the fallback for a country and a language is renderStatic\'s, as the PHP reads it', () => {
    const pairs = [['GB', 'en'], ['US', 'es'], ['BR', 'pt-BR'], ['EG', 'ar'], ['KE', 'sw'], ['DE', 'de'], ['VA', 'it'], ['AQ', 'en'], ['QQ', 'fr'], ['IN', 'hi'], ['CN', 'zh'], ['PH', 'tl']];
    const run = php([join(root, 'tests/wordpress/fallback.php'), folder], JSON.stringify(pairs));
    assert.equal(run.status, 0, run.stderr);
    const read = JSON.parse(run.stdout);
    pairs.forEach(([country, lang], index) => {
      // A country with no emergency numbers of its own gets the international card, as in the widget.
      assert.equal(read[index], renderStatic({ country, lang, format: 'fallback' }), `${country} in ${lang}`);
    });
    const none = php([join(root, 'tests/wordpress/fallback.php'), folder], JSON.stringify([['GB', 'ja'], ['GB', 'EN']]));
    assert.deepEqual(JSON.parse(none.stdout), ['', ''], 'no fallback for a language the widget does not speak or does not name so');
  });

  test('every fallback of every language is there and indexed', () => {
    for (const lang of staticLanguages()) {
      const index = JSON.parse(files.get(`hotline-widget/fallback/${lang}.json`));
      const body = files.get(`hotline-widget/fallback/${lang}.html`);
      assert.ok(index.GB && index.international, `${lang}: GB and the international card`);
      for (const [country, [offset, length]] of Object.entries(index)) {
        const card = body.subarray(offset, offset + length).toString('utf8');
        assert.match(card, /^<template shadowrootmode="open"><style><\/style>/, `${country} in ${lang}`);
        assert.match(card, /<div class="hotline-fallback" lang="[^"]+" dir="(ltr|rtl)">[^]*<\/div>\n?$/, `${country} in ${lang}`);
      }
    }
  });

  test("languages/hotline-widget.pot has exactly the strings GNU gettext's xgettext finds in the PHP and the editor script, with the blocks' and the plugin header's, each once, and a translator's msginit and msgfmt take it", () => {
    const pot = files.get('hotline-widget/languages/hotline-widget.pot').toString('utf8');
    assert.match(pot, /#\. translators: %s: the language the widget will use/);
    /** "context\u0004msgid" of every entry of a .po or .pot but the header. */
    const keysOf = (text) => [...text.matchAll(/^(?:msgctxt "((?:[^"\\]|\\.)*)"\n)?msgid "((?:[^"\\]|\\.)+)"$/gm)].map(([, context, id]) => `${context ?? ''}\u0004${id}`);
    const inPot = keysOf(pot);
    assert.ok(inPot.length > 40, `${inPot.length} strings`);
    assert.deepEqual(inPot.filter((key, index) => inPot.indexOf(key) !== index), [], 'each string once');

    const gettext = spawnSync('sh', ['-c', 'command -v xgettext && command -v msginit && command -v msgfmt'], { encoding: 'utf8' });
    assert.equal(gettext.status, 0, "GNU gettext's xgettext, msginit and msgfmt are missing: apt-get install gettext (Debian; npm test installs it as root)");
    const keywords = ['__:1', '_e:1', 'esc_html__:1', 'esc_html_e:1', 'esc_attr__:1', 'esc_attr_e:1', '_x:1,2c', '_ex:1,2c', 'esc_html_x:1,2c', 'esc_attr_x:1,2c', '_n:1,2'];
    const xgettext = (language, names) => {
      const run = spawnSync('xgettext', [`--language=${language}`, '--from-code=UTF-8', '--no-wrap', '-o', '-', ...keywords.map((k) => `--keyword=${k}`), ...names.map((name) => join(source, name))], { encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      return keysOf(run.stdout);
    };
    const expected = new Set([...xgettext('PHP', phpFiles), ...xgettext('JavaScript', ['blocks/editor.js'])]);
    // The blocks' and the header's strings, written as a .po writes them.
    const add = (context, text) => expected.add(`${context}\u0004${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}`);
    for (const name of ['blocks/banner/block.json', 'blocks/checklist/block.json']) {
      const block = JSON.parse(readFileSync(join(source, name), 'utf8'));
      add('block title', block.title);
      add('block description', block.description);
      for (const keyword of block.keywords) add('block keyword', keyword);
    }
    const header = readFileSync(join(source, 'hotline-widget.php'), 'utf8');
    for (const field of ['Plugin Name', 'Description', 'Author']) add('', header.match(new RegExp(`^ \\* ${field}:\\s*(.+)$`, 'm'))[1].trim());
    assert.deepEqual([...new Set(inPot)].sort(), [...expected].sort(), 'the .pot has what xgettext, the block.json files and the header give, and nothing else');

    // A translator's first steps: msginit makes a French .po of it, and msgfmt checks and compiles that.
    const scratch = mkdtempSync(join(tmpdir(), 'hotline-pot-'));
    try {
      writeFileSync(join(scratch, 'hotline-widget.pot'), pot);
      const init = spawnSync('msginit', ['--no-translator', '--locale=fr_FR', '-i', join(scratch, 'hotline-widget.pot'), '-o', join(scratch, 'fr_FR.po')], { encoding: 'utf8' });
      assert.equal(init.status, 0, init.stderr);
      const compile = spawnSync('msgfmt', ['--check', '-o', join(scratch, 'fr_FR.mo'), join(scratch, 'fr_FR.po')], { encoding: 'utf8' });
      assert.equal(compile.status, 0, compile.stderr);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  test('PHP\'s ZipArchive opens it and checks every file', () => {
    const check = php(['-r', `$z = new ZipArchive(); $r = $z->open($argv[1], ZipArchive::CHECKCONS); if ($r !== true) { echo "open: $r"; exit(1); } for ($i = 0; $i < $z->numFiles; $i++) { if ($z->getFromIndex($i) === false) { echo "read: " . $z->getNameIndex($i); exit(1); } } echo $z->numFiles;`, zipPath]);
    if (/Class "ZipArchive" not found/.test(check.stderr + check.stdout)) return;
    assert.equal(check.status, 0, check.stdout + check.stderr);
    assert.equal(Number(check.stdout), files.size);
  });
});

#!/usr/bin/env node
// npm run build:wordpress: the WordPress plugin, from integrations/wordpress/, into
// dist/wordpress/hotline-widget/ (the plugin's folder, as WordPress unpacks it) and
// dist/wordpress/hotline-widget.zip (the same, under a top folder hotline-widget/, for Plugins →
// Add New → Upload). Runs `npm run build` first when lib/ or dist/ is missing (or with --build).
//
// Besides the PHP, the plugin carries, all made here from the built package so that nothing is
// written twice:
// - assets/: its own copy of dist/hotline-widget.js, dist/data/ and dist/sri.json, served from the
//   site itself;
// - generated/checks.json: what the PHP checker (includes/checks.php) needs to say what the widget
//   says: the countries, languages, audiences, themes, components, shortcuts, and the widget's own
//   messages, taken from lib/config/ by calling its checks with marker values;
// - fallback/: the banner's static fallback (renderStatic's `fallback` format) for every territory
//   and the international card, in every language: per language one file of the cards run
//   together (<lang>.html) and an index of where each card is (<lang>.json); the styles, the same
//   for every card, once (style.css);
// - languages/hotline-widget.pot: every translatable string of the PHP, the block editor script, the
//   blocks' block.json and the plugin header (its name, description and author).
// The developers' phpcs.xml.dist (the WordPress Coding Standards' settings for the plugin) stays out.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeZip } from './zip.mjs';

const root = new URL('..', import.meta.url).pathname;
const source = join(root, 'integrations', 'wordpress');
const TEXT_DOMAIN = 'hotline-widget';
const SLUG = 'hotline-widget';

/** Every file under `dir`, as paths relative to it with `/`, sorted. */
export function filesUnder(dir) {
  const out = [];
  const walk = (at) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path).split('\\').join('/'));
    }
  };
  walk(dir);
  return out;
}

/** Files of integrations/wordpress/ for the plugin's developers, not for sites: left out of the build. */
export const DEVELOPMENT_FILES = ['phpcs.xml.dist'];

/** The plugin's own files, as the build copies them from integrations/wordpress/. */
export function pluginSourceFiles() {
  return filesUnder(source).filter((name) => !DEVELOPMENT_FILES.includes(name));
}

const importLib = (path) => import(pathToFileURL(join(root, 'lib', path)).href);

/**
 * lib/config/validate.js reaches lib/page-document.js, which takes Document.prototype's methods when
 * it is loaded (the drop-in script's guard against the page). Node has no DOM: empty stand-ins are
 * enough, since no check below reads the page (the exit address's marker is refused before the page's
 * address is asked for).
 */
function standInPage() {
  globalThis.Document ??= class Document {};
  globalThis.Element ??= class Element {};
}

/** The checker's data: lists and the widget's own messages, from the built lib/. */
export async function checksData() {
  standInPage();
  const { AUDIENCES, THEMES, COMPONENTS } = await importLib('config/types.js');
  const { checkCountry, checkLanguage, checkChoice, checkHotlines, checkStrings } = await importLib('config/checks.js');
  const { checkScriptSettings, dataAttributeOf } = await importLib('config/script-attributes.js');
  const { didYouMean } = await importLib('config/suggest.js');
  const { supportedCountries, emergencyTerritories } = await importLib('data/countries.js');
  const { LANGUAGES } = await importLib('locale/generated/languages.js');
  const status = JSON.parse(readFileSync(join(root, 'src', 'locale', 'status.json'), 'utf8'));

  const NAME = 'NAME@@';
  const VALUE = 'value@@';
  const NUMBER = 987654321;
  /** The one message a check gives, with the key's name as %1$s and the quoted value as %2$s. */
  const template = (run, value = VALUE, name = NAME) => {
    const problems = [];
    run(value, name, problems);
    if (problems.length !== 1) throw new Error(`build-wordpress: expected one message, got ${JSON.stringify(problems)}`);
    const quoted = typeof value === 'string' ? JSON.stringify(value) : String(value);
    const text = problems[0].replaceAll(name, '%1$s').replaceAll(quoted, '%2$s');
    if (!text.includes('%1$s') || !text.includes('%2$s')) throw new Error(`build-wordpress: cannot make a template of ${JSON.stringify(problems[0])}`);
    return text;
  };
  /** The same through the script's own check of its data-* attributes (named data-<key>). */
  const scriptTemplate = (key, value = VALUE) => template((v, _name, problems) => problems.push(...checkScriptSettings({ [key]: v }).problems), value, dataAttributeOf(key));

  const supported = supportedCountries();
  const unsupported = [...Array(26 * 26).keys()].map((i) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26))).find((code) => !supported.includes(code));
  const contacts = ['phone', 'text', 'email', 'chat', 'web'];
  const lineProblem = (field, value) => {
    const problems = [];
    checkHotlines([{ country: 'GB', name: 'n', phone: '+44 20 7946 0000', [field]: value }], NAME, problems);
    if (problems.length !== 1) throw new Error(`build-wordpress: expected one message for ${field}, got ${JSON.stringify(problems)}`);
    return problems[0].replace(`${NAME}[0].${field}=${JSON.stringify(value)}`, '%1$s.%2$s=%3$s');
  };
  const messages = {
    countryNotText: template(checkCountry, NUMBER),
    countryNotCode: template(checkCountry),
    countryNoLine: template(checkCountry, unsupported),
    languageNotText: template(checkLanguage, NUMBER),
    languageNotTag: template(checkLanguage),
    languageNoTranslation: template(checkLanguage, 'qaa'),
    choice: template((v, n, p) => checkChoice(v, n, ['CHOICES@@'], p)).replace('CHOICES@@', '%3$s'),
    componentsNotList: scriptTemplate('components', NUMBER),
    componentsEmpty: scriptTemplate('components', ' '),
    componentsUnknown: scriptTemplate('components'),
    exitUrl: scriptTemplate('exitUrl'),
    shortcut: scriptTemplate('shortcut'),
    flag: scriptTemplate('newTab'),
    // The script says this of a data-hotlines that is not JSON (src/embed.ts); checkStrings says it in the same words.
    notJson: template(checkStrings),
    hotlinesNotList: template(checkHotlines),
    lineUnusable: lineProblem('email', 'value@@'),
    didYouMean: didYouMean('MATCH@@', ['MATCH@@']).replace('MATCH@@', '%s'),
  };
  // Markup in a line's name: reported, and the line kept (names are shown as text).
  {
    const problems = [];
    checkHotlines([{ country: 'GB', name: '<b>', phone: '+44 20 7946 0000' }], NAME, problems);
    messages.lineMarkup = problems[0].replace(`${NAME}[0].name=${JSON.stringify('<b>')}`, '%1$s.%2$s=%3$s');
  }

  // Intl's aliases of language subtags (iw -> he, in -> id, mo -> ro, tl -> fil), for the
  // languages this build speaks: PHP has no Intl.getCanonicalLocales (and intl is not always there).
  const baseOf = (tag) => tag.split('-')[0].toLowerCase();
  const canonical = (tag) => Intl.getCanonicalLocales(tag)[0];
  const spoken = new Set(LANGUAGES.flatMap((tag) => [baseOf(tag), baseOf(canonical(tag))]));
  const aliases = {};
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (const a of letters) for (const b of letters) for (const c of ['', ...letters]) {
    const code = a + b + c;
    const to = canonical(code);
    if (to.toLowerCase() !== code && (spoken.has(baseOf(to)) || spoken.has(code))) aliases[code] = baseOf(to);
  }
  const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
  const territories = emergencyTerritories();
  return {
    comment: 'Generated by scripts/build-wordpress.mjs from lib/: do not edit.',
    countries: supported,
    territories,
    countryNames: Object.fromEntries(territories.map((code) => [code, regionNames.of(code)])),
    languages: [...LANGUAGES],
    languageNames: Object.fromEntries(LANGUAGES.map((tag) => [tag, status[tag]?.name ?? tag])),
    // Each language's canonical form, by lower case (`tl` is `fil` to Intl).
    canonicalLanguages: Object.fromEntries(LANGUAGES.map((tag) => [tag, canonical(tag)])),
    languageAliases: aliases,
    components: [...COMPONENTS],
    audiences: [...AUDIENCES],
    themes: [...THEMES],
    // The words checkShortcut (lib/config/validate.js) takes; its message names them.
    shortcuts: ['shift3', 'esc2', 'both', 'none'],
    messages,
  };
}

/** The fallback of every territory and the international card, in every language. */
export async function fallbackFiles() {
  const { renderStatic, staticLanguages } = await importLib('static/index.js');
  const { emergencyTerritories, supportedCountries } = await importLib('data/countries.js');
  const cards = [...new Set([...supportedCountries(), ...emergencyTerritories()])].sort();
  const STYLE = /<style>([^]*?)<\/style>/;
  let style = null;
  const files = [];
  for (const lang of staticLanguages()) {
    const index = {};
    const seen = new Map();
    let body = '';
    for (const country of [...cards, null]) {
      const html = renderStatic({ country, lang, format: 'fallback' });
      const match = STYLE.exec(html);
      if (!match) throw new Error(`build-wordpress: no <style> in the fallback of ${country} in ${lang}`);
      if (style !== null && match[1] !== style) throw new Error(`build-wordpress: the fallback's styles differ for ${country} in ${lang}`);
      style = match[1];
      const card = html.replace(STYLE, '<style></style>');
      // Countries whose cards are the same (the international card with the same emergency numbers) share one.
      if (!seen.has(card)) {
        seen.set(card, [Buffer.byteLength(body), Buffer.byteLength(card)]);
        body += card;
      }
      index[country ?? 'international'] = seen.get(card);
    }
    files.push({ name: `fallback/${lang}.html`, data: body }, { name: `fallback/${lang}.json`, data: `${JSON.stringify(index)}\n` });
  }
  files.push({ name: 'fallback/style.css', data: style });
  return files;
}

// -----------------------------------------------------------------------------------------------
// The .pot: gettext calls with the plugin's text domain, from the PHP and the editor script; the
// blocks' block.json; the plugin header.

/** A PHP or JavaScript string literal's value ('…' or "…"; PHP's "…" with only simple escapes). */
function literalValue(literal) {
  const quote = literal[0];
  const inner = literal.slice(1, -1);
  if (quote === "'") return inner.replace(/\\([\\'])/g, '$1');
  return inner.replace(/\\(["\\$nt])/g, (_, c) => ({ n: '\n', t: '\t' })[c] ?? c);
}

const STRING = String.raw`('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")`;
const GAP = String.raw`\s*,\s*`;
/** Keyword -> the arguments that are the singular, plural and context, as WordPress's tools read them. */
const KEYWORDS = {
  __: ['msgid'],
  _e: ['msgid'],
  esc_html__: ['msgid'],
  esc_html_e: ['msgid'],
  esc_attr__: ['msgid'],
  esc_attr_e: ['msgid'],
  _x: ['msgid', 'msgctxt'],
  _ex: ['msgid', 'msgctxt'],
  esc_html_x: ['msgid', 'msgctxt'],
  esc_attr_x: ['msgid', 'msgctxt'],
  _n: ['msgid', 'msgid_plural', null],
};

/** [{ msgid, msgctxt?, msgid_plural?, references: ['file:line'] }] for the text domain. */
export function extractStrings(files) {
  const entries = new Map();
  for (const { name, text } of files) {
    for (const [keyword, roles] of Object.entries(KEYWORDS)) {
      const args = roles.map((role) => (role === null ? String.raw`[^,()]+` : STRING)).join(GAP);
      const call = new RegExp(String.raw`(?<![\w$>:])${keyword}\(\s*${args}${GAP}${STRING}\s*\)`, 'g');
      for (const match of text.matchAll(call)) {
        const values = match.slice(1).filter((group) => group !== undefined);
        const domain = literalValue(values.at(-1));
        if (domain !== TEXT_DOMAIN) continue;
        const entry = {};
        roles.forEach((role, i) => {
          if (role) entry[role] = literalValue(values[i]);
        });
        const key = `${entry.msgctxt ?? ''}\u0004${entry.msgid}`;
        const line = text.slice(0, match.index).split('\n').length;
        const existing = entries.get(key) ?? { ...entry, references: [], comments: [] };
        existing.references.push(`${name}:${line}`);
        // A `/* translators: … */` on the line before (or the same line) is for the translator.
        const before = text.slice(0, match.index);
        const comment = [...before.matchAll(/\/\*\s*(translators:[^]*?)\s*\*\//g)].at(-1);
        if (comment && !before.slice(comment.index + comment[0].length).includes('\n', before.slice(comment.index + comment[0].length).indexOf('\n') + 1)) {
          if (!existing.comments.includes(comment[1])) existing.comments.push(comment[1]);
        }
        entries.set(key, existing);
      }
    }
  }
  return [...entries.values()];
}

const poString = (value) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`;

/** The translatable fields of block.json files, with the contexts WordPress translates them in. */
export function extractBlockStrings(files) {
  const entries = [];
  for (const { name, text } of files) {
    const block = JSON.parse(text);
    if (block.textdomain !== TEXT_DOMAIN) continue;
    const add = (msgctxt, msgid) => entries.push({ msgctxt, msgid, references: [name] });
    if (block.title) add('block title', block.title);
    if (block.description) add('block description', block.description);
    for (const keyword of block.keywords ?? []) add('block keyword', keyword);
  }
  return entries;
}

/**
 * The plugin header's fields that WordPress translates with the plugin's text domain on the
 * Plugins screen (Name, Description, Author; the addresses are left as they are), commented as
 * WordPress's own tools comment them.
 */
export function extractHeaderStrings(name, text) {
  const header = text.match(/\/\*\*([^]*?)\*\//)?.[1] ?? '';
  const entries = [];
  for (const field of ['Plugin Name', 'Description', 'Author']) {
    const value = header.match(new RegExp(`^\\s*\\*\\s*${field}:\\s*(.+?)\\s*$`, 'm'))?.[1];
    if (value) entries.push({ msgid: value, references: [name], comments: [`${field} of the plugin`] });
  }
  return entries;
}

/** Entries merged by context and text: one entry each, with every reference and comment. */
export function mergeEntries(entries) {
  const merged = new Map();
  for (const entry of entries) {
    const key = `${entry.msgctxt ?? ''}\u0004${entry.msgid}`;
    const existing = merged.get(key);
    if (!existing) merged.set(key, { ...entry, references: [...entry.references], comments: [...(entry.comments ?? [])] });
    else {
      existing.references.push(...entry.references.filter((reference) => !existing.references.includes(reference)));
      existing.comments.push(...(entry.comments ?? []).filter((comment) => !existing.comments.includes(comment)));
    }
  }
  return [...merged.values()];
}

/** A .pot of the entries, with no date (the same sources give the same file). */
export function potOf(entries, version) {
  const header = [
    '# Copyright (C) the hotline-widget contributors',
    '# This file is distributed under the MIT license.',
    '#, fuzzy',
    'msgid ""',
    'msgstr ""',
    `"Project-Id-Version: Hotline widget ${version}\\n"`,
    '"Report-Msgid-Bugs-To: \\n"',
    '"MIME-Version: 1.0\\n"',
    '"Content-Type: text/plain; charset=UTF-8\\n"',
    '"Content-Transfer-Encoding: 8bit\\n"',
    '"Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;\\n"',
    `"X-Domain: ${TEXT_DOMAIN}\\n"`,
    '',
  ];
  const body = entries.flatMap((entry) => [
    ...(entry.comments ?? []).map((comment) => `#. ${comment.replace(/\s+/g, ' ')}`),
    `#: ${entry.references.join(' ')}`,
    ...(/%(\d\$)?[sd]/.test(entry.msgid) ? ['#, php-format'] : []),
    ...(entry.msgctxt !== undefined ? [`msgctxt ${poString(entry.msgctxt)}`] : []),
    `msgid ${poString(entry.msgid)}`,
    ...(entry.msgid_plural !== undefined ? [`msgid_plural ${poString(entry.msgid_plural)}`, 'msgstr[0] ""', 'msgstr[1] ""'] : ['msgstr ""']),
    '',
  ]);
  return [...header, ...body].join('\n');
}

// -----------------------------------------------------------------------------------------------

/** Builds the plugin: returns { folder, zip, files, bytes }. */
export async function buildWordPress({ build = false } = {}) {
  if (build || !existsSync(join(root, 'lib', 'static', 'index.js')) || !existsSync(join(root, 'dist', 'hotline-widget.js'))) {
    execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  }
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const files = pluginSourceFiles().map((name) => ({ name, data: readFileSync(join(source, name)) }));
  const assets = ['hotline-widget.js', 'sri.json', ...readdirSync(join(root, 'dist', 'data')).sort().map((name) => `data/${name}`)];
  for (const name of assets) files.push({ name: `assets/${name}`, data: readFileSync(join(root, 'dist', name)) });
  files.push({ name: 'generated/checks.json', data: `${JSON.stringify(await checksData(), null, 1)}\n` });
  files.push(...(await fallbackFiles()));
  const translatable = files.filter(({ name }) => /\.(php|js)$/.test(name) && !name.startsWith('assets/'));
  const entries = mergeEntries([
    ...extractHeaderStrings(`${SLUG}.php`, files.find(({ name }) => name === `${SLUG}.php`).data.toString('utf8')),
    ...extractStrings(translatable.map(({ name, data }) => ({ name, text: data.toString('utf8') }))),
    ...extractBlockStrings(files.filter(({ name }) => name.endsWith('block.json')).map(({ name, data }) => ({ name, text: data.toString('utf8') }))),
  ]);
  files.push({ name: 'languages/hotline-widget.pot', data: potOf(entries, version) });
  files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  const out = join(root, 'dist', 'wordpress');
  const folder = join(out, SLUG);
  rmSync(out, { recursive: true, force: true });
  for (const { name, data } of files) {
    mkdirSync(join(folder, name, '..'), { recursive: true });
    writeFileSync(join(folder, name), data);
  }
  const zip = join(out, `${SLUG}.zip`);
  const bytes = writeZip(files.map(({ name, data }) => ({ name: `${SLUG}/${name}`, data })));
  writeFileSync(zip, bytes);
  return { folder, zip, files: files.map(({ name }) => name), bytes: bytes.length, strings: entries.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { zip, files, bytes, strings } = await buildWordPress({ build: process.argv.includes('--build') });
  console.log(`built the WordPress plugin: ${relative(root, zip)} (${files.length} files, ${bytes.toLocaleString('en')} B; ${strings} strings in languages/hotline-widget.pot)`);
}


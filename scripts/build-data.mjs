#!/usr/bin/env node
// Turns the project's data (src/data/hotlines/*.json, src/data/emergency.json)
// into what the widget ships, after checking it (scripts/check-data.mjs):
//
// - dist/data/<continent>.json: the hotlines of one continent, without their
//   evidence (sources, check dates and notes stay in the repository), loaded
//   by the widget only for a visitor from that continent; a continent over
//   FILE_LIMIT is cut into parts (europe-1.json, europe-2.json), so that no
//   visitor downloads more than one part's worth of lines they will not see;
// - dist/data/checklist-<audience>.json: the signs for one audience, loaded
//   only when such a checklist is shown (most pages show none, so no list is
//   built into the script), and checklist-<audience>-<lang>.json, the same in
//   another language;
// - dist/data/messages-<lang>.json: a language's messages, with the hashes of
//   that language's checklist files (`files`), so that its readers need no
//   other list and the main manifest does not carry 23 languages' checklists;
// - dist/data/zones-<area>.json: country -> the IANA time zones of one area
//   of zone names ("Europe/..."), from scripts/time-zones.mjs, loaded for
//   every visitor whose country is automatic (the time zone comes first);
// - src/data/generated/world.ts: what is built into the script: every
//   territory's emergency numbers, which continent file has which countries,
//   the sha256 of dist/data/manifest.json (which holds the sha256 of each
//   other file, all checked by fetch), and the built-in countries'
//   lines, which need no request at all;
// - src/data/generated/foundation.ts: the same with the foundation's data only
//   (the built-in countries), which `npm run size` uses to measure what the
//   world's data adds;
// - src/data/generated/lines.ts and src/locale/generated/messages.ts: every
//   country's lines and every language's messages, for the static renderer
//   (src/static/), which must answer at once, in Node or a browser, with no
//   request; the drop-in script never imports them.
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkAll, loadChecklists, loadEmergency, loadExitPages, loadHotlineFiles } from './check-data.mjs';
import { CONTINENTS } from './continents.mjs';
import { AREA_ZONE, zoneCountries } from './time-zones.mjs';
import { readdirSync, readFileSync } from 'node:fs';

/** Countries whose lines are inside the script: the foundation's, the project's first users. */
export const BUILT_IN_COUNTRIES = ['US', 'GB', 'CA', 'AU'];

const root = new URL('..', import.meta.url).pathname;
const EVIDENCE = ['sources', 'checked', 'notes', 'notFirst'];
const ROLE_LETTERS = { police: 'p', ambulance: 'a', fire: 'f' };

/**
 * The hash checked for each data file: sha256, which fetch's integrity check
 * accepts, at 44 characters where sha384 takes 64 (a hash does not compress).
 */
const integrityOf = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/**
 * The most a continent's file may weigh (brotli): the largest file a visitor
 * can be sent counts against what a visitor may download in all. Each part
 * also costs the manifest a hash (about 36 B), so the limit is the one that
 * makes manifest plus largest part lightest: 1,300 B gives ten parts (1,433 B
 * allowed nine, 100 B heavier in sum; 1,250 B twelve, no lighter).
 */
export const FILE_LIMIT = 1300;
const brotliSize = (text) => brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/**
 * A continent's lines in parts of at most FILE_LIMIT bytes (brotli), each
 * country whole and in the data's order: one part, named as the continent,
 * when it fits; `<continent>-1`, `<continent>-2`, ... otherwise.
 */
function partsOf(region, lines) {
  const countries = [...new Set(lines.map((line) => line.country))];
  const parts = [];
  let current = [];
  for (const country of countries) {
    const candidate = [...current, ...lines.filter((line) => line.country === country)];
    if (current.length > 0 && brotliSize(JSON.stringify(candidate)) > FILE_LIMIT) {
      parts.push(current);
      current = lines.filter((line) => line.country === country);
    } else current = candidate;
  }
  parts.push(current);
  return parts.map((part, index) => ({ name: parts.length === 1 ? region : `${region}-${index + 1}`, lines: part }));
}
const withoutEvidence = (entry) => Object.fromEntries(Object.entries(entry).filter(([key]) => !EVIDENCE.includes(key)));

/**
 * A checklist as the widget shows it: the items without their evidence, and
 * the organisations behind them (most cited first) for "Where these signs come from".
 */
function checklistForVisitors(content) {
  const citations = [...Object.values(content.itemSources).flat(), ...(content.rightsSources ?? [])];
  const counts = new Map();
  for (const id of citations) counts.set(content.sources[id].publisher, (counts.get(content.sources[id].publisher) ?? 0) + 1);
  const publishers = [...counts].sort(([, a], [, b]) => b - a).map(([publisher]) => publisher);
  return {
    audience: content.audience,
    mode: content.mode,
    intro: content.intro,
    ...(content.guidance ? { guidance: content.guidance } : {}),
    categories: content.categories,
    ...(content.rights ? { rights: content.rights } : {}),
    publishers,
  };
}

/**
 * An audience's checklist in another language: the translation's texts on the
 * English structure (the same categories, item ids and rights, or the build fails).
 */
function translateChecklist(content, translation, where) {
  if (!translation || translation.categories?.length !== content.categories.length) throw new Error(`${where}: categories differ from the English`);
  if ((translation.rights ?? []).length !== (content.rights ?? []).length) throw new Error(`${where}: rights differ from the English`);
  const sameShape = (english, translated) =>
    Object.keys(english).every((key) => (typeof english[key] === 'string' ? typeof translated?.[key] === 'string' && translated[key].trim() !== '' : sameShape(english[key], translated?.[key])));
  if (content.guidance && !sameShape(content.guidance, translation.guidance)) throw new Error(`${where}: guidance is not translated in full`);
  return {
    ...content,
    intro: translation.intro,
    ...(content.guidance ? { guidance: translation.guidance } : {}),
    categories: content.categories.map((category, index) => {
      const translated = translation.categories[index];
      return {
        title: translated.title,
        items: category.items.map((item) => {
          const text = translated.items?.[item.id];
          if (typeof text !== 'string' || text.trim() === '') throw new Error(`${where}: item ${item.id} is not translated`);
          return { ...item, text };
        }),
      };
    }),
    ...(content.rights ? { rights: translation.rights } : {}),
  };
}

/**
 * `{ numbers: [{ number: '112', roles: ['all'] }, { number: '133', roles: ['police'] }, ...] }`
 * -> `112 133p 144a` (decoded by src/data/lookup.ts). A number with no letter is one for every
 * service ("all"), or one whose role no source confirms (the data says so in its doubt): either
 * way the banner shows it as the emergency number, with no role.
 */
function encodeEmergency(territory) {
  return territory.numbers.map(({ number, roles }) => number + roles.map((role) => ROLE_LETTERS[role] ?? '').join('')).join(' ');
}

/**
 * `{ AT: '112 133p 144a', US: '911', CA: '911' }` -> `{ '112 133p 144a': 'AT', '911': 'CAUS' }`:
 * the territories that show the same numbers share one entry, their codes run together (a fifth
 * lighter once compressed than one entry per territory; decoded by src/data/lookup.ts).
 */
function groupEmergency(byTerritory) {
  const grouped = {};
  for (const [code, numbers] of Object.entries(byTerritory)) grouped[numbers] = (grouped[numbers] ?? '') + code;
  return grouped;
}

/**
 * One table per area of zone names, each country with its zones' names
 * without the area, space separated: `{ europe: { "FR": "Paris", "DE":
 * "Berlin Busingen", ... }, ... }` (decoded by src/data/lookup.ts; a tenth
 * lighter than one entry per zone once compressed).
 */
function timeZoneTables() {
  const tables = {};
  const { countries } = zoneCountries(new URL('..', import.meta.url));
  for (const [zone, country] of Object.entries(countries)) {
    const [, area] = AREA_ZONE.exec(zone);
    const table = (tables[area.toLowerCase()] ??= {});
    const city = zone.slice(area.length + 1);
    table[country] = table[country] ? `${table[country]} ${city}` : city;
  }
  return Object.fromEntries(Object.entries(tables).sort(([a], [b]) => a.localeCompare(b)));
}

function moduleSource({ builtIn, emergency, regions, zoneAreas, integrity, exitPages, comment }) {
  return `/* Generated by scripts/build-data.mjs from src/data/: do not edit. ${comment} */
import type { Hotline } from '../types.js';

/** Lines inside the script: no request needed for these countries. */
export const BUILT_IN_HOTLINES: readonly Hotline[] = ${JSON.stringify(builtIn)};

/**
 * Emergency numbers -> the territories that show them, codes run together ("CAUS"). Numbers are
 * separated by spaces, each followed by its roles (p police, a ambulance, f fire; none: every service).
 */
export const EMERGENCY: Readonly<Record<string, string>> = ${JSON.stringify(groupEmergency(emergency))};

/** Which data file has the lines of which countries (a continent, or a part of one), codes run together ("MEXKFR"). */
export const REGION_COUNTRIES: Readonly<Record<string, string>> = ${JSON.stringify(regions)};

/** The areas of IANA zone names with a table: "Europe/Paris" is in zones-europe.json. */
export const ZONE_AREAS: readonly string[] = ${JSON.stringify(zoneAreas)};

/** sha256 of dist/data/manifest.json, which holds the sha256 of every other data file or of the language file that lists it (checked by fetch). */
export const MANIFEST_INTEGRITY = ${JSON.stringify(integrity)};

/** Where the quick exit goes by default in countries where the usual page would not load. */
export const EXIT_PAGES: Readonly<Record<string, string>> = ${JSON.stringify(exitPages)};
`;
}

export function buildData() {
  const { errors } = checkAll();
  if (errors.length > 0) {
    throw new Error(`the data has ${errors.length} problem(s); run npm run data:check\n${errors.slice(0, 10).join('\n')}`);
  }
  const dataDir = join(root, 'dist', 'data');
  const generatedDir = join(root, 'src', 'data', 'generated');
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(generatedDir, { recursive: true });

  const integrity = {};
  const regions = {};
  const builtIn = [];
  const allLines = [];
  for (const file of loadHotlineFiles()) {
    const lines = file.hotlines.map(withoutEvidence);
    allLines.push(...lines);
    builtIn.push(...lines.filter((line) => BUILT_IN_COUNTRIES.includes(line.country)));
    const shipped = lines.filter((line) => !BUILT_IN_COUNTRIES.includes(line.country));
    if (shipped.length === 0) continue;
    for (const part of partsOf(file.region, shipped)) {
      const text = JSON.stringify(part.lines);
      writeFileSync(join(dataDir, `${part.name}.json`), text);
      integrity[part.name] = integrityOf(text);
      regions[part.name] = [...new Set(part.lines.map((line) => line.country))].join('');
    }
  }
  const checklists = loadChecklists();
  const checklistLanguages = [];
  /** A language's checklist files and their hashes, which its messages file carries. */
  const checklistFiles = {};
  const translationDir = join(root, 'src', 'locale', 'checklist');
  for (const name of readdirSync(translationDir).filter((file) => file.endsWith('.json')).sort()) {
    const lang = name.replace(/\.json$/, '');
    const translation = JSON.parse(readFileSync(join(translationDir, name), 'utf8'));
    checklistFiles[lang] = {};
    for (const content of checklists) {
      const file = `checklist-${content.audience}-${lang}`;
      const text = JSON.stringify(checklistForVisitors(translateChecklist(content, translation[content.audience], `${lang}/${content.audience}`)));
      writeFileSync(join(dataDir, `${file}.json`), text);
      checklistFiles[lang][file] = integrityOf(text);
    }
    checklistLanguages.push(lang);
  }
  for (const content of checklists) {
    const text = JSON.stringify(checklistForVisitors(content));
    writeFileSync(join(dataDir, `checklist-${content.audience}.json`), text);
    integrity[`checklist-${content.audience}`] = integrityOf(text);
  }
  // Languages: each translation is a file for the visitors who read it, and a
  // TypeScript module for tsc, which fails the build when a key is missing.
  const languages = ['en'];
  const typeChecks = [];
  const allMessages = {};
  const messageDir = join(root, 'src', 'locale', 'messages');
  for (const name of readdirSync(messageDir).filter((file) => file.endsWith('.json')).sort()) {
    const lang = name.replace(/\.json$/, '');
    const messages = JSON.parse(readFileSync(join(messageDir, name), 'utf8'));
    const text = JSON.stringify({ ...messages, files: checklistFiles[lang] ?? {} });
    writeFileSync(join(dataDir, `messages-${lang}.json`), text);
    integrity[`messages-${lang}`] = integrityOf(text);
    languages.push(lang);
    allMessages[lang] = messages;
    typeChecks.push(`export const ${lang.replace(/-/g, '_')}: Messages = ${JSON.stringify(messages, null, 1)};`);
  }
  const localeDir = join(root, 'src', 'locale', 'generated');
  mkdirSync(localeDir, { recursive: true });
  writeFileSync(
    join(localeDir, 'languages.ts'),
    `/* Generated by scripts/build-data.mjs from src/locale/: do not edit. */\n/** The languages this build speaks: English built in, the others as files beside the script. */\nexport const LANGUAGES: readonly string[] = ${JSON.stringify(languages)};\n/** The languages the checklist's signs are translated into (besides English). */\nexport const CHECKLIST_LANGUAGES: readonly string[] = ${JSON.stringify(checklistLanguages)};\n`,
  );
  writeFileSync(
    join(localeDir, 'type-check.ts'),
    `/* Generated by scripts/build-data.mjs: every translation, typed as the English catalogue, so that tsc fails on a missing or misspelt key. Never imported at run time. */\nimport type { Messages } from '../messages/en.js';\n\nexport type Catalogue = Messages;\n\n${typeChecks.join('\n\n')}\n`,
  );

  writeFileSync(
    join(localeDir, 'messages.ts'),
    `/* Generated by scripts/build-data.mjs from src/locale/messages/: do not edit. Every translation, for the static renderer (src/static/); never imported by the drop-in script. */\nimport type { Messages } from '../messages/en.js';\n\n/** Each language's messages but English (src/locale/messages/en.ts), typed as the English catalogue. */\nexport const MESSAGES: Readonly<Record<string, Messages>> = ${JSON.stringify(allMessages)};\n`,
  );

  const untranslatedChecklists = checklistLanguages.filter((lang) => !languages.includes(lang));
  if (untranslatedChecklists.length > 0) throw new Error(`checklist translations without messages (whose file lists their hashes): ${untranslatedChecklists.join(', ')}`);
  // The script takes every language but English to have its signs translated (src/data/checklist/index.ts).
  const withoutChecklist = languages.filter((lang) => lang !== 'en' && !checklistLanguages.includes(lang));
  if (withoutChecklist.length > 0) throw new Error(`languages whose checklist is not translated (src/locale/checklist/<lang>.json): ${withoutChecklist.join(', ')}`);

  const zoneTables = timeZoneTables();
  for (const [area, table] of Object.entries(zoneTables)) {
    const text = JSON.stringify(table);
    writeFileSync(join(dataDir, `zones-${area}.json`), text);
    integrity[`zones-${area}`] = integrityOf(text);
  }

  const exitPages = Object.fromEntries(Object.entries(loadExitPages().countries).map(([country, page]) => [country, page.url]));
  const { territories } = loadEmergency();
  const emergency = Object.fromEntries(Object.entries(territories).map(([code, territory]) => [code, encodeEmergency(territory)]));
  const manifest = JSON.stringify(integrity);
  writeFileSync(join(dataDir, 'manifest.json'), manifest);
  writeFileSync(
    join(generatedDir, 'world.ts'),
    moduleSource({ builtIn, emergency, regions, zoneAreas: Object.keys(zoneTables), integrity: integrityOf(manifest), exitPages, comment: 'The world.' }),
  );
  writeFileSync(
    join(generatedDir, 'lines.ts'),
    `/* Generated by scripts/build-data.mjs from src/data/hotlines/: do not edit. Every country's lines, for the static renderer (src/static/); never imported by the drop-in script. */\nimport type { Hotline } from '../types.js';\n\n/** Every line of every country, without its evidence, in the data's order. */\nexport const ALL_HOTLINES: readonly Hotline[] = ${JSON.stringify(allLines)};\n`,
  );
  const foundationEmergency = Object.fromEntries(BUILT_IN_COUNTRIES.map((code) => [code, emergency[code]]));
  writeFileSync(
    join(generatedDir, 'foundation.ts'),
    moduleSource({ builtIn, emergency: foundationEmergency, regions: {}, zoneAreas: [], integrity: '', exitPages: {}, comment: 'The built-in countries only, for npm run size.' }),
  );
  return { regions: Object.keys(regions), continents: CONTINENTS };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { regions } = buildData();
    console.log(`data: dist/data/{${regions.join(',')},zones-*,messages-*,checklist-*}.json and src/data/generated/`);
  } catch (error) {
    console.error(`build-data: ${error.message}`);
    process.exit(1);
  }
}

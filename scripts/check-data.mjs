#!/usr/bin/env node
// npm run data:check: every hotline and emergency number checked before it can
// ship. Schema, numbers (libphonenumber-js), sources and dates, retired
// numbers; then a list of entries not checked for 12 months and a coverage
// table. Exits 1 on any error. Rules: src/data/hotlines/README.md.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import parsePhoneNumber from 'libphonenumber-js/max';
import { continentOf, CONTINENTS } from './continents.mjs';

const root = new URL('..', import.meta.url).pathname;
const hotlineDir = join(root, 'src', 'data', 'hotlines');

export const SERVICE_TYPES = [
  'anti-trafficking',
  'modern-slavery',
  'labour-exploitation',
  'violence-against-women',
  'child-helpline',
  'migrant-helpline',
  'government-helpline',
  'general-helpline',
  'police-reporting',
  'professional-advice',
];

/**
 * Numbers replaced or reported not working (docs/data-rules.md), as digits.
 * None may appear in any number we ship.
 */
export const RETIRED_NUMBERS = [
  { country: 'MX', digits: '01800', note: 'MX 01 800 numbers (the 01 prefix was retired)' },
  { country: 'PE', digits: '080023232', note: 'PE 0800-2-3232' },
  { country: 'AT', digits: '012483685383', note: 'AT 01-24836-85383 (2010)' },
  { country: 'VN', digits: '18001567', note: 'VN 1800 1567' },
  { country: 'DE', digits: '08000116016', note: 'DE 08000 116 016 (now 116 016)' },
  { country: 'AL', digits: '08001212', note: 'AL 0800 1212' },
  { country: 'JM', digits: '1888776', note: 'JM 1-888-PROTECT (now 211)' },
  { country: 'HK', digits: '51908909', note: 'HK 5190 8909' },
  { country: 'BD', digits: '10921', note: 'BD 10921 (now 109)' },
  { country: 'UG', digits: '0800111222', note: 'UG 0800111222 (now 116)' },
  { country: 'UG', digits: '0800111333', note: 'UG 0800111333 (now 116)' },
  { country: 'SL', digits: '134', note: 'SL 134 (reported not working in 2024)' },
];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const HTTPS = /^https:\/\/[^\s]+$/;
const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** A real ISO 3166-1 code (Intl knows its name) or Kosovo's user-assigned XK. */
export function isCountry(code) {
  return typeof code === 'string' && /^[A-Z]{2}$/.test(code) && (code === 'XK' || regionNames.of(code) !== code);
}

export function loadHotlineFiles() {
  return readdirSync(hotlineDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, ...JSON.parse(readFileSync(join(hotlineDir, name), 'utf8')) }));
}

export function loadExitPages() {
  return JSON.parse(readFileSync(join(root, 'src', 'data', 'exit-pages.json'), 'utf8'));
}

function checkExitPages(exitPages, errors) {
  if (!ISO_DATE.test(exitPages.checked ?? '')) errors.push('exit-pages.json: needs a checked date');
  const pages = { default: exitPages.default, ...exitPages.countries };
  for (const [where, page] of Object.entries(pages)) {
    if (where !== 'default' && !isCountry(where)) errors.push(`exit-pages.json ${where}: not a country code`);
    if (!HTTPS.test(page?.url ?? '')) errors.push(`exit-pages.json ${where}: url must be an https: address`);
    if (where !== 'default' && !page?.why) errors.push(`exit-pages.json ${where}: say why this country needs its own exit page`);
    if (!Array.isArray(page?.sources) || page.sources.length === 0) errors.push(`exit-pages.json ${where}: needs at least one source`);
  }
}

export function loadTimeZoneExceptions() {
  return JSON.parse(readFileSync(join(root, 'src', 'data', 'time-zones.json'), 'utf8'));
}

/** Zones that give no country: each with why, and its sources. */
function checkTimeZoneExceptions(file, errors) {
  if (!ISO_DATE.test(file.checked ?? '')) errors.push('time-zones.json: needs a checked date');
  for (const [zone, entry] of Object.entries(file.noCountry ?? {})) {
    if (!/^[A-Z][A-Za-z]+\/[A-Za-z_/+-]+$/.test(zone)) errors.push(`time-zones.json ${zone}: not an IANA zone name`);
    if (!entry?.why) errors.push(`time-zones.json ${zone}: say why it gives no country`);
    if (!Array.isArray(entry?.sources) || entry.sources.length === 0 || entry.sources.some((source) => !HTTPS.test(source?.url ?? ''))) {
      errors.push(`time-zones.json ${zone}: needs at least one https source`);
    }
  }
}

export const AUDIENCES = ['public', 'self', 'hospitality', 'transport', 'healthcare', 'finance', 'employer'];
const checklistDir = join(root, 'src', 'data', 'checklist');

export function loadChecklists() {
  return readdirSync(checklistDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, ...JSON.parse(readFileSync(join(checklistDir, name), 'utf8')) }));
}

/** The checklist content rules (src/data/checklist/README.md). */
function checkChecklist(content, errors) {
  const where = `checklist ${content.name}`;
  if (content.audience !== content.name.replace(/\.json$/, '') || !AUDIENCES.includes(content.audience)) errors.push(`${where}: audience must be the file's name, one of ${AUDIENCES.join(', ')}`);
  if (!['observer', 'staff', 'self'].includes(content.mode)) errors.push(`${where}: mode must be observer, staff or self`);
  if (typeof content.intro !== 'string') errors.push(`${where}: needs an intro`);
  else if (content.mode !== 'self' && !content.intro.includes('No single sign is proof')) errors.push(`${where}: the intro must say "No single sign is proof"`);
  const items = (content.categories ?? []).flatMap((category) => {
    if (typeof category.title !== 'string' || !Array.isArray(category.items) || category.items.length === 0) errors.push(`${where}: a category needs a title and items`);
    return category.items ?? [];
  });
  if (items.length < 8 || items.length > 20) errors.push(`${where}: ${items.length} items; an audience has 8 to 20`);
  const ids = new Set();
  for (const item of items) {
    if (typeof item.id !== 'string' || ids.has(item.id)) errors.push(`${where}: item id ${item.id} is missing or repeated`);
    ids.add(item.id);
    if (typeof item.text !== 'string' || item.text.trim() === '' || /[<>]/.test(item.text)) errors.push(`${where} ${item.id}: text must be plain text`);
    if (/\bconfront\b/i.test(item.text ?? '') && !/not confront/i.test(item.text)) errors.push(`${where} ${item.id}: never suggest confronting anyone`);
    if ('urgent' in item && !['immediate-danger', 'child-sexual-exploitation'].includes(item.urgent)) errors.push(`${where} ${item.id}: unknown urgent value`);
    const cited = content.itemSources?.[item.id];
    if (!Array.isArray(cited) || cited.length === 0) errors.push(`${where} ${item.id}: needs at least one source id`);
    for (const id of cited ?? []) if (!content.sources?.[id]) errors.push(`${where} ${item.id}: source ${id} does not resolve`);
  }
  for (const id of Object.keys(content.itemSources ?? {})) if (!ids.has(id)) errors.push(`${where}: itemSources has ${id}, which is no item`);
  if (content.mode === 'self') {
    if (!Array.isArray(content.rights) || content.rights.length < 2 || content.rights.length > 5) errors.push(`${where}: self needs 2 to 5 rights`);
    if (!Array.isArray(content.rightsSources) || content.rightsSources.length === 0) errors.push(`${where}: rights need sources`);
    for (const id of content.rightsSources ?? []) if (!content.sources?.[id]) errors.push(`${where}: rights source ${id} does not resolve`);
  }
  for (const [id, source] of Object.entries(content.sources ?? {})) {
    if (!source.title || !source.publisher || !source.url) errors.push(`${where}: source ${id} needs title, publisher and url`);
  }
  if (!ISO_DATE.test(content.checked ?? '')) errors.push(`${where}: checked must be an ISO date`);
}

export function loadEmergency() {
  return JSON.parse(readFileSync(join(root, 'src', 'data', 'emergency.json'), 'utf8'));
}

const digitsOf = (value) => String(value).replace(/\D/g, '');

function checkNumber(errors, where, number, country, { allowShortCode = true } = {}) {
  if (typeof number !== 'object' || number === null || typeof number.display !== 'string' || number.display.trim() === '') {
    errors.push(`${where}: needs { display, e164 } or { display, shortCode: true }`);
    return;
  }
  if (number.shortCode === true) {
    if (!allowShortCode) errors.push(`${where}: a short code is not allowed here`);
    if (!/^\d{2,6}$/.test(digitsOf(number.display)) || /[^\d\s-]/.test(number.display)) {
      errors.push(`${where}: short code "${number.display}" must be 2 to 6 digits`);
    }
    if ('e164' in number) errors.push(`${where}: a short code has no e164`);
    return;
  }
  const parsed = parsePhoneNumber(number.display, country);
  if (!parsed || !parsed.isValid()) {
    errors.push(`${where}: "${number.display}" is not a valid ${country} number (libphonenumber-js); flag it shortCode if it is one`);
    return;
  }
  if (number.e164 !== parsed.number) errors.push(`${where}: e164 "${number.e164}" does not match "${number.display}" (${parsed.number})`);
}

function checkEntry(entry, file, errors) {
  const where = `${file} ${entry?.id ?? '(no id)'}`;
  const required = ['id', 'country', 'organisation', 'name', 'serviceType', 'is24x7', 'languages', 'confidence', 'sources', 'checked'];
  for (const key of required) if (!(key in (entry ?? {}))) errors.push(`${where}: missing ${key}`);
  const known = [...required, 'phone', 'otherPhones', 'text', 'whatsapp', 'chat', 'web', 'email', 'hours', 'interpretedLanguages', 'free', 'notes'];
  for (const key of Object.keys(entry ?? {})) if (!known.includes(key)) errors.push(`${where}: unknown field ${key}`);
  if (typeof entry.id !== 'string' || !/^[a-z]{2}-[a-z0-9-]+$/.test(entry.id) || entry.id.slice(0, 2).toUpperCase() !== entry.country) {
    errors.push(`${where}: id must be "<country in lower case>-<slug>"`);
  }
  if (!isCountry(entry.country)) errors.push(`${where}: "${entry.country}" is not an ISO 3166-1 alpha-2 code`);
  const region = file.replace(/\.json$/, '');
  if (isCountry(entry.country) && continentOf(entry.country) !== region) {
    errors.push(`${where}: ${entry.country} belongs in ${continentOf(entry.country)}.json`);
  }
  if (typeof entry.name !== 'string' || entry.name.trim() === '') errors.push(`${where}: name must be a non-empty string`);
  // The organisation is left empty where no source names it.
  if (typeof entry.organisation !== 'string') errors.push(`${where}: organisation must be a string`);
  for (const key of ['organisation', 'name']) if (/[<>]/.test(entry[key] ?? '')) errors.push(`${where}: ${key} contains markup`);
  if (!SERVICE_TYPES.includes(entry.serviceType)) errors.push(`${where}: serviceType "${entry.serviceType}" is not one of ${SERVICE_TYPES.join(', ')}`);
  const channels = ['phone', 'otherPhones', 'text', 'whatsapp', 'chat', 'web', 'email'].filter((key) => key in entry);
  if (channels.length === 0) errors.push(`${where}: no way to get in touch`);
  if ('phone' in entry) checkNumber(errors, `${where} phone`, entry.phone, entry.country);
  if ('otherPhones' in entry) {
    if (!Array.isArray(entry.otherPhones) || entry.otherPhones.length === 0) errors.push(`${where}: otherPhones must be a non-empty array`);
    else entry.otherPhones.forEach((number, index) => checkNumber(errors, `${where} otherPhones[${index}]`, number, entry.country));
  }
  if ('text' in entry) {
    const text = entry.text;
    if (typeof text?.display !== 'string' || typeof text?.dial !== 'string' || !/^\+?\d{3,15}$/.test(text.dial)) {
      errors.push(`${where}: text needs { display, dial } with dial "+digits" or short code digits`);
    } else if (text.dial.startsWith('+')) {
      checkNumber(errors, `${where} text`, { display: text.display, e164: text.dial }, entry.country, { allowShortCode: false });
    } else if (digitsOf(text.display) !== text.dial) {
      errors.push(`${where}: text dial "${text.dial}" does not match "${text.display}"`);
    }
  }
  if ('whatsapp' in entry) checkNumber(errors, `${where} whatsapp`, entry.whatsapp, entry.country, { allowShortCode: false });
  for (const key of ['chat', 'web']) if (key in entry && !HTTPS.test(entry[key])) errors.push(`${where}: ${key} must be an https: address`);
  if ('email' in entry && !EMAIL.test(entry.email)) errors.push(`${where}: email "${entry.email}" is not an address`);
  if ('hours' in entry && (typeof entry.hours !== 'string' || entry.hours.trim() === '' || entry.is24x7 === true)) {
    errors.push(`${where}: hours is plain text, and only for a line that is not 24/7`);
  }
  if (![true, false, null].includes(entry.is24x7)) errors.push(`${where}: is24x7 must be true, false or null`);
  if (!Array.isArray(entry.languages) || !entry.languages.every((code) => typeof code === 'string' && /^[a-z]{2,3}$/.test(code))) {
    errors.push(`${where}: languages must be base language codes such as "en"`);
  }
  if ('interpretedLanguages' in entry && !(Number.isInteger(entry.interpretedLanguages) && entry.interpretedLanguages > 1)) {
    errors.push(`${where}: interpretedLanguages must be a whole number`);
  }
  if ('free' in entry && entry.free !== true) errors.push(`${where}: free is either true (a source says so) or left out`);
  if (!['high', 'medium'].includes(entry.confidence)) errors.push(`${where}: confidence must be high or medium (low entries are left out)`);
  if (!Array.isArray(entry.sources) || entry.sources.length === 0) errors.push(`${where}: needs at least one source`);
  else {
    entry.sources.forEach((source, index) => {
      if (!/^https?:\/\/\S+$/.test(source?.url ?? '')) errors.push(`${where}: sources[${index}].url must be an address`);
      if (typeof source?.supports !== 'string' || source.supports.trim() === '') errors.push(`${where}: sources[${index}].supports is empty`);
    });
  }
  if (!ISO_DATE.test(entry.checked ?? '') || entry.checked > new Date().toISOString().slice(0, 10)) {
    errors.push(`${where}: checked must be an ISO date, not in the future`);
  }
  const numbers = [entry.phone, ...(entry.otherPhones ?? []), entry.text, entry.whatsapp].filter(Boolean);
  for (const number of numbers) {
    const digits = digitsOf(number.e164 ?? number.dial ?? number.display);
    const national = digitsOf(number.display);
    for (const retired of RETIRED_NUMBERS) {
      if (retired.country !== entry.country) continue;
      const sameNumber = national === retired.digits || digits.endsWith(retired.digits.replace(/^0+/, '')) && retired.digits.length >= 7;
      const retiredPrefix = retired.digits.length >= 5 && national.startsWith(retired.digits);
      if (sameNumber || retiredPrefix) {
        errors.push(`${where}: ${number.display} is a retired number (${retired.note})`);
      }
    }
  }
}

function checkEmergency(emergency, errors) {
  const territories = emergency.territories ?? {};
  if (!Array.isArray(emergency.sources) || emergency.sources.length < 1 || !ISO_DATE.test(emergency.checked ?? '')) {
    errors.push('emergency.json: needs sources and a checked date');
  }
  for (const [code, entry] of Object.entries(territories)) {
    if (!/^[A-Z]{2}$/.test(code)) errors.push(`emergency ${code}: not a territory code`);
    if (!Array.isArray(entry.recognised) || !entry.recognised.every((number) => /^\d{2,6}$/.test(number))) {
      errors.push(`emergency ${code}: recognised must list the numbers libphonenumber knows`);
    }
    for (const shown of entry.show ?? []) {
      if (!entry.recognised?.includes(shown.number)) errors.push(`emergency ${code}: ${shown.number} is not among the recognised numbers`);
      if (!shown.roles.every((role) => ['police', 'ambulance', 'fire'].includes(role))) errors.push(`emergency ${code}: unknown role`);
    }
  }
  return Object.keys(territories).length;
}

export function checkAll() {
  const errors = [];
  const files = loadHotlineFiles();
  const entries = [];
  for (const file of files) {
    if (file.region !== file.name.replace(/\.json$/, '')) errors.push(`${file.name}: region must be "${file.name.replace(/\.json$/, '')}"`);
    if (!CONTINENTS.includes(file.region)) errors.push(`${file.name}: not a continent file`);
    for (const entry of file.hotlines ?? []) {
      checkEntry(entry, file.name, errors);
      entries.push(entry);
    }
  }
  const ids = new Set();
  for (const entry of entries) {
    if (ids.has(entry.id)) errors.push(`${entry.id}: duplicate id`);
    ids.add(entry.id);
  }
  // One country's lines sit together, so that their order is deliberate and visible.
  for (const file of files) {
    const countries = (file.hotlines ?? []).map((entry) => entry.country);
    countries.forEach((country, index) => {
      if (index > 0 && countries[index - 1] !== country && countries.slice(0, index - 1).includes(country)) {
        errors.push(`${file.name}: the lines of ${country} are not listed together`);
      }
    });
  }
  const emergency = loadEmergency();
  const territories = checkEmergency(emergency, errors);
  checkExitPages(loadExitPages(), errors);
  checkTimeZoneExceptions(loadTimeZoneExceptions(), errors);
  const checklists = loadChecklists();
  for (const content of checklists) checkChecklist(content, errors);
  if (!checklists.some((content) => content.audience === 'public')) errors.push('checklist: public.json, the built-in list, is missing');
  for (const entry of entries) {
    if (!emergency.territories?.[entry.country]) errors.push(`${entry.id}: no emergency number for ${entry.country}`);
  }
  return { errors, entries, territories, checklists };
}

function coverageTable(entries) {
  const rank = { high: 2, medium: 1 };
  const best = new Map();
  for (const entry of entries) {
    if ((rank[entry.confidence] ?? 0) > (rank[best.get(entry.country)] ?? -1)) best.set(entry.country, entry.confidence);
  }
  const rows = CONTINENTS.map((continent) => {
    const countries = [...best.entries()].filter(([country]) => continentOf(country) === continent);
    const high = countries.filter(([, confidence]) => confidence === 'high').length;
    return { continent, countries: countries.length, high, medium: countries.length - high, lines: entries.filter((entry) => continentOf(entry.country) === continent).length };
  });
  const total = rows.reduce((sum, row) => ({ countries: sum.countries + row.countries, high: sum.high + row.high, medium: sum.medium + row.medium, lines: sum.lines + row.lines }), { countries: 0, high: 0, medium: 0, lines: 0 });
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [
    line(['continent', 'countries', 'best high', 'best medium', 'lines']),
    line(['---', '---:', '---:', '---:', '---:']),
    ...rows.map((row) => line([row.continent, row.countries, row.high, row.medium, row.lines])),
    line(['**all**', total.countries, total.high, total.medium, total.lines]),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { errors, entries, territories, checklists } = checkAll();
  const yearAgo = new Date(Date.now() - 365 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  const stale = entries.filter((entry) => entry.checked < yearAgo);
  console.log(`${entries.length} lines in ${new Set(entries.map((entry) => entry.country)).size} countries; emergency numbers for ${territories} territories.\n`);
  console.log(coverageTable(entries));
  console.log(`\nChecklists: ${checklists.map((content) => `${content.audience} ${content.categories.flatMap((category) => category.items).length} items`).join(', ')}.`);
  console.log(stale.length === 0 ? '\nNo entry was last checked more than 12 months ago.' : `\nChecked more than 12 months ago (${stale.length}):\n${stale.map((entry) => `  ${entry.id} (${entry.checked})`).join('\n')}`);
  if (errors.length > 0) {
    console.error(`\n${errors.length} problem(s):\n${errors.map((error) => `  ${error}`).join('\n')}`);
    process.exit(1);
  }
  console.log('\nAll data checks passed.');
}

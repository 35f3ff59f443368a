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
export function checkChecklist(content, errors) {
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
    const { none = {}, some = {} } = content.guidance ?? {};
    const sentences = [none.support24, none.support, none.other, some.support, some.other];
    if (!sentences.every((sentence) => typeof sentence === 'string' && sentence.trim() !== '')) errors.push(`${where}: self needs guidance for each kind of line (none: support24, support, other; some: support, other)`);
    else {
      if (/any time/i.test(sentences.slice(1).join(' '))) errors.push(`${where}: only guidance.none.support24 may say "at any time"`);
      if (/you decide|in confidence|confidential/i.test([none.other, some.other].join(' '))) errors.push(`${where}: "you decide what happens next" and confidentiality only above a support line`);
    }
    if (/you decide|any time|in confidence/i.test(content.intro ?? '')) errors.push(`${where}: the intro is above every kind of line, so it makes no promise a line may not keep`);
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

/**
 * Numbers dialled as written from inside the country although libphonenumber-js models them
 * otherwise (src/data/hotlines/README.md, "Nationally dialled numbers"): per country, the form
 * they take, and the published rule behind it.
 */
export const NATIONAL_DIALLING = {
  // UAN numbers: 111 and six digits, published without an area code by the operators themselves.
  PK: /^111\d{6}$/,
};

function checkNumber(errors, where, number, country, { allowShortCode = true } = {}) {
  if (typeof number !== 'object' || number === null || typeof number.display !== 'string' || number.display.trim() === '') {
    errors.push(`${where}: needs { display, e164 }, { display, shortCode: true } or { display, dialling: "national" }`);
    return;
  }
  if ('dialling' in number) {
    if (number.dialling !== 'national' || !NATIONAL_DIALLING[country]?.test(digitsOf(number.display)) || 'e164' in number || 'shortCode' in number) {
      errors.push(`${where}: dialling "national" is only for a country and form the README's rule names (${Object.keys(NATIONAL_DIALLING).join(', ')}), with no e164`);
    }
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
  const known = [...required, 'phone', 'otherPhones', 'text', 'whatsapp', 'chat', 'web', 'email', 'hours', 'interpretedLanguages', 'free', 'adults', 'notes', 'notFirst'];
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
  if ('adults' in entry && (typeof entry.adults !== 'boolean' || entry.serviceType !== 'child-helpline')) errors.push(`${where}: adults is true or false, for a child helpline only`);
  if ('notFirst' in entry && (typeof entry.notFirst !== 'string' || entry.notFirst.trim() === '')) errors.push(`${where}: notFirst says why the line is never a country's first`);
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

/** Lines that reach the police, or advise professionals: never under a support line's promise. */
export const NOT_SUPPORT = ['police-reporting', 'professional-advice'];

/**
 * A country's first line is the one its banner describes: a support line before a police or
 * professionals' line wherever a country has both, and never a line marked notFirst (one that
 * serves people elsewhere, as Hong Kong's 1868 serves residents held abroad).
 */
export function checkLineOrder(entries, errors) {
  const byCountry = new Map();
  for (const entry of entries) byCountry.set(entry.country, [...(byCountry.get(entry.country) ?? []), entry]);
  for (const [country, lines] of byCountry) {
    if (lines[0].notFirst) errors.push(`${country}: ${lines[0].id} is marked notFirst but is the first line`);
    // A child helpline first: an adult must learn whether it is for them too.
    if (lines[0].serviceType === 'child-helpline' && typeof lines[0].adults !== 'boolean') errors.push(`${country}: ${lines[0].id}, a child helpline shown first, needs adults (true or false, with a source)`);
    const ranked = lines.filter((line) => !line.notFirst);
    const firstOther = ranked.findIndex((line) => NOT_SUPPORT.includes(line.serviceType));
    const lastSupport = ranked.findLastIndex((line) => !NOT_SUPPORT.includes(line.serviceType));
    if (firstOther !== -1 && lastSupport > firstOther) errors.push(`${country}: ${ranked[lastSupport].id}, a support line, must come before ${ranked[firstOther].id}`);
  }
}

export const EMERGENCY_ROLES = ['all', 'police', 'ambulance', 'fire'];

const coversPolice = (numbers) => numbers.some(({ roles }) => roles.includes('all') || roles.includes('police'));
const coversMedical = (numbers) => numbers.some(({ roles }) => roles.includes('all') || roles.includes('ambulance'));

/**
 * The emergency numbers (src/data/emergency.json; rules in docs/data-rules.md):
 * curated per territory, each number with its roles and the territory's
 * sources; libphonenumber's list validates them. Returns the territories to
 * list for a second look: one source only, a doubt, or a role not confirmed.
 */
export function checkEmergency(emergency, entries, errors) {
  const territories = emergency.territories ?? {};
  if (!HTTPS.test(emergency.validator?.url ?? '') || !emergency.validator?.supports) errors.push('emergency.json: needs its validator (url, supports)');
  const { countries: populous = [], source: populousSource } = emergency.populous ?? {};
  if (!HTTPS.test(populousSource?.url ?? '') || populous.length < 50) errors.push('emergency.json: needs the populous countries and their source');
  const review = { singleSource: [], doubt: [], unconfirmed: [], gaps: [] };
  for (const [code, entry] of Object.entries(territories)) {
    const where = `emergency ${code}`;
    if (!/^[A-Z]{2}$/.test(code)) errors.push(`${where}: not a territory code`);
    const known = ['recognised', 'numbers', 'sources', 'checked', 'doubt', 'notRecognised'];
    for (const key of Object.keys(entry)) if (!known.includes(key)) errors.push(`${where}: unknown field ${key}`);
    if (!Array.isArray(entry.recognised) || !entry.recognised.every((number) => /^\d{2,6}$/.test(number))) {
      errors.push(`${where}: recognised must list the numbers libphonenumber knows`);
    }
    const numbers = Array.isArray(entry.numbers) ? entry.numbers : [];
    if (numbers.length === 0) errors.push(`${where}: shows no number (leave the territory out to show the general advice)`);
    const seen = new Set();
    for (const { number, roles } of numbers) {
      if (!/^\d{2,6}$/.test(number ?? '')) errors.push(`${where}: "${number}" is not a number of 2 to 6 digits`);
      if (seen.has(number)) errors.push(`${where}: ${number} is listed twice`);
      seen.add(number);
      if (!Array.isArray(roles) || !roles.every((role) => EMERGENCY_ROLES.includes(role))) errors.push(`${where} ${number}: roles are ${EMERGENCY_ROLES.join(', ')}`);
      else if (roles.includes('all') && roles.length > 1) errors.push(`${where} ${number}: "all" stands alone`);
      else if (roles.length === 0 && !entry.doubt) errors.push(`${where} ${number}: a number whose role no source confirms needs a doubt saying so`);
      if (!entry.recognised?.includes(number) && typeof entry.notRecognised?.[number] !== 'string') {
        errors.push(`${where}: ${number} is not a number libphonenumber recognises; show it only with a sourced notRecognised reason`);
      }
    }
    if (numbers.filter(({ roles }) => roles?.includes('all')).length > 1) errors.push(`${where}: one number for every service at most`);
    if (numbers[0] && numbers.some(({ roles }) => roles?.includes('all')) && !numbers[0].roles.includes('all')) errors.push(`${where}: the number for every service comes first`);
    for (const number of Object.keys(entry.notRecognised ?? {})) if (!seen.has(number)) errors.push(`${where}: notRecognised names ${number}, which is not shown`);
    const sources = Array.isArray(entry.sources) ? entry.sources : [];
    if (sources.length === 0) errors.push(`${where}: needs at least one source that names each number and its role`);
    sources.forEach((source, index) => {
      if (!/^https?:\/\/\S+$/.test(source?.url ?? '')) errors.push(`${where}: sources[${index}].url must be an address`);
      if (typeof source?.supports !== 'string' || source.supports.trim() === '') errors.push(`${where}: sources[${index}].supports is empty`);
    });
    if (!ISO_DATE.test(entry.checked ?? '') || entry.checked > new Date().toISOString().slice(0, 10)) errors.push(`${where}: checked must be an ISO date, not in the future`);
    if (sources.length === 1) review.singleSource.push(code);
    if (entry.doubt) review.doubt.push(code);
    if (numbers.some(({ roles }) => roles?.length === 0)) review.unconfirmed.push(code);
  }
  // A person where a line is shown, and in every country of more than 5 million people, sees
  // a number for the police and one for medical emergencies.
  // Where research found no such number, the territory is in `gaps` with the role, and its doubt
  // says what was searched: listed for the next look, never filled with a guess.
  const mustCover = new Set([...entries.map((entry) => entry.country), ...populous]);
  const gaps = emergency.gaps ?? {};
  for (const code of [...mustCover].sort()) {
    const numbers = territories[code]?.numbers ?? [];
    const missing = [...(coversPolice(numbers) ? [] : ['police']), ...(coversMedical(numbers) ? [] : ['ambulance'])];
    const recorded = gaps[code] ?? [];
    for (const role of missing) {
      if (!recorded.includes(role) || !territories[code]?.doubt) errors.push(`emergency ${code}: no number for ${role === 'police' ? 'the police' : 'medical emergencies'}`);
    }
    for (const role of recorded) if (!missing.includes(role)) errors.push(`emergency ${code}: gaps lists ${role}, which it now shows`);
  }
  for (const code of Object.keys(gaps)) if (!mustCover.has(code)) errors.push(`emergency ${code}: gaps is only for the territories that must show police and medical numbers`);
  review.gaps = Object.entries(gaps).map(([code, roles]) => `${code} (${roles.join(', ')})`);
  // A territory left out shows the general advice: its reason and sources are kept.
  for (const [code, entry] of Object.entries(emergency.leftOut ?? {})) {
    if (territories[code]) errors.push(`emergency ${code}: both left out and shown`);
    if (!entry?.why || !Array.isArray(entry.sources) || entry.sources.length === 0) errors.push(`emergency ${code}: a territory left out needs why and sources`);
  }
  return { count: Object.keys(territories).length, review };
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
  const { count: territories, review: emergencyReview } = checkEmergency(emergency, entries, errors);
  checkExitPages(loadExitPages(), errors);
  checkTimeZoneExceptions(loadTimeZoneExceptions(), errors);
  const checklists = loadChecklists();
  for (const content of checklists) checkChecklist(content, errors);
  if (!checklists.some((content) => content.audience === 'public')) errors.push('checklist: public.json, the built-in list, is missing');
  for (const entry of entries) {
    if (!emergency.territories?.[entry.country]) errors.push(`${entry.id}: no emergency number for ${entry.country}`);
  }
  return { errors, entries, territories, emergencyReview, checklists };
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
  const { errors, entries, territories, emergencyReview, checklists } = checkAll();
  const yearAgo = new Date(Date.now() - 365 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  const stale = entries.filter((entry) => entry.checked < yearAgo);
  console.log(`${entries.length} lines in ${new Set(entries.map((entry) => entry.country)).size} countries; emergency numbers for ${territories} territories.\n`);
  console.log(coverageTable(entries));
  const reviewLine = (label, codes) => `  ${label} (${codes.length}): ${codes.join(' ') || 'none'}`;
  console.log(`\nEmergency numbers to look at again:\n${reviewLine('one source only', emergencyReview.singleSource)}\n${reviewLine('a doubt in the data', emergencyReview.doubt)}\n${reviewLine('a role no source confirms', emergencyReview.unconfirmed)}\n${reviewLine('no page names their police or medical number', emergencyReview.gaps)}`);
  console.log(`\nChecklists: ${checklists.map((content) => `${content.audience} ${content.categories.flatMap((category) => category.items).length} items`).join(', ')}.`);
  console.log(stale.length === 0 ? '\nNo entry was last checked more than 12 months ago.' : `\nChecked more than 12 months ago (${stale.length}):\n${stale.map((entry) => `  ${entry.id} (${entry.checked})`).join('\n')}`);
  if (errors.length > 0) {
    console.error(`\n${errors.length} problem(s):\n${errors.map((error) => `  ${error}`).join('\n')}`);
    process.exit(1);
  }
  console.log('\nAll data checks passed.');
}

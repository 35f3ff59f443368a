/**
 * The checks of src/config/validate.ts that need no page: a country, a language, a choice, a site
 * owner's words and lines. The widget reports their problems and goes on; the static renderer
 * (src/static/) throws them. Each problem is one message naming the key and the value.
 */
import { toHttpsUrl } from './https.js';
import { didYouMean } from './suggest.js';
import { quote } from './quote.js';
import { isCountryCode } from './resolve-country.js';
import { canonicalLanguageTag, negotiateLanguage } from '../locale/negotiate.js';
import { LANGUAGES } from '../locale/generated/languages.js';
import { supportedCountries } from '../data/countries.js';
import type { Hotline } from '../data/types.js';
import { ownOnly } from '../data/own-only.js';
import type { OwnHotlineConfig } from './types.js';
import { en } from '../locale/messages/en.js';

const MARKUP = /<\s*[a-z!/?]/i;

export function checkCountry(value: unknown, name: string, problems: string[]): string | undefined {
  if (typeof value !== 'string') {
    problems.push(`${name}=${quote(value)} is not a country code.`);
    return undefined;
  }
  const trimmed = value.trim();
  if (trimmed.toLowerCase() === 'auto') return 'auto';
  if (!isCountryCode(trimmed)) {
    problems.push(`${name}=${quote(value)} is not a two-letter country code (ISO 3166-1); showing the international card.`);
    return trimmed.toUpperCase();
  }
  const country = trimmed.toUpperCase();
  if (!supportedCountries().includes(country)) {
    problems.push(`${name}=${quote(value)}: no hotline for this country yet; showing the international card.`);
  }
  return country;
}

export function checkLanguage(value: unknown, name: string, problems: string[]): string | undefined {
  if (typeof value !== 'string') {
    problems.push(`${name}=${quote(value)} is not a language tag.`);
    return undefined;
  }
  if (value.trim().toLowerCase() === 'auto') return 'auto';
  const tag = canonicalLanguageTag(value);
  if (!tag) {
    problems.push(`${name}=${quote(value)} is not a language tag (BCP 47); choosing the language automatically.`);
    return undefined;
  }
  const chosen = negotiateLanguage([tag], LANGUAGES);
  const baseOf = (language: string) => language.split('-')[0]!.toLowerCase();
  // Only English is the fallback: any other match serves the tag (`tl`, which Intl writes `fil`, is Tagalog).
  if (baseOf(chosen) !== baseOf(tag) && chosen === 'en') {
    problems.push(`${name}=${quote(value)}: no translation for this language yet; using "${chosen}".`);
  }
  return tag;
}

/**
 * The site owner's own words: `{ "banner.heading": "..." }` (an object, or JSON
 * in an attribute). Each path must name a message of the English catalogue,
 * each value must be text; a wrong one is reported and left out.
 */
export function checkStrings(value: unknown, name: string, problems: string[]): Record<string, string> | undefined {
  let object = value;
  if (typeof value === 'string') {
    try {
      object = JSON.parse(value);
    } catch {
      problems.push(`${name}=${quote(value)} is not JSON; it is ignored.`);
      return undefined;
    }
  }
  if (typeof object !== 'object' || object === null || Array.isArray(object)) {
    problems.push(`${name}=${quote(value)} is not an object of messages; it is ignored.`);
    return undefined;
  }
  const paths = messagePaths(en);
  const strings: Record<string, string> = {};
  for (const [path, text] of Object.entries(object)) {
    if (!paths.includes(path)) problems.push(`${name} has an unknown message ${quote(path)}; it is ignored.${didYouMean(path, paths)}`);
    else if (typeof text !== 'string') problems.push(`${name}[${quote(path)}]=${quote(text)} is not text; it is ignored.`);
    // An empty label would leave a button or a link with no name.
    else if (text.trim() === '') problems.push(`${name}[${quote(path)}] is empty; the usual words stay.`);
    else strings[path] = text;
  }
  return strings;
}

/** "banner.heading", "quickExit.progress.one" ...: every message of a catalogue, by path. */
export function messagePaths(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : messagePaths(value as object, `${prefix}${key}.`),
  );
}

export function checkChoice<T extends string>(value: unknown, name: string, choices: readonly T[], problems: string[]): T | undefined {
  const word = typeof value === 'string' ? value.trim().toLowerCase() : value;
  if (typeof word === 'string' && (choices as readonly string[]).includes(word)) return word as T;
  problems.push(
    `${name}=${quote(value)} is not one of ${choices.join(', ')}.${typeof value === 'string' ? didYouMean(value, choices) : ''}`,
  );
  return undefined;
}

const PHONE = /^\+?[\d\s().-]{3,24}$/;
// No query or fragment: `help@org.example?bcc=…` would copy the message to someone else.
const EMAIL = /^[^\s@<>"?#&]+@[^\s@<>"?#&/]+\.[^\s@<>"?#&/]+$/;
const isHttps = (value: string) => toHttpsUrl(value) !== null;

/** How each contact field of a site owner's line is checked. */
const CONTACT_FIELDS: Record<'phone' | 'text' | 'email' | 'chat' | 'web', (value: string) => boolean> = {
  phone: (value) => PHONE.test(value),
  text: (value) => PHONE.test(value),
  email: (value) => EMAIL.test(value),
  chat: isHttps,
  web: isHttps,
};

/** A number as written, reduced to what `tel:` and `sms:` links dial: an optional `+`, then digits. */
// "+44 (0)20 …": the (0) is dialled only from inside the country, never after +44.
const dialable = (number: string) => (number.startsWith('+') ? '+' : '') + number.replace(/\(0\)/g, '').replace(/\D/g, '');

/**
 * A site owner's line, checked field by field. A line with an unusable field is
 * left out whole (the built-in lines still show); markup in a name is only
 * reported, since names are always rendered as text.
 */
export function checkOwnHotline(value: unknown, name: string, problems: string[]): Hotline | null {
  const entry = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof OwnHotlineConfig, string>>;
  const unusable = Object.entries({
    country: isCountryCode(entry.country),
    name: typeof entry.name === 'string' && entry.name.trim() !== '',
    // At least one way to get in touch.
    phone: Object.keys(CONTACT_FIELDS).some((field) => field in entry),
    ...Object.fromEntries(
      Object.entries(CONTACT_FIELDS)
        .filter(([field]) => field in entry)
        .map(([field, isUsable]) => [field, typeof entry[field as 'phone'] === 'string' && isUsable(entry[field as 'phone']!.trim())]),
    ),
  }).filter(([, usable]) => !usable);
  for (const [field] of unusable) {
    problems.push(`${name}.${field}=${quote(entry[field as 'phone'])} is not usable; this line is left out.`);
  }
  for (const field of ['name', 'organisation'] as const) {
    if (MARKUP.test(String(entry[field]))) problems.push(`${name}.${field}=${quote(entry[field])} contains markup; it is shown as plain text.`);
  }
  if (unusable.length > 0) return null;
  const { phone, text, email, chat, web, organisation } = entry;
  const country = entry.country!.toUpperCase();
  // With no prototype, like every line the widget shows (src/data/own-only.ts).
  return ownOnly({
    id: `own-${country}-${name}`,
    country,
    organisation: typeof organisation === 'string' ? organisation : '',
    name: entry.name!.trim(),
    serviceType: 'site-owner',
    phone: phone ? { display: phone.trim(), e164: dialable(phone.trim()) } : undefined,
    text: text ? { display: text.trim(), dial: dialable(text.trim()) } : undefined,
    email: email?.trim(),
    chat: toHttpsUrl(chat) ?? undefined,
    web: toHttpsUrl(web) ?? undefined,
    is24x7: null,
    languages: [],
    // The site owner vouches for their own line.
    confidence: 'high',
    replacesBuiltIn: (entry as { replace?: unknown }).replace === true,
  } as Hotline);
}

export function checkHotlines(value: unknown, name: string, problems: string[]): Hotline[] | undefined {
  if (Array.isArray(value)) {
    // Own properties only (`field in entry` must not see a polluted Object.prototype).
    return value.map((entry, index) => checkOwnHotline(ownOnly(entry), `${name}[${index}]`, problems)).filter((line) => line !== null);
  }
  problems.push(`${name}=${quote(value)} is not a list of hotlines; it is ignored.`);
  return undefined;
}

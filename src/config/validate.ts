/**
 * Checks configuration as a site owner wrote it (script `data-*`,
 * `HotlineWidgetConfig`, `configure()`) and turns it into settings the
 * components can trust. Every problem becomes one message naming the key and
 * the value; the value is then ignored (or, for a country, kept so that the
 * international card shows rather than another country's number).
 */
import { toExitUrl, toHttpsUrl } from './urls.js';
import { didYouMean } from './suggest.js';
import { quote } from './report.js';
import { isCountryCode } from './resolve-country.js';
import { AUDIENCES, COMPONENTS, THEMES, type Audience, type Component, type OwnHotlineConfig, type WidgetSettings } from './types.js';
import { canonicalLanguageTag, negotiateLanguage } from '../locale/negotiate.js';
import { supportedLanguages } from '../locale/catalogue.js';
import { supportedCountries } from '../data/lookup.js';
import type { Hotline } from '../data/types.js';
import { ownOnly } from '../data/own-only.js';
import type { Shortcut } from '../components/quick-exit/exit.js';
import { en } from '../locale/messages/en.js';


type ConfigKey = 'country' | 'lang' | 'components' | 'target' | 'exitUrl' | 'audience' | 'theme' | 'hotlines' | 'shortcut' | 'newTab' | 'strings';

export interface CheckResult {
  settings: Partial<WidgetSettings>;
  problems: string[];
}

/** How a key is named in messages: `data-exit-url` for the script, `HotlineWidgetConfig.exitUrl` for the global. */
export type KeyNamer = (key: ConfigKey) => string;

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
  const chosen = negotiateLanguage([tag], supportedLanguages());
  const baseOf = (language: string) => language.split('-')[0]!.toLowerCase();
  if (baseOf(chosen) !== baseOf(tag)) {
    problems.push(`${name}=${quote(value)}: no translation for this language yet; using "${chosen}".`);
  }
  return tag;
}

/** `shift3`, `esc2`, both as a list, `both` or `none`. */
export function checkShortcut(value: unknown, name: string, problems: string[]): Shortcut[] | undefined {
  const words = (typeof value === 'string' ? value.split(/[\s,]+/) : Array.isArray(value) ? value : [value]).filter(Boolean);
  // Empty ("", ",", [], a bare attribute) means the default; only "none" turns the shortcuts off.
  if (words.length === 0) return undefined;
  const shortcuts = new Set<Shortcut>();
  for (const word of words) {
    const lowered = typeof word === 'string' ? word.toLowerCase() : word;
    if (lowered === 'both') shortcuts.add('shift3').add('esc2');
    else if (lowered === 'shift3' || lowered === 'esc2') shortcuts.add(lowered);
    else if (lowered !== 'none') {
      problems.push(`${name}=${quote(value)} is not shift3, esc2, both or none; the default shortcuts stay.${didYouMean(String(word), ['shift3', 'esc2', 'both', 'none'])}`);
      return undefined;
    }
  }
  return [...shortcuts];
}

/** true/false, or an attribute's text: present and not "false". */
export function checkFlag(value: unknown, name: string, problems: string[]): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(|true|false)$/i.test(value.trim())) return value.trim().toLowerCase() !== 'false';
  problems.push(`${name}=${quote(value)} is not true or false.`);
  return undefined;
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

function checkComponents(value: unknown, name: string, problems: string[]): Component[] | undefined {
  const tokens = typeof value === 'string' ? value.split(/[\s,]+/) : Array.isArray(value) ? value : null;
  if (!tokens || !tokens.every((token) => typeof token === 'string')) {
    problems.push(`${name}=${quote(value)} is not a list; expected any of ${COMPONENTS.join(', ')}, or "none".`);
    return undefined;
  }
  const words = (tokens as string[]).map((token) => token.trim().toLowerCase()).filter(Boolean);
  if (words.length === 1 && words[0] === 'none') return [];
  // Only "none" mounts nothing: an empty list is a mistake, and the default stays.
  if (words.length === 0) {
    problems.push(`${name}=${quote(value)} names no component; the default (banner quick-exit) stays. Use "none" to mount nothing.`);
    return undefined;
  }
  const components: Component[] = [];
  for (const word of words) {
    if ((COMPONENTS as readonly string[]).includes(word)) {
      if (!components.includes(word as Component)) components.push(word as Component);
    } else {
      problems.push(`${name} has an unknown component ${quote(word)}.${didYouMean(word, [...COMPONENTS, 'none'])}`);
    }
  }
  return components.length > 0 ? components : undefined;
}

export function checkChoice<T extends string>(value: unknown, name: string, choices: readonly T[], problems: string[]): T | undefined {
  const word = typeof value === 'string' ? value.trim().toLowerCase() : value;
  if (typeof word === 'string' && (choices as readonly string[]).includes(word)) return word as T;
  problems.push(
    `${name}=${quote(value)} is not one of ${choices.join(', ')}.${typeof value === 'string' ? didYouMean(value, choices) : ''}`,
  );
  return undefined;
}

export function checkAudience(value: unknown, name: string, problems: string[]): Audience | undefined {
  return checkChoice(value, name, AUDIENCES, problems);
}

export function checkExitUrl(value: unknown, name: string, problems: string[]): string | undefined {
  const url = toExitUrl(value);
  if (!url) {
    problems.push(`${name}=${quote(value)} is not a full https: or http: address of another site; the quick exit keeps its destination.`);
    return undefined;
  }
  return url;
}

function checkTarget(value: unknown, name: string, problems: string[]): string | undefined {
  try {
    if (typeof value === 'string' && value.trim() !== '') {
      // A fragment of its own: nothing of the page's is searched, or named (createDocumentFragment).
      new DocumentFragment().querySelector(value);
      return value;
    }
  } catch {
    // Not a selector: reported below.
  }
  problems.push(`${name}=${quote(value)} is not a CSS selector; mounting in the default place.`);
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
function checkOwnHotline(value: unknown, name: string, problems: string[]): Hotline | null {
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

function checkHotlines(value: unknown, name: string, problems: string[]): Hotline[] | undefined {
  if (Array.isArray(value)) {
    // Own properties only (`field in entry` must not see a polluted Object.prototype).
    return value.map((entry, index) => checkOwnHotline(ownOnly(entry), `${name}[${index}]`, problems)).filter((line) => line !== null);
  }
  problems.push(`${name}=${quote(value)} is not a list of hotlines; it is ignored.`);
  return undefined;
}

/**
 * How each setting is checked: the value to keep, or undefined (and a message
 * in `problems`) when it cannot be used.
 */
const CHECKS: Record<ConfigKey, (value: unknown, name: string, problems: string[]) => unknown> = {
  country: checkCountry,
  lang: checkLanguage,
  components: checkComponents,
  target: checkTarget,
  exitUrl: checkExitUrl,
  audience: checkAudience,
  theme: (value, name, problems) => checkChoice(value, name, THEMES, problems),
  hotlines: checkHotlines,
  shortcut: checkShortcut,
  newTab: checkFlag,
  strings: checkStrings,
};

/**
 * Checks a whole configuration object. Unknown keys are reported with the
 * closest known key; `ignoreUnknown` is for the script's `data-*` attributes,
 * where other tools add attributes of their own.
 */
export function checkConfig(raw: Readonly<Record<string, unknown>>, nameOf: KeyNamer, { ignoreUnknown = false } = {}): CheckResult {
  const settings: Record<string, unknown> = {};
  const problems: string[] = [];
  // Each key on its own: a getter or a Proxy that throws costs that key, or the object, never the widget.
  let keys: string[] = [];
  try {
    keys = Object.keys(raw);
  } catch (error) {
    problems.push(`${nameOf('*' as ConfigKey)}: the settings could not be read (${reasonOf(error)}); the defaults are kept.`);
  }
  for (const key of keys) {
    try {
      const value = raw[key];
      if (value === undefined) continue;
      // Own keys only: `toString` is not a setting.
      if (Object.hasOwn(CHECKS, key)) {
        const checked = CHECKS[key as ConfigKey](value, nameOf(key as ConfigKey), problems);
        if (checked !== undefined) settings[key] = checked;
      } else if (!ignoreUnknown) {
        problems.push(`unknown setting ${quote(key)} is ignored.${didYouMean(key, configKeys)}`);
      }
    } catch (error) {
      problems.push(`${nameOf(key as ConfigKey)} could not be read or checked (${reasonOf(error)}); it is ignored.`);
    }
  }
  return { settings: settings as Partial<WidgetSettings>, problems };
}

/** What went wrong, for a message: an error's own words, whatever was thrown. */
const reasonOf = (error: unknown) => (error instanceof Error ? error.message : quote(error));

/** The config keys, for "did you mean" and for the script's data attributes. */
export const configKeys = Object.keys(CHECKS);

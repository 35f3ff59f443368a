/**
 * `auto` country (contract section 1): the region of the language chain
 * (`pt-BR` gives BR), else the region of the browser's languages, else the
 * country of the device's time zone. Never from an address or a request to
 * anyone else. Null means "unknown": the international card.
 */
import { canonicalLanguageTag } from '../locale/negotiate.js';

const ALPHA_2 = /^[A-Za-z]{2}$/;

export function isCountryCode(value: unknown): boolean {
  return typeof value === 'string' && ALPHA_2.test(value);
}

/** The ISO 3166-1 region of a language tag, if it names one (`es-419` does not). */
export function regionOf(tag: string | null | undefined): string | null {
  const canonical = canonicalLanguageTag(tag);
  if (!canonical) return null;
  const region = new Intl.Locale(canonical).region;
  return region && ALPHA_2.test(region) ? region.toUpperCase() : null;
}

export interface CountrySignals {
  /** An explicit country (attribute, data-*, config), or `auto`/undefined. */
  requested?: string | null;
  /** The language chain in order: element `lang`, configured language, `<html lang>`. */
  languageTags?: readonly (string | null | undefined)[];
  /** `navigator.languages`. */
  browserLanguages?: readonly string[];
  /** The country of the device's time zone, asked for only when the languages name none. */
  timeZoneCountry?: () => string | null;
}

export function resolveCountry({ requested, languageTags = [], browserLanguages = [], timeZoneCountry }: CountrySignals): string | null {
  if (requested && requested.toLowerCase() !== 'auto') return requested.toUpperCase();
  for (const tag of [...languageTags, ...browserLanguages]) {
    const region = regionOf(tag);
    if (region) return region;
  }
  return timeZoneCountry?.() ?? null;
}

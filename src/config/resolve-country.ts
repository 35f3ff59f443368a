/**
 * `auto` country (contract section 1): the country of the device's time zone,
 * else the region of the language chain (`pt-BR` gives BR), else the region
 * of the browser's languages. The time zone comes first because it says where
 * the person is (the phone network sets it, and it moves with them), while a
 * language's region says only what they read: "English (United States)" is the
 * default of most phones sold far outside the United States. Never from an
 * address or a request to anyone else. Null means "unknown": the
 * international card.
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
  /**
   * The country of the device's time zone: a code, null where the zone names
   * none, undefined while its table loads. Asked only when no country is requested.
   */
  timeZoneCountry?: () => string | null | undefined;
  /** The language chain in order: element `lang`, configured language, `<html lang>`. */
  languageTags?: readonly (string | null | undefined)[];
  /** `navigator.languages`. */
  browserLanguages?: readonly string[];
}

/**
 * The country to show: a code, null for none (the international card), or
 * undefined while the time zone's table loads. The languages are not asked
 * meanwhile: a person in Manila whose phone speaks en-US must never be shown
 * the US line first.
 */
export function resolveCountry({ requested, timeZoneCountry, languageTags = [], browserLanguages = [] }: CountrySignals): string | null | undefined {
  if (requested && requested.toLowerCase() !== 'auto') return requested.toUpperCase();
  const zoneCountry = timeZoneCountry ? timeZoneCountry() : null;
  if (zoneCountry !== null) return zoneCountry;
  for (const tag of [...languageTags, ...browserLanguages]) {
    const region = regionOf(tag);
    if (region) return region;
  }
  return null;
}

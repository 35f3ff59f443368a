/**
 * The countries to choose from: every country with a hotline in this build, by
 * its English name and code, and the two choices that are not a country.
 */
import { emergencyTerritories, supportedCountries } from '../data/countries.js';
import { LANGUAGE_NAMES } from './generated/language-names.js';
import { LANGUAGES } from '../locale/generated/languages.js';

/**
 * The international card: the widget has no word for "no country", so the
 * configurator writes ISO 3166's code for an unknown territory, which no
 * country uses: the widget shows the international card (and says once, in
 * the console, that it has no hotline for it).
 */
export const INTERNATIONAL = 'ZZ';
export const AUTOMATIC_LABEL = 'automatic';
export const INTERNATIONAL_LABEL = 'international card (no country)';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** "Kenya (KE)". */
export const countryLabel = (code: string) => `${regionNames.of(code) ?? code} (${code})`;

export interface CountryOption {
  value: string;
  label: string;
}

/** The datalist: automatic, the international card, then every country with a hotline, by name. */
export function countryOptions(): CountryOption[] {
  const countries = supportedCountries()
    .map((code) => ({ value: code, label: countryLabel(code) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
  return [{ value: 'auto', label: AUTOMATIC_LABEL }, { value: INTERNATIONAL, label: INTERNATIONAL_LABEL }, ...countries];
}

/** Every territory the widget knows (its emergency numbers are built in), by code: the countries a site owner's own line may serve. */
const TERRITORIES: readonly string[] = emergencyTerritories();

export const knownTerritories = (): readonly string[] => TERRITORIES;

/** A territory the widget knows emergency numbers for (it shows them on the international card). */
export const isKnownTerritory = (code: string) => TERRITORIES.includes(code);

/** Every territory the widget knows, by English name: a site owner's own line may serve any of them. */
export function territoryOptions(): CountryOption[] {
  return knownTerritories()
    .map((code) => ({ value: code, label: countryLabel(code) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
}

/** A known territory's code for what was typed: its code, English name, or "Name (CODE)", any case. */
function territoryCode(lowered: string): string | null {
  for (const code of new Set([...supportedCountries(), ...knownTerritories()])) {
    if ([code, regionNames.of(code) ?? '', countryLabel(code)].some((name) => name.toLowerCase() === lowered)) return code;
  }
  return null;
}

/**
 * What the person typed in the country field, as the setting: `auto`, the
 * international card's code, a territory's code (typed as its code, English
 * name or "Name (CODE)", any case), or the text itself when it names none of
 * them (it is then checked as the widget would check it).
 */
export function countryFromInput(text: string): string {
  const typed = text.trim();
  const lowered = typed.toLowerCase();
  if (lowered === '' || lowered === 'auto' || lowered === AUTOMATIC_LABEL) return 'auto';
  if (lowered === INTERNATIONAL_LABEL || lowered === INTERNATIONAL.toLowerCase()) return INTERNATIONAL;
  return territoryCode(lowered) ?? typed;
}

/** A line's country as typed: a territory's code where the text names one, else the text. */
export const lineCountryFromInput = (text: string) => territoryCode(text.trim().toLowerCase()) ?? text.trim();

/** What a country field shows for a setting. */
export function countryToInput(country: string): string {
  if (country === 'auto') return AUTOMATIC_LABEL;
  if (country === INTERNATIONAL) return INTERNATIONAL_LABEL;
  return /^[A-Z]{2}$/.test(country) && regionNames.of(country) ? countryLabel(country) : country;
}

/** The languages to choose from, named as src/locale/status.json names them: "Kiswahili (sw)". */
export function languageOptions(): CountryOption[] {
  return LANGUAGES.map((tag) => ({ value: tag, label: `${LANGUAGE_NAMES[tag] ?? tag} (${tag})` }));
}

/**
 * The one way components ask the data what to show for a country: the
 * built-in lines, the continent's file once loaded, the site owner's own
 * lines, and the emergency numbers (always built in: they must show offline).
 */
import { BUILT_IN_HOTLINES, EMERGENCY, EXIT_PAGES, REGION_COUNTRIES } from './generated/world.js';
import { dataFile } from './remote.js';
import type { CountryCode, CountryHelp, EmergencyNumber, EmergencyRole, Hotline } from './types.js';

const ROLES: Readonly<Record<string, EmergencyRole>> = { p: 'police', a: 'ambulance', f: 'fire' };

/** Countries with at least one hotline in this build, sorted. */
export function supportedCountries(): string[] {
  const remote = Object.values(REGION_COUNTRIES).flatMap((countries) => countries.split(' '));
  return [...new Set([...BUILT_IN_HOTLINES.map((line) => line.country), ...remote])].sort();
}

/** The data file that has the country's lines, if any. */
function regionOf(country: CountryCode): string | undefined {
  return Object.keys(REGION_COUNTRIES).find((region) => REGION_COUNTRIES[region]!.split(' ').includes(country));
}

/** `133p 112a 122f` -> [{ number: '133', roles: ['police'] }, ...] (encoded by scripts/build-data.mjs). */
export function emergencyNumbersFor(country: CountryCode): EmergencyNumber[] {
  return (EMERGENCY[country] ?? '')
    .split(' ')
    .filter(Boolean)
    .map((code) => ({ number: code.replace(/\D+$/, ''), roles: [...code.replace(/^\d+/, '')].map((letter) => ROLES[letter]!) }));
}

/**
 * The help to show for `country`: the site owner's own lines first (alone,
 * when one of them replaces the built-in ones), then the data's. Null when the
 * country is unknown: the caller shows the international card.
 */
export function helpFor(country: CountryCode | null, ownLines: readonly Hotline[] = []): CountryHelp | null {
  if (!country) return null;
  const own = ownLines.filter((line) => line.country === country);
  const replaced = own.some((line) => line.replacesBuiltIn);
  const region = replaced ? undefined : regionOf(country);
  const file = region ? dataFile<Hotline[]>(region) : null;
  const data = replaced ? [] : [...BUILT_IN_HOTLINES, ...(file?.value ?? [])].filter((line) => line.country === country);
  return {
    country,
    hotlines: [...own, ...data],
    emergency: emergencyNumbersFor(country),
    pending: file && !file.value && !file.failed ? file.loaded : null,
  };
}

/** Zone names the tables cover: "Area/City", with the areas the build writes a file for. */
const AREA_ZONE = /^(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)\//;

/**
 * The country of an IANA time zone, once its area's table is loaded
 * (`zones-europe` for "Europe/Paris"; fetched only when asked).
 */
export function countryOfTimeZone(zone: string | undefined): { country: string | null; pending: Promise<unknown> | null } {
  const area = zone ? AREA_ZONE.exec(zone)?.[1] : undefined;
  if (!zone || !area) return { country: null, pending: null };
  const table = dataFile<Record<string, string>>(`zones-${area.toLowerCase()}`);
  return { country: table.value?.[zone] ?? null, pending: table.value || table.failed ? null : table.loaded };
}

/** The quick exit's default page for a country where the usual one would not load (src/data/exit-pages.json). */
export function exitPageFor(country: CountryCode | null): string | undefined {
  return country ? EXIT_PAGES[country] : undefined;
}

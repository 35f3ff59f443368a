/**
 * The one way components ask the data what to show for a country: the
 * built-in lines, the continent's file once loaded, the site owner's own
 * lines, and the emergency numbers (always built in: they must show offline).
 */
import { BUILT_IN_HOTLINES, EMERGENCY, EXIT_PAGES, REGION_COUNTRIES, ZONE_AREAS } from './generated/world.js';
import { dataFile } from './remote.js';
import { ownOnly } from './own-only.js';
import type { CountryCode, CountryHelp, EmergencyNumber, EmergencyRole, Hotline } from './types.js';

const ROLES: Readonly<Record<string, EmergencyRole>> = { p: 'police', a: 'ambulance', f: 'fire' };

/**
 * The built-in lines with no prototype, copied once: like the files' lines
 * (src/data/remote.ts) and the site owner's (config/validate.ts), they then
 * hold only what the data says, whatever a page writes on Object.prototype.
 */
const BUILT_IN: readonly Hotline[] = ownOnly(BUILT_IN_HOTLINES);

/** Country -> the data file with its lines, read once from the built-in index. */
const REGION_OF: ReadonlyMap<string, string> = new Map(
  Object.entries(REGION_COUNTRIES).flatMap(([region, countries]) => countries.split(' ').map((country) => [country, region] as const)),
);

/** Countries with at least one hotline in this build, sorted. */
export function supportedCountries(): string[] {
  return [...new Set([...BUILT_IN.map((line) => line.country), ...REGION_OF.keys()])].sort();
}

/**
 * `{ "112 133p 144a": "ATLI" }` -> for AT, [{ number: '112', roles: [] }, { number: '133', roles:
 * ['police'] }, ...] (grouped by scripts/build-data.mjs; no role: every service).
 */
export function emergencyNumbersFor(country: CountryCode): EmergencyNumber[] {
  // Each entry's territories are two-letter codes run together: a code counts only at an even place.
  const numbers = Object.keys(EMERGENCY).find((key) => EMERGENCY[key]!.match(/../g)!.includes(country));
  return (numbers ?? '')
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
  const region = replaced ? undefined : REGION_OF.get(country);
  const file = region ? dataFile<Hotline[]>(region) : null;
  const data = replaced ? [] : [...BUILT_IN, ...(file?.value ?? [])].filter((line) => line.country === country);
  return {
    country,
    hotlines: [...own, ...data],
    emergency: emergencyNumbersFor(country),
    pending: file && !file.value && !file.failed ? file.loaded : null,
  };
}

/**
 * The country of an IANA time zone, once its area's table is loaded
 * (`zones-asia` for "Asia/Manila"; fetched only when asked). `country` is
 * undefined while the table loads, null where the zone gives no country
 * ("UTC", "Etc/GMT+3", a zone of several countries, a table that failed).
 */
export function countryOfTimeZone(zone: string | undefined): { country: string | null | undefined; pending: Promise<unknown> | null } {
  const area = zone?.includes('/') ? zone.slice(0, zone.indexOf('/')) : undefined;
  if (!zone || !area || !ZONE_AREAS.includes(area.toLowerCase())) return { country: null, pending: null };
  // { "PH": "Manila", "US": "New_York Chicago ..." }: each country with its zones' names after the area.
  const table = dataFile<Record<string, string>>(`zones-${area.toLowerCase()}`, 'choosing the country by the language instead');
  if (table.failed) return { country: null, pending: null };
  if (!table.value) return { country: undefined, pending: table.loaded };
  const city = zone.slice(area.length + 1);
  const country = Object.keys(table.value).find((code) => table.value![code]!.split(' ').includes(city));
  return { country: country ?? null, pending: null };
}

/** The quick exit's default page for a country where the usual one would not load (src/data/exit-pages.json). */
export function exitPageFor(country: CountryCode | null): string | undefined {
  return country ? EXIT_PAGES[country] : undefined;
}

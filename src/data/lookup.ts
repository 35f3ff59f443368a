/**
 * The one way components ask the data what to show for a country: the
 * built-in lines, the continent's file once loaded, the site owner's own
 * lines, and the emergency numbers (always built in: they must show offline).
 */
import { BUILT_IN_HOTLINES, EXIT_PAGES, ZONE_AREAS } from './generated/world.js';
import { dataFile } from './remote.js';
import { emergencyNumbersFor, linesInOrder, REGION_OF, supportedCountries } from './countries.js';
import { ownOnly } from './own-only.js';
import type { CountryCode, CountryHelp, Hotline } from './types.js';

/**
 * The built-in lines with no prototype, copied once: like the files' lines
 * (src/data/remote.ts) and the site owner's (config/validate.ts), they then
 * hold only what the data says, whatever a page writes on Object.prototype.
 */
const BUILT_IN: readonly Hotline[] = ownOnly(BUILT_IN_HOTLINES);

export { supportedCountries, emergencyNumbersFor };

/**
 * The help to show for `country`: the site owner's own lines first (alone,
 * when one of them replaces the built-in ones), then the data's. Null when the
 * country is unknown: the caller shows the international card.
 */
export function helpFor(country: CountryCode | null, ownLines: readonly Hotline[] = []): CountryHelp | null {
  if (!country) return null;
  let pending: Promise<unknown> | null = null;
  const hotlines = linesInOrder(country, ownLines, () => {
    const region = REGION_OF.get(country);
    const file = region ? dataFile<Hotline[]>(region) : null;
    if (file && !file.value && !file.failed) pending = file.loaded;
    return [...BUILT_IN, ...(file?.value ?? [])];
  });
  return { country, hotlines, emergency: emergencyNumbersFor(country), pending };
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

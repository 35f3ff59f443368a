// The continent of a country, from the time zones @vvo/tzdb gives it (a
// well-kept IANA-based list), so that no table is written by hand. The
// continent decides the data file and the file the widget loads.
import { rawTimeZones } from '@vvo/tzdb';

export const CONTINENTS = ['africa', 'americas', 'asia', 'europe', 'oceania'];

/** The name of a shipped continent file: `europe`, or a part of it, `europe-2` (scripts/build-data.mjs). */
export const CONTINENT_FILE = new RegExp(`^(${CONTINENTS.join('|')})(-\\d+)?$`);

const BY_CODE = { AF: 'africa', NA: 'americas', SA: 'americas', AS: 'asia', EU: 'europe', OC: 'oceania', AN: 'oceania' };

// Territories that have no time zone of their own in tzdb.
const NOT_IN_TZDB = { XK: 'europe', AC: 'africa', TA: 'africa' };

const continentByCountry = new Map();
for (const zone of rawTimeZones) {
  if (!continentByCountry.has(zone.countryCode)) continentByCountry.set(zone.countryCode, BY_CODE[zone.continentCode]);
}

export function continentOf(country) {
  return continentByCountry.get(country) ?? NOT_IN_TZDB[country] ?? null;
}

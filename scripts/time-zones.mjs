// The country of each IANA time zone name a browser can report, from two
// sources that must agree: the ICU data of the Node.js that builds (CLDR's
// region of the zone, the same data browsers carry) and the
// countries-and-timezones package (IANA's zone.tab, zone1970.tab and backward
// links, with the country of each old name's own place). A name the two give
// different countries, a zone in Antarctica (not a country, no services), and
// the zones src/data/time-zones.json lists as shared by several countries give
// no country at all: the widget then goes by the language.
import ct from 'countries-and-timezones';
import { readFileSync } from 'node:fs';

// Zone names a browser can report: "Area/City" (IANA canonical names and the
// older names ICU still uses, such as Asia/Calcutta), not "US/Eastern" or "Etc/...".
export const AREA_ZONE = /^(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)\//;

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** ICU's canonical zone -> its region, for every current region code (not aliases such as SU or UK). */
function icuRegions() {
  const regions = new Map();
  for (const first of LETTERS) {
    for (const second of LETTERS) {
      const code = first + second;
      let locale;
      try {
        locale = new Intl.Locale(`und-${code}`);
      } catch {
        continue;
      }
      if (locale.region !== code) continue;
      for (const zone of locale.getTimeZones?.() ?? locale.timeZones ?? []) regions.set(zone, code);
    }
  }
  // Without it every zone shared by several countries in IANA's lists (Europe/Berlin) would be left out.
  if (regions.size < 300) throw new Error(`this Node.js's Intl.Locale gives the time zones of only ${regions.size} zones; build with Node.js 20 or later (full ICU)`);
  return regions;
}

/** The name ICU reports for a zone ("Asia/Kolkata" -> "Asia/Calcutta"), or null if ICU does not know it. */
function icuCanonical(zone) {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/**
 * `{ countries: { "Asia/Manila": "PH", ... }, left: [{ zone, why }] }`: the
 * country of every area zone name, and the names left without one.
 */
export function zoneCountries(root) {
  const shared = JSON.parse(readFileSync(new URL('src/data/time-zones.json', root), 'utf8')).noCountry;
  const regionOf = icuRegions();
  const fromPackage = ct.getAllTimezones({ deprecated: true });
  const names = new Set([...Object.keys(fromPackage), ...Intl.supportedValuesOf('timeZone')].filter((name) => AREA_ZONE.test(name)));
  const countries = {};
  const left = [];
  for (const zone of [...names].sort()) {
    const canonical = icuCanonical(zone);
    const icu = canonical ? regionOf.get(canonical) : undefined;
    const listed = fromPackage[zone]?.countries ?? [];
    if (shared[zone]) left.push({ zone, why: shared[zone].why });
    else if (icu === 'AQ' || (listed.length === 1 && listed[0] === 'AQ')) left.push({ zone, why: 'Antarctica: not a country' });
    // Both sources know the name: ICU's region must be one the package lists
    // (zone1970.tab lists Europe/Berlin for DE, DK, NO, SE and SJ, the zone's own country first).
    else if (icu && listed.length > 0) {
      if (listed.includes(icu)) countries[zone] = icu;
      else left.push({ zone, why: `ICU gives ${icu}, countries-and-timezones ${listed.join(', ')}` });
    }
    // One source only (a name newer than the other's data): only where it gives one country.
    else if (icu) countries[zone] = icu;
    else if (listed.length === 1) countries[zone] = listed[0];
    else left.push({ zone, why: `no single country (${listed.join(', ') || 'none'})` });
  }
  return { countries, left };
}

// The time-zone tables the build ships (dist/data/zones-<area>.json), read the
// way src/data/lookup.ts reads them: each zone name a browser can report gives
// the country it is in, or none where no one country is right.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AREA_ZONE, zoneCountries } from '../../scripts/time-zones.mjs';

const root = new URL('../..', import.meta.url);
const dataDir = join(root.pathname, 'dist', 'data');
const tables = Object.fromEntries(
  readdirSync(dataDir)
    .filter((name) => /^zones-[a-z]+\.json$/.test(name))
    .map((name) => [name.slice('zones-'.length, -'.json'.length), JSON.parse(readFileSync(join(dataDir, name), 'utf8'))]),
);

/** As src/data/lookup.ts countryOfTimeZone does once the table is loaded. */
function countryOf(zone) {
  const area = zone.slice(0, zone.indexOf('/')).toLowerCase();
  const table = tables[area];
  if (!zone.includes('/') || !table) return null;
  const city = zone.slice(zone.indexOf('/') + 1);
  return Object.keys(table).find((code) => table[code].split(' ').includes(city)) ?? null;
}

test("the issue's places, and the names browsers still report for them", () => {
  const expected = {
    'Asia/Manila': 'PH',
    'Asia/Karachi': 'PK',
    'America/Los_Angeles': 'US',
    'Europe/Berlin': 'DE',
    'Asia/Calcutta': 'IN',
    'Asia/Kolkata': 'IN',
    'Europe/Kiev': 'UA',
    'Europe/Kyiv': 'UA',
    'Asia/Saigon': 'VN',
    'Asia/Ho_Chi_Minh': 'VN',
    'America/Buenos_Aires': 'AR',
    'America/Argentina/Buenos_Aires': 'AR',
    'Asia/Rangoon': 'MM',
    'America/Ciudad_Juarez': 'MX',
    'Pacific/Kanton': 'KI',
  };
  for (const [zone, country] of Object.entries(expected)) assert.equal(countryOf(zone), country, zone);
});

test("an old name gives its own place's country, not that of the zone it now links to", () => {
  // IANA links these to a zone of another country with the same clocks since 1970.
  const expected = { 'Europe/Oslo': 'NO', 'Atlantic/Jan_Mayen': 'SJ', 'Arctic/Longyearbyen': 'SJ', 'Pacific/Yap': 'FM', 'Asia/Vientiane': 'LA', 'Asia/Phnom_Penh': 'KH', 'Europe/Busingen': 'DE', 'Africa/Asmera': 'ER' };
  for (const [zone, country] of Object.entries(expected)) assert.equal(countryOf(zone), country, zone);
});

test('zones of no one country give none', () => {
  for (const zone of ['UTC', 'Etc/UTC', 'Etc/GMT+3', 'Europe/Simferopol', 'Antarctica/McMurdo', 'Antarctica/Troll', 'Pacific/Johnston', 'Nowhere/City']) {
    assert.equal(countryOf(zone), null, zone);
  }
});

test("every zone ICU knows in an area has a country in the tables, or a reason it has none", () => {
  const { countries, left } = zoneCountries(root);
  const reasons = new Map(left.map(({ zone, why }) => [zone, why]));
  for (const zone of Intl.supportedValuesOf('timeZone').filter((name) => AREA_ZONE.test(name))) {
    if (reasons.has(zone)) assert.equal(countryOf(zone), null, zone);
    else assert.equal(countryOf(zone), countries[zone], zone);
  }
  assert.ok(Object.keys(countries).length > 450, `${Object.keys(countries).length} zones with a country`);
  for (const { zone, why } of left) assert.ok(why, zone);
});

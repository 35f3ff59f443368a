/**
 * What the built-in index says of every territory, with no page and no request: which countries
 * have a line, each territory's emergency numbers, and in which order a country's lines are
 * shown. The elements (through src/data/lookup.ts) and the static renderer (src/static/) decide
 * with these, so that both show the same lines, in the same order, with the same numbers.
 */
import { BUILT_IN_HOTLINES, EMERGENCY, REGION_COUNTRIES } from './generated/world.js';
import type { CountryCode, EmergencyNumber, EmergencyRole, Hotline } from './types.js';

const ROLES: Readonly<Record<string, EmergencyRole>> = { p: 'police', a: 'ambulance', f: 'fire' };

/** Country -> the data file with its lines, read once from the built-in index (two-letter codes run together, as in EMERGENCY). */
export const REGION_OF: ReadonlyMap<string, string> = new Map(
  Object.entries(REGION_COUNTRIES).flatMap(([region, countries]) => countries.match(/../g)!.map((country) => [country, region] as const)),
);

/** Countries with at least one hotline in this build, sorted. */
export function supportedCountries(): string[] {
  return [...new Set([...BUILT_IN_HOTLINES.map((line) => line.country), ...REGION_OF.keys()])].sort();
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

/** Every territory the built-in index has emergency numbers for, sorted. */
export function emergencyTerritories(): string[] {
  return Object.values(EMERGENCY).flatMap((codes) => codes.match(/../g)!).sort();
}

/**
 * A country's lines in the order they are shown: the site owner's own first, then the data's
 * (asked for only when none of the owner's replaces them), each in the order written.
 */
export function linesInOrder(country: CountryCode, ownLines: readonly Hotline[], dataLines: () => readonly Hotline[]): Hotline[] {
  const own = ownLines.filter((line) => line.country === country);
  return own.some((line) => line.replacesBuiltIn) ? own : [...own, ...dataLines().filter((line) => line.country === country)];
}

/** The one way components ask the data what to show for a country. */
import { emergencyNumbers } from './emergency.js';
import { hotlines } from './hotlines.js';
import type { CountryCode, CountryHelp, Hotline } from './types.js';

/** Countries with at least one hotline in the data, sorted. */
export function supportedCountries(): string[] {
  return [...new Set(hotlines.map((line) => line.country))].sort();
}

/**
 * The help to show for `country`, with the site owner's own lines first
 * (or alone, when they replace the built-in ones). Null when there is no line
 * at all: the caller shows the international card.
 */
export function helpFor(country: CountryCode | null, ownLines: readonly Hotline[] = []): CountryHelp | null {
  if (!country) return null;
  const own = ownLines.filter((line) => line.country === country);
  const builtIn = own.some((line) => line.replacesBuiltIn) ? [] : hotlines.filter((line) => line.country === country);
  const lines = [...own, ...builtIn];
  if (lines.length === 0) return null;
  return { country, hotlines: lines, emergency: emergencyNumbers[country] ?? null };
}

/**
 * Language negotiation (contract section 1): each candidate in order (element
 * `lang`, the configured language, `<html lang>`, `navigator.languages`), exact
 * tag first, then shorter forms of it (`zh-Hant-TW`, `zh-Hant`, `zh`),
 * case-insensitive; `en` when nothing matches. A bare language that names no
 * region (`pt`) reads the variety of the visitor's country where there is one
 * (`pt` in Brazil is `pt-BR`); `pt-PT`, and `pt` elsewhere, stay `pt`.
 */

export const FALLBACK_LANGUAGE = 'en';

/** The canonical form of a BCP 47 tag, or null when it is not one. */
export function canonicalLanguageTag(tag: unknown): string | null {
  if (typeof tag !== 'string' || tag.trim() === '') return null;
  try {
    return Intl.getCanonicalLocales(tag.trim())[0] ?? null;
  } catch {
    return null;
  }
}

/** `zh-Hant-TW` -> [`zh-Hant-TW`, `zh-Hant`, `zh`] (RFC 4647 lookup order). */
function fallbackChain(tag: string): string[] {
  const chain: string[] = [];
  const parts = tag.split('-');
  while (parts.length > 0) {
    chain.push(parts.join('-'));
    parts.pop();
    // A lone one-letter subtag (`-u`, `-x`) never stands at the end of a tag.
    if (parts.length > 1 && parts[parts.length - 1]!.length === 1) parts.pop();
  }
  return chain;
}

/** The first supported language for the candidates, in their order, in the variety of `country` when the candidate names none. */
export function negotiateLanguage(candidates: readonly (string | null | undefined)[], supported: readonly string[], country?: string | null): string {
  // Keyed by canonical form too: Intl writes `tl` as `fil` and `iw` as `he`.
  const byLowerCase = new Map(supported.flatMap((tag) => [tag, canonicalLanguageTag(tag) ?? tag].map((form) => [form.toLowerCase(), tag] as const)));
  for (const candidate of candidates) {
    const tag = canonicalLanguageTag(candidate);
    if (!tag) continue;
    for (const form of fallbackChain(tag)) {
      const match = byLowerCase.get(form.toLowerCase());
      if (match) return (form === tag && byLowerCase.get(`${tag}-${country}`.toLowerCase())) || match;
    }
  }
  return FALLBACK_LANGUAGE;
}

/** Right-to-left scripts among the languages we may ship. */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'ur', 'he', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

export function directionOf(lang: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(lang.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}

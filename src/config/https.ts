/**
 * Which addresses may become links: the decision, with no page behind it, so that the static
 * renderer (src/static/, in Node too) and the elements decide alike. src/config/urls.ts adds the
 * page's address as the base for the quick exit's checks.
 */

/** `value` as an absolute `https:` or `http:` address (against `base` when given), or null. */
export function httpUrl(value: unknown, base?: string): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(value.trim(), base);
  } catch {
    return null;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
}

/** An absolute `https:` address (not `//host` or `/path`, which the page's address would complete), or null. */
export function toHttpsUrl(value: unknown): string | null {
  return typeof value === 'string' && /^https:\/\/[^/\\]/i.test(value.trim()) ? httpUrl(value) : null;
}

/**
 * Only `https:` and `http:` addresses may become links or navigation targets.
 * This is the one place that decides; the quick exit uses it too, so it must
 * stay free of Lit and data.
 */
export function toSafeHttpUrl(value: unknown, base?: string): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(value.trim(), base ?? document.baseURI);
  } catch {
    return null;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
}

/** An absolute `https:` address (not `//host` or `/path`, which the page's address would complete), or null. */
export function toHttpsUrl(value: unknown): string | null {
  return typeof value === 'string' && /^https:\/\/[^/\\]/i.test(value.trim()) ? toSafeHttpUrl(value) : null;
}

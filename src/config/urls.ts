/**
 * Only `https:` and `http:` addresses may become links or navigation targets.
 * This is the one place that decides; the quick exit uses it too, so it must
 * stay free of Lit and data.
 */
import { own } from '../page-document.js';

export function toSafeHttpUrl(value: unknown, base?: string): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(value.trim(), base ?? own('baseURI'));
  } catch {
    return null;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
}

/** An absolute `https:` address (not `//host` or `/path`, which the page's address would complete), or null. */
export function toHttpsUrl(value: unknown): string | null {
  return typeof value === 'string' && /^https:\/\/[^/\\]/i.test(value.trim()) ? toSafeHttpUrl(value) : null;
}

/**
 * Where a quick exit may go: an absolute `https:` or `http:` address on
 * another origin than this page. A relative or schemeless one ("/", "?", "#",
 * "www.bbc.co.uk/weather") would keep the person on the site they are leaving,
 * or not move at all; null for those.
 */
export function toExitUrl(value: unknown): string | null {
  const url = typeof value === 'string' && /^https?:\/\/[^/\\]/i.test(value.trim()) ? toSafeHttpUrl(value) : null;
  return url && new URL(url).origin !== location.origin ? url : null;
}

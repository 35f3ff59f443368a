/**
 * Only `https:` and `http:` addresses may become links or navigation targets.
 * The decision is src/config/https.ts's; this adds the page's address as the
 * base. The quick exit uses it too, so it must stay free of Lit and data.
 */
import { own } from '../page-document.js';
import { httpUrl, toHttpsUrl } from './https.js';

export { toHttpsUrl };

/**
 * Where a quick exit may go: an absolute `https:` or `http:` address on
 * another origin than this page. A relative or schemeless one ("/", "?", "#",
 * "www.bbc.co.uk/weather") would keep the person on the site they are leaving,
 * or not move at all; null for those.
 */
export function toExitUrl(value: unknown): string | null {
  const url = typeof value === 'string' && /^https?:\/\/[^/\\]/i.test(value.trim()) ? httpUrl(value, own('baseURI')) : null;
  return url && new URL(url).origin !== location.origin ? url : null;
}

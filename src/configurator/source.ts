/** Where the snippet loads the script from, and the origin a page's CSP must then allow. */
import { VERSION } from '../version.js';
import type { ConfiguratorState } from './state.js';

export const CDN_ADDRESSES = {
  jsdelivr: `https://cdn.jsdelivr.net/npm/hotline-widget@${VERSION}/dist/hotline-widget.js`,
  unpkg: `https://unpkg.com/hotline-widget@${VERSION}/dist/hotline-widget.js`,
} as const;

export interface ScriptSource {
  /** The script's address as the snippet writes it, or null when the site owner's own address is unusable. */
  url: string | null;
  /** The origin to allow in script-src and connect-src; null for the page's own ('self'). */
  origin: string | null;
  /** Why the site owner's own address cannot be used. */
  problem: string | null;
}

/**
 * The script's address: this copy (the `hotline-widget.js` beside the
 * configurator, as an absolute address), a pinned CDN address, or the site
 * owner's own (a full `https:`/`http:` address, or a path on their site).
 */
export function scriptSource(state: Pick<ConfiguratorState, 'source' | 'src'>, configuratorAddress: string): ScriptSource {
  if (state.source === 'jsdelivr' || state.source === 'unpkg') {
    const url = CDN_ADDRESSES[state.source];
    return { url, origin: new URL(url).origin, problem: null };
  }
  if (state.source === 'own') {
    const typed = state.src.trim();
    if (/^https?:\/\/[^/\\]/i.test(typed)) {
      try {
        const url = new URL(typed);
        return { url: url.href, origin: url.origin, problem: null };
      } catch {
        // Reported below.
      }
    } else if (/^\/(?![/\\])/.test(typed)) {
      return { url: typed, origin: null, problem: null };
    }
    return {
      url: null,
      origin: null,
      problem:
        typed === ''
          ? 'Type the address where your site serves hotline-widget.js.'
          : `${JSON.stringify(typed)} is not a full https: address or a path on your site starting with "/"; the snippets use this copy until it is.`,
    };
  }
  const url = new URL('../hotline-widget.js', configuratorAddress);
  return { url: url.href, origin: url.origin, problem: null };
}

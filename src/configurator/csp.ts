/**
 * The Content-Security-Policy a page needs for the widget, as the README's
 * "Works on any page" writes it: scripts from the page and the script's origin,
 * data files (`connect-src`) from the same origin, no inline style, and Trusted
 * Types with Lit's policy; or the same with a nonce for sites that need inline
 * scripts.
 */

/** The placeholder a site's server replaces with a fresh random value for each response. */
export const NONCE_PLACEHOLDER = '{nonce}';

export interface CspOptions {
  /** The script's origin, when it is not the page's own. */
  origin: string | null;
  nonce: boolean;
  /** The page runs Lit of its own: a second `lit-html` policy must be allowed. */
  litOnPage: boolean;
}

export function contentSecurityPolicy({ origin, nonce, litOnPage }: CspOptions): string {
  const from = origin ? ` ${origin}` : '';
  const scripts = nonce ? `'nonce-${NONCE_PLACEHOLDER}' 'strict-dynamic'${from}` : `'self'${from}`;
  const styles = nonce ? `'self' 'nonce-${NONCE_PLACEHOLDER}'` : `'self'`;
  const directives = [
    "default-src 'self'",
    `script-src ${scripts}`,
    `connect-src 'self'${from}`,
    `style-src ${styles}`,
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types lit-html${litOnPage ? " 'allow-duplicates'" : ''}`,
  ];
  return `Content-Security-Policy: ${directives.join('; ')}`;
}

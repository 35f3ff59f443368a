/**
 * The live banner's own markup and styles for the `fallback` format's declarative shadow root:
 * the template `<hotline-banner>` renders (src/components/hotline-banner/banner-view.ts), written
 * to markup by Lit's server renderer (@lit-labs/ssr), under the banner's own styles. Where the
 * browser shows it (no script), it is laid out as the banner that later replaces it, so nothing
 * under it moves. Lit escapes every value it writes, as it does in the page.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { renderBanner, type BannerState } from '../components/hotline-banner/banner-view.js';
import { bannerStyles } from '../components/hotline-banner/hotline-banner.styles.js';
import { contactStyles } from '../components/common/hotline-contact.js';
import { baseStyles } from '../styles/base.js';

/** The class of the copy in the shadow root; the banner's styles hide it once it is live. */
export const LIVE_COPY_CLASS = 'fallback';

/**
 * Which of the two shows. Before the script: the copy (the banner's own styles hide it, so it is
 * shown again here). Once the script has upgraded the element, Lit renders the live banner before
 * the copy, in the same shadow root, and adopts the banner's styles after this sheet, so that
 * they hide the copy again; but while the live banner still waits for what it shows
 * (`aria-busy="true"`), the copy stays and the live one is hidden.
 */
const HANDOVER = `.${LIVE_COPY_CLASS} { display: block; } section[aria-busy="true"]:has(~ .${LIVE_COPY_CLASS}) { display: none; } section[aria-busy="true"] ~ .${LIVE_COPY_CLASS} { display: block; }`;

/** CSS as written in the sources, without comments, each run of white space one space. */
const compactCss = (text: string) => text.replace(/\/\*[^]*?\*\//g, '').replace(/[ \t\n\r\f]+/g, ' ').trim();

/** The banner's styles, as the element adopts them, and the handover. */
const STYLES = compactCss([baseStyles, contactStyles, bannerStyles].map((sheet) => sheet.cssText).join('\n') + HANDOVER);

/**
 * The live banner's markup for `state`: Lit's markers taken out, each run of HTML white space one
 * space (as the browser lays it out; a no-break space is not HTML white space and stays), the
 * heading's id its own, so that the two never share one.
 */
export function liveBannerMarkup(state: BannerState, compact: boolean): string {
  const markup = collectResultSync(render(renderBanner(state, compact, () => {})));
  return markup
    .replace(/<!--\/?lit-(?:part|node)[^>]*-->/g, '')
    .replace(/[ \t\n\r\f]+/g, ' ')
    .replace(' id="heading"', ' id="fallback-heading"')
    .replace(' aria-labelledby="heading"', ' aria-labelledby="fallback-heading"')
    .trim();
}

/** The declarative shadow root: the banner's styles and its live markup, in a copy the live banner replaces. */
export function liveShadowRoot(state: BannerState, compact: boolean): string {
  return `<template shadowrootmode="open"><style>${STYLES}</style><div class="${LIVE_COPY_CLASS}">${liveBannerMarkup(state, compact)}</div></template>`;
}

/**
 * `import { renderStatic } from 'hotline-widget/static'`: the banner's help as static markup, for
 * places where no script runs: newsletters and email, feeds, syndicated stories, pages that block
 * JavaScript. The same decisions and words as `<hotline-banner>` (src/content/), from every
 * country's lines and every language's messages built into this module: it answers at once, in
 * Node and in browsers, and asks nobody for anything. The drop-in script never imports it.
 *
 * ```js
 * renderStatic({ country: 'GB', lang: 'en', format: 'html' });
 * ```
 */
import { staticBannerState, staticContent, type StaticContent } from './content.js';
import { liveShadowRoot } from './live.js';
import type { BannerState } from '../components/hotline-banner/banner-view.js';
import { toEmailHtml, toFallbackHtml, toMarkdown, toText } from './formats.js';
import { resolveStatic, type ResolvedStatic, type StaticFormat, type StaticOptions } from './options.js';
import { supportedCountries } from '../data/countries.js';
import { LANGUAGES } from '../locale/generated/languages.js';

export { STATIC_FORMATS, STATIC_VARIANTS, type StaticFormat, type StaticOptions, type StaticVariant } from './options.js';

type Writer = (content: StaticContent, resolved: ResolvedStatic, state: BannerState) => string;

/**
 * The fallback: the live banner's own markup in a declarative shadow root (laid out as the banner
 * that replaces it), and the same help as plain HTML in the light DOM, for where that root is not
 * made (a feed reader, a page that inserts it as text, a browser without declarative shadow DOM).
 */
const toFallback: Writer = (content, resolved, state) => `${liveShadowRoot(state, resolved.compact)}\n${toFallbackHtml(content)}`;

const WRITERS: Readonly<Record<StaticFormat, Writer>> = {
  html: toEmailHtml,
  text: toText,
  markdown: toMarkdown,
  fallback: toFallback,
};

/**
 * The banner for `country` in `lang` as a string:
 * - `html`: a block for email and feeds: inline styles only, its own colours (readable in dark
 *   mode), one column that fits 320 px, every channel and emergency number a link;
 * - `text`: plain text (numbers as written, addresses in full), for a plain-text email or an SMS;
 * - `markdown`: CommonMark, every channel and number a link;
 * - `fallback`: to put inside `<hotline-banner>`: the live banner's own markup and styles in a
 *   declarative shadow root, and the same help as plain HTML for where that root is not made; no
 *   script. With the script, the live banner takes its place without moving anything.
 *
 * As the widget: a country with no line (or `country: null`) gives the international card, never
 * another country's number. A bad value throws a TypeError naming the key and the value.
 */
export function renderStatic(options: StaticOptions): string {
  const resolved = resolveStatic(options, (key) => key, 'renderStatic: ');
  const state = staticBannerState(resolved);
  return WRITERS[resolved.format](staticContent(resolved, state), resolved, state);
}

/** The countries with a line in this build (the others get the international card). */
export function staticCountries(): string[] {
  return supportedCountries();
}

/** The languages this build speaks. */
export function staticLanguages(): string[] {
  return [...LANGUAGES];
}

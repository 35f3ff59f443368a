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
import { staticContent } from './content.js';
import { toEmailHtml, toFallbackHtml, toMarkdown, toText } from './formats.js';
import { resolveStatic, type StaticFormat, type StaticOptions } from './options.js';
import { supportedCountries } from '../data/countries.js';
import { LANGUAGES } from '../locale/generated/languages.js';

export { STATIC_FORMATS, STATIC_VARIANTS, type StaticFormat, type StaticOptions, type StaticVariant } from './options.js';

const WRITERS: Readonly<Record<StaticFormat, (content: ReturnType<typeof staticContent>) => string>> = {
  html: toEmailHtml,
  text: toText,
  markdown: toMarkdown,
  fallback: toFallbackHtml,
};

/**
 * The banner for `country` in `lang` as a string:
 * - `html`: a block for email and feeds: inline styles only, its own colours (readable in dark
 *   mode), one column that fits 320 px, every channel and emergency number a link;
 * - `text`: plain text (numbers as written, addresses in full), for a plain-text email or an SMS;
 * - `markdown`: CommonMark, every channel and number a link;
 * - `fallback`: plain semantic HTML, no style and no script, to put inside `<hotline-banner>`.
 *
 * As the widget: a country with no line (or `country: null`) gives the international card, never
 * another country's number. A bad value throws a TypeError naming the key and the value.
 */
export function renderStatic(options: StaticOptions): string {
  const resolved = resolveStatic(options, (key) => key, 'renderStatic: ');
  return WRITERS[resolved.format](staticContent(resolved));
}

/** The countries with a line in this build (the others get the international card). */
export function staticCountries(): string[] {
  return supportedCountries();
}

/** The languages this build speaks. */
export function staticLanguages(): string[] {
  return [...LANGUAGES];
}

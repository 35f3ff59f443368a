/**
 * The options of `renderStatic` (and of the command `hotline-widget snippet`), checked by the
 * widget's own checkers (src/config/checks.ts), so that a bad value is named as the widget names
 * it: `country="GBR" is not a two-letter country code (ISO 3166-1).` The widget reports such a
 * value and shows what it can; a static block has no console to report to and no visitor to show
 * it to, so every problem is thrown as a TypeError, with the widget's sentence about what it would
 * do instead left out. Two things are not problems, as in the widget: a country with no line (the
 * international card), and markup in a site owner's line's name (shown as text).
 */
import { checkChoice, checkCountry, checkHotlines, checkLanguage, checkStrings } from '../config/checks.js';
import { didYouMean } from '../config/suggest.js';
import { quote } from '../config/quote.js';
import { isCountryCode } from '../config/resolve-country.js';
import type { OwnHotlineConfig } from '../config/types.js';
import type { Hotline } from '../data/types.js';
import { LANGUAGES } from '../locale/generated/languages.js';
import { directionOf, FALLBACK_LANGUAGE, negotiateLanguage } from '../locale/negotiate.js';

export const STATIC_FORMATS = ['html', 'text', 'markdown', 'fallback'] as const;
export type StaticFormat = (typeof STATIC_FORMATS)[number];

export const STATIC_VARIANTS = ['full', 'compact'] as const;
export type StaticVariant = (typeof STATIC_VARIANTS)[number];

export interface StaticOptions {
  /**
   * ISO 3166-1 alpha-2 code, any case: that country's lines, or the international card where the
   * data has none. `null`: the international card. (`auto` is refused: a static block has no
   * visitor whose country could be found.)
   */
  country: string | null;
  /** BCP 47 tag, any case, negotiated as the widget does (`pt` in Brazil is `pt-BR`, `en-GB` is `en`). */
  lang: string;
  format: StaticFormat;
  /** The site owner's own lines, shown first, as in `HotlineWidgetConfig.hotlines`. */
  hotlines?: readonly OwnHotlineConfig[];
  /** Your own words for any message, by its path: `{ "banner.heading": "Need help?" }` (or the same as JSON). */
  strings?: Readonly<Record<string, string>> | string;
  /** `full` (default) or `compact`, as the banner's `variant`. */
  variant?: StaticVariant;
}

const KEYS = ['country', 'lang', 'format', 'hotlines', 'strings', 'variant'] as const;
export type StaticOptionKey = (typeof KEYS)[number];

/** How a key is named in messages: `country` for the function, `--country` for the command. */
export type StaticKeyNamer = (key: StaticOptionKey) => string;

/** The options, checked: what src/static/content.ts needs. */
export interface ResolvedStatic {
  /** Upper case; null for the international card. */
  country: string | null;
  /** A language of this build. */
  lang: string;
  dir: 'ltr' | 'rtl';
  format: StaticFormat;
  compact: boolean;
  ownLines: readonly Hotline[];
  strings: Readonly<Record<string, string>>;
  /** What the widget would say but is no mistake here (a country with no line yet, markup shown as text). */
  notes: string[];
}

/**
 * What the widget adds after a problem, about what it does instead ("; showing the international
 * card."): not true of a static renderer, which does nothing instead but throw. Only at the end
 * of the message, where the checkers put it, before a "Did you mean ...?".
 */
const WIDGET_CONSEQUENCE =
  /; (?:showing the international card|choosing the language automatically|using "[^"]*"|it is ignored|the usual words stay|this line is left out)\.((?: Did you mean "[^"]*"\?)?)$/;
const withoutConsequence = (problem: string) => problem.replace(WIDGET_CONSEQUENCE, '.$1');

/** The checker's "no translation for this language yet" (src/config/checks.ts `checkLanguage`). */
const NO_TRANSLATION = /: no translation for this language yet; /;

/** Markup in a name is shown as text, by every format: a note, not a mistake. */
const MARKUP_NOTE = / contains markup; it is shown as plain text\.$/;

/**
 * Checks `options` as `renderStatic` takes them. Throws a TypeError naming the first bad key and
 * its value (`prefix` before it: "renderStatic: ").
 */
export function resolveStatic(options: unknown, nameOf: StaticKeyNamer = (key) => key, prefix = ''): ResolvedStatic {
  const fail = (message: string): never => {
    throw new TypeError(`${prefix}${withoutConsequence(message)}`);
  };
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    return fail(`the options ${quote(options)} are not an object: give { country, lang, format }.`);
  }
  // Own properties only, as the widget reads its settings: an option a page wrote on
  // Object.prototype (`hotlines`, `strings`) is not an option.
  const given: Readonly<Record<string, unknown>> = Object.assign(Object.create(null), options);
  for (const key of Object.keys(given)) {
    if (!(KEYS as readonly string[]).includes(key)) fail(`unknown option ${quote(key)}.${didYouMean(key, KEYS)}`);
  }
  const problems: string[] = [];
  const notes: string[] = [];
  /** Runs one checker; its problems are thrown, but for those `isNote` keeps as notes. */
  const checked = <T>(key: StaticOptionKey, check: (value: unknown, name: string, problems: string[]) => T, isNote = (_problem: string) => false): T => {
    const result = check(given[key], nameOf(key), problems);
    for (const problem of problems.splice(0)) (isNote(problem) ? notes : problems).push(problem);
    if (problems.length > 0) fail(problems[0]!);
    return result;
  };
  const missing = (key: StaticOptionKey, what: string) => given[key] === undefined && fail(`${nameOf(key)} is missing: give ${what}.`);

  // The country: a code (any case), or null for the international card.
  let country: string | null = null;
  missing('country', 'a two-letter country code (ISO 3166-1)');
  if (given.country !== null) {
    const code = checked('country', checkCountry, () => true);
    if (code === 'auto') fail(`${nameOf('country')}="auto": a static block has no visitor whose country could be found; give a two-letter country code (ISO 3166-1).`);
    // Not a code: the checker's problem (its notes are then the mistake).
    if (!isCountryCode(code)) fail(notes.pop() ?? `${nameOf('country')}=${quote(given.country)} is not a country code.`);
    country = code!;
  }

  missing('lang', 'a language tag (BCP 47), such as "en" or "pt-BR"');
  const noTranslation = (problem: string) => NO_TRANSLATION.test(problem);
  const tag = checked('lang', checkLanguage, noTranslation);
  if (tag === 'auto') fail(`${nameOf('lang')}="auto": a static block has no visitor whose language could be found; give a language tag (BCP 47).`);
  const lang = negotiateLanguage([tag], LANGUAGES, country);
  // The widget shows English where no translation matched, and says so: here, that is a mistake.
  // (Its checker also says so of a tag Intl writes otherwise than the translation, as `tl` for
  // Filipino, which is `fil` to Intl: matched all the same, so no mistake.)
  const untranslated = notes.findIndex(noTranslation);
  if (untranslated >= 0) {
    const [problem] = notes.splice(untranslated, 1);
    if (lang === FALLBACK_LANGUAGE && !/^en\b/i.test(tag!)) fail(problem!);
  }

  missing('format', STATIC_FORMATS.join(', '));
  const format = checked('format', (value, name, found) => checkChoice(value, name, STATIC_FORMATS, found))!;
  const variant = given.variant === undefined ? 'full' : checked('variant', (value, name, found) => checkChoice(value, name, STATIC_VARIANTS, found));
  const strings = given.strings === undefined ? {} : (checked('strings', checkStrings) ?? {});
  const ownLines = given.hotlines === undefined ? [] : (checked('hotlines', checkHotlines, (problem) => MARKUP_NOTE.test(problem)) ?? []);

  return { country, lang, dir: directionOf(lang), format, compact: variant === 'compact', ownLines, strings, notes };
}

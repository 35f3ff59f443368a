/**
 * The attributes and events of the three elements, as the elements really
 * accept them (src/components/*, custom-elements.json), for the framework
 * typings beside this file (`hotline-widget/react`, `hotline-widget/vue`,
 * `hotline-widget/svelte`). Value types come from the library's own exported
 * types wherever it has them, so that they cannot drift from the elements.
 *
 * Hand-written: `tests/node/guides.test.mjs` compiles the examples of
 * docs/examples/ against these files, and copies of them with a misspelt
 * attribute name or value, which must fail.
 */
import type {
  Audience,
  BannerVariant,
  ChecklistVariant,
  HotlineContactEvent,
  HotlineErrorEvent,
  QuickExitPosition,
  Shortcut,
} from 'hotline-widget';

type UpperLetter =
  | 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J' | 'K' | 'L' | 'M'
  | 'N' | 'O' | 'P' | 'Q' | 'R' | 'S' | 'T' | 'U' | 'V' | 'W' | 'X' | 'Y' | 'Z';
type Letter = UpperLetter | Lowercase<UpperLetter>;

/**
 * An ISO 3166-1 alpha-2 code, any case (`GB`, `gb`). Any two letters pass the
 * type; the element says in the console when it has no line for a code, and
 * shows the international card. A value computed at run time is a `string`:
 * write `country={code as CountryCode}` once you have checked it.
 */
export type CountryCode = `${Letter}${Letter}`;

/** A country, or `auto`: the device's time zone, then the page's and the browser's languages. */
export type CountryAttribute = CountryCode | 'auto';

/** `shift3`, `esc2`, `both` or `none` (the element also takes a space-separated list of the first two). */
export type ShortcutAttribute = Shortcut | 'both' | 'none' | 'shift3 esc2' | 'esc2 shift3';

/** What every element takes. */
export interface CommonAttributes {
  /** BCP 47 tag of the element's language, any case (`es`, `pt-BR`); default: the page's setting, `<html lang>`, the browser's. */
  lang?: string;
  /**
   * Your own words for any message, as JSON by message path, shown as text:
   * `'{"banner.heading": "Need help?"}'`. Paths are in src/locale/messages/en.ts.
   */
  strings?: string;
}

/** `<hotline-banner>` */
export interface HotlineBannerAttributes extends CommonAttributes {
  /** ISO 3166-1 alpha-2 code, or `auto` (default: the page's setting, else automatic). */
  country?: CountryAttribute;
  /** `full` (default) or `compact`. */
  variant?: BannerVariant;
}

/** `<hotline-signs-checklist>` */
export interface HotlineSignsChecklistAttributes extends CommonAttributes {
  /** ISO 3166-1 alpha-2 code, or `auto`. */
  country?: CountryAttribute;
  /** Who reads the list (default `public`). */
  audience?: Audience;
  /** `full` (default: every category open) or `compact` (categories as disclosures). */
  variant?: ChecklistVariant;
}

/**
 * `<hotline-quick-exit>`. Its boolean attribute `new-tab` is typed by each
 * framework's file, since frameworks write `false` differently.
 */
export interface HotlineQuickExitAttributes extends CommonAttributes {
  /**
   * The full `https:` (or `http:`) address of a page on another site; a
   * relative address or one of your own site is refused (default: the page's
   * setting, then a neutral weather page).
   */
  href?: string;
  /** `top-end` (default), `bottom-end`, `top-start`, `bottom-start` or `inline`. */
  position?: QuickExitPosition;
  /** Which keyboard shortcuts leave the page (default: both, but not Shift x3 on touch-only devices). */
  shortcut?: ShortcutAttribute;
}

/**
 * The events each element fires on itself. `hotline-exit` and `hotline-ready`
 * are fired on `document`, not on an element: listen there.
 */
export interface HotlineBannerEvents {
  'hotline-contact': HotlineContactEvent;
  'hotline-error': HotlineErrorEvent;
}
export interface HotlineSignsChecklistEvents {
  'hotline-contact': HotlineContactEvent;
  'hotline-error': HotlineErrorEvent;
}
export interface HotlineQuickExitEvents {
  'hotline-error': HotlineErrorEvent;
}

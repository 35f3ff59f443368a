/** Configuration: what a site owner may set (contract sections 1 and 2). */
import type { Hotline } from '../data/types.js';
import type { Shortcut } from '../components/quick-exit/exit.js';

export const COMPONENTS = ['banner', 'quick-exit', 'checklist'] as const;
export type Component = (typeof COMPONENTS)[number];

export const AUDIENCES = ['public', 'self', 'hospitality', 'transport', 'healthcare', 'finance', 'employer'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * `window.HotlineWidgetConfig` and `HotlineWidget.configure()` as a site owner
 * writes them. Values are checked at run time: a wrong one is reported and
 * ignored, never thrown.
 */
export interface HotlineWidgetConfig {
  /**
   * ISO 3166-1 alpha-2, any case, or `auto`: the country of the device's time
   * zone, then the region of the page's and the browser's languages.
   */
  country?: string;
  /** BCP 47 tag, any case, or `auto`. */
  lang?: string;
  /** `banner`, `quick-exit`, `checklist`, as a list or a space/comma separated string, or `none`. */
  components?: string | readonly string[];
  /** CSS selector of the element to mount the banner and checklist into. */
  target?: string;
  /** The full `https:` or `http:` address of a page on another site that the quick exit goes to. */
  exitUrl?: string;
  audience?: string;
  theme?: string;
  /** The site owner's own lines, shown before (or instead of) the built-in ones. */
  hotlines?: readonly OwnHotlineConfig[];
  /** Quick-exit shortcuts: `shift3`, `esc2`, `both` or `none` (default: both, but not Shift x3 on touch-only devices). */
  shortcut?: string | readonly string[];
  /** Quick exit: also open the exit page in a new tab on a click or tap. */
  newTab?: boolean | string;
  /**
   * Your own words for any message, by its path in the English catalogue
   * (`src/locale/messages/en.ts`): `{ "banner.heading": "Need help?" }`. Shown
   * as text, in every language.
   */
  strings?: Readonly<Record<string, string>>;
}

/** A site owner's own hotline, as written in the configuration. */
export interface OwnHotlineConfig {
  /** ISO 3166-1 alpha-2 country the line serves. */
  country: string;
  name: string;
  organisation?: string;
  /** Phone number as it should be shown; `+` and country code make it dialable from anywhere. */
  phone?: string;
  /** Number that takes text messages. */
  text?: string;
  /** `https:` addresses. */
  chat?: string;
  web?: string;
  email?: string;
  /** true: show only the site owner's lines for this country. */
  replace?: boolean;
}

/** Configuration after checking: every value is known to be usable. */
export interface WidgetSettings {
  /** Upper-case two-letter code, or `auto`. */
  country: string;
  /** A canonical BCP 47 tag, or `auto`. */
  lang: string;
  components: readonly Component[];
  target: string | null;
  exitUrl: string | null;
  audience: Audience;
  theme: Theme;
  hotlines: readonly Hotline[];
  /** null: the default shortcuts. */
  shortcut: readonly Shortcut[] | null;
  newTab: boolean;
  /** The site owner's own words, by message path. */
  strings: Readonly<Record<string, string>>;
}

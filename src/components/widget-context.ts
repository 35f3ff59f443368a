/**
 * Turns settings into what a component renders, in one direction:
 * element attributes and page settings -> country and language -> data and
 * messages. Re-renders the host when the page settings, its own `lang`,
 * `<html lang>` or the browser's languages change, so a site's language switch
 * and `configure()` apply live.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { HotlineContactEvent, type ContactChannel } from '../events.js';
import { reportProblem } from '../config/report.js';
import { checkStrings } from '../config/validate.js';
import { onPageSettingsChange, pageSettings } from '../config/page-settings.js';
import { resolveCountry } from '../config/resolve-country.js';
import type { Theme, WidgetSettings } from '../config/types.js';
import { countryOfTimeZone, helpFor } from '../data/lookup.js';
import type { CountryHelp } from '../data/types.js';
import { messagesFor, supportedLanguages, withOwnWords, type Messages } from '../locale/catalogue.js';
import { directionOf, negotiateLanguage } from '../locale/negotiate.js';
import { own } from '../page-document.js';

export interface ContextHost extends ReactiveControllerHost, HTMLElement {
  /** The element's own `country` attribute, if any. */
  country?: string | null;
}

export interface ResolvedContext {
  /** The country shown: null for the international card, and while `resolvingCountry`. */
  country: string | null;
  /** True while the device's time zone table loads: no country and no hotline are shown yet. */
  resolvingCountry: boolean;
  lang: string;
  dir: 'ltr' | 'rtl';
  messages: Messages;
  help: CountryHelp | null;
  theme: Theme;
  settings: Readonly<WidgetSettings>;
  /** A data file this render waits for (time zones, a continent's lines); null when all is here. */
  pending: Promise<unknown> | null;
}

/** Checks one value, pushing a message per problem (the checkers of `config/validate.ts`). */
export type Check = (value: unknown, name: string, problems: string[]) => unknown;

/**
 * Every connected context, told by one observer for the page when a `lang` or
 * `strings` attribute changes anywhere: `<html lang>` is every element's; any
 * other such change renders again only the elements whose own language or
 * words it changed. (One observer per element would re-render 500 banners for
 * a `<span lang>` the host toggles elsewhere.)
 */
const watching = new Set<WidgetContext>();
const languageObserver = new MutationObserver((records) => {
  const everyone = records.some((record) => record.target === own('documentElement'));
  for (const context of watching) context.languageMayHaveChanged(everyone);
});

export class WidgetContext implements ReactiveController {
  #unsubscribe: (() => void) | null = null;
  readonly #onLanguageChange = () => this.#host.requestUpdate();
  /** The language the element was in when it last resolved, to tell whether a change touched it. */
  #seenLang: string | null | undefined;
  readonly #host: ContextHost;
  /** A data file of the host's own that a render may wait for (the checklist's audience). */
  readonly #hostPending: () => Promise<unknown> | null;
  readonly #awaited = new WeakSet<Promise<unknown>>();
  /** What the last `current` waited for: read after an update without resolving again. */
  #lastPending: Promise<unknown> | null = null;

  /** Dispatches `hotline-contact` from the host: for every contact link's click. */
  readonly contact = (channel: ContactChannel) => {
    this.#host.dispatchEvent(new HotlineContactEvent({ channel, country: this.current.country }));
  };

  constructor(host: ContextHost, hostPending: () => Promise<unknown> | null = () => null) {
    this.#host = host;
    this.#hostPending = hostPending;
    host.addController(this);
  }

  #pending(): Promise<unknown> | null {
    return this.#lastPending ?? this.#hostPending();
  }

  hostConnected(): void {
    this.#unsubscribe = onPageSettingsChange(() => this.#host.requestUpdate());
    // The lang the element is in (its own, or a section's around it) and the page's, wherever they
    // change; and the element's own words.
    if (watching.size === 0) languageObserver.observe(own('documentElement'), { attributeFilter: ['lang', 'strings'], subtree: true });
    watching.add(this);
    window.addEventListener('languagechange', this.#onLanguageChange);
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    watching.delete(this);
    if (watching.size === 0) languageObserver.disconnect();
    window.removeEventListener('languagechange', this.#onLanguageChange);
  }

  /** Renders again when a data file the last render waited for has arrived (or failed). */
  hostUpdated(): void {
    const pending = this.#pending();
    if (pending && !this.#awaited.has(pending)) {
      this.#awaited.add(pending);
      void pending.then(() => this.#host.requestUpdate());
    }
  }

  /**
   * The host's updateComplete, extended until no data file is pending, so that
   * `HotlineWidget.ready` and tests see the hotline, not a loading state.
   */
  async settled(updateComplete: () => Promise<boolean>): Promise<boolean> {
    let complete = await updateComplete();
    for (let pending = this.#pending(); pending; pending = this.#pending()) {
      await pending;
      complete = await updateComplete();
    }
    return complete;
  }

  /** Renders the host again if the page's language changed, or the language it is in, or its own words. */
  languageMayHaveChanged(everyone: boolean): void {
    // Its words: the `strings` attribute #ownStrings last read.
    if (everyone || this.#seenLang !== this.#ownLang() || this.#stringsAttribute !== this.#host.getAttribute('strings')) this.#host.requestUpdate();
  }

  /** Computed on every read: cheap, and never stale. */
  get current(): ResolvedContext {
    this.#seenLang = this.#ownLang();
    const resolved = resolveContext(this.#seenLang, this.#host.country, this.#ownStrings());
    this.#lastPending = resolved.pending;
    return resolved;
  }

  #stringsAttribute: string | null = null;
  #strings: Readonly<Record<string, string>> = {};

  /** The element's `strings` attribute (JSON: `{"banner.heading": "..."}`), checked when it changes. */
  #ownStrings(): Readonly<Record<string, string>> {
    const attribute = this.#host.getAttribute('strings');
    if (attribute !== this.#stringsAttribute) {
      this.#stringsAttribute = attribute;
      const problems: string[] = [];
      this.#strings = attribute === null ? {} : (checkStrings(attribute, `<${this.#host.localName} strings>`, problems) ?? {});
      for (const problem of problems) reportProblem(this.#host, problem);
    }
    return this.#strings;
  }

  /**
   * The language the element is in: its own `lang`, or that of a section
   * around it (`<article lang="es">`), but not `<html lang>`, which comes
   * after the site owner's setting.
   */
  #ownLang(): string | null {
    const marked = this.#host.closest('[lang]');
    return marked && marked !== own('documentElement') ? marked.getAttribute('lang') : null;
  }

  /** Reports a bad attribute value from the host element (console and `hotline-error`). */
  check(check: Check, value: unknown, attribute: string): void {
    const problems: string[] = [];
    check(value, `<${this.#host.localName} ${attribute}>`, problems);
    for (const problem of problems) reportProblem(this.#host, problem);
  }
}

/** The IANA zone the device is set to; undefined where a page's replaced `Intl` cannot say (the languages decide). */
function deviceTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * What to show for an element with this own `lang` and `country` (null for
 * none), given the page settings, `<html lang>` and the browser's languages.
 */
export function resolveContext(
  ownLang: string | null,
  ownCountry: string | null | undefined,
  ownStrings: Readonly<Record<string, string>> = {},
): ResolvedContext {
  const settings = pageSettings();
  const languageTags = [ownLang, settings.lang === 'auto' ? null : settings.lang, own('documentElement').lang];
  const browserLanguages = navigator.languages ?? [navigator.language];
  let zonePending: Promise<unknown> | null = null;
  const timeZoneCountry = () => {
    const zone = countryOfTimeZone(deviceTimeZone());
    zonePending = zone.pending;
    return zone.country;
  };
  const resolved = resolveCountry({ requested: ownCountry || settings.country, timeZoneCountry, languageTags, browserLanguages });
  const country = resolved ?? null;
  const supported = supportedLanguages();
  const negotiated = negotiateLanguage([...languageTags, ...browserLanguages], supported, country);
  // Until the country is known, a language with regional varieties (`pt`) waits in English rather than load a variety it may not keep.
  const lang = resolved === undefined && supported.some((tag) => tag.startsWith(`${negotiated}-`)) ? 'en' : negotiated;
  const help = resolved === undefined ? null : helpFor(country, settings.hotlines);
  const { messages, pending: messagesPending } = messagesFor(lang);
  return {
    country,
    resolvingCountry: resolved === undefined,
    lang,
    dir: directionOf(lang),
    // The element's own words over the page's, over the language's.
    messages: withOwnWords(messages, { ...settings.strings, ...ownStrings }),
    help,
    theme: settings.theme,
    settings,
    pending: messagesPending ?? zonePending ?? help?.pending ?? null,
  };
}

/**
 * The page's own country and language (no element's), once the time zone's
 * table has settled where it was needed: what `HotlineWidget.ready` and
 * `hotline-ready` report, and what the quick exit's shortcuts follow.
 */
export async function settledPageContext(): Promise<ResolvedContext> {
  let context = resolveContext(null, null);
  while (context.resolvingCountry) {
    await context.pending;
    context = resolveContext(null, null);
  }
  return context;
}

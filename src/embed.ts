/**
 * The drop-in script (`dist/hotline-widget.js`): reads the script's `data-*`
 * and `window.HotlineWidgetConfig`, checks them, mounts the elements asked for
 * and exposes `window.HotlineWidget`. The only module that reads the page's
 * globals and the script tag (components read `config/page-settings`).
 */
import { bootScript } from './embed-boot.js';
import { exitNow, setExitUrl, setNewTab, setShortcuts } from './components/quick-exit/exit.js';
import { pageExitDestination } from './components/quick-exit/destination.js';
import './define.js';
import { isOurs } from './define-element.js';
import { checkConfig, configKeys } from './config/validate.js';
import { reportProblem, quote } from './config/report.js';
import { closestMatch } from './config/suggest.js';
import { pageSettings, updatePageSettings } from './config/page-settings.js';
import { resolveContext, settledPageContext } from './components/widget-context.js';
import type { Component, HotlineWidgetConfig, WidgetSettings } from './config/types.js';
import { supportedCountries } from './data/lookup.js';
import { setDataBase } from './data/remote.js';
import { supportedLanguages } from './locale/catalogue.js';
import { HotlineReadyEvent } from './events.js';
import { VERSION } from './version.js';
import { create, emit, own, query } from './page-document.js';

/** `window.HotlineWidget` (contract section 2). */
export interface HotlineWidgetApi {
  readonly version: string;
  /** Resolves once the script has mounted what it was asked to. */
  readonly ready: Promise<{ country: string | null; lang: string }>;
  /** Changes settings; every mounted element updates live. */
  configure(config: HotlineWidgetConfig): void;
  /** The quick exit, from code. */
  exit(): void;
  /** Countries with a hotline in this build. */
  countries(): string[];
  /** Languages this build speaks. */
  languages(): string[];
}

declare global {
  interface Window {
    HotlineWidgetConfig?: HotlineWidgetConfig;
    HotlineWidget?: HotlineWidgetApi;
  }
}

const TAGS: Record<Component, string> = {
  banner: 'hotline-banner',
  checklist: 'hotline-signs-checklist',
  'quick-exit': 'hotline-quick-exit',
};

/** `exitUrl` -> `data-exit-url`, for messages. */
const dataAttributeOf = (key: string) => `data-${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;

function readScriptAttributes(script: HTMLScriptElement | null, problems: string[]): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(script?.dataset ?? {})) {
    if (key === 'hotlines') {
      // The attribute form of `hotlines`: the same list, as JSON.
      try {
        raw[key] = JSON.parse(value ?? '');
      } catch {
        problems.push(`data-hotlines=${quote(value)} is not JSON; it is ignored.`);
      }
    } else if (configKeys.includes(key)) raw[key] = value;
    else {
      // Other tools put their own data-* on script tags; only a near miss of ours is worth a message.
      const match = closestMatch(key, configKeys);
      if (match) problems.push(`${dataAttributeOf(key)}=${quote(value)} on the script is ignored. Did you mean "${dataAttributeOf(match)}"?`);
    }
  }
  return raw;
}

/** `window.HotlineWidgetConfig`, checked: the settings to keep, and a message per problem in `problems`. */
function checkGlobalConfig(problems: string[]): Partial<WidgetSettings> {
  const config: unknown = window.HotlineWidgetConfig;
  if (config === undefined) return {};
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    problems.push(`window.HotlineWidgetConfig=${quote(config)} is not an object; it is ignored.`);
    return {};
  }
  const checked = checkConfig(config as Record<string, unknown>, (key) => `HotlineWidgetConfig.${key}`);
  problems.push(...checked.problems);
  return checked.settings;
}

function reportAll(problems: readonly string[]): void {
  for (const problem of problems) reportProblem(document, problem);
}

/** The elements this script mounted, so that `configure({ components })` can add and remove them. */
const mounted = new Map<Component, HTMLElement>();

function whenDomReady(): Promise<void> {
  return own('readyState') === 'loading'
    ? new Promise((resolve) => window.addEventListener('DOMContentLoaded', () => resolve(), { once: true }))
    : Promise.resolve();
}

/** Where the banner and checklist go: `target`, else right after the script, else the end of `<body>`. */
function placeInPage(element: HTMLElement, settings: Readonly<WidgetSettings>): void {
  const target = settings.target ? query(settings.target) : null;
  if (settings.target && !target) reportProblem(document, `target=${quote(settings.target)} matches no element; mounting in the default place.`);
  if (target) target.append(element);
  else if (bootScript?.isConnected && bootScript.parentElement && bootScript.parentElement !== own('head')) {
    // After the script, and after what was mounted there before (banner, then checklist).
    const before = [...mounted.values()].filter((other) => other !== element && other.previousElementSibling === bootScript);
    (before[0] ?? bootScript).after(element);
  } else own('body').append(element);
}

function mount(component: Component, element: HTMLElement): void {
  // The quick exit first in the page, so that it is among the first things Tab reaches.
  if (component === 'quick-exit') own('body').prepend(element);
  else placeInPage(element, pageSettings());
}

function reconcileMounted(): void {
  const settings = pageSettings();
  for (const [component, element] of mounted) {
    if (!settings.components.includes(component)) {
      element.remove();
      mounted.delete(component);
    }
  }
  for (const component of settings.components) {
    // Another library's element under our name is not ours to mount (define-element.ts said so).
    if (mounted.has(component) || !isOurs(TAGS[component])) continue;
    const element = create(TAGS[component]);
    mounted.set(component, element);
    mount(component, element);
  }
}

/**
 * Single-page apps and page-swapping tools (Turbo, pjax) replace `<body>`:
 * what this script mounted moves into the new one, the same elements, so that
 * nothing is mounted twice and the quick exit stays on every page.
 */
function followBodySwaps(): void {
  new MutationObserver(() => {
    if (!own('body')) return;
    for (const [component, element] of mounted) if (!element.isConnected) mount(component, element);
  }).observe(own('documentElement'), { childList: true });
}

function configure(config: HotlineWidgetConfig): void {
  if (typeof config !== 'object' || config === null) {
    reportAll([`configure(${quote(config)}) needs an object of settings.`]);
    return;
  }
  const { settings, problems } = checkConfig(config as Record<string, unknown>, (key) => `configure({ ${key} })`);
  reportAll(problems);
  updatePageSettings(settings);
  applyExitSettings();
  if (own('body')) reconcileMounted();
}

/** Where the shortcuts go on a page: its setting, else the country's default exit page. */
const setPageExit = (country: string | null) => setExitUrl(pageExitDestination(pageSettings().exitUrl, country));

/** The quick exit's page-wide settings reach its core, which also serves pages without a button. */
function applyExitSettings(): void {
  const { shortcut, newTab } = pageSettings();
  const { country, resolvingCountry } = resolveContext(null, null);
  setPageExit(country);
  // Again once the time zone has said where the visitor is; a quick-exit button on the page sets
  // its own destination when it updates.
  if (resolvingCountry) void settledPageContext().then((settled) => query('hotline-quick-exit') || setPageExit(settled.country));
  setShortcuts(shortcut);
  setNewTab(newTab);
}

function start(): void {
  // The continents' hotlines and the time zone table sit in data/ beside the script.
  if (bootScript?.src) setDataBase(new URL('data/', bootScript.src));
  const problems: string[] = [];
  const globalAtStart = window.HotlineWidgetConfig;
  const fromGlobal = checkGlobalConfig(problems);
  const fromScript = checkConfig(readScriptAttributes(bootScript, problems), (key) => dataAttributeOf(key), { ignoreUnknown: true });
  problems.push(...fromScript.problems);
  // Precedence: script data-* over HotlineWidgetConfig over the defaults ("auto").
  const apply = (global: Partial<WidgetSettings>) => {
    updatePageSettings({ ...global, ...fromScript.settings });
    applyExitSettings();
  };
  apply(fromGlobal);

  const ready = whenDomReady().then(async () => {
    // A HotlineWidgetConfig set later in the page than the script (a CMS block
    // below it) is read once more when the page has been parsed, still under
    // the script's data-*.
    if (window.HotlineWidgetConfig !== globalAtStart) {
      const late: string[] = [];
      apply(checkGlobalConfig(late));
      reportAll(late);
    }
    reconcileMounted();
    followBodySwaps();
    await Promise.all([...mounted.values()].map((element) => (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
    // The country actually chosen: after the time zone's table, where the country is automatic.
    const { country, lang } = await settledPageContext();
    const detail = { country, lang };
    emit(document, new HotlineReadyEvent(detail));
    return detail;
  });

  // Page markup with id or name "HotlineWidget" is what window.HotlineWidget gives until this own property hides it.
  if (window.HotlineWidget) problems.push(`window.HotlineWidget was taken by the page (an element with id or name "HotlineWidget"?); it is now the widget's API.`);
  window.HotlineWidget = (window as unknown as Record<symbol, HotlineWidgetApi>)[STARTED] = Object.freeze({
    version: VERSION,
    ready,
    configure,
    exit: () => exitNow('api'),
    countries: supportedCountries,
    languages: supportedLanguages,
  });
  reportAll(problems);
}

/**
 * A second copy of the script (same or another version) leaves the first in
 * charge. Found through a symbol, never `window.HotlineWidget`, which page
 * markup can name (`<a id="HotlineWidget">`); a copy of 0.1.0 left only that,
 * with its `exit`.
 */
const STARTED = Symbol.for('hotline-widget.api');
const earlier = (window as unknown as Record<symbol, unknown>)[STARTED] ?? window.HotlineWidget;
if (typeof (earlier as HotlineWidgetApi | undefined)?.exit !== 'function') start();

/**
 * Checks configuration as a site owner wrote it (script `data-*`,
 * `HotlineWidgetConfig`, `configure()`) and turns it into settings the
 * components can trust. Every problem becomes one message naming the key and
 * the value; the value is then ignored (or, for a country, kept so that the
 * international card shows rather than another country's number).
 */
import { toExitUrl } from './urls.js';
import { didYouMean } from './suggest.js';
import { quote } from './quote.js';
import { AUDIENCES, COMPONENTS, THEMES, type Audience, type Component, type WidgetSettings } from './types.js';
import type { Shortcut } from '../components/quick-exit/exit.js';
import { checkChoice, checkCountry, checkHotlines, checkLanguage, checkStrings } from './checks.js';

export { checkChoice, checkCountry, checkLanguage, checkStrings };
export { messagePaths } from './checks.js';

type ConfigKey = 'country' | 'lang' | 'components' | 'target' | 'exitUrl' | 'audience' | 'theme' | 'hotlines' | 'shortcut' | 'newTab' | 'strings';

export interface CheckResult {
  settings: Partial<WidgetSettings>;
  problems: string[];
}

/** How a key is named in messages: `data-exit-url` for the script, `HotlineWidgetConfig.exitUrl` for the global. */
export type KeyNamer = (key: ConfigKey) => string;

/** `shift3`, `esc2`, both as a list, `both` or `none`. */
export function checkShortcut(value: unknown, name: string, problems: string[]): Shortcut[] | undefined {
  const words = (typeof value === 'string' ? value.split(/[\s,]+/) : Array.isArray(value) ? value : [value]).filter(Boolean);
  // Empty ("", ",", [], a bare attribute) means the default; only "none" turns the shortcuts off.
  if (words.length === 0) return undefined;
  const shortcuts = new Set<Shortcut>();
  for (const word of words) {
    const lowered = typeof word === 'string' ? word.toLowerCase() : word;
    if (lowered === 'both') shortcuts.add('shift3').add('esc2');
    else if (lowered === 'shift3' || lowered === 'esc2') shortcuts.add(lowered);
    else if (lowered !== 'none') {
      problems.push(`${name}=${quote(value)} is not shift3, esc2, both or none; the default shortcuts stay.${didYouMean(String(word), ['shift3', 'esc2', 'both', 'none'])}`);
      return undefined;
    }
  }
  return [...shortcuts];
}

/** true/false, or an attribute's text: present and not "false". */
export function checkFlag(value: unknown, name: string, problems: string[]): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(|true|false)$/i.test(value.trim())) return value.trim().toLowerCase() !== 'false';
  problems.push(`${name}=${quote(value)} is not true or false.`);
  return undefined;
}

function checkComponents(value: unknown, name: string, problems: string[]): Component[] | undefined {
  const tokens = typeof value === 'string' ? value.split(/[\s,]+/) : Array.isArray(value) ? value : null;
  if (!tokens || !tokens.every((token) => typeof token === 'string')) {
    problems.push(`${name}=${quote(value)} is not a list; expected any of ${COMPONENTS.join(', ')}, or "none".`);
    return undefined;
  }
  const words = (tokens as string[]).map((token) => token.trim().toLowerCase()).filter(Boolean);
  if (words.length === 1 && words[0] === 'none') return [];
  // Only "none" mounts nothing: an empty list is a mistake, and the default stays.
  if (words.length === 0) {
    problems.push(`${name}=${quote(value)} names no component; the default (banner quick-exit) stays. Use "none" to mount nothing.`);
    return undefined;
  }
  const components: Component[] = [];
  for (const word of words) {
    if ((COMPONENTS as readonly string[]).includes(word)) {
      if (!components.includes(word as Component)) components.push(word as Component);
    } else {
      problems.push(`${name} has an unknown component ${quote(word)}.${didYouMean(word, [...COMPONENTS, 'none'])}`);
    }
  }
  return components.length > 0 ? components : undefined;
}

export function checkAudience(value: unknown, name: string, problems: string[]): Audience | undefined {
  return checkChoice(value, name, AUDIENCES, problems);
}

export function checkExitUrl(value: unknown, name: string, problems: string[]): string | undefined {
  const url = toExitUrl(value);
  if (!url) {
    problems.push(`${name}=${quote(value)} is not a full https: or http: address of another site; the quick exit keeps its destination.`);
    return undefined;
  }
  return url;
}

function checkTarget(value: unknown, name: string, problems: string[]): string | undefined {
  try {
    if (typeof value === 'string' && value.trim() !== '') {
      // A fragment of its own: nothing of the page's is searched, or named (createDocumentFragment).
      new DocumentFragment().querySelector(value);
      return value;
    }
  } catch {
    // Not a selector: reported below.
  }
  problems.push(`${name}=${quote(value)} is not a CSS selector; mounting in the default place.`);
  return undefined;
}

/**
 * How each setting is checked: the value to keep, or undefined (and a message
 * in `problems`) when it cannot be used.
 */
const CHECKS: Record<ConfigKey, (value: unknown, name: string, problems: string[]) => unknown> = {
  country: checkCountry,
  lang: checkLanguage,
  components: checkComponents,
  target: checkTarget,
  exitUrl: checkExitUrl,
  audience: checkAudience,
  theme: (value, name, problems) => checkChoice(value, name, THEMES, problems),
  hotlines: checkHotlines,
  shortcut: checkShortcut,
  newTab: checkFlag,
  strings: checkStrings,
};

/**
 * Checks a whole configuration object. Unknown keys are reported with the
 * closest known key; `ignoreUnknown` is for the script's `data-*` attributes,
 * where other tools add attributes of their own.
 */
export function checkConfig(raw: Readonly<Record<string, unknown>>, nameOf: KeyNamer, { ignoreUnknown = false } = {}): CheckResult {
  const settings: Record<string, unknown> = {};
  const problems: string[] = [];
  // Each key on its own: a getter or a Proxy that throws costs that key, or the object, never the widget.
  let keys: string[] = [];
  try {
    keys = Object.keys(raw);
  } catch (error) {
    problems.push(`${nameOf('*' as ConfigKey)}: the settings could not be read (${reasonOf(error)}); the defaults are kept.`);
  }
  for (const key of keys) {
    try {
      const value = raw[key];
      if (value === undefined) continue;
      // Own keys only: `toString` is not a setting.
      if (Object.hasOwn(CHECKS, key)) {
        const checked = CHECKS[key as ConfigKey](value, nameOf(key as ConfigKey), problems);
        if (checked !== undefined) settings[key] = checked;
      } else if (!ignoreUnknown) {
        problems.push(`unknown setting ${quote(key)} is ignored.${didYouMean(key, configKeys)}`);
      }
    } catch (error) {
      problems.push(`${nameOf(key as ConfigKey)} could not be read or checked (${reasonOf(error)}); it is ignored.`);
    }
  }
  return { settings: settings as Partial<WidgetSettings>, problems };
}

/** What went wrong, for a message: an error's own words, whatever was thrown. */
const reasonOf = (error: unknown) => (error instanceof Error ? error.message : quote(error));

/** The config keys, for "did you mean" and for the script's data attributes. */
export const configKeys = Object.keys(CHECKS);

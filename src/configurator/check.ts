/**
 * What the widget would make of the state: each value checked by the widget's
 * own checker (src/config/, as the script checks its `data-*`), so that every
 * message is the one the widget would log; and the settings a snippet may
 * carry, without what the widget would ignore.
 */
import { checkScriptSettings } from '../config/script-attributes.js';
import { messagePaths } from '../config/validate.js';
import { en } from '../locale/messages/en.js';
import { COMPONENTS, type Component } from '../config/types.js';
import { INTERNATIONAL, countryLabel, isKnownTerritory } from './countries.js';
import { isBlankLine, lineConfig, type ConfiguratorState } from './state.js';

/** The fields that take one value, as the form names them. */
export type FieldKey = 'country' | 'lang' | 'components' | 'target' | 'exitUrl' | 'audience' | 'theme' | 'shortcut' | 'newTab';

/** What the widget is given: only usable values, none that is a default. */
export interface Settings {
  country?: string;
  lang?: string;
  /** Empty: `none`. */
  components: Component[];
  target?: string;
  exitUrl?: string;
  audience?: string;
  theme?: string;
  shortcut?: string;
  newTab?: true;
  /** The usable lines, as the site owner wrote them. */
  hotlines: Record<string, string | boolean>[];
  strings: Record<string, string>;
}

export interface Checked {
  settings: Settings;
  /** Messages for values left out of the snippets, by field. */
  errors: Partial<Record<FieldKey, string[]>>;
  /** Messages the widget will still log for values kept (the international card, a country without a line). */
  notes: Partial<Record<FieldKey, string[]>>;
  /** By line of the form (blank lines have none): messages, and whether the line is left out. */
  lines: { messages: string[]; leftOut: boolean }[];
  /** By row of the form: messages, and whether the row is left out. */
  words: { messages: string[]; leftOut: boolean }[];
}

/** Every message path of the English catalogue, for own words. */
export const MESSAGE_PATHS = messagePaths(en);

/** The English text of a message path, or null. */
export function englishText(path: string): string | null {
  if (!MESSAGE_PATHS.includes(path)) return null;
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], en) as string;
}

export function checkState(state: Readonly<ConfiguratorState>): Checked {
  const settings: Settings = { components: [], hotlines: [], strings: {} };
  const errors: Checked['errors'] = {};
  const notes: Checked['notes'] = {};

  /**
   * Checks one value as the script would: left out (an error) when the widget
   * would ignore it; kept, with what the widget will still say (a note), when
   * it would use it anyway.
   */
  const single = (key: FieldKey, value: unknown, fallback?: unknown) => {
    if (value === fallback) return;
    const { settings: kept, problems } = checkScriptSettings({ [key]: value });
    if ((kept as Record<string, unknown>)[key] === undefined) {
      if (problems.length) errors[key] = problems;
      return;
    }
    (settings as unknown as Record<string, unknown>)[key] = value;
    if (problems.length) notes[key] = problems;
  };

  // The country: a code the widget has no line for is still worth writing when the widget knows
  // the territory (its emergency numbers show on the international card), and the international
  // card is written as ISO's code for an unknown territory. Both make the widget say so once.
  const country = state.country.trim();
  if (country !== '' && country.toLowerCase() !== 'auto') {
    const { problems } = checkScriptSettings({ country });
    const code = country.toUpperCase();
    if (problems.length === 0) settings.country = code;
    else if (code === INTERNATIONAL || isKnownTerritory(code)) {
      settings.country = code;
      notes.country = problems;
    } else errors.country = problems;
  }
  single('lang', state.lang, 'auto');
  // No component ticked: "none" (the script then only listens for the quick exit's shortcuts).
  if (state.components.length === 0) settings.components = [];
  else {
    const { settings: kept, problems } = checkScriptSettings({ components: state.components.join(' ') });
    if (problems.length) errors.components = problems;
    settings.components = COMPONENTS.filter((component) => kept.components?.includes(component));
  }
  single('target', state.target.trim() === '' ? undefined : state.target, undefined);
  single('exitUrl', state.exitUrl.trim() === '' ? undefined : state.exitUrl, undefined);
  single('audience', state.audience, 'public');
  single('theme', state.theme, 'auto');
  single('shortcut', state.shortcut === '' ? undefined : state.shortcut, undefined);
  if (state.newTab) settings.newTab = true;

  // Own lines: checked together, as the widget checks the list, so that each message names the
  // line by its place in it; a line is left out when the widget would leave it out.
  const written = state.hotlines.map((line) => (isBlankLine(line) ? null : lineConfig(line)));
  const entries = written.filter((entry) => entry !== null);
  const { problems: lineProblems } = entries.length ? checkScriptSettings({ hotlines: entries }) : { problems: [] };
  let place = 0;
  const lines = written.map((entry) => {
    if (!entry) return { messages: [], leftOut: false };
    const index = place++;
    const prefix = `data-hotlines[${index}].`;
    const messages = lineProblems.filter((message) => message.startsWith(prefix));
    const leftOut = (checkScriptSettings({ hotlines: [entry] }).settings.hotlines?.length ?? 0) === 0;
    if (!leftOut) settings.hotlines.push(entry);
    return { messages, leftOut };
  });

  // Own words: each row on its own; the last row for a message wins, as in a JSON object.
  const lastRow = new Map<string, number>();
  state.strings.forEach((row, index) => lastRow.set(row.path.trim(), index));
  const words = state.strings.map((row, index) => {
    const path = row.path.trim();
    if (path === '' && row.text === '') return { messages: [], leftOut: false };
    const { settings: kept, problems } = checkScriptSettings({ strings: { [path]: row.text } });
    const usable = kept.strings?.[path] !== undefined && problems.length === 0;
    if (usable && lastRow.get(path) === index) settings.strings[path] = row.text;
    const messages = [...problems];
    if (usable && lastRow.get(path) !== index) messages.push(`${JSON.stringify(path)} is given again further down; only the last one is used.`);
    return { messages, leftOut: !usable || lastRow.get(path) !== index };
  });

  return { settings, errors, notes, lines, words };
}

/** The script's `data-*` for these settings, in the order the README writes them. */
export function dataAttributes(settings: Readonly<Settings>): [string, string][] {
  const attributes: [string, string][] = [];
  if (settings.country) attributes.push(['data-country', settings.country]);
  if (settings.lang) attributes.push(['data-lang', settings.lang]);
  attributes.push(['data-components', settings.components.length ? settings.components.join(' ') : 'none']);
  if (settings.audience) attributes.push(['data-audience', settings.audience]);
  if (settings.theme) attributes.push(['data-theme', settings.theme]);
  if (settings.target) attributes.push(['data-target', settings.target]);
  if (settings.exitUrl) attributes.push(['data-exit-url', settings.exitUrl]);
  if (settings.shortcut) attributes.push(['data-shortcut', settings.shortcut]);
  if (settings.newTab) attributes.push(['data-new-tab', 'true']);
  if (settings.hotlines.length) attributes.push(['data-hotlines', JSON.stringify(settings.hotlines)]);
  if (Object.keys(settings.strings).length) attributes.push(['data-strings', JSON.stringify(settings.strings)]);
  return attributes;
}

/** One line about the country, for the preview's caption. */
export const describeCountry = (settings: Readonly<Settings>) =>
  !settings.country ? 'automatic' : settings.country === INTERNATIONAL ? 'the international card' : countryLabel(settings.country);

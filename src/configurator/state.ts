/**
 * The configurator's state and its address: every choice lives in the query
 * string, under the keys of `HotlineWidgetConfig` (`?country=KE&lang=sw&
 * components=banner,quick-exit`; `hotlines` and `strings` as JSON), plus where
 * the script is served from. Nothing is stored anywhere else.
 */
import { AUDIENCES, COMPONENTS, THEMES, type Component } from '../config/types.js';
import { LANGUAGES } from '../locale/generated/languages.js';
import { checkScriptSettings } from '../config/script-attributes.js';
import { countryFromInput, lineCountryFromInput } from './countries.js';

export const SOURCES = ['this', 'jsdelivr', 'unpkg', 'own'] as const;
export type Source = (typeof SOURCES)[number];

export const SHORTCUTS = ['', 'both', 'shift3', 'esc2', 'none'] as const;

/** A site owner's own line as the form holds it: text as typed, empty where not given. */
export interface OwnLine {
  country: string;
  name: string;
  organisation: string;
  phone: string;
  text: string;
  email: string;
  chat: string;
  web: string;
  replace: boolean;
}

export const LINE_FIELDS = ['country', 'name', 'organisation', 'phone', 'text', 'email', 'chat', 'web'] as const;
export type LineField = (typeof LINE_FIELDS)[number];

/** Own words for one message: its path in the English catalogue, and the text. */
export interface WordsRow {
  path: string;
  text: string;
}

export interface ConfiguratorState {
  /** `auto`, a two-letter code, or text as typed that matched no country. */
  country: string;
  /** `auto` or a language this build speaks. */
  lang: string;
  /** Empty: `none`. */
  components: Component[];
  target: string;
  exitUrl: string;
  audience: string;
  theme: string;
  hotlines: OwnLine[];
  /** Empty: the default shortcuts. */
  shortcut: string;
  newTab: boolean;
  strings: WordsRow[];
  /** Where the snippet loads the script from. */
  source: Source;
  /** The site owner's own address of the script, for `source: 'own'`. */
  src: string;
  /** The site's pages use Lit too: the CSP then allows a second `lit-html` policy. */
  litOnPage: boolean;
}

export const DEFAULT_STATE: Readonly<ConfiguratorState> = Object.freeze({
  country: 'auto',
  lang: 'auto',
  components: ['banner', 'quick-exit'] as Component[],
  target: '',
  exitUrl: '',
  audience: 'public',
  theme: 'auto',
  hotlines: [],
  shortcut: '',
  newTab: false,
  strings: [],
  source: 'this',
  src: '',
  litOnPage: false,
});

export const emptyLine = (): OwnLine => ({ country: '', name: '', organisation: '', phone: '', text: '', email: '', chat: '', web: '', replace: false });

/** A line with nothing typed in it is not a line yet. */
export const isBlankLine = (line: OwnLine) => LINE_FIELDS.every((field) => line[field].trim() === '') && !line.replace;

/** A line as the widget reads it: only the fields given. */
export function lineConfig(line: OwnLine): Record<string, string | boolean> {
  const entry: Record<string, string | boolean> = {};
  for (const field of LINE_FIELDS) if (line[field].trim() !== '') entry[field] = line[field];
  if (line.replace) entry.replace = true;
  return entry;
}

/** The query string for a state (with its `?`), only what differs from the defaults, except `components`. */
export function toAddress(state: Readonly<ConfiguratorState>): string {
  const query = new URLSearchParams();
  const put = (key: string, value: string, fallback: string) => {
    if (value !== fallback) query.set(key, value);
  };
  put('country', state.country.trim() === '' ? 'auto' : state.country, 'auto');
  put('lang', state.lang, 'auto');
  query.set('components', state.components.length ? state.components.join(',') : 'none');
  put('audience', state.audience, 'public');
  put('theme', state.theme, 'auto');
  put('exitUrl', state.exitUrl, '');
  put('shortcut', state.shortcut, '');
  if (state.newTab) query.set('newTab', 'true');
  put('target', state.target, '');
  const lines = state.hotlines.filter((line) => !isBlankLine(line)).map(lineConfig);
  if (lines.length) query.set('hotlines', JSON.stringify(lines));
  const rows = state.strings.filter((row) => row.path.trim() !== '' || row.text !== '');
  if (rows.length) query.set('strings', JSON.stringify(Object.fromEntries(rows.map((row) => [row.path, row.text]))));
  put('source', state.source, 'this');
  if (state.source === 'own' || state.src) put('src', state.src, '');
  if (state.litOnPage) query.set('litOnPage', 'true');
  // Commas, colons and slashes are left as they are: the address stays readable (`components=banner,quick-exit`).
  const text = [...query]
    .map(([key, value]) => `${key}=${encodeURIComponent(value).replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%2F/g, '/')}`)
    .join('&');
  return text ? `?${text}` : '';
}

/**
 * The state an address describes, and what in it could not be used, each said
 * with the widget's own message where the widget has one. Free text (country,
 * addresses, selectors, lines, words) is kept as written, so that the form
 * shows it with its message; a value no control can show is left at its default.
 */
export function fromAddress(search: string): { state: ConfiguratorState; problems: string[] } {
  const query = new URLSearchParams(search);
  const state: ConfiguratorState = { ...DEFAULT_STATE, components: [...DEFAULT_STATE.components], hotlines: [], strings: [] };
  const problems: string[] = [];
  const unusable = (key: string, value: string, why: string) =>
    problems.push(`The address's ${key}=${JSON.stringify(value)} is not used: ${why}`);
  /** The widget's message for a value, if it has one. */
  const widgetSays = (key: string, value: unknown) => checkScriptSettings({ [key]: value }).problems.join(' ');

  const country = query.get('country');
  // As the form reads its field: a code, a name, "Name (CODE)", automatic or the international card.
  if (country !== null) state.country = countryFromInput(country);

  const lang = query.get('lang');
  if (lang !== null && lang.toLowerCase() !== 'auto') {
    const known = LANGUAGES.find((tag) => tag.toLowerCase() === lang.trim().toLowerCase());
    if (known) state.lang = known;
    else unusable('lang', lang, widgetSays('lang', lang) || 'it is not one of the languages to choose from; the language stays automatic.');
  }

  const components = query.get('components');
  if (components !== null) {
    const words = components.split(/[\s,]+/).map((word) => word.trim().toLowerCase()).filter(Boolean);
    if (words.length === 1 && words[0] === 'none') state.components = [];
    else {
      const known = words.filter((word): word is Component => (COMPONENTS as readonly string[]).includes(word));
      const said = widgetSays('components', components);
      if (said) unusable('components', components, said);
      if (known.length) state.components = COMPONENTS.filter((component) => known.includes(component));
    }
  }

  const choice = (key: 'audience' | 'theme' | 'shortcut', choices: readonly string[]) => {
    const value = query.get(key);
    if (value === null) return;
    const lowered = value.trim().toLowerCase();
    if (choices.includes(lowered)) state[key] = lowered;
    else unusable(key, value, widgetSays(key, value) || `it is not one of ${choices.filter(Boolean).join(', ')}.`);
  };
  choice('audience', AUDIENCES);
  choice('theme', THEMES);
  choice('shortcut', SHORTCUTS);

  const newTab = query.get('newTab');
  if (newTab !== null) {
    if (/^(true|false)$/i.test(newTab.trim())) state.newTab = newTab.trim().toLowerCase() === 'true';
    else unusable('newTab', newTab, widgetSays('newTab', newTab) || 'it is not true or false.');
  }

  state.exitUrl = query.get('exitUrl') ?? '';
  state.target = query.get('target') ?? '';

  const hotlines = query.get('hotlines');
  if (hotlines !== null) {
    const parsed = parseJson(hotlines);
    if (Array.isArray(parsed)) {
      state.hotlines = parsed.map((entry) => {
        const line = emptyLine();
        const object = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
        for (const field of LINE_FIELDS) {
          const value = object[field];
          if (value !== undefined) line[field] = typeof value === 'string' ? value : JSON.stringify(value);
          if (field === 'country') line.country = lineCountryFromInput(line.country);
        }
        line.replace = object.replace === true;
        return line;
      });
    } else unusable('hotlines', hotlines, 'it is not a JSON list of hotlines.');
  }

  const strings = query.get('strings');
  if (strings !== null) {
    const parsed = parseJson(strings);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      state.strings = Object.entries(parsed).map(([path, text]) => ({ path, text: typeof text === 'string' ? text : JSON.stringify(text) }));
    } else unusable('strings', strings, 'it is not a JSON object of messages.');
  }

  const source = query.get('source');
  if (source !== null) {
    if ((SOURCES as readonly string[]).includes(source)) state.source = source as Source;
    else unusable('source', source, `it is not one of ${SOURCES.join(', ')}; this copy is used.`);
  }
  state.src = query.get('src') ?? '';
  state.litOnPage = query.get('litOnPage') === 'true';
  return { state, problems };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

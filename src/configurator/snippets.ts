/**
 * The code a site owner copies: the script tag, the same as elements, the
 * quick exit's no-JavaScript link, the markup and CSS that reserve the
 * banner's space, and the banner with its help written in. Every value from the form is written escaped, as an
 * attribute value or as text; nothing here is ever parsed as HTML by the
 * configurator itself.
 */
import { dataAttributes, type Settings } from './check.js';
import { NONCE_PLACEHOLDER } from './csp.js';

/** An attribute as HTML writes it: double quotes, or single ones around JSON (easier to read); `&`, `<`, `>` and the quote escaped. */
export function attribute(name: string, value: string | true): string {
  if (value === true) return name;
  const quote = value.includes('"') && !value.includes("'") ? "'" : '"';
  const escaped = value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(quote === '"' ? /"/g : /'/g, quote === '"' ? '&quot;' : '&#39;');
  return `${name}=${quote}${escaped}${quote}`;
}

/** Text between tags, escaped. */
export const text = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface ScriptTagOptions {
  url: string;
  /** `sha384-…` from dist/sri.json, or null when it could not be read. */
  integrity: string | null;
  nonce?: boolean;
}

const INDENT = '        ';

/** `<script src=…` with one attribute a line, as the README writes it. */
export function scriptTag({ url, integrity, nonce = false }: ScriptTagOptions, data: [string, string][]): string {
  const lines = [attribute('src', url)];
  if (integrity) lines.push(`${attribute('integrity', integrity)} ${attribute('crossorigin', 'anonymous')}`);
  if (nonce) lines.push(attribute('nonce', NONCE_PLACEHOLDER));
  for (const [name, value] of data) lines.push(attribute(name, value));
  return `<script ${lines.join(`\n${INDENT}`)} defer></script>`;
}

/** (1) The script tag that mounts everything itself. */
export const scriptSnippet = (source: ScriptTagOptions, settings: Readonly<Settings>) => scriptTag(source, dataAttributes(settings));

export interface FallbackOptions {
  /** Where the link goes: the exit address, or the widget's default for the country. */
  destination: string;
  /** The button's words in the chosen language (or the site owner's own). */
  label: string;
  /** The element's own `lang`, when a language is chosen. */
  lang?: string;
}

/** A `<hotline-quick-exit>` with its attributes and the plain link shown until the script runs. */
function quickExitElement(settings: Readonly<Settings>, fallback: FallbackOptions): string {
  const attributes = [
    settings.exitUrl ? attribute('href', settings.exitUrl) : '',
    fallback.lang ? attribute('lang', fallback.lang) : '',
    settings.shortcut ? attribute('shortcut', settings.shortcut) : '',
    settings.newTab ? attribute('new-tab', true) : '',
  ].filter(Boolean);
  const open = `<hotline-quick-exit${attributes.map((item) => ` ${item}`).join('')}>`;
  return `${open}\n  <a ${attribute('href', fallback.destination)} rel="noreferrer">${text(fallback.label)}</a>\n</hotline-quick-exit>`;
}

/** (4) The quick exit with its no-JavaScript link. */
export const fallbackSnippet = (settings: Readonly<Settings>, fallback: FallbackOptions) => quickExitElement(settings, fallback);

/**
 * (2) The same as elements: each element written where it goes, with its own
 * attributes, and the script with `data-components="none"` carrying what no
 * element attribute can (theme, own lines, own words; and the quick exit's
 * settings when there is no button, since its shortcuts work without one).
 */
export function elementsSnippet(source: ScriptTagOptions, settings: Readonly<Settings>, fallback: FallbackOptions): string {
  const parts: string[] = [];
  const own = (extra: string[]) => extra.filter(Boolean).map((item) => ` ${item}`).join('');
  const place = [settings.country ? attribute('country', settings.country) : '', settings.lang ? attribute('lang', settings.lang) : ''];
  if (settings.components.includes('quick-exit')) parts.push(`<!-- First thing in <body>: -->\n${quickExitElement(settings, fallback)}`);
  const help: string[] = [];
  if (settings.components.includes('banner')) help.push(`<hotline-banner${own(place)}></hotline-banner>`);
  if (settings.components.includes('checklist')) {
    help.push(`<hotline-signs-checklist${own([...place, settings.audience ? attribute('audience', settings.audience) : ''])}></hotline-signs-checklist>`);
  }
  if (help.length) parts.push(`<!-- Where the help should appear: -->\n${help.join('\n')}`);
  const data: [string, string][] = [['data-components', 'none']];
  if (!settings.components.includes('quick-exit')) {
    if (settings.exitUrl) data.push(['data-exit-url', settings.exitUrl]);
    if (settings.shortcut) data.push(['data-shortcut', settings.shortcut]);
  }
  if (settings.theme) data.push(['data-theme', settings.theme]);
  if (settings.hotlines.length) data.push(['data-hotlines', JSON.stringify(settings.hotlines)]);
  if (Object.keys(settings.strings).length) data.push(['data-strings', JSON.stringify(settings.strings)]);
  parts.push(`<!-- Once, anywhere after them: -->\n${scriptTag(source, data)}`);
  return parts.join('\n\n');
}

/** (5) CSS that keeps the banner's space while the script loads (README, "Space for the banner"). */
export const RESERVE_CSS = 'hotline-banner { display: block; min-height: 420px; }';

/** (5) The banner written where it goes, and the script mounting the rest (or nothing). */
export function reserveMarkup(source: ScriptTagOptions, settings: Readonly<Settings>): string {
  const rest = settings.components.filter((component) => component !== 'banner');
  return `<hotline-banner></hotline-banner>\n${scriptTag(source, dataAttributes({ ...settings, components: rest }))}`;
}

/**
 * (6) The banner with its help written in (renderStatic's `fallback`, from hotline-widget/static):
 * shown where the script never runs, and laid out as the live banner that replaces it; then the
 * script mounting the rest (or nothing). `fallback` is renderStatic's output, escaped by it.
 */
export function writtenInMarkup(source: ScriptTagOptions, settings: Readonly<Settings>, fallback: string): string {
  const place = [attribute('country', settings.country!), attribute('lang', settings.lang!)];
  const rest = settings.components.filter((component) => component !== 'banner');
  return `<hotline-banner ${place.join(' ')}>${fallback.trimEnd()}</hotline-banner>\n${scriptTag(source, dataAttributes({ ...settings, components: rest }))}`;
}

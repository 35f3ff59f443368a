/**
 * Data files from the widget's own folder (`dist/data/`): each continent's
 * hotlines, the checklist's audiences, the languages, the time-zone table. Each is requested at most once per page,
 * without cookies or referrer, and checked against the sha256 built into the
 * script before a single number from it is shown. If one cannot be loaded
 * (offline, blocked by the page's `connect-src`, tampered with), the widget
 * says so once and shows the emergency number and the global directory.
 */
import { reportProblem } from '../config/report.js';
import { DATA_INTEGRITY } from './generated/world.js';

export interface DataFile<T> {
  value?: T;
  failed?: true;
  /** Settles (never rejects) once the file is loaded or has failed. */
  readonly loaded: Promise<void>;
}

let base: string | null = null;
const files = new Map<string, DataFile<unknown>>();

/**
 * Where the data files are. The drop-in script sets its own folder; ESM users
 * who serve `dist/data/` elsewhere (a bundler's output) call this with its address.
 */
export function setDataBase(url: string | URL): void {
  base = new URL(url, document.baseURI).href;
}

function urlOf(name: string): string {
  // Default for the ESM build: the package's own dist/data/, beside lib/.
  return new URL(`${name}.json`, base ?? new URL('../../dist/data/', import.meta.url)).href;
}

/**
 * The file `name`.json, loaded once. `instead` says what the visitor gets if it
 * cannot be loaded, for the one console message and `hotline-error`.
 */
export function dataFile<T>(name: string, instead = 'showing emergency numbers and the global directory instead'): DataFile<T> {
  let file = files.get(name) as DataFile<T> | undefined;
  if (!file) {
    const url = urlOf(name);
    const entry: { value?: T; failed?: true; loaded?: Promise<void> } = {};
    entry.loaded = fetch(url, { integrity: DATA_INTEGRITY[name] ?? '', credentials: 'omit', referrerPolicy: 'no-referrer' })
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<T>;
      })
      .then(
        (value) => {
          entry.value = value;
        },
        (error: unknown) => {
          entry.failed = true;
          reportProblem(document, `could not load ${url} (${error instanceof Error ? error.message : String(error)}); ${instead}.`);
        },
      );
    file = entry as DataFile<T>;
    files.set(name, file);
  }
  return file;
}

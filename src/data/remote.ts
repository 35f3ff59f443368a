/**
 * Data files from the widget's own folder (`dist/data/`): each continent's
 * hotlines, the checklist's audiences, the languages, the time-zone tables.
 * Each is requested at most once per page, without cookies or referrer, and
 * checked before a single word of it is shown: the script carries the sha256
 * of `manifest.json`, which carries the sha256 of every other file, except a
 * language's checklists, whose hashes are in that language's messages file
 * (`messages-fr.json` for `checklist-self-fr.json`), which a reader of that
 * language loads anyway. One hash in the script instead of one per file: the
 * common visitor, who needs no file, does not pay for them. If a file cannot be loaded (offline, blocked by
 * the page's `connect-src`, tampered with), the widget says so once and shows
 * what it has.
 */
import { reportProblem } from '../config/report.js';
import { MANIFEST_INTEGRITY } from './generated/world.js';
import { ownOnly } from './own-only.js';
import { own } from '../page-document.js';

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
  base = new URL(url, own('baseURI')).href;
}

function urlOf(name: string): string {
  // Default for the ESM build: the package's own dist/data/, beside lib/.
  return new URL(`${name}.json`, base ?? new URL('../../dist/data/', import.meta.url)).href;
}

/** How long a file may take before the widget gives up on it and shows what it has. */
const FILE_TIMEOUT_MS = 8000;

const requestOptions = { credentials: 'omit', referrerPolicy: 'no-referrer' } as const;

function fetchJson<T>(url: string, integrity: string): Promise<T> {
  const loaded = fetch(url, { ...requestOptions, integrity }).then(
    async (response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return ownOnly((await response.json()) as T);
    },
    // A file refused by its hash fails like a network error: asked again without the hash,
    // a file that arrives was changed, on the server or on the way.
    async (error: unknown) => {
      const again = await fetch(url, requestOptions).catch(() => null);
      throw again?.ok ? new Error('it does not match its hash') : error;
    },
  );
  // A file that never finishes (a stalled connection) must not leave the widget busy for ever.
  const stalled = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${FILE_TIMEOUT_MS / 1000} s`)), FILE_TIMEOUT_MS));
  return Promise.race([loaded, stalled]);
}

let manifest: Promise<Readonly<Record<string, string>>> | null = null;

/** A file that cannot load because another one it depends on did not: that one was reported already. */
const ALREADY_REPORTED = new Error('already reported');
let manifestReported = false;

/** `checklist-self-fr` -> `messages-fr`: the file that lists a translated checklist's hash. */
const TRANSLATED_CHECKLIST = /^checklist-[a-z]+-(.+)$/;

/**
 * The hash of the file `name`: in `manifest.json` (checked against the hash in
 * the script), or, for a translated checklist, in its language's messages
 * file (checked against the hash in `manifest.json`).
 */
async function hashOf(name: string): Promise<string> {
  const language = TRANSLATED_CHECKLIST.exec(name)?.[1];
  if (language) {
    const messages = dataFile<{ files?: Record<string, string> }>(`messages-${language}`, 'showing English instead');
    await messages.loaded;
    if (messages.failed) throw ALREADY_REPORTED;
    const hash = messages.value?.files?.[name];
    if (!hash) throw new Error(`not in messages-${language}`);
    return hash;
  }
  manifest ??= fetchJson(urlOf('manifest'), MANIFEST_INTEGRITY);
  let listed: Readonly<Record<string, string>>;
  try {
    listed = await manifest;
  } catch (error) {
    // Every file needs the manifest: the first one to fail says why, the others stay quiet.
    if (manifestReported) throw ALREADY_REPORTED;
    manifestReported = true;
    throw error;
  }
  const hash = listed[name];
  if (!hash) throw new Error('not in the manifest');
  return hash;
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
    entry.loaded = hashOf(name)
      .then((hash) => fetchJson<T>(url, hash))
      .then(
        (value) => {
          entry.value = value;
        },
        (error: unknown) => {
          entry.failed = true;
          if (error === ALREADY_REPORTED) return;
          reportProblem(document, `could not load ${url} (${error instanceof Error ? error.message : String(error)}); ${instead}.`);
        },
      );
    file = entry as DataFile<T>;
    files.set(name, file);
  }
  return file;
}

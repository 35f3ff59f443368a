/**
 * The languages this build speaks and their messages: English is built into
 * the script; every other language is a file beside it, loaded (and checked
 * against its sha256) only by a visitor who reads it. Until it arrives, or if
 * it cannot be loaded, English.
 */
import { dataFile } from '../data/remote.js';
import { LANGUAGES } from './generated/languages.js';
import { en, type Messages } from './messages/en.js';

export function supportedLanguages(): string[] {
  return [...LANGUAGES];
}

export function messagesFor(lang: string): { messages: Messages; pending: Promise<unknown> | null } {
  if (lang === 'en' || !LANGUAGES.includes(lang)) return { messages: en, pending: null };
  const file = dataFile<Messages>(`messages-${lang}`, 'showing English instead');
  return { messages: file.value ?? en, pending: file.value || file.failed ? null : file.loaded };
}

export { withOwnWords } from './own-words.js';

export type { Messages };

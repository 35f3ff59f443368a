/** The languages this build ships, and their messages. */
import { en, type Messages } from './messages/en.js';

const catalogues: Readonly<Record<string, Messages>> = { en };

export function supportedLanguages(): string[] {
  return Object.keys(catalogues);
}

export function messagesFor(lang: string): Messages {
  return catalogues[lang] ?? en;
}

export type { Messages };

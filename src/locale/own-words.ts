/** A site owner's own words over a language's messages: used by the elements and the static renderer alike. No page needed. */
import type { Messages } from './messages/en.js';

/**
 * The messages with the site owner's own words in place (paths as in
 * `messagePaths`). Rendered by Lit as text, like every message.
 */
export function withOwnWords(messages: Messages, strings: Readonly<Record<string, string>>): Messages {
  const paths = Object.keys(strings);
  if (paths.length === 0) return messages;
  const copy = structuredClone(messages) as unknown as Record<string, unknown>;
  for (const path of paths) {
    const keys = path.split('.');
    const last = keys.pop()!;
    const parent = keys.reduce((node, key) => node[key] as Record<string, unknown>, copy);
    parent[last] = strings[path];
  }
  return copy as unknown as Messages;
}

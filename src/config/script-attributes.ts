/**
 * The drop-in script's `data-*` attributes: how a setting is named in the
 * messages the script logs (`exitUrl` -> `data-exit-url`), and the check it
 * runs on them. The configurator (src/configurator/) reports a wrong value with
 * exactly these words.
 */
import { checkConfig, type CheckResult } from './validate.js';

/**
 * `exitUrl` -> `data-exit-url`, for messages: the rule embed.ts applies (it
 * keeps its own line, so that the script's bytes do not move;
 * tests/configurator.test.ts compares the two sets of messages on a real page).
 */
export const dataAttributeOf = (key: string) => `data-${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;

/**
 * Checks settings as the script checks its `data-*` attributes (after
 * `data-hotlines` is parsed): the settings the widget keeps, and each message
 * it would log.
 */
export function checkScriptSettings(raw: Readonly<Record<string, unknown>>): CheckResult {
  return checkConfig(raw, (key) => dataAttributeOf(key), { ignoreUnknown: true });
}

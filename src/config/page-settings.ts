/**
 * The page-wide settings that `embed.ts` reads from the script and
 * `HotlineWidgetConfig` (and `configure()` changes). Components read them from
 * here, never from `window` or the script tag, and re-render when they change.
 * Element attributes still win over them.
 */
import { DEFAULT_SETTINGS } from './defaults.js';
import type { WidgetSettings } from './types.js';

let current: Readonly<WidgetSettings> = DEFAULT_SETTINGS;
const listeners = new Set<() => void>();

export function pageSettings(): Readonly<WidgetSettings> {
  return current;
}

export function updatePageSettings(changes: Partial<WidgetSettings>): void {
  current = Object.freeze({ ...current, ...changes });
  for (const listener of [...listeners]) listener();
}

/** Calls `listener` after every change; returns the unsubscribe function. */
export function onPageSettingsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

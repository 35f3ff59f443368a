/**
 * Where the quick exit goes when the button names no address of its own: the
 * page's setting, else the country's default page (where the usual one would
 * not load), else the default. One rule for the button and for the keyboard
 * shortcuts on pages without a button (embed.ts).
 */
import { DEFAULT_EXIT_URL } from './exit.js';
import { exitPageFor } from '../../data/lookup.js';

export function pageExitDestination(exitUrl: string | null | undefined, country: string | null): string {
  return exitUrl ?? exitPageFor(country) ?? DEFAULT_EXIT_URL;
}

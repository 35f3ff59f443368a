/**
 * The drop-in script's first statements, before Lit or any data is evaluated:
 * capture the script element and install the quick exit's keyboard shortcut,
 * with the site owner's exit address if it is a safe one. Whatever fails after
 * this, the way out works (contract section 6.4).
 */
import { installExitShortcut, setExitUrl } from './components/quick-exit/exit.js';
import { own, query } from './page-document.js';

const current = own('currentScript');

/** The `<script>` that loaded us; null only when evaluated in an unusual way (eval, a module). */
export const bootScript: HTMLScriptElement | null =
  current instanceof HTMLScriptElement ? current : query<HTMLScriptElement>('script[src*="hotline-widget"]');

installExitShortcut();

// A page that allows scripts and styles by nonce gave this script one: Lit puts
// it on the <style> elements it writes in a browser without constructable
// stylesheets (none of those supported today, but a page may run elsewhere).
if (bootScript?.nonce && !('litNonce' in window)) (window as { litNonce?: string }).litNonce = bootScript.nonce;

try {
  // Own values only: a polluted Object.prototype.exitUrl must not become the way out.
  const config = (window as { HotlineWidgetConfig?: { exitUrl?: unknown } }).HotlineWidgetConfig;
  const configured = config && Object.hasOwn(config, 'exitUrl') ? config.exitUrl : undefined;
  const fromScript = bootScript?.getAttribute('data-exit-url');
  // Checked and reported properly by embed.ts later; here only a safe value is taken.
  for (const candidate of [configured, fromScript]) {
    if (typeof candidate === 'string') setExitUrl(candidate);
  }
} catch {
  // A hostile HotlineWidgetConfig getter must not stop the shortcut installed above.
}

import { html, nothing } from 'lit';
import { WidgetElement } from '../common/widget-element.js';
import { baseStyles } from '../../styles/base.js';
import { WidgetContext } from '../widget-context.js';
import {
  DEFAULT_EXIT_URL,
  ESC_WINDOW_MS,
  SHIFT_WINDOW_MS,
  exitNow,
  important,
  installExitShortcut,
  onShortcutProgress,
  setExitUrl,
  setNewTab,
  setShortcuts,
  shortcutOn,
  type Shortcut,
} from './exit.js';
import { toExitUrl } from '../../config/urls.js';
import { fill, plural } from '../../locale/format.js';
import { pageExitDestination } from './destination.js';
import { create, own } from '../../page-document.js';
import { checkExitUrl, checkShortcut } from '../../config/validate.js';
import { quickExitStyles } from './quick-exit.styles.js';

export type QuickExitPosition = 'top-end' | 'bottom-end' | 'top-start' | 'bottom-start' | 'inline';

/**
 * A button that leaves the page at once: it covers and hides the page, blanks
 * the tab's title and icon and goes to a neutral page with `location.replace`,
 * so Back does not return here. Shift pressed three times, or Esc twice, does
 * the same from anywhere on the page (not while typing in a field or working
 * in a dialog). A "What does this button do?" disclosure says plainly what it
 * does and does not do.
 *
 * It is a real link: to keep a way out when JavaScript is off, put one inside
 * the element, `<hotline-quick-exit><a href="https://www.bbc.co.uk/weather"
 * rel="noreferrer">Leave this page</a></hotline-quick-exit>`; its address is
 * used when `href` is not set.
 *
 * @tag hotline-quick-exit
 * @summary Quick exit: one click or Shift x3 and the page is gone.
 *
 * @attr href - The full `https:` or `http:` address of a page on another site to go to; a relative address or one of this site is refused (default: the page's setting, then a neutral page).
 * @attr lang - Language of the button.
 * @attr position - `top-end` (default), `bottom-end`, `top-start`, `bottom-start` or `inline`.
 * @attr shortcut - `shift3`, `esc2`, `both` or `none` (default: both, but not Shift x3 on touch-only devices).
 * @attr new-tab - Also open the exit page in a new tab on a click or tap (never from the keyboard).
 * @attr strings - Your own words for any message, as JSON by message path: `{"banner.heading": "Need help?"}`. Shown as text.
 *
 * @event hotline-exit - The exit started; cannot be cancelled. `detail: { trigger }`.
 * @event hotline-error - The `href` was not an http(s) address. `detail: { message }`.
 *
 * @csspart button - The exit link.
 * @csspart about - The "What does this button do?" disclosure.
 *
 * @cssprop --hotline-quick-exit-background - Button background (default a deep red).
 * @cssprop --hotline-quick-exit-color - Button text colour.
 * @cssprop --hotline-quick-exit-border - Button border colour.
 * @cssprop --hotline-quick-exit-offset - Distance from the viewport's edges.
 * @cssprop --hotline-font-family - Font family.
 * @cssprop --hotline-font-size - Base font size.
 * @cssprop --hotline-radius - Corner radius.
 */
export class HotlineQuickExit extends WidgetElement {
  static override styles = [baseStyles, quickExitStyles];
  static override renderAtOnce = true;

  static override properties = {
    href: { type: String },
    position: { type: String, reflect: true },
    shortcut: { type: String },
    newTab: { type: Boolean, attribute: 'new-tab' },
  };

  declare href: string | null;
  declare position: QuickExitPosition;
  declare shortcut: string | null;
  declare newTab: boolean;

  readonly #context = new WidgetContext(this);
  #destination = DEFAULT_EXIT_URL;
  /** What the status region says: shortcut progress, read out by screen readers. */
  #announcement = '';
  #announcementTimer = 0;
  #stopProgress: (() => void) | null = null;
  #skipLink: HTMLAnchorElement | null = null;

  constructor() {
    super();
    this.href = null;
    this.position = 'top-end';
    this.shortcut = null;
    this.newTab = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    installExitShortcut();
    this.#stopProgress = onShortcutProgress((shortcut, remaining) => this.#announce(shortcut, remaining));
    window.addEventListener('focusin', this.#keepFocusVisible);
    this.#addSkipLink();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopProgress?.();
    window.removeEventListener('focusin', this.#keepFocusVisible);
    this.#skipLink?.remove();
    this.#skipLink = null;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('href') && this.href !== null) this.#context.check(checkExitUrl, this.href, 'href');
    const { settings, country } = this.#context.current;
    // Its `href`, a link written inside it, then the page's rule.
    this.#destination =
      toExitUrl(this.href) ??
      toExitUrl(this.querySelector('a[href]')?.getAttribute('href')) ??
      pageExitDestination(settings.exitUrl, country);
    // The keyboard shortcuts go where the button goes, and as the button says.
    setExitUrl(this.#destination);
    let shortcuts = settings.shortcut;
    if (changed.has('shortcut') && this.shortcut !== null) this.#context.check(checkShortcut, this.shortcut, 'shortcut');
    if (this.shortcut !== null) shortcuts = checkShortcut(this.shortcut, '', []) ?? shortcuts;
    setShortcuts(shortcuts);
    setNewTab(this.newTab || settings.newTab);
  }

  /** Clicks and taps; Enter and Space are handled on keydown, before any click they would make. */
  #onClick(event: MouseEvent): void {
    this.#leave(event, 'click');
  }

  /** The button is announced as a button, so Space works as well as Enter. */
  #onKeydown(event: KeyboardEvent): void {
    if (event.key === ' ' || event.key === 'Enter') this.#leave(event, 'keyboard');
  }

  /**
   * The link's own navigation would add a history entry: it is stopped, where
   * the page has not broken preventDefault, and the exit replaces the page.
   */
  #leave(event: Event, trigger: 'click' | 'keyboard'): void {
    try {
      event.preventDefault();
    } catch {
      // The exit below still replaces the page.
    }
    exitNow(trigger, trigger === 'click', this.#destination);
  }

  #announce(shortcut: Shortcut, remaining: number): void {
    const { messages, lang } = this.#context.current;
    const m = messages.quickExit;
    this.#announcement = plural(m.progress, remaining, lang, { key: shortcut === 'shift3' ? m.keyShift : m.keyEsc });
    this.requestUpdate();
    // Once the time for the shortcut has run out, the message would mislead.
    clearTimeout(this.#announcementTimer);
    this.#announcementTimer = window.setTimeout(() => {
      this.#announcement = '';
      this.requestUpdate();
    }, shortcut === 'shift3' ? SHIFT_WINDOW_MS : ESC_WINDOW_MS);
  }

  /**
   * WCAG 2.4.11: the fixed button must never hide the element that has focus.
   * When it would, it moves to the other edge of the screen until focus moves on.
   */
  readonly #keepFocusVisible = (event: FocusEvent): void => {
    const focused = event.composedPath()[0];
    if (!(focused instanceof Element) || this.position === 'inline' || this.contains(focused) || this.shadowRoot?.contains(focused)) return;
    const button = this.getBoundingClientRect();
    const box = focused.getBoundingClientRect();
    const hidden = box.left >= button.left && box.right <= button.right && box.top >= button.top && box.bottom <= button.bottom;
    this.toggleAttribute('moved', hidden);
  };

  /**
   * Keyboard users reach the exit within two Tab presses: where the button is not
   * the first thing in the page, a "Skip to the emergency exit" link is. It sits
   * in the page (not in the shadow root) so that it comes first in the tab order;
   * CSSOM styles keep it hidden until it has focus.
   */
  #addSkipLink(): void {
    const body = own('body');
    if (!body || body.firstElementChild === this || this.position === 'inline') return;
    const link = create('a');
    link.href = '#';
    link.setAttribute('data-hotline-skip-link', '');
    link.textContent = this.#context.current.messages.quickExit.skipLink;
    // Inline and !important: a page's `a { display: none !important }` must not hide the way to the exit.
    const show = (visible: boolean) =>
      important(
        link,
        visible
          ? 'display:block;position:fixed;top:8px;inset-inline-start:8px;padding:12px;box-sizing:border-box;min-height:44px;font:16px/20px system-ui, sans-serif;background:#fff;color:#000;outline:3px solid #000;clip:auto;width:auto;height:auto;z-index:2147483647'
          : 'display:block;position:absolute;top:0;inset-inline-start:0;padding:0;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden;z-index:auto',
      );
    show(false);
    link.addEventListener('focus', () => show(true));
    link.addEventListener('blur', () => show(false));
    link.addEventListener('click', (event) => {
      event.preventDefault();
      this.shadowRoot?.querySelector<HTMLElement>('[part="button"]')?.focus();
    });
    body.prepend(link);
    this.#skipLink = link;
  }

  protected override render() {
    const { lang, dir, messages, theme } = this.#context.current;
    const m = messages.quickExit;
    const shift3 = shortcutOn('shift3');
    const esc2 = shortcutOn('esc2');
    const shortcuts = shift3 && esc2 ? m.shortcutsBoth : shift3 ? m.shortcutShift3 : esc2 ? m.shortcutEsc2 : null;
    return html`
      <div class="base theme-${theme}" lang=${lang} dir=${dir}>
        <a
          class="button"
          part="button"
          role="button"
          href=${this.#destination}
          rel="noreferrer"
          @click=${this.#onClick}
          @keydown=${this.#onKeydown}
          ><span class="visually-hidden">${m.purpose} </span>${m.label}</a
        >
        <details class="about" part="about">
          <summary>${m.aboutSummary}</summary>
          <p>${m.about}</p>
          ${shortcuts ? html`<p>${fill(shortcuts, { shift: m.keyShift, esc: m.keyEsc }, lang)}</p>` : nothing}
        </details>
        <p class="visually-hidden" role="status">${this.#announcement}</p>
      </div>
    `;
  }
}

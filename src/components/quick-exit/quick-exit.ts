import { LitElement, html } from 'lit';
import { baseStyles } from '../../styles/base.js';
import { WidgetContext } from '../widget-context.js';
import { DEFAULT_EXIT_URL, exitNow, installExitShortcut, setExitUrl } from './exit.js';
import { toSafeHttpUrl } from '../../config/urls.js';
import { checkExitUrl } from '../../config/validate.js';
import { quickExitStyles } from './quick-exit.styles.js';

export type QuickExitPosition = 'top-end' | 'bottom-end' | 'top-start' | 'bottom-start' | 'inline';

/**
 * A button that leaves the page at once: it hides the page, blanks the tab's
 * title and goes to a neutral page with `location.replace`, so Back does not
 * return here. Shift pressed three times does the same from anywhere on the
 * page (not while typing in a field).
 *
 * It is a real link: to keep a way out when JavaScript is off, put one inside
 * the element, `<hotline-quick-exit><a href="https://www.bbc.co.uk/weather"
 * rel="noreferrer">Leave this page</a></hotline-quick-exit>`; its address is
 * used when `href` is not set.
 *
 * @tag hotline-quick-exit
 * @summary Quick exit: one click or Shift x3 and the page is gone.
 *
 * @attr href - `https:` or `http:` address to go to (default: the page's setting, then a neutral page).
 * @attr lang - Language of the button.
 * @attr position - `top-end` (default), `bottom-end`, `top-start`, `bottom-start` or `inline`.
 *
 * @event hotline-exit - The exit started; cannot be cancelled. `detail: { trigger }`.
 * @event hotline-error - The `href` was not an http(s) address. `detail: { message }`.
 *
 * @csspart button - The exit link.
 *
 * @cssprop --hotline-quick-exit-background - Button background (default a deep red).
 * @cssprop --hotline-quick-exit-color - Button text colour.
 * @cssprop --hotline-quick-exit-border - Button border colour.
 * @cssprop --hotline-quick-exit-offset - Distance from the viewport's edges.
 * @cssprop --hotline-font-family - Font family.
 * @cssprop --hotline-font-size - Base font size.
 * @cssprop --hotline-radius - Corner radius.
 */
export class HotlineQuickExit extends LitElement {
  static override styles = [baseStyles, quickExitStyles];

  static override properties = {
    href: { type: String },
    position: { type: String, reflect: true },
  };

  declare href: string | null;
  declare position: QuickExitPosition;

  readonly #context = new WidgetContext(this);
  #destination = DEFAULT_EXIT_URL;

  constructor() {
    super();
    this.href = null;
    this.position = 'top-end';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    installExitShortcut();
  }

  /** Where this button goes: its `href`, a link written inside it, the page's setting, the default. */
  #resolveDestination(): string {
    return (
      toSafeHttpUrl(this.href) ??
      toSafeHttpUrl(this.querySelector('a[href]')?.getAttribute('href')) ??
      this.#context.current.settings.exitUrl ??
      DEFAULT_EXIT_URL
    );
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('href') && this.href !== null) this.#context.check(checkExitUrl, this.href, 'href');
    this.#destination = this.#resolveDestination();
    // The keyboard shortcut goes where the button goes.
    setExitUrl(this.#destination);
  }

  #onClick(event: MouseEvent): void {
    event.preventDefault();
    setExitUrl(this.#destination);
    exitNow('click');
  }

  protected override render() {
    const { lang, dir, messages, theme } = this.#context.current;
    const m = messages.quickExit;
    return html`
      <div class="base theme-${theme}" lang=${lang} dir=${dir}>
        <a class="button" part="button" href=${this.#destination} rel="noreferrer" title=${m.shortcutHint} @click=${this.#onClick}
          ><span class="visually-hidden">${m.purpose} </span>${m.label}</a
        >
      </div>
    `;
  }
}

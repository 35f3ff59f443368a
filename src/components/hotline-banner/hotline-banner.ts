import { html, nothing } from 'lit';
import { WidgetElement } from '../common/widget-element.js';
import { baseStyles } from '../../styles/base.js';
import { contactStyles, renderDirectory, renderEmergency, renderHotline } from '../common/hotline-contact.js';
import { bannerPlan } from '../../content/banner.js';
import { WidgetContext } from '../widget-context.js';
import { checkCountry, checkChoice } from '../../config/validate.js';
import { bannerStyles } from './hotline-banner.styles.js';

const VARIANTS = ['full', 'compact'] as const;
export type BannerVariant = (typeof VARIANTS)[number];

/**
 * The hotline for the visitor's country: its name, every channel as a working
 * link, hours, languages, and the emergency number. Where the country is
 * unknown or has no line, an international card: emergency guidance and a
 * worldwide directory, never another country's number.
 *
 * @tag hotline-banner
 * @summary The right anti-trafficking hotline for the visitor's country.
 *
 * @attr country - ISO 3166-1 alpha-2 code, or `auto` (default: the page's setting, else the country of the device's time zone, then the region of the page's and the browser's languages).
 * @attr lang - Language of the banner (default: the page's setting, then `<html lang>`, then the browser's).
 * @attr variant - `full` (default) or `compact`.
 * @attr strings - Your own words for any message, as JSON by message path: `{"banner.heading": "Need help?"}`. Shown as text.
 *
 * @event hotline-contact - A contact link was activated. `detail: { channel, country }`.
 * @event hotline-error - An attribute had a bad value. `detail: { message }`.
 *
 * @csspart base - The banner's box.
 * @csspart heading - The heading.
 * @csspart hotline - One hotline: name, channels, facts.
 * @csspart hotline-name - The hotline's name and organisation.
 * @csspart service-type - What kind of line it is, where it is not a dedicated trafficking line.
 * @csspart line-audience - Under a child helpline: whether it also takes calls about adults.
 * @csspart channels - The list of contact links.
 * @csspart channel - Every contact link; also `channel-call`, `channel-text`, `channel-chat`, `channel-email`, `channel-web`.
 * @csspart facts - Hours, cost and languages.
 * @csspart emergency - The emergency number line.
 * @csspart emergency-number - The emergency number link.
 *
 * @cssprop --hotline-color-text - Text colour.
 * @cssprop --hotline-color-muted - Secondary text colour.
 * @cssprop --hotline-color-background - Background colour.
 * @cssprop --hotline-color-accent - Links, the call button and the banner's edge.
 * @cssprop --hotline-color-on-accent - Text on the accent colour.
 * @cssprop --hotline-color-border - Borders.
 * @cssprop --hotline-color-focus - Focus outline.
 * @cssprop --hotline-font-family - Font family (default: the system's).
 * @cssprop --hotline-font-size - Base font size (default: the larger of 1rem and 16px).
 * @cssprop --hotline-radius - Corner radius.
 * @cssprop --hotline-banner-padding - Padding inside the banner.
 */
export class HotlineBanner extends WidgetElement {
  static override styles = [baseStyles, contactStyles, bannerStyles];

  static override properties = {
    country: { type: String },
    variant: { type: String, reflect: true },
  };

  declare country: string | null;
  declare variant: BannerVariant;

  readonly #context = new WidgetContext(this);

  constructor() {
    super();
    this.country = null;
    this.variant = 'full';
  }

  /** Also waits for the country's data file, so that a resolved promise means the hotline is shown. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.#context.settled(() => super.getUpdateComplete());
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('country') && this.country) this.#context.check(checkCountry, this.country, 'country');
    if (changed.has('variant')) this.#context.check((value, name, problems) => checkChoice(value, name, VARIANTS, problems), this.variant, 'variant');
  }

  protected override render() {
    const { lang, dir, messages, help, theme, resolvingCountry } = this.#context.current;
    const m = messages.banner;
    const compact = this.variant === 'compact';
    // What every line, the emergency numbers and the directory are written with.
    const view = { messages, lang, compact, onContact: this.#context.contact };
    // Until the time zone has said where the visitor is, and until the country's lines have
    // loaded: the heading and the general emergency advice, never another country's number.
    const loading = !help?.hotlines.length && (resolvingCountry || !!help?.pending);
    const [heading, lead, main, more, directory] = bannerPlan(help?.hotlines ?? [], m, compact, loading);
    return html`
      <section
        class="base theme-${theme} ${compact ? 'compact' : 'full'}"
        part="base"
        aria-labelledby="heading"
        aria-busy=${loading ? 'true' : 'false'}
        lang=${lang}
        dir=${dir}
      >
        <h2 class="heading" id="heading" part="heading">${heading}</h2>
        ${lead ? html`<p class="lead">${lead}</p>` : nothing}
        ${main ? renderHotline(main, view) : nothing}
        ${more.length > 0
          ? html`<div class="more-lines">
              <h3 class="more-heading">${m.moreLines}</h3>
              ${more.map((line) => renderHotline(line, view))}
            </div>`
          : nothing}
        ${renderEmergency(help?.emergency ?? [], view)} ${directory ? renderDirectory(view) : nothing}
      </section>
    `;
  }
}

import { LitElement, html, nothing } from 'lit';
import { baseStyles } from '../../styles/base.js';
import { contactStyles, renderEmergency, renderHotline } from '../shared/hotline-contact.js';
import { WidgetContext } from '../widget-context.js';
import type { Audience } from '../../config/types.js';
import { checkAudience, checkCountry } from '../../config/validate.js';
import { checklistFor, type ChecklistContent } from '../../data/checklist/index.js';
import { globalDirectory } from '../../data/international.js';
import { checklistStyles } from './signs-checklist.styles.js';

/**
 * The signs of trafficking for an audience, as native checkboxes grouped by
 * category, and what to do next with the country's hotline. Never a score or a
 * verdict. Answers exist only in this element's memory: nothing is stored or
 * sent, and they are cleared by "Clear answers" and by the quick exit.
 *
 * @tag hotline-signs-checklist
 * @summary Signs of trafficking, and what to do, never a verdict.
 *
 * @attr country - ISO 3166-1 alpha-2 code, or `auto`.
 * @attr lang - Language of the checklist.
 * @attr audience - `public` (default). Other audiences of the contract come in later versions and fall back to `public`.
 *
 * @event hotline-contact - A contact link in the next steps was activated. `detail: { channel, country }`.
 * @event hotline-error - An attribute had a bad value. `detail: { message }`.
 *
 * @csspart base - The checklist's box.
 * @csspart heading - The heading.
 * @csspart category - One category's fieldset.
 * @csspart item - One sign with its checkbox.
 * @csspart clear - The "Clear answers" button.
 * @csspart next-steps - What to do, with the hotline.
 * @csspart hotline - The hotline in the next steps (see `<hotline-banner>` for its inner parts).
 * @csspart emergency - The emergency number line.
 *
 * @cssprop --hotline-color-text - Text colour.
 * @cssprop --hotline-color-muted - Secondary text colour.
 * @cssprop --hotline-color-background - Background colour.
 * @cssprop --hotline-color-accent - Checkboxes, links and the next steps' edge.
 * @cssprop --hotline-color-border - Borders.
 * @cssprop --hotline-color-focus - Focus outline.
 * @cssprop --hotline-font-family - Font family.
 * @cssprop --hotline-font-size - Base font size.
 * @cssprop --hotline-checklist-padding - Padding inside the checklist.
 */
export class HotlineSignsChecklist extends LitElement {
  static override styles = [baseStyles, contactStyles, checklistStyles];

  static override properties = {
    country: { type: String },
    audience: { type: String },
  };

  declare country: string | null;
  declare audience: string | null;

  readonly #context = new WidgetContext(this);
  /** Ids of the ticked items. Memory only: never stored, sent or put in the URL. */
  #ticked: ReadonlySet<string> = new Set();
  readonly #clearOnExit = () => this.#setTicked(new Set());

  constructor() {
    super();
    this.country = null;
    this.audience = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('hotline-exit', this.#clearOnExit);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('hotline-exit', this.#clearOnExit);
  }

  /** Also waits for the country's data file, so that a resolved promise means the hotline is shown. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.#context.settled(() => super.getUpdateComplete());
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('country') && this.country) this.#context.check(checkCountry, this.country, 'country');
    if (changed.has('audience') && this.audience) this.#context.check(checkAudience, this.audience, 'audience');
  }

  #content(): ChecklistContent {
    return checklistFor((this.audience ?? this.#context.current.settings.audience) as Audience);
  }

  #toggle(id: string, checked: boolean): void {
    const next = new Set(this.#ticked);
    if (checked) next.add(id);
    else next.delete(id);
    this.#setTicked(next);
  }

  #setTicked(ticked: ReadonlySet<string>): void {
    this.#ticked = ticked;
    this.requestUpdate();
  }

  #renderNextSteps(content: ChecklistContent) {
    const { lang, messages, help } = this.#context.current;
    const m = messages.checklist;
    const onContact = this.#context.contact;
    const tickedItems = content.categories.flatMap((category) => category.items).filter((item) => this.#ticked.has(item.id));
    const urgent = tickedItems.some((item) => item.urgent === 'immediate-danger');
    const child = tickedItems.some((item) => item.urgent === 'child-sexual-exploitation');
    // Emergency first when a ticked sign says someone may be in danger now; always there either way.
    const emergencyLine = renderEmergency(help?.emergency ?? [], { messages, lang, onContact });
    return html`
      <div class="next-steps" part="next-steps">
        <h3>${m.resultHeading}</h3>
        <div class="status" role="status">
          ${urgent || child ? html`<div class="urgent">${emergencyLine}</div>` : nothing}
          ${child ? html`<p>${m.child}</p>` : nothing}
          <p>${tickedItems.length > 0 ? m.someTicked : m.noneTicked}</p>
          ${tickedItems.length > 0 ? html`<p>${m.notes}</p><p>${m.doNotConfront}</p>` : nothing}
        </div>
        ${help?.hotlines[0]
          ? renderHotline(help.hotlines[0], { messages, lang, compact: true, onContact })
          : html`<p>
              ${messages.banner.internationalDirectory}
              <a class="directory" href=${globalDirectory.url} rel="noreferrer" @click=${() => onContact('web')}>${globalDirectory.name}</a>.
            </p>`}
        ${urgent || child ? nothing : emergencyLine}
      </div>
    `;
  }

  protected override render() {
    const { lang, dir, messages, theme } = this.#context.current;
    const m = messages.checklist;
    const content = this.#content();
    return html`
      <section class="base theme-${theme}" part="base" aria-labelledby="heading" lang=${lang} dir=${dir}>
        <h2 class="heading" id="heading" part="heading">${m.heading}</h2>
        <p class="intro">${content.intro}</p>
        <p class="privacy">${m.privacy}</p>
        <form autocomplete="off" @submit=${(event: Event) => event.preventDefault()}>
          ${content.categories.map(
            (category) => html`
              <fieldset part="category">
                <legend>${category.title}</legend>
                ${category.items.map(
                  (item) => html`
                    <label class="item" part="item">
                      <input
                        type="checkbox"
                        value=${item.id}
                        .checked=${this.#ticked.has(item.id)}
                        @change=${(event: Event) => this.#toggle(item.id, (event.target as HTMLInputElement).checked)}
                      />
                      <span>${item.text}</span>
                    </label>
                  `,
                )}
              </fieldset>
            `,
          )}
        </form>
        <button class="clear" part="clear" type="button" @click=${() => this.#setTicked(new Set())}>${m.clear}</button>
        ${this.#renderNextSteps(content)}
      </section>
    `;
  }
}

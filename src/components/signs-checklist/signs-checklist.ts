import { html, nothing, type TemplateResult } from 'lit';
import { WidgetElement } from '../common/widget-element.js';
import { baseStyles } from '../../styles/base.js';
import { contactStyles, kindOf, renderDirectory, renderEmergency, renderHotline } from '../common/hotline-contact.js';
import { WidgetContext } from '../widget-context.js';
import type { Audience } from '../../config/types.js';
import { checkAudience, checkChoice, checkCountry } from '../../config/validate.js';
import { checklistFor, type ChecklistCategory, type ChecklistContent } from '../../data/checklist/index.js';
import { fill, list } from '../../locale/format.js';
import { checklistStyles } from './signs-checklist.styles.js';
import { query } from '../../page-document.js';
import type { Hotline } from '../../data/types.js';

const VARIANTS = ['full', 'compact'] as const;

export type ChecklistVariant = (typeof VARIANTS)[number];

/**
 * What a person checking their own situation is told, true for the line shown under it: "in
 * confidence" and "you decide what happens next" only above a support line, "at any time" only
 * above one open 24 hours; above a police or professionals' line, or none, only that the contacts
 * below can help (the line's own label says what it is). src/data/checklist/self.json `guidance`.
 */
function selfGuidance(content: ChecklistContent, some: boolean, line: Hotline | undefined): string {
  const guidance = content.guidance;
  if (!guidance) return '';
  if (!line || kindOf(line) !== 'support') return some ? guidance.some.other : guidance.none.other;
  return some ? guidance.some.support : line.is24x7 ? guidance.none.support24 : guidance.none.support;
}

/**
 * The signs of trafficking for an audience, as native checkboxes grouped by
 * category, and what to do next with the country's hotline. Never a score or a
 * verdict. Answers exist only in this element's memory: nothing is stored or
 * sent, and they are cleared by "Clear answers" and by the quick exit.
 *
 * For `self` (a person checking their own situation) it speaks to the reader,
 * names their rights, and shows a quick exit beside it when the page has none.
 *
 * @tag hotline-signs-checklist
 * @summary Signs of trafficking, and what to do, never a verdict.
 *
 * @attr country - ISO 3166-1 alpha-2 code, or `auto` (default: the page's setting, else the country of the device's time zone, then the region of the page's and the browser's languages).
 * @attr lang - Language of the checklist.
 * @attr audience - `public` (default), `self`, `hospitality`, `transport`, `healthcare`, `finance` or `employer`.
 * @attr variant - `full` (default: every category open) or `compact` (categories as disclosures).
 * @attr strings - Your own words for any message, as JSON by message path: `{"banner.heading": "Need help?"}`. Shown as text.
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
 * @csspart directory - The global directory link, where the country has no line.
 * @csspart rights - `self`: the reader's rights.
 * @csspart sources - "Where these signs come from".
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
export class HotlineSignsChecklist extends WidgetElement {
  static override styles = [baseStyles, contactStyles, checklistStyles];

  static override properties = {
    country: { type: String },
    audience: { type: String },
    variant: { type: String, reflect: true },
  };

  declare country: string | null;
  declare audience: string | null;
  declare variant: ChecklistVariant;

  readonly #context = new WidgetContext(this, () => this.#checklist().pending);
  /** Ids of the ticked items. Memory only: never stored, sent or put in the URL. */
  #ticked: ReadonlySet<string> = new Set();
  readonly #clearOnExit = () => this.#setTicked(new Set());
  /** A printed checklist is a poster: every category open, whatever the variant. */
  readonly #openForPrint = () => this.shadowRoot?.querySelectorAll('details').forEach((details) => (details.open = true));

  constructor() {
    super();
    this.country = null;
    this.audience = null;
    this.variant = 'full';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hotline-exit', this.#clearOnExit);
    window.addEventListener('beforeprint', this.#openForPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hotline-exit', this.#clearOnExit);
    window.removeEventListener('beforeprint', this.#openForPrint);
  }

  /** Also waits for the country's and the audience's data files, so that a resolved promise means they are shown. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.#context.settled(() => super.getUpdateComplete());
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('country') && this.country) this.#context.check(checkCountry, this.country, 'country');
    if (changed.has('audience') && this.audience) this.#context.check(checkAudience, this.audience, 'audience');
    if (changed.has('variant')) this.#context.check((value, name, problems) => checkChoice(value, name, VARIANTS, problems), this.variant, 'variant');
  }

  #audience(): Audience {
    return (checkAudience(this.audience ?? this.#context.current.settings.audience, '', []) as Audience | undefined) ?? 'public';
  }

  #checklist(): { content: ChecklistContent; pending: Promise<unknown> | null } {
    return checklistFor(this.#audience(), this.#context.current.lang);
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

  #renderNextSteps(content: ChecklistContent): TemplateResult {
    const { lang, messages, help, resolvingCountry } = this.#context.current;
    const m = messages.checklist;
    // What the line, the emergency numbers and the directory are written with.
    const view = { messages, lang, compact: true, onContact: this.#context.contact };
    const self = content.mode === 'self';
    const tickedItems = content.categories.flatMap((category) => category.items).filter((item) => this.#ticked.has(item.id));
    const some = tickedItems.length > 0;
    const urgent = tickedItems.some((item) => item.urgent === 'immediate-danger');
    const child = tickedItems.some((item) => item.urgent === 'child-sexual-exploitation');
    // Emergency first when a ticked sign says someone may be in danger now; always there either way.
    const emergencyLine = renderEmergency(help?.emergency ?? [], view);
    const line = help?.hotlines[0];
    const kind = line ? kindOf(line) : undefined;
    const guidance = self
      ? html`<p>${selfGuidance(content, some, line)}</p>`
      : html`
          <p>${some ? m.someTicked : m.noneTicked}</p>
          ${some ? html`<p>${m.notes}</p><p>${m.doNotConfront}</p>` : nothing}
          ${some && content.mode === 'staff' ? html`<p>${m.workplace}</p>` : nothing}
        `;
    return html`
      <div class="next-steps" part="next-steps">
        <h3>${m.resultHeading}</h3>
        <div class="status" role="status">
          ${urgent || child ? html`<div class="urgent">${emergencyLine}</div>` : nothing}
          ${child ? html`<p>${m.child}</p>` : nothing} ${guidance}
        </div>
        ${line ? renderHotline(line, view) : nothing}
        ${(line && kind !== 'professional') || resolvingCountry ? nothing : renderDirectory(view)}
        ${urgent || child ? nothing : emergencyLine}
        ${self && content.rights
          ? html`<div class="rights" part="rights">
              <h3>${m.rightsHeading}</h3>
              <ul>
                ${content.rights.map((right) => html`<li>${right}</li>`)}
              </ul>
            </div>`
          : nothing}
      </div>
    `;
  }

  #renderCategory(category: ChecklistCategory, compact: boolean): TemplateResult {
    const items = category.items.map(
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
    );
    return compact
      ? html`<details class="category" part="category">
          <summary>${category.title}</summary>
          <fieldset>
            <legend class="visually-hidden">${category.title}</legend>
            ${items}
          </fieldset>
        </details>`
      : html`<fieldset class="category" part="category">
          <legend>${category.title}</legend>
          ${items}
        </fieldset>`;
  }

  protected override render() {
    const { lang, dir, messages, theme, resolvingCountry } = this.#context.current;
    const m = messages.checklist;
    const { content, pending } = this.#checklist();
    // Said by the audience asked for, not the content: the same while its list loads.
    const self = this.#audience() === 'self';
    // A person checking their own situation may be watched: the way out sits
    // beside the questions, from the first render, before their list has loaded.
    const needsExit = self && !query('hotline-quick-exit');
    return html`
      <section class="base theme-${theme}" part="base" aria-labelledby="heading" aria-busy=${pending || resolvingCountry ? 'true' : 'false'} lang=${lang} dir=${dir}>
        ${needsExit ? html`<hotline-quick-exit position="inline"></hotline-quick-exit>` : nothing}
        <h2 class="heading" id="heading" part="heading">${self ? m.selfHeading : m.heading}</h2>
        ${content.categories.length > 0
          ? html`<p class="intro">${content.intro}</p>
              <p class="privacy">${m.privacy}</p>
              <form autocomplete="off" @submit=${(event: Event) => event.preventDefault()}>
                ${content.categories.map((category) => this.#renderCategory(category, this.variant === 'compact'))}
              </form>
              <button class="clear" part="clear" type="button" @click=${() => this.#setTicked(new Set())}>${m.clear}</button>`
          : nothing}
        ${this.#renderNextSteps(content)}
        ${content.publishers.length > 0
          ? html`<details class="sources" part="sources">
              <summary>${m.sourcesSummary}</summary>
              <p>${fill(m.sources, { organisations: list(content.publishers, lang) }, lang)}</p>
            </details>`
          : nothing}
      </section>
    `;
  }
}

/**
 * How a hotline, an emergency number and the global directory are shown, shared by the banner and
 * the checklist's next steps so both give the same links and the same
 * `hotline-contact` events. What is said is decided in src/content/ (shared with the static
 * renderer); this writes it with Lit. Every value is rendered as text; numbers sit in
 * `dir="ltr"` so they read correctly inside right-to-left text. Spaces that
 * the text needs are kept in bindings: the build's HTML minifier drops a space
 * at the start of a template.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { css } from '../../styles/css.js';
import type { ContactChannel } from '../../events.js';
import type { EmergencyNumber, Hotline } from '../../data/types.js';
import type { Messages } from '../../locale/catalogue.js';
import { globalDirectory } from '../../data/international.js';
import { lineContent } from '../../content/line.js';
import { directorySentence, emergencyParts } from '../../content/banner.js';

export { kindOf, type LineKind } from '../../content/line.js';

export type ContactHandler = (channel: ContactChannel) => void;

/** One line as src/content/line.ts says it: name, kind, audience, channels as links, facts. */
export function renderHotline(
  line: Hotline,
  { messages, lang, compact, onContact }: { messages: Messages; lang: string; compact: boolean; onContact: ContactHandler },
): TemplateResult {
  const [organisation, serviceType, audience, channels, facts] = lineContent(line, messages, lang, compact);
  return html`
    <div class="hotline" part="hotline" data-hotline=${line.id}>
      <p class="hotline-name" part="hotline-name">
        <strong>${line.name}</strong>${organisation ? html`<span class="organisation">${organisation}</span>` : nothing}
      </p>
      ${serviceType ? html`<p class="service-type" part="service-type">${serviceType}</p>` : nothing}
      ${audience ? html`<p class="line-audience" part="line-audience">${audience}</p>` : nothing}
      <ul class="channels" part="channels" role="list">
        ${channels.map(
          ([channel, href, label, value]) => html`
            <li>
              <a
                class="channel channel-${channel}"
                part="channel channel-${channel}"
                href=${href}
                rel=${channel === 'chat' || channel === 'web' ? 'noreferrer' : nothing}
                @click=${() => onContact(channel)}
                >${label}${value ? ' ' : ''}${value ? html`<span class="channel-value" dir="ltr">${value}</span>` : nothing}</a
              >
            </li>
          `,
        )}
      </ul>
      ${facts.length > 0 ? html`<ul class="facts" part="facts" role="list">${facts.map((fact) => html`<li>${fact}</li>`)}</ul>` : nothing}
    </div>
  `;
}

/** "In immediate danger? Call 112, 133 (police), or 144 (ambulance)", or, where no number is known, the general advice. */
export function renderEmergency(
  numbers: readonly EmergencyNumber[],
  { messages, lang, onContact }: { messages: Messages; lang: string; onContact: ContactHandler },
): TemplateResult {
  const m = messages.banner;
  if (numbers.length === 0) return html`<p class="emergency" part="emergency">${m.internationalEmergency}</p>`;
  return html`
    <p class="emergency" part="emergency">
      ${m.emergency}
      ${emergencyParts(
        numbers,
        m,
        lang,
        (number, roles) =>
          html`<span class="emergency-item"
            ><a class="emergency-number" part="emergency-number" href="tel:${number}" dir="ltr" @click=${() => onContact('call')}>${number}</a
            >${roles}</span
          >`,
      )}
    </p>
  `;
}

/**
 * Where no line is known, or the line is not for the person reading: "To find a hotline ... search
 * the Global Modern Slavery Directory." The link sits where the language puts `{directory}`.
 */
export function renderDirectory({ messages, onContact }: { messages: Messages; onContact: ContactHandler }): TemplateResult {
  return html`<p>
    ${directorySentence(
      messages.banner,
      html`<a class="directory" part="directory" href=${globalDirectory.url} rel="noreferrer" @click=${() => onContact('web')}>${globalDirectory.name}</a>`,
    )}
  </p>`;
}

export const contactStyles = css`
  .hotline-name,
  .service-type,
  .line-audience,
  .emergency {
    margin: 0 0 0.5em;
  }
  .organisation,
  .service-type,
  .facts {
    color: var(--_muted);
  }
  .channels,
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0 0 0.5em;
    padding: 0;
    list-style: none;
  }
  .facts {
    gap: 0.25em 1em;
    font-size: 0.9em;
  }
  .channel {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 44px;
    min-width: 44px;
    padding: 0.4em 0.9em;
    border: 2px solid var(--_accent);
    border-radius: 999px;
    color: var(--_accent);
    background: transparent;
    font-weight: 600;
    text-decoration: none;
  }
  .channel-call {
    color: var(--_on-accent);
    background: var(--_accent);
  }
  .channel:hover {
    text-decoration: underline;
  }
  .channel-value {
    font-variant-numeric: tabular-nums;
    unicode-bidi: isolate;
  }
  .emergency-item {
    display: inline-block;
    margin-inline-end: 0.75em;
  }
  .emergency-number {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 44px;
    min-width: 44px;
    padding: 0 0.4em;
    color: var(--_text);
    font-weight: 700;
    unicode-bidi: isolate;
  }
  @media (forced-colors: active) {
    .channel-call {
      border-color: LinkText;
    }
  }
  /* On paper (a staff room's poster): dark on white whatever the screen's scheme, no buttons
     (browsers leave out backgrounds, which would leave the call button's text white on white),
     and the number to call large. */
  @media print {
    .base {
      color-scheme: light;
    }
    .channel {
      min-height: 0;
      padding: 0;
      border: 0;
      color: var(--_text);
      background: none;
    }
    .channel-call .channel-value {
      font-size: 2em;
      font-weight: 700;
    }
  }
`;

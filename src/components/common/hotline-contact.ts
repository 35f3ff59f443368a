/**
 * How a hotline, an emergency number and the global directory are shown, shared by the banner and
 * the checklist's next steps so both give the same links and the same
 * `hotline-contact` events. Every value is rendered as text; numbers sit in
 * `dir="ltr"` so they read correctly inside right-to-left text. Spaces that
 * the text needs are kept in bindings: the build's HTML minifier drops a space
 * at the start of a template.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { ContactChannel } from '../../events.js';
import type { EmergencyNumber, Hotline, PhoneNumber } from '../../data/types.js';
import type { Messages } from '../../locale/catalogue.js';
import { fill, list, plural } from '../../locale/format.js';
import { globalDirectory } from '../../data/international.js';
import { toHttpsUrl } from '../../config/urls.js';

export type ContactHandler = (channel: ContactChannel) => void;

/**
 * What a line is, for the sentences said of it: a support line's promise (advisers who listen in
 * confidence and leave the decision to you) is never said of a line that reaches the police, or
 * one that only advises professionals.
 */
export type LineKind = 'support' | 'police' | 'professional';

export const kindOf = (line: Hotline): LineKind =>
  line.serviceType === 'police-reporting' ? 'police' : line.serviceType === 'professional-advice' ? 'professional' : 'support';

interface Channel {
  channel: ContactChannel;
  href: string;
  label: string;
  value: string;
}

/** What `tel:` dials: the E.164 form, or a short code's digits. */
const dialOf = (phone: PhoneNumber) => phone.e164 ?? phone.display.replace(/\D/g, '');

function channelsOf(line: Hotline, messages: Messages): Channel[] {
  const m = messages.banner;
  const channels: Channel[] = [line.phone, ...(line.otherPhones ?? [])]
    .filter((phone): phone is PhoneNumber => phone !== undefined)
    .map((phone) => ({ channel: 'call' as const, href: `tel:${dialOf(phone)}`, label: m.call, value: phone.display }));
  if (line.text) channels.push({ channel: 'text', href: `sms:${line.text.dial}`, label: m.text, value: line.text.display });
  if (line.whatsapp) {
    channels.push({ channel: 'text', href: `https://wa.me/${dialOf(line.whatsapp).slice(1)}`, label: m.whatsapp, value: line.whatsapp.display });
  }
  // Checked again here, whatever the address came from: only https: becomes a chat or web link.
  const chat = toHttpsUrl(line.chat);
  const web = toHttpsUrl(line.web);
  if (chat) channels.push({ channel: 'chat', href: chat, label: m.chat, value: '' });
  if (line.email) channels.push({ channel: 'email', href: `mailto:${line.email}`, label: m.email, value: line.email });
  if (web) channels.push({ channel: 'web', href: web, label: m.web, value: new URL(web).hostname.replace(/^www\./, '') });
  return channels;
}

function languageFacts(line: Hotline, lang: string, messages: Messages): string[] {
  const facts: string[] = [];
  const names = new Intl.DisplayNames([lang], { type: 'language' });
  // A language the browser cannot name (Chromium has no name for Kikongo's "kg") is left out, never shown as a code.
  const named = line.languages.flatMap((code) => {
    const name = names.of(code);
    return name && name !== code ? [name] : [];
  });
  if (named.length > 0) facts.push(fill(messages.banner.languages, { languages: list(named, lang) }, lang));
  if (line.interpretedLanguages) facts.push(plural(messages.banner.interpreted, line.interpretedLanguages, lang));
  return facts;
}

/** Hours, cost and languages: shown only where the data's sources say so. */
export function factsOf(line: Hotline, lang: string, messages: Messages): string[] {
  return [
    ...(line.is24x7 ? [messages.banner.open24x7] : line.hours ? [line.hours] : []),
    ...(line.free ? [messages.banner.free] : []),
    ...languageFacts(line, lang, messages),
  ];
}

export function renderHotline(
  line: Hotline,
  { messages, lang, compact, onContact }: { messages: Messages; lang: string; compact: boolean; onContact: ContactHandler },
): TemplateResult {
  // Dedicated trafficking lines and the site owner's own are not labelled.
  const types = messages.banner.serviceType as Partial<Record<string, string>>;
  const serviceType = Object.hasOwn(types, line.serviceType) ? types[line.serviceType] : undefined;
  // Where a child helpline is what a country has, an adult needs to know whether it is for them too.
  const childLine = messages.banner.childLine;
  const audience = line.serviceType !== 'child-helpline' || typeof line.adults !== 'boolean' ? undefined : line.adults ? childLine.adults : childLine.childrenOnly;
  const facts = compact ? [] : factsOf(line, lang, messages);
  return html`
    <div class="hotline" part="hotline" data-hotline=${line.id}>
      <p class="hotline-name" part="hotline-name">
        <strong>${line.name}</strong>${line.organisation && !compact
          ? html`<span class="organisation">${` · ${line.organisation}`}</span>`
          : nothing}
      </p>
      ${serviceType ? html`<p class="service-type" part="service-type">${serviceType}</p>` : nothing}
      ${audience ? html`<p class="line-audience" part="line-audience">${audience}</p>` : nothing}
      <ul class="channels" part="channels" role="list">
        ${channelsOf(line, messages).map(
          ({ channel, href, label, value }) => html`
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
  const roleList = (roles: EmergencyNumber['roles']) =>
    roles.length > 0 ? ` ${fill(m.emergencyRoles, { roles: list(roles.map((role) => m.roles[role]), lang) }, lang)}` : '';
  const items = numbers.map(
    ({ number, roles }) =>
      html`<span class="emergency-item"
        ><a class="emergency-number" part="emergency-number" href="tel:${number}" dir="ltr" @click=${() => onContact('call')}>${number}</a
        >${roleList(roles)}</span
      >`,
  );
  // "112, 17 (police), or 15 (ambulance)": the numbers joined as the language joins alternatives,
  // so that two numbers never read as one ("112 17") and each language keeps its own commas.
  const parts = new Intl.ListFormat(lang, { type: 'disjunction' }).formatToParts(items.map((_, index) => `${index}`));
  return html`
    <p class="emergency" part="emergency">
      ${m.emergency} ${parts.map((part) => (part.type === 'element' ? items[Number(part.value)] : part.value))}
    </p>
  `;
}

/**
 * Where no line is known, or the line is not for the person reading: "To find a hotline ... search
 * the Global Modern Slavery Directory." The link sits where the language puts `{directory}`, and
 * the sentence ends as the language ends it ("。" in Chinese, nothing in Thai).
 */
export function renderDirectory({ messages, onContact }: { messages: Messages; onContact: ContactHandler }): TemplateResult {
  const [before, ...after] = messages.banner.internationalDirectory.split('{directory}');
  // A site owner's own sentence without the placeholder ends with the link, as before.
  return html`<p>
    ${after.length > 0 ? before : `${before} `}<a class="directory" part="directory" href=${globalDirectory.url} rel="noreferrer" @click=${() => onContact('web')}
      >${globalDirectory.name}</a
    >${after.length > 0 ? after.join('') : '.'}
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
`;

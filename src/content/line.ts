/**
 * What is said of one line, decided once for the elements (src/components/common/hotline-contact.ts
 * renders it with Lit) and for the static renderer (src/static/ writes it as HTML, text or
 * Markdown): its channels as links, what kind of line it is, whom a child helpline is for, its
 * hours, cost and languages. Pure: no Lit, no page, no request; every value is text, for the
 * renderer to write as text.
 */
import type { ContactChannel } from '../events.js';
import type { Hotline, PhoneNumber } from '../data/types.js';
import type { Messages } from '../locale/messages/en.js';
import { fill, list, plural } from '../locale/format.js';
import { toHttpsUrl } from '../config/https.js';

/**
 * What a line is, for the sentences said of it: a support line's promise (advisers who listen in
 * confidence and leave the decision to you) is never said of a line that reaches the police, or
 * one that only advises professionals.
 */
export type LineKind = 'support' | 'police' | 'professional';

export const kindOf = (line: Hotline): LineKind =>
  line.serviceType === 'police-reporting' ? 'police' : line.serviceType === 'professional-advice' ? 'professional' : 'support';

/** The sentence above the lines, said of the first line: its promise only above a line that keeps it. */
export const leadOf = (kind: LineKind, m: Messages['banner']): string =>
  kind === 'police' ? m.leadPolice : kind === 'professional' ? m.leadProfessional : m.lead;

/**
 * One way to get in touch: the channel (`call`), the link (`tel:` and the E.164 number), the label
 * ("Call"), and what is shown after the label (the number as the country writes it, an address, a
 * site's name; empty for a chat). A tuple: the drop-in script pays for every property name it keeps.
 */
export type Channel = [channel: ContactChannel, href: string, label: string, value: string];

/** What `tel:` dials: the E.164 form, or a short code's digits. */
const dialOf = (phone: PhoneNumber) => phone.e164 ?? phone.display.replace(/\D/g, '');

/** Every channel of a line, in the order shown: its numbers, text, WhatsApp, chat, email, website. */
export function channelsOf(line: Hotline, messages: Messages): Channel[] {
  const m = messages.banner;
  const channels: Channel[] = [line.phone, ...(line.otherPhones ?? [])]
    .filter((phone): phone is PhoneNumber => phone !== undefined)
    .map((phone) => ['call', `tel:${dialOf(phone)}`, m.call, phone.display]);
  if (line.text) channels.push(['text', `sms:${line.text.dial}`, m.text, line.text.display]);
  if (line.whatsapp) channels.push(['text', `https://wa.me/${dialOf(line.whatsapp).slice(1)}`, m.whatsapp, line.whatsapp.display]);
  // Checked again here, whatever the address came from: only https: becomes a chat or web link.
  const chat = toHttpsUrl(line.chat);
  const web = toHttpsUrl(line.web);
  if (chat) channels.push(['chat', chat, m.chat, '']);
  if (line.email) channels.push(['email', `mailto:${line.email}`, m.email, line.email]);
  if (web) channels.push(['web', web, m.web, new URL(web).hostname.replace(/^www\./, '')]);
  return channels;
}

/** Hours, cost and languages: shown only where the data's sources say so. */
export function factsOf(line: Hotline, lang: string, messages: Messages): string[] {
  const m = messages.banner;
  const names = new Intl.DisplayNames([lang], { type: 'language' });
  // A language the browser cannot name (Chromium has no name for Kikongo's "kg") is left out, never shown as a code.
  const named = line.languages.flatMap((code) => {
    const name = names.of(code);
    return name && name !== code ? [name] : [];
  });
  return [
    ...(line.is24x7 ? [m.open24x7] : line.hours ? [line.hours] : []),
    ...(line.free ? [m.free] : []),
    ...(named.length > 0 ? [fill(m.languages, { languages: list(named, lang) }, lang)] : []),
    ...(line.interpretedLanguages ? [plural(m.interpreted, line.interpretedLanguages, lang)] : []),
  ];
}

/**
 * Everything said of one line besides its name, in the order shown (a tuple: the drop-in script
 * pays for every property name it keeps):
 * - `organisation`: " · " and the organisation, after the name; empty in the compact variant or without one;
 * - `serviceType`: what kind of line it is ("Child helpline"); empty for a dedicated trafficking line and the site owner's own;
 * - `audience`: under a child helpline, whether it also takes calls about adults, where the data says;
 * - `channels`: every way to get in touch;
 * - `facts`: hours, cost and languages; none in the compact variant.
 */
export type LineContent = [organisation: string, serviceType: string, audience: string, channels: Channel[], facts: string[]];

export function lineContent(line: Hotline, messages: Messages, lang: string, compact: boolean): LineContent {
  const m = messages.banner;
  // Dedicated trafficking lines and the site owner's own are not labelled.
  const types = m.serviceType as Partial<Record<string, string>>;
  // Where a child helpline is what a country has, an adult needs to know whether it is for them too.
  const childLine = m.childLine;
  return [
    line.organisation && !compact ? ` · ${line.organisation}` : '',
    (Object.hasOwn(types, line.serviceType) && types[line.serviceType]) || '',
    line.serviceType !== 'child-helpline' || typeof line.adults !== 'boolean' ? '' : line.adults ? childLine.adults : childLine.childrenOnly,
    channelsOf(line, messages),
    compact ? [] : factsOf(line, lang, messages),
  ];
}

// The ground truth the static help is checked against: the project's data files as a maintainer
// wrote them (never the shipped copies) and the catalogue's languages, and how the html formats
// write a number. Shared by tests/node/static.test.mjs and tests/node/mail-client.test.mjs.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('../..', import.meta.url).pathname;
export const readJson = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));

export const allLines = readdirSync(join(root, 'src/data/hotlines'))
  .filter((name) => name.endsWith('.json'))
  .flatMap((name) => readJson(`src/data/hotlines/${name}`).hotlines);
export const countries = [...new Set(allLines.map((line) => line.country))].sort();
export const emergency = readJson('src/data/emergency.json').territories;
export const languages = ['en', ...readdirSync(join(root, 'src/locale/messages')).filter((name) => name.endsWith('.json')).map((name) => name.replace(/\.json$/, ''))].sort();
export const DIRECTORY = 'https://globalmodernslavery.org/';

export const linesOf = (country) => allLines.filter((line) => line.country === country);
export const dialOf = (phone) => phone.e164 ?? phone.display.replace(/\D/g, '');
export const phonesOf = (line) => [line.phone, ...(line.otherPhones ?? [])].filter(Boolean);
export const numbersOf = (country) => (emergency[country]?.numbers ?? []).map(({ number }) => number);

/** Every address a line's channels may link to, from the data. */
export function addressesOf(line) {
  return [
    ...phonesOf(line).map((phone) => `tel:${dialOf(phone)}`),
    ...(line.text ? [`sms:${line.text.dial}`] : []),
    ...(line.whatsapp ? [`https://wa.me/${line.whatsapp.e164.slice(1)}`] : []),
    ...(line.chat ? [new URL(line.chat).href] : []),
    ...(line.email ? [`mailto:${line.email}`] : []),
    ...(line.web ? [new URL(line.web).href] : []),
  ];
}

export const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** A number as the html and fallback formats link it: `tel:` and the number written in the link. */
export const htmlCall = (href, display) => new RegExp(`<a href="${href.replace(/[+]/g, '\\+')}"[^>]*>[^<]*<span dir="ltr">${escapeHtml(display).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</span></a>`);

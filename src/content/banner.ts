/**
 * What the banner says, decided once for `<hotline-banner>` and for the static renderer
 * (src/static/): which lines, in which order, under which heading and lead; the emergency numbers
 * joined as the language joins alternatives; where the directory's link sits in its sentence.
 * Pure: no Lit, no page, no request.
 */
import type { EmergencyNumber, Hotline } from '../data/types.js';
import type { Messages } from '../locale/messages/en.js';
import { fill, list } from '../locale/format.js';
import { kindOf, leadOf } from './line.js';

/**
 * What the banner shows, in order (a tuple: the drop-in script pays for every property name it keeps):
 * - `heading`;
 * - `lead`: the sentence above the lines, true for the first one; empty in the compact variant and on the international card;
 * - `main`: the main line; none on the international card (and while the country's lines load);
 * - `more`: the lines under "Other lines", in the full variant only;
 * - `directory`: whether the directory's sentence is said: on the international card, and under a line for professionals.
 */
export type BannerPlan = [heading: string, lead: string, main: Hotline | undefined, more: readonly Hotline[], directory: boolean];

/**
 * The banner for a country's lines in the order shown (src/data/countries.ts `linesInOrder`);
 * none gives the international card: emergency guidance and the directory, never another
 * country's number. `loading`: the lines are not known yet (the heading and the general
 * emergency advice meanwhile, no card).
 */
export function bannerPlan(lines: readonly Hotline[], m: Messages['banner'], compact: boolean, loading: boolean): BannerPlan {
  const [main, ...more] = lines;
  const kind = main ? kindOf(main) : 'support';
  const card = !main && !loading;
  // The lead is said of the first line: its promise only above a line that keeps it.
  return [card ? m.internationalHeading : m.heading, card || compact ? '' : leadOf(kind, m), main, compact ? [] : more, card || kind === 'professional'];
}

/**
 * "112, 17 (police), or 15 (ambulance)": the numbers joined as the language joins alternatives,
 * so that two numbers never read as one ("112 17") and each language keeps its own commas. Said
 * after `m.emergency` ("In immediate danger? Call"); with no number known, `m.internationalEmergency`
 * instead. Between the numbers, the language's words (", ", " or "); for each number, what
 * `item` makes of it and its roles (" (police)", or empty where it reaches every service).
 */
export function emergencyParts<T>(numbers: readonly EmergencyNumber[], m: Messages['banner'], lang: string, item: (number: string, roles: string) => T): (string | T)[] {
  return new Intl.ListFormat(lang, { type: 'disjunction' }).formatToParts(numbers.map((_, index) => `${index}`)).map((part) => {
    if (part.type !== 'element') return part.value;
    const { number, roles } = numbers[Number(part.value)]!;
    return item(number, roles.length > 0 ? ` ${fill(m.emergencyRoles, { roles: list(roles.map((role) => m.roles[role]), lang) }, lang)}` : '');
  });
}

/**
 * "To find a hotline ... search the {directory}.": the sentence with `link` where the language
 * puts `{directory}`, ending as the language ends it ("。" in Chinese, nothing in Thai). A site
 * owner's own sentence without the placeholder ends with the link, as before.
 */
export function directorySentence<T>(m: Messages['banner'], link: T): (string | T)[] {
  const [before, ...after] = m.internationalDirectory.split('{directory}');
  return after.length > 0 ? [before!, link, after.join('')] : [`${before} `, link, '.'];
}

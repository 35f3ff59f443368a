/**
 * Hotlines per country. Every entry comes from `../shared/reference/hotlines.json`
 * (archived copies of the operators' and governments' pages, generated
 * 2026-11-23); `hotlineEvidence` below keeps, for each entry, the pages that
 * reference cites and the date this project compared the entry with them. Numbers appear nowhere
 * else in the code.
 */
import type { Evidence, Hotline } from './types.js';

export const hotlines: readonly Hotline[] = [
  {
    id: 'us-nhth',
    country: 'US',
    organisation: 'Polaris',
    name: 'National Human Trafficking Hotline',
    serviceType: 'anti-trafficking',
    phone: { display: '1-888-373-7888', e164: '+18883737888' },
    // The keyword to send differs between sources (BEFREE, HELP, INFO); the number agrees everywhere.
    text: { display: '233733', dial: '233733' },
    chat: 'https://humantraffickinghotline.org/',
    email: 'help@humantraffickinghotline.org',
    web: 'https://humantraffickinghotline.org/',
    is24x7: true,
    languages: ['en', 'es'],
    interpretedLanguages: 200,
    free: true,
    confidence: 'high',
  },
  {
    id: 'gb-msh',
    country: 'GB',
    organisation: 'Unseen UK',
    name: 'Modern Slavery & Exploitation Helpline',
    serviceType: 'modern-slavery',
    phone: { display: '08000 121 700', e164: '+448000121700' },
    web: 'https://www.modernslaveryhelpline.org/',
    is24x7: true,
    languages: [],
    interpretedLanguages: 200,
    free: true,
    confidence: 'high',
  },
  {
    id: 'ca-chth',
    country: 'CA',
    organisation: 'Canadian Centre to End Human Trafficking',
    name: 'Canadian Human Trafficking Hotline',
    serviceType: 'anti-trafficking',
    phone: { display: '1-833-900-1010', e164: '+18339001010' },
    chat: 'https://canadianhumantraffickinghotline.ca/',
    web: 'https://canadianhumantraffickinghotline.ca/',
    is24x7: true,
    languages: ['en', 'fr'],
    interpretedLanguages: 200,
    free: true,
    confidence: 'high',
  },
  {
    id: 'au-afp',
    country: 'AU',
    organisation: 'Australian Federal Police',
    name: '131 AFP',
    serviceType: 'police-reporting',
    phone: { display: '131 237', e164: '+61131237' },
    web: 'https://www.afp.gov.au/what-we-do/crime-types/human-trafficking',
    // No source gives its hours or says the call is free (13 numbers are shared cost).
    is24x7: null,
    languages: [],
    confidence: 'high',
  },
];

/**
 * The evidence behind each entry, by id: the pages read and the date the entry
 * was last compared with them. Kept beside the entries, checked by the tests and
 * `scripts/`, and left out of the shipped bundle (nothing imports it at run time).
 */
export const hotlineEvidence: Readonly<Record<string, Evidence>> = {
  'us-nhth': {
    checked: '2026-11-25',
    sources: [
      {
        url: 'https://humantraffickinghotline.org/about-us/what-we-do',
        supports: 'number, text 233733, live chat, 24/7, toll-free, English and Spanish plus 200 languages, operated by Polaris',
      },
      { url: 'http://traffickingresourcecenter.org/privacy-policy', supports: 'email help@humantraffickinghotline.org; number' },
      {
        url: 'https://polarisproject.org/responding-to-human-trafficking/',
        supports: 'phone in 200+ languages; text, webchat, email and web form in English and Spanish',
      },
    ],
  },
  'gb-msh': {
    checked: '2026-11-25',
    sources: [
      { url: 'http://www.Modernslaveryhelpline.org', supports: '08000 121 700; part of Unseen; report online' },
      { url: 'https://www.unseenuk.org/faqs-potential-victims/', supports: 'free, confidential, 365 days' },
      {
        url: 'https://www.unseenuk.org/blog/i-work-on-the-modern-slavery-helpline-and-this-is-what-i-hear',
        supports: '24/7, 365 days, 200+ languages',
      },
    ],
  },
  'ca-chth': {
    checked: '2026-11-25',
    sources: [
      {
        url: 'https://canadianhumantraffickinghotline.ca/faq',
        supports: '1-833-900-1010; English and French plus 200 languages; chat in English and French',
      },
      { url: 'https://canadianhumantraffickinghotline.ca/who-are-we', supports: '24/7/365; TTY' },
      { url: 'https://bramptonist.com/canada-just-launched-a-helpline-for-human-trafficking-victims/', supports: 'toll-free; 1-833-900-1010' },
    ],
  },
  'au-afp': {
    checked: '2026-11-25',
    sources: [
      {
        url: 'https://antislaverycommissioner.gov.au/find-help-and-support/report-suspected-modern-slavery',
        supports: 'call the AFP on 131 237 (131AFP) or report online; confidential; emergency 000',
      },
      { url: 'https://www.afp.gov.au/what-we-do/crime-types/human-trafficking', supports: '131AFP (131237) or the online form' },
    ],
  },
};

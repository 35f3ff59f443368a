/**
 * What a visitor sees when their country is unknown or has no line in the data:
 * emergency guidance and a worldwide directory, never another country's number.
 */
import type { Evidence } from './types.js';

export const globalDirectory = {
  name: 'Global Modern Slavery Directory',
  organisation: 'Polaris',
  url: 'https://globalmodernslavery.org/',
} as const;

/** Not shipped: nothing imports it at run time. */
export const globalDirectoryEvidence: Evidence = {
  checked: '2026-11-25',
  sources: [
    {
      url: 'https://polarisproject.org/responding-to-human-trafficking/',
      supports: 'a publicly searchable database of over 2,700 organisations and hotlines working on trafficking and forced labour worldwide',
    },
    { url: 'https://globalmodernslavery.org/faq/', supports: 'search by country; each organisation’s hotline, hours, website and email' },
  ],
};

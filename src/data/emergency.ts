/**
 * Emergency numbers per territory, from `../shared/reference/emergency.json`:
 * the numbers are Google libphonenumber's `ShortNumberMetadata.xml` (commit
 * 1b411cef, 2026-07-16); a role is named only where the secondary set
 * (DennisGross/aidlines) agrees for that role.
 */
import type { CountryCode, EmergencyNumbers, Evidence } from './types.js';

export const emergencyNumbers: Readonly<Record<CountryCode, EmergencyNumbers>> = {
  US: { number: '911', roles: ['police', 'ambulance', 'fire'] },
  GB: { number: '999', roles: ['police', 'ambulance', 'fire'] },
  CA: { number: '911', roles: ['police', 'ambulance', 'fire'] },
  AU: { number: '000', roles: ['police', 'ambulance', 'fire'] },
};

/** The evidence for every entry above (not shipped: nothing imports it at run time). */
export const emergencyEvidence: Evidence = {
  checked: '2026-11-25',
  sources: [
    {
      url: 'https://github.com/google/libphonenumber/blob/1b411cef61875cdb35e543514eaa499db5893c95/resources/ShortNumberMetadata.xml',
      supports: 'the emergency numbers recognised for each territory',
    },
    {
      url: 'https://github.com/DennisGross/aidlines/blob/4f81e371e889651bc8d560115028ef339e92e6a3/data.js',
      supports: 'police, ambulance and fire numbers (roles shown only where they agree with the first source)',
    },
  ],
};

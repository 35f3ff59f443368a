/**
 * The shape of the hotline data. Every entry has its evidence (`Evidence`:
 * sources and check date, in the same file, keyed by id) and a `confidence`,
 * so that a wrong number can be traced and an old one found.
 */

/** ISO 3166-1 alpha-2, upper case. */
export type CountryCode = string;

export type Confidence = 'high' | 'medium' | 'low';

/**
 * What kind of line it is. Shown to the visitor whenever it is not a dedicated
 * trafficking line, so that nobody mistakes a police tip line for a support service.
 */
export type ServiceType =
  | 'anti-trafficking'
  | 'modern-slavery'
  | 'labour-exploitation'
  | 'violence-against-women'
  | 'child-helpline'
  | 'migrant-helpline'
  | 'government-helpline'
  | 'general-helpline'
  | 'police-reporting'
  | 'professional-advice'
  | 'site-owner';

export interface Source {
  /** Address of the page that was read. */
  readonly url: string;
  /** What that page supports (number, hours, languages ...). */
  readonly supports: string;
}

export interface PhoneNumber {
  /** As the country writes it, shown to the visitor. */
  readonly display: string;
  /** E.164 (`+18883737888`), used for `tel:` links; absent for a short code. */
  readonly e164?: string;
  /** A short code (`1343`): dialled as its digits, only from inside the country. */
  readonly shortCode?: true;
  /**
   * `national`: a non-geographic number the operator publishes without area or country code,
   * dialled as written from inside the country (Pakistan's UAN "111" numbers): its digits are
   * dialled, as a short code's are. Only where src/data/hotlines/README.md has the country's rule.
   */
  readonly dialling?: 'national';
}

export interface TextNumber {
  /** As shown to the visitor. */
  readonly display: string;
  /** Digits (with a leading + when international) used for `sms:` links. */
  readonly dial: string;
}

export interface Hotline {
  /** Stable id, `<country>-<service>` in lower case. */
  readonly id: string;
  readonly country: CountryCode;
  readonly organisation: string;
  readonly name: string;
  readonly serviceType: ServiceType;
  readonly phone?: PhoneNumber;
  /** More numbers of the same service. */
  readonly otherPhones?: readonly PhoneNumber[];
  readonly text?: TextNumber;
  /** A WhatsApp number (full-length, with its E.164 form). */
  readonly whatsapp?: PhoneNumber;
  /** `https:` page where a live chat is offered. */
  readonly chat?: string;
  readonly email?: string;
  /** `https:` page of the service (report form or home page). */
  readonly web?: string;
  /** true only where a source says so; null where no source says. */
  readonly is24x7: boolean | null;
  /** Opening hours in plain English, where a source gives them and the line is not 24/7. */
  readonly hours?: string;
  /** BCP 47 base languages a source names for the service. */
  readonly languages: readonly string[];
  /** "over N languages through interpreters", where a source says so. */
  readonly interpretedLanguages?: number;
  /**
   * Child helplines: true where a source says the line also takes calls about adults, false where
   * it is for children only; absent where no source says. Shown under the line's label.
   */
  readonly adults?: boolean;
  /** true only where a source says the call is free. */
  readonly free?: boolean;
  readonly confidence: Confidence;
  /** A site owner's line that replaces the built-in ones for its country. */
  readonly replacesBuiltIn?: boolean;
}

/**
 * Why an entry can be trusted. Kept beside the data, keyed by the entry's id,
 * but never imported at run time, so that it costs the visitor no bytes.
 */
export interface Evidence {
  readonly sources: readonly Source[];
  /** ISO date the entry was last compared with its sources. */
  readonly checked: string;
}

export type EmergencyRole = 'police' | 'ambulance' | 'fire';

/**
 * One emergency number and the services its sources say it reaches (src/data/emergency.json).
 * No role: the number for every service (112, 911), shown as the emergency number without a label.
 */
export interface EmergencyNumber {
  readonly number: string;
  readonly roles: readonly EmergencyRole[];
}

/** What a country's banner shows. */
export interface CountryHelp {
  readonly country: CountryCode;
  /** In the order to show them; the first is the main line. Empty: the international card. */
  readonly hotlines: readonly Hotline[];
  /** The territory's emergency numbers, most useful first; empty where none is known. */
  readonly emergency: readonly EmergencyNumber[];
  /** Set while the country's data file is loading; the element renders again when it settles. */
  readonly pending: Promise<unknown> | null;
}

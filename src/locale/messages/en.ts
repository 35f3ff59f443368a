/**
 * The English message catalogue: the source of truth for every string a
 * visitor sees, built into the script. Other languages are JSON files beside
 * it, type-checked against `Messages` at build time (a missing key is a
 * compile error) and loaded only by visitors who read them. Messages are data:
 * `{name}` placeholders, and plural forms (`Plural`) chosen by Intl.PluralRules.
 * Wording: plain, calm, non-judgemental; never a verdict.
 */
import type { ServiceType } from '../../data/types.js';
import type { Plural } from '../format.js';

/** Service types that are named to visitors: every one but a dedicated trafficking line. */
type NamedServiceType = Exclude<ServiceType, 'anti-trafficking' | 'modern-slavery' | 'site-owner'>;

export const en = {
  banner: {
    heading: 'Worried about trafficking or exploitation?',
    /** Above a support line (every service type but the two below): the promise such a line keeps. */
    lead: 'Trained advisers listen, in confidence, and help you decide what to do. You do not need to be sure.',
    /** Above a police reporting line: says plainly where the call goes. */
    leadPolice: 'This line reaches the police. You can report what you have seen, or what is happening to you. You do not need to be sure.',
    /** Above a line for professionals: who it is for, and where a person affected can turn instead. */
    leadProfessional: 'This line is for professionals. If this is happening to you, call the emergency number or search the directory below.',
    call: 'Call',
    text: 'Text',
    whatsapp: 'WhatsApp',
    chat: 'Chat online',
    email: 'Email',
    web: 'Website',
    open24x7: 'Open 24 hours, every day',
    free: 'Free to call',
    /** `{languages}` is already a list in the page's language ("English and Spanish"). */
    languages: 'In {languages}',
    interpreted: { one: 'Interpreters for over {count} language', other: 'Interpreters for over {count} languages' } as Plural,
    /** Said of every line that is not a dedicated trafficking line, so nobody mistakes a police tip line for support. */
    serviceType: {
      'labour-exploitation': 'Labour exploitation line',
      'violence-against-women': 'Helpline for women affected by violence',
      'child-helpline': 'Child helpline',
      'migrant-helpline': 'Helpline for migrants',
      'government-helpline': 'Government helpline',
      'general-helpline': 'General helpline',
      'police-reporting': 'Police reporting line, not a support service',
      'professional-advice': 'Advice line for professionals',
    } as Record<NamedServiceType, string>,
    /** After "Child helpline", where the data says whether the line also takes calls about adults. */
    childLine: {
      adults: 'It also takes calls about adults.',
      childrenOnly: 'It is for children and young people. An adult in danger can call the emergency number.',
    },
    emergency: 'In immediate danger? Call',
    emergencyRoles: '({roles})',
    roles: { police: 'police', ambulance: 'ambulance', fire: 'fire' },
    moreLines: 'Other lines',
    internationalHeading: 'Help with human trafficking, wherever you are',
    internationalEmergency: 'If someone is in immediate danger, call the local emergency number.',
    /** `{directory}` is the link to the Global Modern Slavery Directory; the sentence's own punctuation is the language's. */
    internationalDirectory: 'To find a hotline or support organisation in your country, search the {directory}.',
  },
  quickExit: {
    label: 'Leave this page',
    /** Read before the label, so that screen-reader users know it is a safety control. */
    purpose: 'Emergency exit:',
    /** Read out as the shortcut counts presses; `{count}` presses remain. */
    progress: { one: 'Press {key} once more to leave this page.', other: 'Press {key} {count} more times to leave this page.' } as Plural,
    aboutSummary: 'What does this button do?',
    about:
      'It takes you straight to an everyday website, and Back will not return here. It does not erase your browsing history: a private window, or a device that other people do not use, is safer.',
    /** After `about`, as the keyboard shortcuts that are on (the `shortcut` setting): never a key that does nothing. */
    shortcutsBoth: 'You can also press {shift} 3 times, or {esc} twice.',
    shortcutShift3: 'You can also press {shift} 3 times.',
    shortcutEsc2: 'You can also press {esc} twice.',
    /** The keys as this language's keyboards label them, filled into the shortcut sentences and `progress`. */
    keyShift: 'Shift',
    keyEsc: 'Esc',
    skipLink: 'Skip to the emergency exit',
  },
  checklist: {
    heading: 'Signs that someone may be exploited',
    selfHeading: 'Is your work or situation safe?',
    privacy: 'Your answers stay on this page. They are not saved or sent anywhere.',
    clear: 'Clear answers',
    resultHeading: 'What you can do',
    noneTicked: 'Signs are often hidden. If something still feels wrong, you can talk it through with the hotline.',
    someTicked: 'You do not need to be sure: only trained people can assess this. You can talk it through with the hotline.',
    notes: 'If it is safe to do so, note what you saw: who, what, when and where.',
    doNotConfront: 'Do not confront anyone or try to step in yourself.',
    workplace: "Follow your workplace's procedure for reporting concerns, too.",
    rightsHeading: 'Your rights',
    sourcesSummary: 'Where these signs come from',
    sources: 'These signs are summarised, in our own words, from guidance by {organisations}.',
    child: 'A child under 18 who is being used for sex, in exchange for money or anything else, is being exploited, whatever they say. Call the emergency number or the hotline.',
  },
};

export type Messages = typeof en;

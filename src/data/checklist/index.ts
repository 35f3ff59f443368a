/**
 * Checklist content by audience and language: `public` in English is built
 * into the script; every other audience, and every audience in another
 * language, is a file from the script's folder (checked through the manifest),
 * loaded when such a checklist is shown. Until it arrives, an empty list of
 * the audience (the element shows its heading, the hotline and the emergency
 * number, busy), never another audience's signs; if it cannot be loaded, the
 * audience in English, then the public list in English.
 */
import type { Audience } from '../../config/types.js';
import { CHECKLIST_LANGUAGES } from '../../locale/generated/languages.js';
import { BUILT_IN_CHECKLIST } from '../generated/world.js';
import { dataFile } from '../remote.js';
import type { ChecklistContent } from './types.js';

type Loaded = { content: ChecklistContent; pending: Promise<unknown> | null };

/** What holds the place of an audience's signs while they load. */
function loading(audience: Audience, pending: Promise<unknown>): Loaded {
  return { content: { audience, mode: audience === 'self' ? 'self' : 'observer', intro: '', categories: [], publishers: [] }, pending };
}

function inEnglish(audience: Audience): Loaded {
  if (audience === 'public') return { content: BUILT_IN_CHECKLIST, pending: null };
  const file = dataFile<ChecklistContent>(`checklist-${audience}`, 'showing the signs for the public instead');
  if (file.value) return { content: file.value, pending: null };
  return file.failed ? { content: BUILT_IN_CHECKLIST, pending: null } : loading(audience, file.loaded);
}

export function checklistFor(audience: Audience, lang: string): Loaded {
  if (!CHECKLIST_LANGUAGES.includes(lang)) return inEnglish(audience);
  const file = dataFile<ChecklistContent>(`checklist-${audience}-${lang}`, 'showing the signs in English instead');
  if (file.value) return { content: file.value, pending: null };
  // The audience's English file is fetched only if the translation fails.
  return file.failed ? inEnglish(audience) : loading(audience, file.loaded);
}

export type { ChecklistContent, ChecklistItem, ChecklistCategory, ChecklistMode, UrgentReason } from './types.js';

/**
 * Checklist content by audience and language: each audience, in English and
 * in each translation, is a file from the script's folder (checked through
 * the manifest or the language's messages file), loaded when such a checklist
 * is shown; most pages show none, so no list weighs on them. Until it
 * arrives, an empty list of the audience (the element shows its heading, what
 * to do, the hotline and the emergency number, busy), never another
 * audience's signs. If it cannot be loaded: the audience in English, then the
 * public list in English, then no list, with what to do still there.
 */
import type { Audience } from '../../config/types.js';
import { LANGUAGES } from '../../locale/generated/languages.js';
import { dataFile } from '../remote.js';
import type { ChecklistContent } from './types.js';

type Loaded = { content: ChecklistContent; pending: Promise<unknown> | null };

/** An audience with no signs (yet): what holds their place while they load, or when none can. */
function emptyList(audience: Audience): ChecklistContent {
  return { audience, mode: audience === 'self' ? 'self' : 'observer', intro: '', categories: [], publishers: [] };
}

function inEnglish(audience: Audience): Loaded {
  const instead = audience === 'public' ? 'showing what to do and the hotline without the list' : 'showing the signs for the public instead';
  const file = dataFile<ChecklistContent>(`checklist-${audience}`, instead);
  if (file.value) return { content: file.value, pending: null };
  if (!file.failed) return { content: emptyList(audience), pending: file.loaded };
  return audience === 'public' ? { content: emptyList(audience), pending: null } : inEnglish('public');
}

export function checklistFor(audience: Audience, lang: string): Loaded {
  // Every language but English has its checklist translated (scripts/build-data.mjs refuses a build where one has not).
  if (lang === 'en' || !LANGUAGES.includes(lang)) return inEnglish(audience);
  const file = dataFile<ChecklistContent>(`checklist-${audience}-${lang}`, 'showing the signs in English instead');
  if (file.value) return { content: file.value, pending: null };
  // The audience's English file is fetched only if the translation fails.
  return file.failed ? inEnglish(audience) : { content: emptyList(audience), pending: file.loaded };
}

export type { ChecklistContent, ChecklistItem, ChecklistCategory, ChecklistMode, UrgentReason } from './types.js';

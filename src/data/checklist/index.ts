/**
 * Checklist content by audience: `public` is built into the script; the
 * others are loaded from the script's folder (checked with their sha256) when
 * a checklist for them is shown, with `public` as the offline fallback.
 */
import type { Audience } from '../../config/types.js';
import { BUILT_IN_CHECKLIST } from '../generated/world.js';
import { dataFile } from '../remote.js';
import type { ChecklistContent } from './types.js';

export function checklistFor(audience: Audience): { content: ChecklistContent; pending: Promise<unknown> | null } {
  if (audience === 'public') return { content: BUILT_IN_CHECKLIST, pending: null };
  const file = dataFile<ChecklistContent>(`checklist-${audience}`, 'showing the signs for the public instead');
  return { content: file.value ?? BUILT_IN_CHECKLIST, pending: file.value || file.failed ? null : file.loaded };
}

export type { ChecklistContent, ChecklistItem, ChecklistCategory, ChecklistMode, UrgentReason } from './types.js';

/** Checklist content by audience. Only `public` exists in this version. */
import type { Audience } from '../../config/types.js';
import { publicChecklist } from './public.js';
import type { ChecklistContent } from './types.js';

const contentByAudience: Partial<Record<Audience, ChecklistContent>> = { public: publicChecklist };

export function checklistFor(audience: Audience): ChecklistContent {
  return contentByAudience[audience] ?? publicChecklist;
}

export type { ChecklistContent, ChecklistItem, ChecklistCategory, UrgentReason } from './types.js';

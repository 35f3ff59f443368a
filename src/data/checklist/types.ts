/**
 * The shape of the signs checklist's content. One module per audience
 * (`public.ts`, later `self.ts`, `hospitality.ts` ...), each keeping the ids of
 * the sources behind every item so that a reviewer can trace any sentence.
 */

/** Why an item changes the next steps, whatever else is ticked. */
export type UrgentReason = 'immediate-danger' | 'child-sexual-exploitation';

export interface ChecklistItem {
  /** Stable id, from `indicators.json` where the item comes from there (e.g. `gp-beh-1`). */
  readonly id: string;
  /** The sign, in the project's own plain words (never copied from a source). */
  readonly text: string;
  /** Present when ticking this item must put the emergency number first. */
  readonly urgent?: UrgentReason;
}

export interface ChecklistCategory {
  /** Heading shown as the fieldset's legend. */
  readonly title: string;
  readonly items: readonly ChecklistItem[];
}

export interface ChecklistSource {
  readonly title: string;
  readonly publisher: string;
  readonly url: string;
}

export interface ChecklistContent {
  readonly audience: string;
  /** Shown above the list: what the list is, and that no single sign is proof. */
  readonly intro: string;
  readonly categories: readonly ChecklistCategory[];
}

/** Kept beside each audience's content; never imported at run time. */
export interface ChecklistEvidence {
  /** The date the content was last compared with its sources (ISO 8601). */
  readonly checked: string;
  /** For every item id, the ids of the sources that support it. */
  readonly items: Readonly<Record<string, readonly string[]>>;
  /** Every source the items cite, by id. */
  readonly sources: Readonly<Record<string, ChecklistSource>>;
}

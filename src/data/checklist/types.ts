/**
 * The signs checklist's content as the widget shows it. The project's data is
 * one JSON file per audience in this folder (rules in README.md), with the
 * ids of the sources behind every item; the build keeps that evidence here and
 * ships only what a visitor sees.
 */
import type { Audience } from '../../config/types.js';

/** Why an item changes the next steps, whatever else is ticked. */
export type UrgentReason = 'immediate-danger' | 'child-sexual-exploitation';

/** Who is reading: someone noticing another person, at work or not, or a person checking their own situation. */
export type ChecklistMode = 'observer' | 'staff' | 'self';

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

export interface ChecklistContent {
  readonly audience: Audience;
  readonly mode: ChecklistMode;
  /** Shown above the list: what the list is, and that no single sign is proof. */
  readonly intro: string;
  readonly categories: readonly ChecklistCategory[];
  /**
   * `self`: what to do next, in a form true for the line shown under it (see
   * `selfGuidance` in the checklist element): `none` when nothing is ticked, `some` otherwise.
   */
  readonly guidance?: {
    readonly none: { readonly support24: string; readonly support: string; readonly other: string };
    readonly some: { readonly support: string; readonly other: string };
  };
  /** `self`: general statements of the person's rights. */
  readonly rights?: readonly string[];
  /** The organisations behind the signs, most cited first. */
  readonly publishers: readonly string[];
}

/**
 * `hotline-widget/svelte`: element types for Svelte 5. Load it once in your
 * project, in any `.ts` file (or `src/app.d.ts`):
 *
 *     import type {} from 'hotline-widget/svelte';
 *
 * It adds the three elements to `svelte/elements`' `SvelteHTMLElements`, the
 * interface Svelte's tooling reads for each tag's attributes. Types only.
 *
 * How Svelte 5 passes these attributes: once the element is registered, a
 * name it has as a property (`country`, `variant`, `audience`, `href`,
 * `position`, `shortcut`) is set as the property, others as attributes;
 * `onhotline-contact={handler}` listens for that event. `new-tab` is typed as
 * present or absent only: Svelte writes `new-tab={false}` as the text "false",
 * which the element reads as on; to turn it off, leave the attribute out.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { HotlineBanner, HotlineQuickExit, HotlineSignsChecklist } from 'hotline-widget';
import type {
  HotlineBannerAttributes,
  HotlineBannerEvents,
  HotlineQuickExitAttributes,
  HotlineQuickExitEvents,
  HotlineSignsChecklistAttributes,
  HotlineSignsChecklistEvents,
} from './attributes.js';

export type {
  CountryAttribute,
  CountryCode,
  HotlineBannerAttributes,
  HotlineQuickExitAttributes,
  HotlineSignsChecklistAttributes,
  ShortcutAttribute,
} from './attributes.js';

/** `onhotline-contact`, `onhotline-error`. */
type EventAttributes<Events> = {
  [Name in keyof Events & string as `on${Name}`]?: ((event: Events[Name]) => void) | null;
};

export type SvelteHotlineElement<Element extends HTMLElement, Attributes, Events> = Omit<
  HTMLAttributes<Element>,
  keyof Attributes
> &
  Attributes &
  EventAttributes<Events>;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'hotline-banner': SvelteHotlineElement<HotlineBanner, HotlineBannerAttributes, HotlineBannerEvents>;
    'hotline-signs-checklist': SvelteHotlineElement<HotlineSignsChecklist, HotlineSignsChecklistAttributes, HotlineSignsChecklistEvents>;
    'hotline-quick-exit': SvelteHotlineElement<
      HotlineQuickExit,
      HotlineQuickExitAttributes & {
        /** Also open the exit page in a new tab on a click or tap: write `new-tab`, or leave it out. */
        'new-tab'?: true | '';
      },
      HotlineQuickExitEvents
    >;
  }
}

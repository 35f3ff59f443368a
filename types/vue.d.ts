/**
 * `hotline-widget/vue`: template types for Vue 3. Load it once in your
 * project, in any `.ts` file (or `env.d.ts`):
 *
 *     import type {} from 'hotline-widget/vue';
 *
 * It adds the three elements to Vue's `GlobalComponents`, the way Vue's guide
 * "Vue and Web Components" (Web Components and TypeScript) describes, so that
 * a type checker of templates sees their attributes and events. Types only.
 *
 * Vue must also be told, at build time, that these tags are custom elements
 * and not Vue components, or it warns "Failed to resolve component":
 *
 *     // vite.config.ts
 *     vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('hotline-') } } })
 *
 * (with the in-browser compiler: `app.config.compilerOptions.isCustomElement`).
 *
 * How Vue passes these attributes: a name the element has as a property
 * (`country`, `variant`, `audience`, `href`, `position`, `shortcut`) is set as
 * the property, others as attributes; `@hotline-contact` listens for that
 * event. `new-tab` is typed as present or absent only: Vue writes
 * `:new-tab="false"` as the text "false", which the element reads as on; to
 * turn it off, leave the attribute out.
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
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

/**
 * A custom element as Vue's template checking reads a component: its props
 * from `$props`, its events from `$emit` (the helper of Vue's guide).
 */
export type DefineHotlineElement<Element extends HTMLElement, Attributes, Events> = new () => Element & {
  /** @deprecated For template type checking only: not a property of the element. */
  $props: Omit<HTMLAttributes, keyof Attributes> & Attributes & PublicProps;
  /** @deprecated For template type checking only: not a property of the element. */
  $emit: EmitFn<{ [Name in keyof Events]: (event: Events[Name]) => void }>;
};

export interface HotlineQuickExitVueAttributes extends HotlineQuickExitAttributes {
  /** Also open the exit page in a new tab on a click or tap: write `new-tab`, or leave it out. */
  'new-tab'?: true | '';
}

declare module 'vue' {
  interface GlobalComponents {
    'hotline-banner': DefineHotlineElement<HotlineBanner, HotlineBannerAttributes, HotlineBannerEvents>;
    'hotline-signs-checklist': DefineHotlineElement<HotlineSignsChecklist, HotlineSignsChecklistAttributes, HotlineSignsChecklistEvents>;
    'hotline-quick-exit': DefineHotlineElement<HotlineQuickExit, HotlineQuickExitVueAttributes, HotlineQuickExitEvents>;
  }
}

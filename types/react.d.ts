/**
 * `hotline-widget/react`: JSX types for React 19, which renders custom
 * elements natively. Load it once in your project, in any `.ts` or `.tsx` file:
 *
 *     import type {} from 'hotline-widget/react';
 *
 * and `<hotline-banner country="GB" />` type-checks (a misspelt attribute or
 * value does not). Types only: register the elements with
 * `import 'hotline-widget/define.js'` (or the script tag).
 *
 * How React 19 passes these props (react-dom's custom element support):
 * - a prop the element has as a property (`country`, `variant`, `audience`,
 *   `href`, `position`, `shortcut`, `lang`) is set as that property on the
 *   client, and written as an attribute when rendered on the server;
 * - `new-tab={true}` writes the attribute, `new-tab={false}` removes it;
 * - `on` + an event's name (`onhotline-contact`) adds a listener for that
 *   event on the element; `onClick` and React's other events work as on any
 *   element;
 * - `className` and `class` both set the `class` attribute.
 * `strings` is JSON text, never an object (it is read from the attribute).
 *
 * TypeScript does not check an attribute name with a dash that is not
 * declared here (`data-*`, `aria-*`, or a misspelt `new-tabb`): those pass as
 * any attribute would. Names without a dash (`contry`) and every value are
 * checked.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
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

/** `onhotline-contact`, `onhotline-error`: listeners React 19 adds with addEventListener. */
type EventProps<Events> = {
  [Name in keyof Events & string as `on${Name}`]?: (event: Events[Name]) => void;
};

/** React's own props for an element (`id`, `className`, `style`, `ref`, `children`, `onClick`, `aria-*`...), ours over theirs. */
type ElementProps<Element extends HTMLElement, Attributes, Events> = Omit<
  DetailedHTMLProps<HTMLAttributes<Element>, Element>,
  keyof Attributes
> &
  Attributes &
  EventProps<Events> & {
    /** React 19 passes `class` to a custom element as it is; `className` works too. */
    class?: string;
  };

export type HotlineBannerProps = ElementProps<HotlineBanner, HotlineBannerAttributes, HotlineBannerEvents>;
export type HotlineSignsChecklistProps = ElementProps<HotlineSignsChecklist, HotlineSignsChecklistAttributes, HotlineSignsChecklistEvents>;
export type HotlineQuickExitProps = ElementProps<
  HotlineQuickExit,
  HotlineQuickExitAttributes & {
    /** Also open the exit page in a new tab on a click or tap: `true` writes the attribute, `false` removes it. */
    'new-tab'?: boolean;
  },
  HotlineQuickExitEvents
>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'hotline-banner': HotlineBannerProps;
      'hotline-signs-checklist': HotlineSignsChecklistProps;
      'hotline-quick-exit': HotlineQuickExitProps;
    }
  }
}

/** The defaults, frozen in one place (contract section 1). */
import type { WidgetSettings } from './types.js';

export const DEFAULT_SETTINGS: Readonly<WidgetSettings> = {
  country: 'auto',
  lang: 'auto',
  components: ['banner', 'quick-exit'],
  target: null,
  exitUrl: null,
  audience: 'public',
  theme: 'auto',
  hotlines: [],
  shortcut: null,
  newTab: false,
  strings: {},
};

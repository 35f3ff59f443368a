/**
 * `import ... from 'hotline-widget'`: the classes, types and helpers, with no
 * side effects. Register the tags with `hotline-widget/define.js` or one of the
 * per-element entries.
 */
export { HotlineBanner, type BannerVariant } from './components/hotline-banner/hotline-banner.js';
export { HotlineSignsChecklist, type ChecklistVariant } from './components/signs-checklist/signs-checklist.js';
export { HotlineQuickExit, type QuickExitPosition } from './components/quick-exit/quick-exit.js';
export { exitNow, setExitUrl, installExitShortcut, DEFAULT_EXIT_URL, type Shortcut } from './components/quick-exit/exit.js';
export * from './events.js';
export type { HotlineWidgetConfig, OwnHotlineConfig, Audience, Component, Theme } from './config/types.js';
export { resolveCountry } from './config/resolve-country.js';
export { negotiateLanguage } from './locale/negotiate.js';
export { supportedCountries, helpFor, emergencyNumbersFor } from './data/lookup.js';
export { setDataBase } from './data/remote.js';
export { supportedLanguages } from './locale/catalogue.js';
export type { Hotline, CountryHelp, EmergencyNumber, Source } from './data/types.js';
export { VERSION } from './version.js';

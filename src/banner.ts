/** `import 'hotline-widget/banner.js'`: registers `<hotline-banner>`. */
import { defineOnce } from './define-element.js';
import { HotlineBanner } from './components/hotline-banner/hotline-banner.js';

defineOnce('hotline-banner', HotlineBanner);

export { HotlineBanner };
declare global {
  interface HTMLElementTagNameMap {
    'hotline-banner': HotlineBanner;
  }
}

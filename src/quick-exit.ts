/** `import 'hotline-widget/quick-exit.js'`: registers `<hotline-quick-exit>` and its keyboard shortcut. */
import { defineOnce } from './define-element.js';
import { HotlineQuickExit } from './components/quick-exit/quick-exit.js';

defineOnce('hotline-quick-exit', HotlineQuickExit);

export { HotlineQuickExit };
declare global {
  interface HTMLElementTagNameMap {
    'hotline-quick-exit': HotlineQuickExit;
  }
}

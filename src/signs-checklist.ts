/** `import 'hotline-widget/signs-checklist.js'`: registers `<hotline-signs-checklist>`. */
import { defineOnce } from './define-element.js';
// The self-check shows a quick exit beside it when the page has none.
import './quick-exit.js';
import { HotlineSignsChecklist } from './components/signs-checklist/signs-checklist.js';

defineOnce('hotline-signs-checklist', HotlineSignsChecklist);

export { HotlineSignsChecklist };
declare global {
  interface HTMLElementTagNameMap {
    'hotline-signs-checklist': HotlineSignsChecklist;
  }
}

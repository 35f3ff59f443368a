// Import once, in your app's entry (main.ts): registers the three elements and
// gives Vue's template checking their attributes and events.
import 'hotline-widget/define.js';
import type {} from 'hotline-widget/vue';

/**
 * Tells Vue's template compiler that <hotline-*> tags are custom elements, not
 * Vue components. Pass it where your build configures Vue:
 *
 *   // vite.config.ts
 *   import vue from '@vitejs/plugin-vue';
 *   import { isCustomElement } from './src/hotline-widget';
 *   export default { plugins: [vue({ template: { compilerOptions: { isCustomElement } } })] };
 */
export const isCustomElement = (tag: string): boolean => tag.startsWith('hotline-');

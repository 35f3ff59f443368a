// Bundles the compiled ESM in lib/ (tsc's output) into the drop-in classic script.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

export default {
  input: 'lib/embed.js',
  output: {
    file: 'dist/hotline-widget.js',
    format: 'iife',
    // No globals leak besides window.HotlineWidget, which embed.ts sets itself.
    name: undefined,
    sourcemap: false,
    // A last net: if the script stops while it starts (a host page's platform
    // broken in a way nothing inside foresaw), say so once, as every problem is
    // said; the quick exit's shortcuts, installed by its first statements, stay.
    banner: 'try{',
    footer:
      '}catch(e){try{const m="the widget could not start ("+(e&&e.message||e)+"); the quick exit\'s keyboard shortcuts still work.";' +
      'console.warn("hotline-widget: "+m);document.dispatchEvent(new CustomEvent("hotline-error",{bubbles:true,composed:true,detail:{message:m}}))}catch(_){}}',
  },
  plugins: [
    // Lit's production build: the 'development' export condition is never set here.
    nodeResolve({ exportConditions: ['production', 'default'] }),
    minifyHTML.default ? minifyHTML.default() : minifyHTML(),
    terser({
      ecma: 2022,
      module: false,
      format: { comments: false },
      compress: { passes: 3 },
    }),
  ],
  onwarn(warning, warn) {
    // Lit's modules use `this` at the top level only in comments of tsc's helpers.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};

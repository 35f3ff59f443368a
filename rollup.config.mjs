// Bundles the compiled ESM in lib/ (tsc's output) into the drop-in classic script.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

/**
 * Lit's hooks for other code on the page: a page's global `litHtmlPolyfillSupport` (and the
 * reactive element's and LitElement's) would be called with the widget's own classes, and
 * `litElementHydrateSupport` with its LitElement; each copy of Lit also adds its version to a
 * global list, for Lit's development build to warn about several copies. The widget uses no
 * polyfill and hydrates nothing (its declarative fallback is replaced, not hydrated), and what a
 * host page sets must not reach into it: the hooks and the lists are left out. Each is found
 * exactly as expected, or the build stops, so that a new Lit is looked at again.
 */
function withoutLitPageHooks() {
  const removals = [
    /\b\w+\.(?:litHtml|reactiveElement|litElement)PolyfillSupport\b/g,
    /\b\w+\.litElementHydrateSupport\?\.\(\{LitElement:\w+\}\)/g,
    /\(\w+\.(?:litHtml|reactiveElement|litElement)Versions\?\?=\[\]\)\.push\("[\d.]+"\)/g,
  ];
  // How many of each removal every module of Lit's that has them holds.
  const expected = {
    'lit-html/lit-html.js': [1, 0, 1],
    '@lit/reactive-element/reactive-element.js': [1, 0, 1],
    'lit-element/lit-element.js': [1, 1, 1],
  };
  return {
    name: 'without-lit-page-hooks',
    transform(code, id) {
      const module = Object.keys(expected).find((name) => id.replaceAll('\\', '/').endsWith(`/node_modules/${name}`));
      if (!module) return null;
      let changed = code;
      removals.forEach((pattern, index) => {
        let found = 0;
        changed = changed.replace(pattern, () => {
          found++;
          return 'void 0';
        });
        if (found !== expected[module][index]) this.error(`Lit's page hooks: ${pattern} matched ${found} times in ${module}, not ${expected[module][index]}; look at the new Lit again`);
      });
      return { code: changed, map: null };
    },
  };
}

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
    withoutLitPageHooks(),
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

// Bundles the configurator (src/configurator/, compiled by tsc into
// lib/configurator/) into dist/configurator/: the page's script, the preview
// page's, and the exited page's. Classic scripts, like the widget's, so that the
// pages need no module support and run under the demo's strict CSP.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default ['main', 'preview', 'exited'].map((name) => ({
  input: `lib/configurator/${name}.js`,
  output: { file: `dist/configurator/${name}.js`, format: 'iife', sourcemap: false },
  plugins: [nodeResolve({ exportConditions: ['production', 'default'] }), terser({ ecma: 2022, format: { comments: false } })],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
}));

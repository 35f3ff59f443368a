// Bundles the configurator (src/configurator/, compiled by tsc into
// lib/configurator/) into dist/configurator/: the page's script, the preview
// page's, and the exited page's. Classic scripts, like the widget's, so that the
// pages need no module support and run under the demo's strict CSP. And the
// static renderer (lib/static/), which the page imports only when it is used.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const onwarn = (warning, warn) => {
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

export default [
  ...['main', 'preview', 'exited'].map((name) => ({
    input: `lib/configurator/${name}.js`,
    output: { file: `dist/configurator/${name}.js`, format: 'iife', sourcemap: false },
    plugins: [nodeResolve({ exportConditions: ['production', 'default'] }), terser({ ecma: 2022, format: { comments: false } })],
    onwarn,
  })),
  // hotline-widget/static for the page's "written in" help: every country's lines and every
  // language's words (about 100 KB brotli), so a module of its own, imported only when asked for.
  {
    input: 'lib/static/index.js',
    output: { file: 'dist/configurator/static.mjs', format: 'es', sourcemap: false },
    plugins: [nodeResolve({ browser: true, exportConditions: ['production', 'default'] }), terser({ ecma: 2022, module: true, format: { comments: false } })],
    onwarn,
  },
];

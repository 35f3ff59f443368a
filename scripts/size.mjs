#!/usr/bin/env node
// npm run size: minified, gzip and brotli bytes of every file in dist/, and
// what the world's data adds to the script (the script built again with the
// built-in countries' data only). With --check, exits 1 over a budget.
// KB = 1,024 bytes.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

export const BUDGETS = {
  /**
   * The whole script: the foundation's 14 KB (three elements, configuration,
   * English, the built-in countries) plus the 6 KB the world's data may add
   * (its built-in part and the code that loads and decodes it).
   */
  total: (14 + 6) * 1024,
  /** The world's data built into the script: every territory's emergency numbers, the index of data files, their hashes. */
  worldData: 6 * 1024,
  /** The quick exit's core alone (components/quick-exit/exit.ts: no Lit, no data). */
  exitCore: 3 * 1024,
};

export function sizesOf(buffer) {
  return {
    minified: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export function distSizes() {
  const dist = join(root, 'dist');
  if (!existsSync(dist)) throw new Error('dist/ is missing: run `npm run build` first.');
  const walk = (dir, prefix = '') =>
    readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name), `${prefix}${name}/`) : [`${prefix}${name}`]));
  return walk(dist)
    .filter((name) => name.endsWith('.js') || name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, ...sizesOf(readFileSync(join(dist, name))) }));
}

/** The drop-in script as it would be with the built-in countries' data only. */
export async function foundationSize() {
  const { rollup } = await import('rollup');
  const { default: config } = await import('../rollup.config.mjs');
  const foundation = join(root, 'lib', 'data', 'generated', 'foundation.js');
  const swap = {
    name: 'foundation-data-only',
    resolveId(source) {
      return source.endsWith('/generated/world.js') ? foundation : null;
    },
  };
  const bundle = await rollup({ ...config, plugins: [swap, ...config.plugins], onwarn: () => {} });
  const { output } = await bundle.generate(config.output);
  await bundle.close();
  return sizesOf(Buffer.from(output[0].code));
}

/** The quick exit's core bundled alone, minified as the script is. */
export async function exitCoreSize() {
  const { rollup } = await import('rollup');
  const { default: config } = await import('../rollup.config.mjs');
  const bundle = await rollup({ ...config, input: join(root, 'lib', 'components', 'quick-exit', 'exit.js'), onwarn: () => {} });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return sizesOf(Buffer.from(output[0].code));
}

export async function budgetReport() {
  const widget = distSizes().find((row) => row.name === 'hotline-widget.js');
  const foundation = await foundationSize();
  const exitCore = await exitCoreSize();
  return {
    widget,
    foundation,
    exitCore,
    worldData: widget.brotli - foundation.brotli,
    ok: widget.brotli <= BUDGETS.total && widget.brotli - foundation.brotli <= BUDGETS.worldData && exitCore.brotli <= BUDGETS.exitCore,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pad = (value, width) => String(value).padStart(width);
  console.log(`${'file'.padEnd(32)}${pad('minified', 10)}${pad('gzip', 8)}${pad('brotli', 8)}`);
  for (const row of distSizes()) console.log(`${row.name.padEnd(32)}${pad(row.minified, 10)}${pad(row.gzip, 8)}${pad(row.brotli, 8)}`);
  const report = await budgetReport();
  console.log(`\nhotline-widget.js: ${report.widget.brotli} B brotli (budget ${BUDGETS.total})`);
  console.log(`  of which the world's data built in: ${report.worldData} B (budget ${BUDGETS.worldData}); without it: ${report.foundation.brotli} B`);
  console.log(`the quick exit's core alone (no Lit, no data): ${report.exitCore.minified} B minified, ${report.exitCore.brotli} B brotli (budget ${BUDGETS.exitCore})`);
  // What one visitor downloads: the common case, and the most any configuration and language can add.
  const rows = distSizes();
  const largest = (prefix) => Math.max(0, ...rows.filter((row) => row.name.startsWith(`data/${prefix}`)).map((row) => row.brotli));
  const regions = rows.filter((row) => /^data\/(africa|americas|asia|europe|oceania)\.json$/.test(row.name)).map((row) => row.brotli);
  const worst = report.widget.brotli + largest('manifest.json') + largest('manifest-') + Math.max(0, ...regions) + largest('checklist-') + largest('messages-') + largest('time-zones');
  console.log(`one visitor downloads: ${report.widget.brotli} B brotli in the common case (banner and quick exit, English, a built-in country); at most ${worst} B (the manifests, another continent, a checklist audience in a language, the language, the time-zone table)`);
  if (process.argv.includes('--check') && !report.ok) {
    console.error('Over a brotli budget (scripts/size.mjs BUDGETS).');
    process.exit(1);
  }
}

#!/usr/bin/env node
// npm run size: minified, gzip and brotli bytes of every file in dist/ (and of
// the ESM entry points in lib/, bundled alone, for reference). With --check,
// exits 1 when a file is over its budget.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** Budgets in bytes of brotli (KB = 1,024 bytes). */
export const BUDGETS = { 'hotline-widget.js': 14 * 1024 };

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
  return readdirSync(dist)
    .filter((name) => name.endsWith('.js') || name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, ...sizesOf(readFileSync(join(dist, name))), budget: BUDGETS[name] ?? null }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = distSizes();
  const pad = (value, width) => String(value).padStart(width);
  console.log(`${'file'.padEnd(22)}${pad('minified', 10)}${pad('gzip', 8)}${pad('brotli', 8)}${pad('budget', 9)}`);
  let over = false;
  for (const row of rows) {
    const status = row.budget === null ? '' : row.brotli <= row.budget ? `${pad(row.budget, 7)} ok` : `${pad(row.budget, 7)} OVER`;
    if (row.budget !== null && row.brotli > row.budget) over = true;
    console.log(`${row.name.padEnd(22)}${pad(row.minified, 10)}${pad(row.gzip, 8)}${pad(row.brotli, 8)}${status ? `  ${status}` : ''}`);
  }
  if (process.argv.includes('--check') && over) {
    console.error('A file in dist/ is over its brotli budget (scripts/size.mjs BUDGETS).');
    process.exit(1);
  }
}

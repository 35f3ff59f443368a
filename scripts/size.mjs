#!/usr/bin/env node
// npm run size: minified, gzip and brotli bytes of every file in dist/, and
// what the world's data adds to the script (the script built again with the
// built-in countries' data only). With --check, exits 1 over a budget.
// KB = 1,024 bytes.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CONTINENT_FILE } from './continents.mjs';

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
  /** What a visitor downloads in the common case (banner and quick exit, English, a built-in country): the script alone. */
  commonVisit: 20 * 1024,
  /**
   * What a visitor downloads at most, whatever the configuration and language:
   * today's figure (28,727 B) and about 0.4 KB to spare, so that no change adds to it
   * unnoticed. Over TARGETS.worstVisit: see docs/size.md.
   */
  worstVisit: 28.5 * 1024,
};

/**
 * The goals issue 6 set for a visitor's download, printed beside the figures
 * and not enforced while they are not met (docs/size.md says why).
 */
export const TARGETS = {
  commonVisit: 16 * 1024,
  worstVisit: 24 * 1024,
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

/**
 * What one visitor's browser downloads for one widget configuration, from the
 * files in dist/ and the order in which the widget asks for them
 * (src/data/remote.ts): the script; then, only when needed, the manifest, the
 * language's messages (which list its checklists' hashes), one checklist, the
 * country's part of its continent, and one area's time-zone table. A
 * translated checklist never also loads the English one unless it fails.
 */
export function visitorDownloads(script, rows = distSizes()) {
  const size = (name) => rows.find((row) => row.name === `data/${name}.json`)?.brotli ?? 0;
  const names = rows.map((row) => row.name.replace(/^data\/|\.json$/g, ''));
  const largest = (pattern) => {
    const matching = names.filter((name) => pattern.test(name));
    const name = matching.reduce((best, candidate) => (size(candidate) > size(best) ? candidate : best), matching[0]);
    return { name, bytes: name ? size(name) : 0 };
  };
  const region = largest(CONTINENT_FILE);
  const zones = largest(/^zones-/);
  const manifest = size('manifest');
  const languages = ['en', ...names.filter((name) => name.startsWith('messages-')).map((name) => name.slice('messages-'.length)).sort()].map((lang) => {
    const messages = lang === 'en' ? 0 : size(`messages-${lang}`);
    const checklist = largest(lang === 'en' ? /^checklist-[a-z]+$/ : new RegExp(`^checklist-[a-z]+-${lang}$`)).bytes;
    return { lang, messages, checklist, total: script + manifest + messages + checklist + region.bytes + zones.bytes };
  });
  const worst = languages.reduce((a, b) => (b.total > a.total ? b : a));
  return {
    common: script,
    // An automatic country asks the time zone first: the manifest and one area's table, even for a built-in country.
    automaticBuiltIn: script + manifest + zones.bytes,
    englishAnyCountry: script + manifest + region.bytes + zones.bytes,
    worst: worst.total,
    worstParts: `script ${script} + manifest ${manifest} + messages-${worst.lang} ${worst.messages} + a checklist ${worst.checklist} + ${region.name} ${region.bytes} + ${zones.name} ${zones.bytes}`,
    languages,
  };
}

export async function budgetReport() {
  const widget = distSizes().find((row) => row.name === 'hotline-widget.js');
  const foundation = await foundationSize();
  const exitCore = await exitCoreSize();
  const visitor = visitorDownloads(widget.brotli);
  return {
    widget,
    foundation,
    exitCore,
    worldData: widget.brotli - foundation.brotli,
    visitor,
    ok:
      widget.brotli <= BUDGETS.total &&
      widget.brotli - foundation.brotli <= BUDGETS.worldData &&
      exitCore.brotli <= BUDGETS.exitCore &&
      visitor.worst <= BUDGETS.worstVisit,
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
  const { visitor } = report;
  console.log(`\none visitor downloads (brotli, one widget configuration):`);
  console.log(`  common case (banner and quick exit, English, a built-in country set by the site): ${visitor.common} B (budget ${BUDGETS.commonVisit}, goal ${TARGETS.commonVisit})`);
  console.log(`  the same with the country automatic (the time zone's table): at most ${visitor.automaticBuiltIn} B`);
  console.log(`  English, any country: at most ${visitor.englishAnyCountry} B`);
  console.log(`  any configuration and language: at most ${visitor.worst} B (budget ${BUDGETS.worstVisit}, goal ${TARGETS.worstVisit}): ${visitor.worstParts}`);
  console.log(`\n${'language'.padEnd(10)}${pad('messages', 10)}${pad('checklist', 11)}${pad('at most', 9)}`);
  for (const row of visitor.languages) console.log(`${row.lang.padEnd(10)}${pad(row.messages, 10)}${pad(row.checklist, 11)}${pad(row.total, 9)}`);
  if (process.argv.includes('--check') && !report.ok) {
    console.error('Over a brotli budget (scripts/size.mjs BUDGETS).');
    process.exit(1);
  }
}

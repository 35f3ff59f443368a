// npm run bench's heavy-article scenario: what the widget costs a large news article's main thread
// at load, in Chromium, from Chromium's own counters (Performance.getMetrics over the DevTools
// protocol): script, layout, style recalculation and all main-thread task time, the page with the
// snippet under its story against the same page without it, runs alternating, medians.
//
// "At load" is taken once the load event has run and two animation frames have passed: everything
// the page and the widget do to show the page. Work the widget leaves for later (rendering what is far below the fold when the
// browser is idle or the reader scrolls near it) is measured apart, so that none of it is hidden:
// "later" is the same counters five seconds after load, then after scrolling to the banner.
//
// Long tasks (over 50 ms) are counted from Chromium's long-animation-frame entries, whose scripts
// name their source: a long frame in which the widget's script ran is the widget's.
import { median } from './bench-common.mjs';

/** The scenarios: the page alone, then what each part of the widget adds. */
export const HEAVY_VARIANTS = ['none', 'script', 'exit', 'banner', 'both'];

/** Installed before the page's scripts: long animation frames, with the sources of their scripts, and layout shifts. */
function observe() {
  window.__heavy = { longFrames: [], shift: 0 };
  new PerformanceObserver((list) => {
    for (const frame of list.getEntries()) {
      if (frame.duration <= 50) continue;
      window.__heavy.longFrames.push({ start: frame.startTime, duration: frame.duration, sources: frame.scripts.map((script) => script.sourceURL || script.invoker) });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
  new PerformanceObserver((list) => {
    for (const shift of list.getEntries()) if (!shift.hadRecentInput) window.__heavy.shift += shift.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

const COUNTERS = { script: 'ScriptDuration', layout: 'LayoutDuration', style: 'RecalcStyleDuration', tasks: 'TaskDuration' };

async function counters(client) {
  const { metrics } = await client.send('Performance.getMetrics');
  return Object.fromEntries(Object.entries(COUNTERS).map(([key, name]) => [key, metrics.find((metric) => metric.name === name).value * 1000]));
}

const frames = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** One visit of the heavy article with `widget`: the counters at load, five seconds later, and after scrolling to the banner. */
async function visit(browser, origin, widget) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const client = await page.createCDPSession();
  await client.send('Performance.enable');
  await page.evaluateOnNewDocument(observe);
  await page.goto(`${origin}/heavy/${widget}.html`, { waitUntil: 'load' });
  await frames(page);
  const atLoad = await counters(client);
  await new Promise((resolve) => setTimeout(resolve, 5000));
  const later = await counters(client);
  // Without a banner, to where it would be: the end of the story.
  const seen = await page.evaluate(() => {
    const banner = document.querySelector('hotline-banner');
    (banner ?? document.querySelector('.newsletter')).scrollIntoView({ block: 'center' });
    return Boolean(banner);
  });
  if (seen) await page.waitForFunction(() => document.querySelector('hotline-banner').shadowRoot?.querySelector('a[href^="tel:"]'), { timeout: 10000 });
  await frames(page);
  const scrolled = await counters(client);
  const { longFrames, shift } = await page.evaluate(() => window.__heavy);
  await page.close();
  const ours = longFrames.filter((frame) => frame.sources.some((source) => String(source).includes('hotline-widget')));
  return { atLoad, later, scrolled, longFrames: longFrames.length, ourLongFrames: ours.length, ourLongest: Math.max(0, ...ours.map((frame) => frame.duration)), shift };
}

/**
 * Runs every variant `runs` times, alternating (none, script, exit, banner, both, none, ...), so
 * that the machine's drift touches all alike. Returns the runs by variant.
 */
export async function measureHeavyArticle(browser, origin, runs) {
  const results = Object.fromEntries(HEAVY_VARIANTS.map((variant) => [variant, []]));
  for (let run = 0; run < runs; run++) {
    for (const variant of HEAVY_VARIANTS) results[variant].push(await visit(browser, origin, variant));
  }
  return results;
}

const ms = (value) => `${value.toFixed(1)}`;

/** The Markdown tables of measureHeavyArticle's results. */
export function heavyArticleTables(results, runs) {
  const base = results.none;
  const of = (list, phase, key) => median(list.map((result) => result[phase][key]));
  const lines = [
    `Heavy article (tests/embed/heavy-article.mjs: about 4,200 elements, a 190 KB stylesheet, its own scripts; the snippet with \`data-country="US"\` and \`defer\` under the story), medians of ${runs} alternating runs, milliseconds of main thread from Chromium's counters.`,
    '',
    '**At load** (the load event and two frames):',
    '',
    '| page | script | layout | style | all tasks | added tasks | long frames with the widget | layout shift |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const variant of HEAVY_VARIANTS) {
    const list = results[variant];
    const added = variant === 'none' ? '' : `${(of(list, 'atLoad', 'tasks') - of(base, 'atLoad', 'tasks')).toFixed(1)}`;
    const long = variant === 'none' ? '' : `${median(list.map((result) => result.ourLongFrames))} (longest ${ms(median(list.map((result) => result.ourLongest)))})`;
    lines.push(`| ${variant} | ${ms(of(list, 'atLoad', 'script'))} | ${ms(of(list, 'atLoad', 'layout'))} | ${ms(of(list, 'atLoad', 'style'))} | ${ms(of(list, 'atLoad', 'tasks'))} | ${added} | ${long} | ${median(list.map((result) => result.shift)).toFixed(4)} |`);
  }
  lines.push('', '**Later**: all main-thread tasks five seconds after load, then after scrolling to the banner (added to the page alone at the same point):', '', '| page | 5 s after load | added | scrolled to the banner | added |', '|---|---:|---:|---:|---:|');
  for (const variant of HEAVY_VARIANTS) {
    const list = results[variant];
    const added = (phase) => (variant === 'none' ? '' : (of(list, phase, 'tasks') - of(base, phase, 'tasks')).toFixed(1));
    lines.push(`| ${variant} | ${ms(of(list, 'later', 'tasks'))} | ${added('later')} | ${ms(of(list, 'scrolled', 'tasks'))} | ${added('scrolled')} |`);
  }
  return lines.join('\n');
}

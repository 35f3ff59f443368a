#!/usr/bin/env node
// npm run bench: what the widget costs a page, in Chromium through the DevTools
// protocol, on the article page of tests/embed/pages.mjs (a story with the
// drop-in snippet in the middle), against the same article without it:
//
// - script time: the page's total script execution (Performance.getMetrics);
// - first contentful paint and the load event;
// - the banner's first paint: the first animation frame with the banner rendered;
// - total blocking time: long tasks after the first contentful paint, less 50 ms each;
// - layout shift: the page's cumulative layout shift, with the script on time,
//   and arriving half a second after the first paint (with and without the
//   banner's space reserved by the site);
// - and 500 banners on one page: from the script's arrival to all rendered.
//
// Medians of RUNS runs (default 10) each, with ratios against the page without
// the widget. Prints Markdown for docs/works-on-any-page.md. Timings are for reading, never for
// CI: these machines are shared and noisy.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { launchChromium, median } from './bench-common.mjs';
import { renderEmbedPage } from '../tests/embed/pages.mjs';
import { heavyArticle } from '../tests/embed/heavy-article.mjs';
import { HEAVY_VARIANTS, heavyArticleTables, measureHeavyArticle } from './bench-heavy.mjs';

const root = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.RUNS ?? 10);
/** `BENCH=heavy npm run bench`: the heavy article only; `BENCH=article`: the rest only. */
const ONLY = process.env.BENCH;
const HEAVY_RUNS = Number(process.env.HEAVY_RUNS ?? 7);
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

function serve() {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const path = normalize(decodeURIComponent(url.pathname));
    if (path.includes('..')) return response.writeHead(403).end();
    const heavy = /^\/heavy\/([a-z]+)\.html$/.exec(path);
    if (heavy && HEAVY_VARIANTS.includes(heavy[1])) return response.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' }).end(heavyArticle({ widget: heavy[1] }));
    const page = renderEmbedPage(path, Object.fromEntries(url.searchParams));
    if (page) return response.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store', ...page.headers }).end(page.html);
    // /embed/slow/: the widget's script half a second late, its data on time.
    if (path.startsWith('/embed/painted/')) return response.writeHead(204).end();
    const slow = /^\/embed\/slow\/(.+)$/.exec(path);
    if (slow && slow[1] === 'hotline-widget.js') await new Promise((resolve) => setTimeout(resolve, 500));
    try {
      const body = await readFile(join(root, slow ? `dist/${slow[1]}` : path));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Installed before any of the page's scripts: long tasks, layout shifts and the banner's first painted frame. */
function observe() {
  window.__bench = { longTasks: [], shift: 0, bannerPaint: null };
  new PerformanceObserver((list) => window.__bench.longTasks.push(...list.getEntries().map((task) => ({ start: task.startTime, duration: task.duration })))).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const shift of list.getEntries()) if (!shift.hadRecentInput) window.__bench.shift += shift.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const watch = () => {
    if (document.querySelector('hotline-banner')?.shadowRoot?.querySelector('[part="base"]')) {
      requestAnimationFrame(() => (window.__bench.bannerPaint = performance.now()));
    } else requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
}

async function measureArticle(browser, origin, query) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const client = await page.createCDPSession();
  await client.send('Performance.enable');
  await page.evaluateOnNewDocument(observe);
  await page.goto(`${origin}/embed/article.html?${query}`, { waitUntil: 'load' });
  if (!query.includes('widget=none')) await page.waitForFunction('window.__bench.bannerPaint !== null');
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const { metrics } = await client.send('Performance.getMetrics');
  const result = await page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    const navigation = performance.getEntriesByType('navigation')[0];
    const blocking = window.__bench.longTasks.filter((task) => task.start >= paint).reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
    return { fcp: paint, load: navigation.loadEventStart, bannerPaint: window.__bench.bannerPaint, blocking, shift: window.__bench.shift };
  });
  await page.close();
  return { ...result, script: metrics.find((metric) => metric.name === 'ScriptDuration').value * 1000 };
}

async function measureMany(browser, origin) {
  const page = await browser.newPage();
  await page.goto(`${origin}/embed/many.html?count=500`);
  const rendered = await page.evaluate(() => window.__rendered);
  await page.close();
  return rendered;
}


async function runs(measure) {
  const results = [];
  for (let run = 0; run < RUNS; run++) results.push(await measure());
  return results;
}

const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
try {
  const version = (await browser.version()).replace(/^(Headless)?Chrome\//, 'Chromium ');
  if (ONLY !== 'heavy') {
    const without = await runs(() => measureArticle(browser, origin, 'widget=none'));
    const withWidget = await runs(() => measureArticle(browser, origin, 'widget=banner'));
    const lateShift = await runs(() => measureArticle(browser, origin, 'widget=banner&slow=1'));
    const reservedShift = await runs(() => measureArticle(browser, origin, 'widget=reserved&slow=1'));
    const many = await runs(() => measureMany(browser, origin));

    const ms = (value) => `${value.toFixed(1)} ms`;
    const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}x` : 'n/a');
    const row = (name, key, format = ms) => {
      const a = median(without.map((result) => result[key]));
      const b = median(withWidget.map((result) => result[key]));
      return `| ${name} | ${format(a)} | ${format(b)} | ${ratio(b, a)} |`;
    };
    console.log(`npm run bench: ${version}, medians of ${RUNS} runs, the article of tests/embed/pages.mjs served locally.\n`);
    console.log('| | article alone | article with the widget | ratio |');
    console.log('|---|---:|---:|---:|');
    console.log(row('script execution (whole page)', 'script'));
    console.log(row('first contentful paint', 'fcp'));
    console.log(row('load event', 'load'));
    console.log(`| banner's first paint | | ${ms(median(withWidget.map((result) => result.bannerPaint)))} | ${ratio(median(withWidget.map((result) => result.bannerPaint)), median(without.map((result) => result.fcp)))} of the article's first paint |`);
    console.log(row('total blocking time', 'blocking'));
    console.log(row('layout shift, script served locally', 'shift', (value) => value.toFixed(4)));
    console.log(`| layout shift, script half a second late | 0 | ${median(lateShift.map((result) => result.shift)).toFixed(4)} | |`);
    console.log(`| the same, banner's space reserved by the site | 0 | ${median(reservedShift.map((result) => result.shift)).toFixed(4)} | |`);
    console.log(`\n500 banners on one page (8 countries, 5 of them from data/): rendered and painted ${ms(median(many.map((result) => result.ms)))} after the script arrived (median; ${ms(Math.min(...many.map((result) => result.ms)))} to ${ms(Math.max(...many.map((result) => result.ms)))}).`);
  }
  if (ONLY !== 'article') {
    const heavy = await measureHeavyArticle(browser, origin, HEAVY_RUNS);
    console.log(`\n${version}. ${heavyArticleTables(heavy, HEAVY_RUNS)}`);
  }
} finally {
  await browser.close();
  server.close();
}

#!/usr/bin/env node
// npm run bench:exit: our quick exit against GOV.UK Frontend's "Exit this page"
// (govuk-frontend, a dev dependency) on the same article page, in Chromium.
// For Shift x3 and for a click, 20 runs each, it measures:
// - whether the article is hidden by the end of the activating event's task
//   (that is, in the frame of the activation), and how many animation frames
//   pass before it is hidden;
// - the time from the activating event to the browser's request for the exit
//   page (DevTools protocol, Network.requestWillBeSent).
// Prints a Markdown table: median, and the spread as min to max. Timings are
// for reading, never for CI (these machines are noisy).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { launchChromium, median } from './bench-common.mjs';
import { findChromium } from './browsers.mjs';

const root = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.RUNS ?? 20);
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

function serve() {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
    if (path.includes('..')) return response.writeHead(403).end();
    // The exit page answers slowly, so that the page being left can still be observed frame by frame.
    if (path === '/bench/target.html') await new Promise((resolve) => setTimeout(resolve, 300));
    try {
      let body = await readFile(join(root, path));
      // The exit page is on another origin than the page left (the quick exit goes nowhere else): the same server as localhost.
      if (path.endsWith('.html')) body = body.toString('utf8').replaceAll('__EXIT_ORIGIN__', `http://localhost:${server.address().port}`);
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  // Every local address: the pages are read at 127.0.0.1, the exit page at localhost.
  return new Promise((resolve) => server.listen(0, () => resolve(server)));
}

async function measure(browser, origin, implementation, trigger) {
  const page = await browser.newPage();
  const client = await page.createCDPSession();
  await client.send('Network.enable');
  const requested = new Promise((resolve) => {
    client.on('Network.requestWillBeSent', (event) => {
      if (event.request.url.endsWith('/bench/target.html')) resolve(event.wallTime * 1000);
    });
  });
  const observed = new Promise((resolve) => {
    page.on('console', (message) => {
      const text = message.text();
      if (text.startsWith('bench-exit ')) resolve(JSON.parse(text.slice('bench-exit '.length)));
    });
  });
  await page.goto(`${origin}/bench/${implementation}.html`);
  await page.waitForFunction(implementation === 'ours' ? 'window.HotlineWidget && customElements.get("hotline-quick-exit")' : 'window.benchReady === true');
  await new Promise((resolve) => setTimeout(resolve, 100));
  if (trigger === 'shift3') {
    for (let press = 0; press < 3; press++) await page.keyboard.press('Shift');
  } else {
    const box = await page.evaluate((selector) => {
      const host = document.querySelector('hotline-quick-exit');
      const button = host ? host.shadowRoot.querySelector('[part="button"]') : document.querySelector(selector);
      const rect = button.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }, '.govuk-exit-this-page__button');
    await page.mouse.click(box.x, box.y);
  }
  const timeout = (ms) => new Promise((_, reject) => setTimeout(() => reject(new Error(`${implementation} ${trigger}: no result in ${ms} ms`)), ms));
  const [seen, requestAt] = await Promise.race([Promise.all([observed, requested]), timeout(5000)]);
  await page.close();
  return { hiddenAfterTask: seen.hiddenAfterTask, frames: seen.frames, toRequest: requestAt - seen.t0 };
}

const fixed = (value) => value.toFixed(1);

const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
const rows = [];
try {
  for (const trigger of ['shift3', 'click']) {
    for (const implementation of ['ours', 'govuk']) {
      const runs = [];
      for (let run = 0; run < RUNS; run++) runs.push(await measure(browser, origin, implementation, trigger));
      const toRequest = runs.map((result) => result.toRequest);
      const frames = runs.map((result) => result.frames);
      rows.push({
        trigger: trigger === 'shift3' ? 'Shift x3' : 'click',
        implementation: implementation === 'ours' ? 'hotline-widget' : 'GOV.UK Frontend 6.6.0',
        hiddenInFrame: `${runs.filter((result) => result.hiddenAfterTask).length}/${runs.length}`,
        frames: `${median(frames)} (${Math.min(...frames)} to ${Math.max(...frames)})`,
        toRequest: `${fixed(median(toRequest))} (${fixed(Math.min(...toRequest))} to ${fixed(Math.max(...toRequest))})`,
      });
    }
  }
} finally {
  await browser.close();
  server.close();
}

console.log(`Quick exit, ${RUNS} runs each, Chromium ${await (async () => (await import('node:child_process')).execFileSync(findChromium(), ['--version'], { encoding: 'utf8' }).trim())()}\n`);
console.log('| activation | implementation | page hidden by the end of the activating task | frames until hidden: median (min to max) | ms to the exit page request: median (min to max) |');
console.log('|---|---|---:|---:|---:|');
for (const row of rows) console.log(`| ${row.trigger} | ${row.implementation} | ${row.hiddenInFrame} | ${row.frames} | ${row.toRequest} |`);

// Debian's Chromium for the WordPress tests, through puppeteer-core: the pages of a site started by
// site.mjs as a visitor or as a logged-in user sees them, with every request the page made.
import puppeteer from 'puppeteer-core';
import { findChromium } from '../../scripts/browsers.mjs';

/** Headless Chromium off the (closed) network, in UTC (root needs --no-sandbox). Its pid: browser.process().pid. */
export function launchChromium() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("Chromium is missing: apt-get install chromium (Debian)");
  return puppeteer.launch({
    executablePath,
    headless: true,
    env: { ...process.env, TZ: 'UTC' },
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * Opens `url` in a new page of `browser`, with `session`'s cookies when given (site.login()'s), and
 * waits for the network to be idle. Returns the page and `requests`: every URL the page asked for
 * (documents, scripts, styles, images, fonts, fetches), in order, up to when visit() returns and
 * on while the page stays open.
 */
export async function visit(browser, url, session) {
  const page = await browser.newPage();
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  if (session) await page.setCookie(...session.cookies.map(({ name, value, path, httpOnly }) => ({ name, value, path, httpOnly, url: new URL(path, url).href })));
  const response = await page.goto(url, { waitUntil: 'networkidle0' });
  return { page, requests, status: response?.status() ?? 0 };
}

// What npm run bench and npm run bench:exit share: Debian's Chromium, launched
// the same way, and the median of a run's figures.
import puppeteer from 'puppeteer-core';
import { findChromium } from './browsers.mjs';

/** Headless Chromium, off the (closed) network; root needs --no-sandbox. */
export function launchChromium() {
  return puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

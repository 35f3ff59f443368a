// `visit-elsewhere`: opens one of the test server's pages in Firefox or WebKit
// started for a visitor somewhere else, the way their own device would be set:
// the browser process's time zone (TZ) and language (Firefox's
// intl.accept_languages; WebKitGTK takes the process's locale, built here with
// localedef into a folder of its own, since the machine may have only C.UTF-8).
// Neither engine can change its time zone or languages for a page that is
// already open from @web/test-runner, so each visit is a browser of its own.
// Returns what the visitor sees: the `hotline-ready` details, the banner's
// links, and the files the page requested.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { findFirefox, findWebKit } from '../../scripts/browsers.mjs';

/** Runs in the page once the widget is ready: what a person sees, and what the page fetched. */
const OBSERVE = `return (async () => {
  const deadline = Date.now() + 8000;
  while (!(window.__embed && window.__embed.ready.length > 0) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  const elements = [...document.querySelectorAll('hotline-banner, hotline-signs-checklist, hotline-quick-exit')];
  await Promise.all(elements.map((element) => element.updateComplete));
  const banner = document.querySelector('hotline-banner');
  return {
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    languages: [...navigator.languages],
    ready: window.__embed ? window.__embed.ready : [],
    hotlineErrors: window.__embed ? window.__embed.hotlineErrors : [],
    links: banner && banner.shadowRoot ? [...banner.shadowRoot.querySelectorAll('a[href]')].map((link) => link.getAttribute('href')) : [],
    requested: performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
  };
})();`;

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once something listens on `port` (the driver just started), for up to five seconds. */
async function listening(port) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, 'localhost', () => (socket.end(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not listen on port ${port}`);
}

async function visitInFirefox(url, { timeZone, languages }) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    env: { ...process.env, TZ: timeZone },
    extraPrefsFirefox: { 'intl.accept_languages': languages },
  });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    return await page.evaluate(new Function(OBSERVE));
  } finally {
    await browser.close();
  }
}

/** glibc locales built once per run, for WebKitGTK's navigator.language (`es-MX` -> es_MX.UTF-8). */
let localeFolder = null;
function localeFor(language) {
  if (!language) return { LANG: 'C.UTF-8' };
  const name = language.replace('-', '_');
  localeFolder ??= mkdtempSync(join(tmpdir(), 'hotline-locales-'));
  if (!existsSync(join(localeFolder, `${name}.UTF-8`))) execFileSync('localedef', ['-i', name, '-f', 'UTF-8', join(localeFolder, `${name}.UTF-8`)]);
  return { LOCPATH: localeFolder, LANG: `${name}.UTF-8`, LC_ALL: `${name}.UTF-8` };
}

async function visitInWebKit(url, { timeZone, languages }) {
  const webkit = findWebKit();
  // WebKitGTK speaks one language, its process's locale: the first of the visitor's, or none (C).
  const language = languages.split(',')[0];
  const port = await freePort();
  const env = { ...process.env, TZ: timeZone };
  for (const name of ['LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LOCPATH']) delete env[name];
  Object.assign(env, localeFor(language.includes('-') ? language : ''));
  const driver = spawn(webkit.driver, [`--port=${port}`], { stdio: 'ignore', env });
  try {
    await listening(port);
    const session = await remote({
      hostname: 'localhost',
      port,
      path: '/',
      logLevel: 'silent',
      capabilities: { 'webkitgtk:browserOptions': { binary: webkit.miniBrowser, args: ['--automation'] } },
    });
    try {
      await session.url(url);
      return await session.execute(new Function(OBSERVE));
    } finally {
      await session.deleteSession();
    }
  } finally {
    driver.kill('SIGTERM');
  }
}

export function elsewherePlugin() {
  let origin = null;
  return {
    name: 'visit-elsewhere',
    serverStart({ config }) {
      origin = `http://localhost:${config.port}`;
    },
    async executeCommand({ command, payload }) {
      if (command !== 'visit-elsewhere') return undefined;
      const { engine, path, timeZone, languages } = payload;
      const url = new URL(path, origin).href;
      if (engine === 'firefox') return findFirefox() ? visitInFirefox(url, { timeZone, languages }) : null;
      if (engine === 'webkit') return findWebKit() && process.env.DISPLAY ? visitInWebKit(url, { timeZone, languages }) : null;
      throw new Error(`visit-elsewhere: no engine "${engine}"`);
    },
  };
}

// @web/test-runner: component and page tests in real browsers.
// Every suite runs in Chromium (Debian's `chromium`, or CHROME_PATH); the quick
// exit's, embedding's and the configurator's suites also run in Firefox
// (puppeteer over WebDriver BiDi) and WebKit
// (WebKitGTK's MiniBrowser through WebKitWebDriver, which scripts/run-tests.mjs
// starts under Xvfb and passes here as WEBKIT_WEBDRIVER_PORT).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { findChromium, findFirefox, findWebKit } from './scripts/browsers.mjs';
import { exitLogMiddleware, tabsPlugin } from './tests/plugins/tabs.mjs';
import { embedPagesMiddleware, STRICT_CSP } from './tests/embed/pages.mjs';
import { screenshotPlugin } from './tests/plugins/screenshot.mjs';
import { elsewherePlugin } from './tests/plugins/elsewhere.mjs';
import { snapshotPlugin } from './tests/plugins/snapshot.mjs';
import { packagePlugin, siteMiddleware } from './tests/plugins/package.mjs';
import { staticPlugin } from './tests/plugins/static.mjs';

/**
 * Every browser starts in UTC, a time zone that names no country, whatever the
 * machine's own: the automatic country then follows only what a test sets
 * (`emulate-place`, `visit-elsewhere`).
 */
const UTC = { ...process.env, TZ: 'UTC' };

/**
 * One DevTools protocol session per test page (Chromium only), so that a later
 * emulation call resets an earlier one.
 */
const devtoolsSessions = new Map();
function devtoolsFor(session) {
  if (!devtoolsSessions.has(session.id)) devtoolsSessions.set(session.id, session.browser.getPage(session.id).createCDPSession());
  return devtoolsSessions.get(session.id);
}

/**
 * `emulate-media-features`: any CSS media feature, forced-colors included (the
 * stock emulateMedia command knows only colour scheme and reduced motion), the
 * print medium, and a touch-only device.
 */
const mediaFeaturesPlugin = {
  name: 'emulate-media-features',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-media-features') return undefined;
    // Straight to the DevTools protocol: puppeteer's own check refuses forced-colors.
    const client = await devtoolsFor(session);
    await client.send('Emulation.setEmulatedMedia', { media: payload.media ?? '', features: payload.features ?? [] });
    // A touch-only device: (pointer: coarse) and no fine pointer.
    if ('touch' in payload) await client.send('Emulation.setTouchEmulationEnabled', { enabled: payload.touch, maxTouchPoints: 5 });
    return true;
  },
};

/**
 * `emulate-place`: the visitor's time zone and browser languages, as Chromium
 * would report them for a person elsewhere (DevTools protocol emulation).
 */
const placePlugin = {
  name: 'emulate-place',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-place') return undefined;
    const client = await devtoolsFor(session);
    const page = session.browser.getPage(session.id);
    await client.send('Emulation.setTimezoneOverride', { timezoneId: payload.timeZone ?? '' });
    // navigator.languages follows the Accept-Language the browser would send.
    await client.send('Emulation.setUserAgentOverride', {
      userAgent: await page.browser().userAgent(),
      acceptLanguage: payload.languages ?? '',
    });
    return true;
  },
};

/**
 * The configurator's pages (dist/configurator/) under the policy the demo
 * server sends (scripts/serve-demo.mjs: Trusted Types enforced, no inline
 * script or style), with violations reported to /__csp-reports.
 */
const configuratorCspMiddleware = async (context, next) => {
  await next();
  if (/^\/dist\/configurator\/([\w-]+\.html)?$/.test(context.path)) context.set('Content-Security-Policy', STRICT_CSP);
};

/**
 * The suites that every engine runs: the way out must work everywhere, and so
 * must embedding and the configurator that writes the code to embed. While
 * working on one suite, `ENGINE_FILES=tests/embed/csp.test.ts` narrows them, and
 * `ENGINES=webkit` (or `firefox`) the other engines.
 */
const ALL_ENGINES = process.env.ENGINE_FILES?.split(',') ?? ['tests/quick-exit.test.ts', 'tests/quick-exit-page.test.ts', 'tests/embed/**/*.test.ts', 'tests/guides.test.ts', 'tests/configurator.test.ts'];
const wanted = (engine) => !process.env.ENGINES || process.env.ENGINES.split(',').includes(engine);

function otherEngines() {
  const engines = [];
  const firefox = wanted('firefox') && findFirefox();
  if (firefox) engines.push(puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: firefox, headless: true, env: UTC } }));
  const webkit = wanted('webkit') && findWebKit();
  if (webkit && process.env.WEBKIT_WEBDRIVER_PORT) {
    engines.push(
      webdriverLauncher({
        hostname: 'localhost',
        port: Number(process.env.WEBKIT_WEBDRIVER_PORT),
        path: '/',
        logLevel: 'error',
        // Tests open tabs with window.open, as a person's click would.
        capabilities: { 'webkitgtk:browserOptions': { binary: webkit.miniBrowser, args: ['--automation', '--javascript-can-open-windows-automatically=true'] } },
      }),
    );
  }
  return engines;
}

export default {
  rootDir: '.',
  files: ['tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production', 'default'] },
  // One page at a time: a page in the background gets no animation frames and no keyboard focus.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 180000,
  // WebKit's MiniBrowser, started through WebKitWebDriver while Chromium and Firefox run beside it on a
  // two-core machine, once took more than the default 30 s to give its first page.
  browserStartTimeout: 90000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), mediaFeaturesPlugin, placePlugin, elsewherePlugin(), tabsPlugin, screenshotPlugin, snapshotPlugin, packagePlugin, staticPlugin],
  middleware: [configuratorCspMiddleware, exitLogMiddleware, embedPagesMiddleware, siteMiddleware],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChromium(),
        headless: true,
        env: UTC,
        // Root needs --no-sandbox; the rest keep Chromium off the (closed) network.
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  groups: [{ name: 'other-engines', files: ALL_ENGINES, browsers: otherEngines() }],
};

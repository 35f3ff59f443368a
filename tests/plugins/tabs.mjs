// Test-runner plugins for whole-page behaviour:
// - `tab-*` commands drive a real browser tab that a test opened with
//   window.open: keys and clicks sent by the browser itself, to that tab;
// - a server log of requests to the exit page (with their Referer) and a slow
//   script, so that tests can see what left the page and act before
//   DOMContentLoaded; and the real data manifest beside a tampered data file.
// - `tab-print-text` prints a tab as the browser prints a page (to PDF) and returns the printout's
//   text (pdftotext, from Debian's poppler-utils); `tab-link-names` gives the names of the links in
//   the tab's accessibility tree (Chromium's, through puppeteer); `tab-activate` brings a tab to the
//   front (each of WebKitGTK's windows is shown anyway).
// Chromium and Firefox through puppeteer; WebKit through WebDriver.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const exitLog = [];

/** The tab a test opened as `window.open(url, name)`: found by its window name, which survives navigations. */
async function tabFor(session, name) {
  const pages = await session.browser.getPage(session.id).browser().pages();
  for (const page of pages) {
    // A page that is closing may never answer: it is not the one.
    const named = await Promise.race([page.evaluate(() => window.name).catch(() => ''), new Promise((resolve) => setTimeout(() => resolve(''), 2000))]);
    if (named === name) return page;
  }
  throw new Error(`no tab named ${name} (open: ${pages.map((page) => page.url()).join(', ')})`);
}

/** The text of a PDF, laid out as printed. */
function pdfText(pdf) {
  const folder = mkdtempSync(join(tmpdir(), 'hotline-print-'));
  try {
    writeFileSync(join(folder, 'page.pdf'), pdf);
    return execFileSync('pdftotext', ['-layout', join(folder, 'page.pdf'), '-'], { encoding: 'utf8' });
  } catch (error) {
    if (error.code === 'ENOENT') throw new Error('pdftotext is missing: apt-get install poppler-utils (npm test does it when run as root)');
    throw error;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The names of the links in an accessibility tree (puppeteer's snapshot). */
function linkNames(node, names = []) {
  if (!node) return names;
  if (node.role === 'link') names.push(node.name);
  for (const child of node.children ?? []) linkNames(child, names);
  return names;
}

async function puppeteerCommand(command, payload, session) {
  const testPage = session.browser.getPage(session.id);
  if (command === 'tab-urls') return (await testPage.browser().pages()).map((page) => page.url());
  if (command === 'tab-activate-test-page') {
    await testPage.bringToFront();
    return true;
  }
  const tab = await tabFor(session, payload.name);
  await tab.bringToFront();
  if (command === 'tab-activate') return true;
  // Not waiting for the page's fonts: that waits for the page to have loaded, and a test prints one that has not.
  if (command === 'tab-print-text') return pdfText(await tab.pdf({ waitForFonts: false }));
  if (command === 'tab-link-names') return linkNames(await tab.accessibility.snapshot({ interestingOnly: true }));
  if (command === 'tab-keys') {
    for (const step of payload.keys) {
      if (step.press) await tab.keyboard.press(step.press);
      if (step.down) await tab.keyboard.down(step.down);
      if (step.up) await tab.keyboard.up(step.up);
      if (step.wait) await new Promise((resolve) => setTimeout(resolve, step.wait));
    }
  } else if (command === 'tab-click') {
    await tab.mouse.click(payload.x, payload.y);
  } else if (command === 'tab-tap') {
    await tab.touchscreen.tap(payload.x, payload.y);
  }
  await testPage.bringToFront();
  return true;
}

/** WebDriver key values for the key names the tests use (puppeteer's names). */
const WEBDRIVER_KEYS = {
  ShiftLeft: '\uE008',
  ShiftRight: '\uE050',
  Shift: '\uE008',
  Escape: '\uE00C',
  Enter: '\uE007',
  ' ': ' ',
  Tab: '\uE004',
  KeyA: 'a',
};

/** Closes every window but the test page's: in WebKitGTK under Xvfb, switching back to it does not make it active again. */
async function activateTestPage(driver, original) {
  for (const handle of await driver.getWindowHandles()) {
    if (handle === original) continue;
    await driver.switchToWindow(handle);
    await driver.closeWindow();
  }
  await driver.switchToWindow(original);
  return true;
}

async function webdriverCommand(command, payload, session) {
  const driver = session.browser.driver;
  const original = await driver.getWindowHandle();
  if (command === 'tab-activate-test-page') return activateTestPage(driver, original);
  const urls = [];
  for (const handle of await driver.getWindowHandles()) {
    await driver.switchToWindow(handle);
    const url = await driver.getUrl();
    urls.push(url);
    if (command === 'tab-urls') continue;
    // By its address where the test gives it: a script run in a page that broke
    // Array.prototype fails inside WebKit's WebDriver, and so would asking its name.
    const found = payload.url ? url === payload.url : (await driver.execute(() => window.name)) === payload.name;
    if (!found) continue;
    try {
      if (command === 'tab-keys') {
        for (const step of payload.keys) {
          const actions = step.press
            ? [{ type: 'keyDown', value: WEBDRIVER_KEYS[step.press] }, { type: 'keyUp', value: WEBDRIVER_KEYS[step.press] }]
            : step.down
              ? [{ type: 'keyDown', value: WEBDRIVER_KEYS[step.down] }]
              : step.up
                ? [{ type: 'keyUp', value: WEBDRIVER_KEYS[step.up] }]
                : [{ type: 'pause', duration: step.wait }];
          await driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
        }
      } else if (command === 'tab-click' || command === 'tab-tap') {
        await driver.performActions([
          {
            type: 'pointer',
            id: command === 'tab-tap' ? 'finger' : 'mouse',
            parameters: { pointerType: command === 'tab-tap' ? 'touch' : 'mouse' },
            actions: [
              { type: 'pointerMove', duration: 0, x: Math.round(payload.x), y: Math.round(payload.y), origin: 'viewport' },
              { type: 'pointerDown', button: 0 },
              { type: 'pointerUp', button: 0 },
            ],
          },
        ]);
      }
      await driver.releaseActions();
    } finally {
      await driver.switchToWindow(original);
    }
    return true;
  }
  await driver.switchToWindow(original);
  if (command === 'tab-urls') return urls;
  throw new Error(`no tab named ${payload.name} (open: ${urls.join(', ')})`);
}

export const tabsPlugin = {
  name: 'tabs',
  async executeCommand({ command, payload, session }) {
    if (!command.startsWith('tab-')) return undefined;
    return session.browser.type === 'webdriver' ? webdriverCommand(command, payload, session) : puppeteerCommand(command, payload, session);
  },
};

/** The exit page's origin for a request to this server: the same port under another host name. */
export const exitOriginOf = (context) => `${context.protocol}://127.0.0.1:${context.host.split(':')[1]}`;

export const exitLogMiddleware = async (context, next) => {
  // The tampered-data fixture: the real manifest (built), beside the real data
  // files with one digit of their first phone number changed.
  const tampered = /^\/tests\/pages\/tampered-data\/([a-z0-9-]+)\.json$/.exec(context.path);
  if (tampered) {
    const { readFile } = await import('node:fs/promises');
    const real = await readFile(new URL(`../../dist/data/${tampered[1]}.json`, import.meta.url), 'utf8');
    context.type = 'application/json';
    context.body = tampered[1] === 'manifest' ? real : real.replace(/("e164":"\+\d+)(\d)"/, (_, start, digit) => `${start}${(Number(digit) + 1) % 10}"`);
    return;
  }
  // The test pages name the exit page's origin (127.0.0.1, tests/tabs.ts EXIT_ORIGIN) as __EXIT_ORIGIN__: the port is the server's.
  const page = /^\/tests\/pages\/[\w-]+\.(html|js)$/.exec(context.path);
  if (page) {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(new URL(`../..${context.path}`, import.meta.url), 'utf8').catch(() => null);
    if (text?.includes('__EXIT_ORIGIN__')) {
      context.type = page[1] === 'html' ? 'text/html' : 'application/javascript';
      context.body = text.replaceAll('__EXIT_ORIGIN__', exitOriginOf(context));
      return;
    }
  }
  if (context.path === '/tests/pages/exit-target.html') {
    exitLog.push({ url: context.url, referer: context.get('referer') });
  }
  if (context.path === '/__exit-log') {
    context.type = 'application/json';
    context.body = JSON.stringify(exitLog);
    return;
  }
  if (context.path === '/__slow.js') {
    // A script the parser waits for: the page stays before DOMContentLoaded meanwhile.
    await new Promise((resolve) => setTimeout(resolve, Number(context.query.ms ?? 2000)));
    context.type = 'application/javascript';
    context.body = '/* slow */';
    return;
  }
  return next();
};

// Where the system's browsers are. Nothing here downloads a browser.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function onPath(name) {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** Chromium's executable: CHROME_PATH, else Debian's `chromium`, else null. */
export function findChromium() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
  return onPath('chromium') ?? onPath('chromium-browser') ?? onPath('google-chrome') ?? null;
}

/** Firefox ESR (Debian's firefox-esr), driven by puppeteer over WebDriver BiDi. */
export function findFirefox() {
  if (process.env.FIREFOX_PATH && existsSync(process.env.FIREFOX_PATH)) return process.env.FIREFOX_PATH;
  return onPath('firefox-esr') ?? onPath('firefox') ?? null;
}

/** WebKitGTK's MiniBrowser and WebKitWebDriver (Debian's webkit2gtk-driver), and Xvfb for its window. */
export function findWebKit() {
  const miniBrowser = ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/libexec/webkit2gtk-4.1/MiniBrowser']
    .find((path) => existsSync(path));
  const driver = onPath('WebKitWebDriver');
  const xvfb = onPath('Xvfb');
  return miniBrowser && driver && xvfb ? { miniBrowser, driver, xvfb } : null;
}

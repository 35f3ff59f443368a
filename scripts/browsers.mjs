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

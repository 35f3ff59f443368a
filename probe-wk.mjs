import { spawn } from 'node:child_process';
import { remote } from 'webdriverio';
const [tz, ...envs] = process.argv.slice(2);
const extra = Object.fromEntries(envs.map((e) => e.split('=')));
const xvfb = spawn('Xvfb', [':77', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const env = { ...process.env, DISPLAY: ':77', TZ: tz, ...extra };
delete env.LANG; delete env.LC_ALL; delete env.LANGUAGE; Object.assign(env, extra);
const driver = spawn('WebKitWebDriver', ['--port=4477'], { stdio: 'ignore', env });
await new Promise((r) => setTimeout(r, 500));
try {
  const b = await remote({ hostname: 'localhost', port: 4477, path: '/', logLevel: 'error', capabilities: { 'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] } } });
  await b.url('about:blank');
  console.log(await b.execute(() => JSON.stringify([Intl.DateTimeFormat().resolvedOptions().timeZone, navigator.languages, navigator.language])));
  await b.deleteSession();
} finally { driver.kill(); xvfb.kill(); }

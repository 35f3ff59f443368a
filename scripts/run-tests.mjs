#!/usr/bin/env node
// npm test (after npm run build and npm run data:check): type-check the tests,
// build-level checks with node:test, then the browser tests with
// @web/test-runner: every suite in Chromium, the quick exit's, embedding's, the
// guides' examples' and the configurator's in Firefox and WebKit too. On a fresh Debian machine without
// what they need (NEEDS below), installs Debian's packages when running as root with apt-get;
// fetches the newer WordPress releases the plugin's tests also run in from the npm registry and, with a
// private apt setup that needs no root, Debian 13's WordPress. WebKit runs in
// WebKitGTK's MiniBrowser under Xvfb, driven by WebKitWebDriver: both are
// started here and stopped by their process ids when the tests end.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { findChromium, findFirefox, findWebKit } from './browsers.mjs';
import { missingForWordPress, wordpressSource, wordpressTree, WORDPRESS_VERSIONS } from '../tests/wordpress/site.mjs';

const onPath = (...commands) => spawnSync('sh', ['-c', commands.map((command) => `command -v ${command}`).join(' && ')], { stdio: 'ignore' }).status === 0;

/**
 * Debian's packages npm test needs, each with what tells it is there:
 * - the three engines; `locales`: the sources localedef builds a visitor's locale from, for
 *   WebKitGTK's navigator.language in tests/place.test.ts (tests/plugins/elsewhere.mjs);
 * - `roundcube-core` and `php-cli`: Roundcube webmail's HTML handling, which
 *   tests/node/mail-client.test.mjs passes the email block through (tests/mail/wash.php);
 * - `wordpress` (with its default theme and `wordpress-l10n`, its translations, which it only
 *   recommends: tests/node/wordpress-admin.test.mjs puts the site in other languages), `php-mysql`,
 *   `php-zip` and `mariadb-server`: the real WordPress that tests/wordpress/site.mjs starts. The newer
 *   releases (wordpress-plugin-6.3, -6.5, -6.8.test.mjs) need no package more: site.mjs fetches 6.3 and
 *   6.5 from the npm registry and Debian 13's 6.8 with apt-get download (nothing installed), checked
 *   against `debian-archive-keyring`, which must know Debian 13's keys;
 * - `php-codesniffer`: phpcs, which checks the plugin's PHP against its own ruleset
 *   (tests/wordpress/phpcs/, in tests/node/wordpress-lint.test.mjs);
 * - `gettext`: msgfmt, msginit and xgettext, for the plugin's .pot and a translation of it;
 * - `poppler-utils`: pdftotext, which reads a page as the browser printed it (tests/plugins/tabs.mjs,
 *   for tests/embed/when-needed.test.ts).
 */
const NEEDS = [
  ['chromium', () => findChromium()],
  ['firefox-esr', () => findFirefox()],
  ['webkit2gtk-driver xvfb', () => findWebKit()],
  ['locales', () => existsSync('/usr/share/i18n/locales/en_US')],
  ['roundcube-core php-cli', () => existsSync('/var/lib/roundcube/program/include/clisetup.php') && onPath('php')],
  ['wordpress wordpress-theme-twentytwentythree php-mysql php-zip mariadb-server', () => missingForWordPress().length === 0],
  ['wordpress-l10n', () => existsSync('/usr/share/wordpress/wp-content/languages/de_DE.mo')],
  ['debian-archive-keyring', () => existsSync('/usr/share/keyrings/debian-archive-trixie-security-automatic.gpg')],
  ['php-codesniffer', () => onPath('phpcs')],
  ['gettext', () => onPath('msgfmt', 'msginit', 'xgettext')],
  ['poppler-utils', () => onPath('pdftotext')],
];

function ensurePackages() {
  const missing = () => NEEDS.filter(([, there]) => !there()).map(([packages]) => packages);
  if (missing().length === 0) return;
  const canInstall = process.getuid?.() === 0 && onPath('apt-get');
  if (!canInstall) {
    console.error(`npm test needs Debian's ${missing().join(' ')}: run \`sudo apt-get install ${NEEDS.map(([packages]) => packages).join(' ')}\`.`);
    process.exit(1);
  }
  console.log(`Installing Debian's ${missing().join(' ')}...`);
  execFileSync('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing().join(' ')}`], { stdio: 'inherit' });
  if (missing().length > 0) {
    console.error(`apt-get finished but ${missing().join(', ')} is still missing (${missingForWordPress().join(', ') || 'WordPress is whole'}).`);
    process.exit(1);
  }
}

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status ?? 1;
}

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Xvfb on a free display and WebKitWebDriver on a free port, stopped by `stop()`. */
async function startWebKit() {
  const { xvfb, driver } = findWebKit();
  let display = 99;
  while (existsSync(`/tmp/.X11-unix/X${display}`) || existsSync(`/tmp/.X${display}-lock`)) display++;
  const screen = spawn(xvfb, [`:${display}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  const port = await freePort();
  await new Promise((resolve) => setTimeout(resolve, 500));
  // In UTC, a time zone that names no country, as every test browser starts (web-test-runner.config.mjs).
  const webdriver = spawn(driver, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: `:${display}`, TZ: 'UTC' } });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const stop = () => {
    for (const child of [webdriver, screen]) if (child.exitCode === null) child.kill('SIGTERM');
  };
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (stop(), process.exit(1)));
  return { env: { ...process.env, DISPLAY: `:${display}`, WEBKIT_WEBDRIVER_PORT: String(port) }, stop };
}

/**
 * The WordPress releases that are not Debian 12's installed package, fetched once here rather than by
 * test files that may run side by side: those from the npm registry (one download for all) and
 * Debian 13's (with apt, into a folder of its own). A failure is only reported: each WordPress test
 * that needs the release tries again, and fails with the same words if it fails too.
 */
function fetchWordPress() {
  const groups = [
    ['from the npm registry', Object.keys(WORDPRESS_VERSIONS).filter((key) => WORDPRESS_VERSIONS[key].npm)],
    ["from Debian 13's packages", Object.keys(WORDPRESS_VERSIONS).filter((key) => WORDPRESS_VERSIONS[key].apt)],
  ];
  for (const [origin, keys] of groups) {
    const started = Date.now();
    try {
      for (const key of keys) wordpressTree(key);
      console.log(`WordPress ${keys.map((key) => wordpressSource(key)?.wordpress ?? WORDPRESS_VERSIONS[key].version).join(' and ')} ${origin}: there in ${Date.now() - started} ms.`);
    } catch (error) {
      console.error(error.message);
    }
  }
}

ensurePackages();
fetchWordPress();
// The tests are TypeScript too: a wrong type in a test fails here, not silently in esbuild.
let status = run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.test.json']);
if (status === 0) status = run(process.execPath, ['--test', 'tests/node/']);
if (status === 0) {
  const webkit = await startWebKit();
  status = run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)], webkit.env);
  webkit.stop();
}
process.exit(status);

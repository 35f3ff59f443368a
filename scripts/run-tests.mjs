#!/usr/bin/env node
// npm test (after npm run build): type-check the tests, build-level checks with
// node:test, then the browser tests with @web/test-runner. On a fresh Debian machine without
// Chromium, installs Debian's package when running as root with apt-get.
import { execFileSync, spawnSync } from 'node:child_process';
import { findChromium } from './browsers.mjs';

function ensureChromium() {
  if (findChromium()) return;
  const canInstall = process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0;
  if (!canInstall) {
    console.error('npm test needs Chromium: run `sudo apt-get install chromium` (Debian) or set CHROME_PATH to a Chromium or Chrome executable.');
    process.exit(1);
  }
  console.log('Chromium not found: installing Debian\'s chromium package...');
  execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], { stdio: 'inherit' });
  if (!findChromium()) {
    console.error('apt-get finished but no chromium executable was found on PATH.');
    process.exit(1);
  }
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

ensureChromium();
// The tests are TypeScript too: a wrong type in a test fails here, not silently in esbuild.
run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.test.json']);
run(process.execPath, ['--test', 'tests/node/']);
run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)]);

#!/usr/bin/env node
// npm run build: version module, the data (checked, per continent, in
// dist/data/), tsc (lib/ with .d.ts), rollup (dist/), the custom elements
// manifest, and dist/sri.json (Subresource Integrity hashes of every file).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildData } from './build-data.mjs';

const root = new URL('..', import.meta.url).pathname;
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const versionModule = `/** Written by scripts/build.mjs from package.json. */\nexport const VERSION = '${version}';\n`;
const versionPath = join(root, 'src', 'version.ts');
if (readFileSync(versionPath, 'utf8') !== versionModule) writeFileSync(versionPath, versionModule);

rmSync(join(root, 'lib'), { recursive: true, force: true });
rmSync(join(root, 'dist'), { recursive: true, force: true });
// The data first: it is checked, split per continent into dist/data/, and its generated module compiled with the rest.
buildData();
run(bin('tsc'), ['-p', 'tsconfig.json']);
run(bin('rollup'), ['-c', 'rollup.config.mjs', '--silent']);
run(bin('cem'), ['analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/**/*.styles.ts', '--quiet']);

const sri = {};
const shipped = [
  ...readdirSync(join(root, 'dist')).filter((name) => name.endsWith('.js')),
  ...readdirSync(join(root, 'dist', 'data')).map((name) => `data/${name}`),
];
for (const file of shipped) {
  sri[file] = `sha384-${createHash('sha384').update(readFileSync(join(root, 'dist', file))).digest('base64')}`;
}
writeFileSync(join(root, 'dist', 'sri.json'), `${JSON.stringify(sri, null, 2)}\n`);
console.log(`built hotline-widget ${version}: lib/, dist/hotline-widget.js, custom-elements.json, dist/sri.json`);

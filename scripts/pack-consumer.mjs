// The package as its users get it: `npm pack` of this repository (after
// `npm run build`), installed with npm into a fresh project in build/consumer/,
// as `npm install hotline-widget` would. Used by tests/node/package.test.mjs
// (what the tarball holds, the types a TypeScript user compiles against) and
// tests/package.test.ts (the installed dist/ served and loaded in a browser).
// `node scripts/pack-consumer.mjs` prints where it installed.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
export const BUILD_DIR = join(root, 'build');
export const CONSUMER_DIR = join(BUILD_DIR, 'consumer');
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
// The test server calls this: npm runs beside it, so that the browsers' requests are still served meanwhile.
const npmAsync = async (args, cwd) => (await promisify(execFile)('npm', args, { cwd, encoding: 'utf8' })).stdout;

/** What `npm pack` would put in the tarball, without writing it: the paths inside `package/`. */
export function packedFiles() {
  const [report] = JSON.parse(npm(['pack', '--dry-run', '--json', '--ignore-scripts'], root));
  return report.files.map((file) => file.path).sort();
}

let installed = null;

/**
 * Packs the repository and installs the tarball into build/consumer/ (once per
 * process). Its one dependency, Lit, comes from npm's cache when `npm ci` has
 * put it there, else from the registry.
 */
export function installPackedPackage() {
  installed ??= (async () => {
    mkdirSync(BUILD_DIR, { recursive: true });
    const [report] = JSON.parse(await npmAsync(['pack', '--json', '--ignore-scripts', '--pack-destination', BUILD_DIR], root));
    const tarball = join(BUILD_DIR, report.filename);
    rmSync(CONSUMER_DIR, { recursive: true, force: true });
    mkdirSync(CONSUMER_DIR, { recursive: true });
    writeFileSync(join(CONSUMER_DIR, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`);
    await npmAsync(['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', '--ignore-scripts', tarball], CONSUMER_DIR);
    return { tarball, dir: CONSUMER_DIR, packageDir: join(CONSUMER_DIR, 'node_modules', 'hotline-widget'), version: report.version };
  })();
  return installed;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log((await installPackedPackage()).packageDir);

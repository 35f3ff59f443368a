// The package as its users get it (scripts/pack-consumer.mjs): what the tarball
// holds and leaves out, and a TypeScript project that installs it and compiles
// against its types. tests/package.test.ts loads the installed dist/ in a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { spawnSync } from 'node:child_process';
import { installPackedPackage, packedFiles } from '../../scripts/pack-consumer.mjs';

const root = new URL('../..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

test('the tarball holds the script with its data, the modules with their types, the manifest, LICENSE and README, and nothing else', () => {
  const files = packedFiles();
  for (const needed of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'SECURITY.md', 'custom-elements.json', 'dist/hotline-widget.js', 'dist/sri.json', 'dist/data/manifest.json', 'lib/index.js', 'lib/index.d.ts', 'lib/define.js', 'lib/static/index.js', 'lib/static/index.d.ts', 'bin/hotline-widget.mjs']) {
    assert.ok(files.includes(needed), `the tarball has ${needed}`);
  }
  // Every data file the script may load, and a type declaration beside every module.
  const dataFiles = files.filter((file) => file.startsWith('dist/data/'));
  const built = Object.keys(JSON.parse(readFileSync(join(root, 'dist/sri.json'), 'utf8'))).filter((file) => file.startsWith('data/'));
  assert.deepEqual(dataFiles.map((file) => file.slice('dist/'.length)).sort(), built.sort(), 'every file of dist/data/');
  for (const module of files.filter((file) => file.startsWith('lib/') && file.endsWith('.js'))) {
    assert.ok(files.includes(module.replace(/\.js$/, '.d.ts')), `${module} has its .d.ts`);
  }
  const unwanted = files.filter((file) => /^(tests|bench|scripts|src|demo|docs\/examples|build|node_modules|\.ci|lib\/configurator|dist\/wordpress|integrations)\//.test(file) || /(^|\/)\.|\.test\.|\.tgz$/.test(file));
  assert.deepEqual(unwanted, [], 'no tests, benches, scripts, sources, demo, dotfiles, the WordPress plugin (its own zip), or the configurator\'s modules (it ships built, in dist/configurator/)');
  assert.ok(files.includes('dist/configurator/index.html'), 'the configurator, ready for any static host');
  // Each entry point in "exports" is in the tarball.
  for (const [entry, target] of Object.entries(pkg.exports)) {
    for (const path of typeof target === 'string' ? [target] : Object.values(target)) {
      assert.ok(files.includes(path.replace(/^\.\//, '')), `exports["${entry}"] -> ${path} is in the tarball`);
    }
  }
});

/** Compiles `source` as the one file of the consumer project with the repository's tsc, strictly; its errors, one per line. */
function compile(dir, name, source) {
  writeFileSync(join(dir, name), source);
  const config = {
    compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [] },
    files: [name],
  };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config));
  const result = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json'), '--pretty', 'false'], { encoding: 'utf8' });
  return `${result.stdout}${result.stderr}`.split('\n').filter((line) => / error TS\d+:/.test(line));
}

test('a TypeScript project that installs the tarball compiles against every export, the tags typed', async () => {
  const { dir, packageDir } = await installPackedPackage();
  assert.ok(existsSync(join(packageDir, 'dist/hotline-widget.js')), 'installed with its dist/');
  const uses = `
import * as widget from 'hotline-widget';
import { HotlineBanner, HotlineSignsChecklist, HotlineQuickExit, exitNow, setExitUrl, installExitShortcut, DEFAULT_EXIT_URL,
  resolveCountry, negotiateLanguage, supportedCountries, helpFor, emergencyNumbersFor, setDataBase, supportedLanguages, VERSION,
  type HotlineWidgetConfig, type OwnHotlineConfig, type Audience, type Component, type Theme, type Hotline, type CountryHelp,
  type EmergencyNumber, type Source, type BannerVariant, type QuickExitPosition } from 'hotline-widget';
import 'hotline-widget/define.js';
import 'hotline-widget/banner.js';
import 'hotline-widget/signs-checklist.js';
import 'hotline-widget/quick-exit.js';
import { renderStatic, staticCountries, staticLanguages, STATIC_FORMATS, type StaticOptions, type StaticFormat } from 'hotline-widget/static';

const staticOptions: StaticOptions = { country: 'KE', lang: 'sw', format: 'html', variant: 'compact', hotlines: [{ country: 'KE', name: 'Our line', phone: '+254 20 000000' }] };
const block: string = renderStatic(staticOptions);
const formats: readonly StaticFormat[] = STATIC_FORMATS;
const everywhere: string[] = [...staticCountries(), ...staticLanguages()];

const config: HotlineWidgetConfig = { country: 'KE', lang: 'sw', components: ['banner', 'quick-exit'], exitUrl: 'https://www.bbc.co.uk/weather' };
const own: OwnHotlineConfig[] = config.hotlines ? [...config.hotlines] : [];
const audience: Audience = 'hospitality';
const component: Component = 'checklist';
const theme: Theme = 'dark';
const variant: BannerVariant = 'compact';
const position: QuickExitPosition | undefined = undefined;

// The tags are typed: createElement gives each element's class.
const banner: HotlineBanner = document.createElement('hotline-banner');
banner.country = 'GB';
const checklist: HotlineSignsChecklist = document.createElement('hotline-signs-checklist');
checklist.audience = audience;
const exit: HotlineQuickExit = document.createElement('hotline-quick-exit');
const help: CountryHelp | null = helpFor('KE');
const lines: readonly Hotline[] = help?.hotlines ?? [];
const numbers: readonly EmergencyNumber[] = emergencyNumbersFor('KE');
const sources: Source[] = [];
const country: string | null | undefined = resolveCountry({ requested: 'auto', languageTags: ['pt-BR'] });
const lang: string = negotiateLanguage(['pt'], supportedLanguages(), 'BR');
setDataBase('/hotline-widget/data/');
setExitUrl(DEFAULT_EXIT_URL);
const version: string = VERSION;
const calls = [exitNow, installExitShortcut, supportedCountries];
export { widget, own, component, theme, variant, position, exit, lines, numbers, sources, country, lang, version, calls, block, formats, everywhere };
`;
  assert.deepEqual(compile(dir, 'uses.ts', uses), [], 'every export compiles');
  // The command, as npx runs it from the installed package.
  const snippet = spawnSync(join(dir, 'node_modules/.bin/hotline-widget'), ['snippet', '--country', 'GB', '--lang', 'en', '--format', 'text'], { encoding: 'utf8' });
  assert.equal(snippet.status, 0, snippet.stderr);
  assert.match(snippet.stdout, /^Worried about trafficking or exploitation\?\n[\s\S]*Call 08000 121 700\n/);
  // The types bite: a wrong tag property and a wrong config value are errors.
  const wrong = compile(dir, 'wrong.ts', `import 'hotline-widget/define.js';\nimport type { HotlineWidgetConfig } from 'hotline-widget';\nconst banner = document.createElement('hotline-banner');\nbanner.country = 42;\nconst config: HotlineWidgetConfig = { country: 'KE', colour: 'red' };\nexport { banner, config };\n`);
  assert.equal(wrong.length, 2, wrong.join('\n'));
  assert.match(wrong[0], /number.*string/);
  assert.match(wrong[1], /colour/);
});

test('"engines" is the Node.js range every tool the project uses supports, and this Node.js is in it', () => {
  assert.ok(semver.satisfies(process.version, pkg.engines.node), `${process.version} is in ${pkg.engines.node}`);
  for (const name of [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)]) {
    const needed = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).engines?.node;
    if (needed) assert.ok(semver.subset(pkg.engines.node, needed), `${name} needs Node.js ${needed}; "engines" says ${pkg.engines.node}`);
  }
});

// Build-level checks, run by `npm test` after `npm run build` with node:test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { budgetReport, BUDGETS } from '../../scripts/size.mjs';
import { CONTINENT_FILE } from '../../scripts/continents.mjs';

const root = new URL('../..', import.meta.url).pathname;
const read = (path) => readFileSync(join(root, path), 'utf8');
const pkg = () => JSON.parse(read('package.json'));

test('dist/hotline-widget.js is within its brotli budgets', async () => {
  const { widget, foundation, worldData } = await budgetReport();
  assert.ok(widget, 'dist/hotline-widget.js exists');
  assert.ok(widget.brotli <= BUDGETS.total, `dist/hotline-widget.js is ${widget.brotli} B brotli; the budget is ${BUDGETS.total}`);
  assert.ok(foundation.brotli < widget.brotli, 'the world data measurement builds a smaller script');
  assert.ok(worldData <= BUDGETS.worldData, `the world's data adds ${worldData} B brotli; the budget is ${BUDGETS.worldData}`);
});

test('what one visitor downloads is within its budgets, in every language', async () => {
  const { visitor } = await budgetReport();
  assert.ok(visitor.common <= BUDGETS.commonVisit, `common case: ${visitor.common} B brotli; the budget is ${BUDGETS.commonVisit}`);
  assert.ok(visitor.worst <= BUDGETS.worstVisit, `at most ${visitor.worst} B brotli (${visitor.worstParts}); the budget is ${BUDGETS.worstVisit}`);
  const status = JSON.parse(read("src/locale/status.json"));
  assert.deepEqual(visitor.languages.map((row) => row.lang).sort(), Object.keys(status).sort());
  for (const row of visitor.languages) {
    assert.ok(row.lang === 'en' || row.messages > 0, `${row.lang} has a messages file`);
    assert.ok(row.checklist > 0, `${row.lang} has checklist files`);
    assert.ok(row.total <= BUDGETS.worstVisit, `${row.lang}: at most ${row.total} B`);
  }
});

test("the quick exit's core alone is within 3 KB brotli, with no Lit in it", async () => {
  const { exitCore } = await budgetReport();
  assert.ok(exitCore.brotli <= BUDGETS.exitCore, `${exitCore.brotli} B brotli; the budget is ${BUDGETS.exitCore}`);
  const core = read('lib/components/quick-exit/exit.js');
  assert.doesNotMatch(core, /from ['"]lit/);
  assert.doesNotMatch(core, /data\//);
});

test('the drop-in script is one classic script with Lit\'s production build', () => {
  const code = read('dist/hotline-widget.js');
  assert.doesNotMatch(code, /^\s*(import|export)\s/m, 'no module syntax');
  assert.doesNotMatch(code, /Lit is in dev mode/, 'not the development build');
  // Template literals are minified: no runs of indentation inside them.
  assert.doesNotMatch(code, /\n {4,}</, 'HTML templates are minified');
});

test('nothing a visitor downloads carries the evidence (sources stay in the repository)', () => {
  const code = read('dist/hotline-widget.js');
  assert.doesNotMatch(code, /supports:|"supports"/);
  assert.doesNotMatch(code, /unseenuk\.org\/blog/);
});

test('package.json exports every entry point, each with its types', () => {
  const pkg = JSON.parse(read('package.json'));
  assert.equal(pkg.name, 'hotline-widget');
  for (const entry of ['.', './define.js', './banner.js', './signs-checklist.js', './quick-exit.js', './static']) {
    const target = pkg.exports[entry];
    assert.ok(target, `exports has ${entry}`);
    assert.ok(existsSync(join(root, target.default)), `${target.default} is built`);
    assert.ok(existsSync(join(root, target.types)), `${target.types} is built`);
  }
  assert.equal(pkg.customElements, 'custom-elements.json');
});

test("the drop-in script carries neither the static renderer nor every country's lines and languages", () => {
  const code = read('dist/hotline-widget.js');
  // A line only the continents' files have, and a sentence only a translation has.
  assert.doesNotMatch(code, /Jämställdhetsmyndigheten/, "Sweden's line is in europe-*.json, not in the script");
  assert.doesNotMatch(code, /Vous craignez/, 'French is in messages-fr.json, not in the script');
  assert.doesNotMatch(code, /email-safe|hotline-fallback|border-radius:22px/, 'no static format');
  assert.equal(pkg().bin['hotline-widget'], './bin/hotline-widget.mjs');
});

test('the ESM index has no side effects: it defines no element', async () => {
  const index = read('lib/index.js');
  assert.doesNotMatch(index, /customElements\.define|defineOnce\(/);
  assert.doesNotMatch(index, /import ['"][^'"]+['"];/, 'no side-effect imports');
});

test('custom-elements.json lists every element with its attributes, events, parts and --hotline-* properties', () => {
  const manifest = JSON.parse(read('custom-elements.json'));
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement);
  const byTag = Object.fromEntries(elements.map((element) => [element.tagName, element]));
  const expectations = {
    'hotline-banner': { attributes: ['country', 'lang', 'variant', 'strings'], events: ['hotline-contact', 'hotline-error'] },
    'hotline-signs-checklist': { attributes: ['country', 'lang', 'audience', 'variant', 'strings'], events: ['hotline-contact', 'hotline-error'] },
    'hotline-quick-exit': { attributes: ['href', 'lang', 'position', 'shortcut', 'new-tab', 'strings'], events: ['hotline-exit', 'hotline-error'] },
  };
  for (const [tag, expected] of Object.entries(expectations)) {
    const element = byTag[tag];
    assert.ok(element, `${tag} is in the manifest`);
    assert.deepEqual(element.attributes.map((attribute) => attribute.name).sort(), [...expected.attributes].sort(), `${tag} attributes`);
    assert.deepEqual(element.events.map((event) => event.name).filter(Boolean).sort(), [...expected.events].sort(), `${tag} events`);
    assert.ok(element.cssParts.length > 0, `${tag} parts`);
    assert.ok(element.cssProperties.length > 0 && element.cssProperties.every((property) => property.name.startsWith('--hotline-')), `${tag} custom properties`);
  }
});

test('dist/sri.json holds the sha384 of the script and of every data file', async () => {
  const { createHash } = await import('node:crypto');
  const sri = JSON.parse(read('dist/sri.json'));
  const hash = (path) => `sha384-${createHash('sha384').update(readFileSync(join(root, 'dist', path))).digest('base64')}`;
  assert.equal(sri['hotline-widget.js'], hash('hotline-widget.js'));
  const dataFiles = Object.keys(sri).filter((name) => name.startsWith('data/'));
  assert.ok(dataFiles.includes('data/europe-1.json') && dataFiles.includes('data/zones-europe.json'), dataFiles.join(', '));
  for (const name of dataFiles) assert.equal(sri[name], hash(name), name);
});

test('the data files carry no evidence and no built-in country, and are checked through the manifest', async () => {
  const { createHash } = await import('node:crypto');
  const { readdirSync } = await import('node:fs');
  const integrity = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
  const generated = read('src/data/generated/world.ts');
  const manifestText = read('dist/data/manifest.json');
  const manifest = JSON.parse(manifestText);
  assert.ok(generated.includes(integrity(manifestText)), "the manifest's hash is in the script");
  const files = readdirSync(join(root, 'dist', 'data')).map((name) => name.replace(/\.json$/, ''));
  const regions = files.filter((name) => CONTINENT_FILE.test(name));
  assert.ok(regions.length >= 5, regions.join(', '));
  const countries = [];
  for (const region of regions) {
    const text = read(`dist/data/${region}.json`);
    const lines = JSON.parse(text);
    assert.ok(lines.length > 0, region);
    for (const line of lines) {
      assert.equal(line.sources, undefined, `${line.id} ships no sources`);
      assert.ok(!['US', 'GB', 'CA', 'AU'].includes(line.country), `${line.id} is built in, not loaded`);
    }
    countries.push(...new Set(lines.map((line) => line.country)));
    assert.equal(manifest[region], integrity(text), `${region} hash is in the manifest`);
  }
  assert.equal(new Set(countries).size, countries.length, 'each country is in exactly one file');
  // Every other file is listed: in the manifest, or (a translated checklist) in its language's messages.
  for (const name of files.filter((file) => file !== 'manifest')) {
    const translated = /^checklist-[a-z]+-(.+)$/.exec(name);
    const listed = translated ? JSON.parse(read(`dist/data/messages-${translated[1]}.json`)).files[name] : manifest[name];
    assert.equal(listed, integrity(read(`dist/data/${name}.json`)), `${name} is listed with its hash`);
  }
});

test('no continent file, and no time-zone table, is over its part of the download budget', async () => {
  const { FILE_LIMIT } = await import('../../scripts/build-data.mjs');
  const { distSizes } = await import('../../scripts/size.mjs');
  const rows = distSizes().filter((row) => {
    const name = row.name.replace(/^data\/|\.json$/g, '');
    return CONTINENT_FILE.test(name) || name.startsWith('zones-');
  });
  assert.ok(rows.length >= 15, rows.map((row) => row.name).join(', '));
  for (const row of rows) assert.ok(row.brotli <= FILE_LIMIT, `${row.name}: ${row.brotli} B brotli`);
});

test('no phone number is written anywhere in src/ outside src/data/', async () => {
  const { readdirSync, statSync } = await import('node:fs');
  const walk = (dir) => readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
  const phoneLike = /\+\d{6,}|\b\d{3,4}[ -]\d{3}[ -]?\d{3,4}\b|\btel:\d/;
  const offenders = walk(join(root, 'src'))
    .filter((path) => !path.includes(`${join('src', 'data')}`) && path.endsWith('.ts'))
    .filter((path) => phoneLike.test(readFileSync(path, 'utf8')));
  assert.deepEqual(offenders, []);
});

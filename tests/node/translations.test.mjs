// Every translation in src/locale/messages/ against the English catalogue
// (lib/locale/messages/en.js, built): the same keys (tsc checks that too),
// the same {placeholders}, plural forms the language really has, and a
// status entry saying how it was made, who reviewed it and what is open.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const { en } = await import(join(root, 'lib/locale/messages/en.js'));
const dir = join(root, 'src/locale/messages');
const status = JSON.parse(readFileSync(join(root, 'src/locale/status.json'), 'utf8'));
const translations = readdirSync(dir).filter((name) => name.endsWith('.json')).map((name) => name.replace(/\.json$/, ''));

const placeholders = (text) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const isPlural = (value) => typeof value === 'object' && value !== null && 'other' in value && Object.keys(value).every((key) => ['zero', 'one', 'two', 'few', 'many', 'other'].includes(key));

function compare(lang, english, translated, path) {
  if (typeof english === 'string') {
    assert.equal(typeof translated, 'string', `${lang} ${path} is text`);
    assert.ok(translated.trim() !== '', `${lang} ${path} is not empty`);
    assert.deepEqual(placeholders(translated), placeholders(english), `${lang} ${path} keeps the placeholders of "${english}"`);
    return;
  }
  if (isPlural(english)) {
    assert.ok(isPlural(translated), `${lang} ${path} has plural forms`);
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    for (const form of Object.keys(translated)) assert.ok(categories.includes(form), `${lang} ${path}.${form} is a plural form of ${lang} (${categories.join(', ')})`);
    for (const form of Object.values(translated)) assert.deepEqual(placeholders(form).filter((name) => name !== 'count'), placeholders(english.other).filter((name) => name !== 'count'), `${lang} ${path} keeps its placeholders`);
    return;
  }
  assert.deepEqual(Object.keys(translated).sort(), Object.keys(english).sort(), `${lang} ${path} has the same keys`);
  for (const key of Object.keys(english)) compare(lang, english[key], translated[key], `${path}.${key}`);
}

for (const lang of translations) {
  test(`${lang}: every message translated, placeholders and plural forms right`, () => {
    compare(lang, en, JSON.parse(readFileSync(join(dir, `${lang}.json`), 'utf8')), lang);
  });
}

test('every language has a status: how it was made, each review, and what is still open', () => {
  const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
  assert.deepEqual(Object.keys(status).sort(), ['en', ...translations].sort(), 'src/locale/status.json has exactly the languages shipped');
  for (const lang of ['en', ...translations]) {
    const entry = status[lang];
    assert.ok(entry.name?.trim(), `${lang} name`);
    assert.ok(entry.made?.trim(), `${lang} made: how the language was made`);
    assert.ok(Array.isArray(entry.reviews) && Array.isArray(entry.open), `${lang} reviews and open are lists`);
    for (const review of entry.reviews) {
      assert.match(review.date, ISO_DATE, `${lang} review date`);
      for (const key of ['by', 'scope', 'result']) assert.ok(review[key]?.trim(), `${lang} review ${key}`);
    }
    if (lang === 'en') continue;
    assert.ok(entry.reviews.length > 0, `${lang} has been reviewed at least once`);
    // Until a native speaker has reviewed a language, its status says so.
    const signedOff = entry.reviews.some((review) => /native speaker/i.test(review.by));
    assert.ok(signedOff || entry.open.some((item) => /native speaker/i.test(item)), `${lang}: no native speaker's review yet, so "open" says it awaits one`);
  }
});

test("the language table of docs/languages.md shows each language's status as src/locale/status.json has it", async () => {
  const { statusCells } = await import(join(root, 'scripts/language-table.mjs'));
  const page = readFileSync(join(root, 'docs/languages.md'), 'utf8');
  for (const lang of Object.keys(status)) {
    const row = `| ${statusCells(lang).join(' | ')} |`;
    assert.ok(page.includes(row), `docs/languages.md has the row "${row}"; run node scripts/language-table.mjs and paste the table`);
  }
});

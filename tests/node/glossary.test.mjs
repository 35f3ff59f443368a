// Every language keeps to its glossary (src/locale/glossary/<lang>.json):
// wherever the English names a concept (trafficking, hotline, helpline,
// police reporting line, the quick exit's "emergency exit"), the translation
// at the same place uses that language's chosen term, and no pattern the
// glossary rules out (a second word for the same thing, the wrong form of
// address) appears anywhere in the language's messages or checklist.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const { en } = await import(join(root, 'lib/locale/messages/en.js'));
const read = (...path) => JSON.parse(readFileSync(join(root, ...path), 'utf8'));
const glossaryOf = (lang) => read('src/locale/glossary', `${lang}.json`);
const englishGlossary = glossaryOf('en');
const CONCEPTS = Object.keys(englishGlossary.terms);
const AUDIENCES = readdirSync(join(root, 'src/data/checklist')).filter((name) => name.endsWith('.json')).map((name) => name.replace(/\.json$/, ''));
const translated = readdirSync(join(root, 'src/locale/messages')).filter((name) => name.endsWith('.json')).map((name) => name.replace(/\.json$/, ''));

/** [path, text] for every string of a messages tree; a plural's forms all stand beside the English `other`. */
function* strings(node, path = '') {
  if (typeof node === 'string') yield [path, node];
  else for (const [key, value] of Object.entries(node)) yield* strings(value, path ? `${path}.${key}` : key);
}

/** A checklist audience as a translation file shapes it: intro, guidance, titles, items by id, rights. */
const checklistShape = (audience) => ({
  intro: audience.intro,
  ...(audience.guidance ? { guidance: audience.guidance } : {}),
  categories: audience.categories.map((category) => ({
    title: category.title,
    items: Object.fromEntries(category.items.map((item) => [item.id, item.text])),
  })),
  ...(audience.rights ? { rights: audience.rights } : {}),
});

const englishChecklist = Object.fromEntries(AUDIENCES.map((audience) => [audience, checklistShape(read('src/data/checklist', `${audience}.json`))]));

/** Every place the English says something, with what the language says there: [path, english, translation]. */
function pairs(lang) {
  if (lang === 'en') return [...strings({ messages: en, checklist: englishChecklist })].map(([path, text]) => [path, text, text]);
  const translation = new Map(strings({ messages: read('src/locale/messages', `${lang}.json`), checklist: read('src/locale/checklist', `${lang}.json`) }));
  const result = [];
  for (const [path, english] of strings({ messages: en, checklist: englishChecklist })) {
    // A plural's English `one`/`other` stand for all the language's forms.
    const pluralBase = path.match(/^(.*)\.(one|other)$/)?.[1];
    const forms = pluralBase ? [...translation].filter(([key]) => key.startsWith(`${pluralBase}.`)).map(([, text]) => text) : [translation.get(path)];
    for (const text of forms) result.push([path, english, text]);
  }
  return result;
}

const pattern = (source) => new RegExp(source, 'iu');

for (const lang of ['en', ...translated]) {
  test(`${lang}: the glossary's terms wherever the English names the concept, and nothing it rules out`, () => {
    const glossary = glossaryOf(lang);
    assert.equal(typeof glossary.variety, 'string', `${lang} glossary says which variety it is written in`);
    assert.equal(typeof glossary.address, 'string', `${lang} glossary says how the reader is addressed`);
    assert.deepEqual(Object.keys(glossary.terms).sort(), [...CONCEPTS].sort(), `${lang} glossary has a term for each concept`);
    const all = pairs(lang);
    assert.ok(all.length > 100, `${lang}: ${all.length} strings compared`);
    let uses = 0;
    for (const concept of CONCEPTS) {
      const english = englishGlossary.terms[concept].forms.map(pattern);
      const chosen = glossary.terms[concept].forms.map(pattern);
      for (const [path, source, text] of all) {
        if (!english.some((form) => form.test(source))) continue;
        assert.equal(typeof text, 'string', `${lang} ${path} is translated`);
        assert.ok(chosen.some((form) => form.test(text)), `${lang} ${path} says "${glossary.terms[concept].term}" (the glossary's ${concept}) where the English says "${source}"; it says "${text}"`);
        uses += 1;
      }
    }
    assert.ok(uses >= 12, `${lang}: ${uses} uses of the glossary's terms checked`);
    for (const { pattern: avoided, why } of glossary.avoid ?? []) {
      for (const [path, , text] of all) assert.doesNotMatch(text ?? '', pattern(avoided), `${lang} ${path}: ${why}`);
    }
  });
}

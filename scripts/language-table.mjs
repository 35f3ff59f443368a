// The language table of docs/languages.md, from src/locale/status.json (how
// each language was made, its variety, its reviews, what is still open) and the
// built files' sizes (scripts/size.mjs): `node scripts/language-table.mjs` after
// `npm run build`, pasted over the table under "Status" in docs/languages.md.
import { readFileSync } from 'node:fs';
import { budgetReport } from './size.mjs';

const status = JSON.parse(readFileSync(new URL('../src/locale/status.json', import.meta.url), 'utf8'));
const number = (bytes) => bytes.toLocaleString('en');

/** The table's status cells for one language, without the sizes (tests/node/translations.test.mjs checks docs/languages.md against them). */
export function statusCells(lang) {
  const { name, variety, made, reviews, open } = status[lang];
  const reviewed = reviews.map((review) => `${review.date}, ${review.by}`).join('; ') || 'the source';
  return [`${name} (\`${lang}\`)`, variety, made, reviewed, open.join('; ') || 'nothing'];
}

export async function languageTable() {
  const { visitor } = await budgetReport();
  const rows = visitor.languages.map(({ lang, messages, checklist, total }) => `| ${[...statusCells(lang), lang === 'en' ? 'built in' : number(messages), number(checklist), number(total)].join(' | ')} |`);
  return [
    '| language | variety | made | reviewed | still open | messages file | largest checklist file | a visitor at most |',
    '|---|---|---|---|---|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await languageTable());

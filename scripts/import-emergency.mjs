#!/usr/bin/env node
// Turns a file of researched emergency numbers (Google libphonenumber's
// ShortNumberMetadata.xml, roles cross-checked against DennisGross/aidlines;
// docs/data-rules.md) into src/data/emergency.json, mechanically, so that no
// number is typed by hand. Run when that research is redone:
//   node scripts/import-emergency.mjs <researched emergency.json>
// What is shown: every number both sources agree on, with the roles they agree
// on (police first); where they agree on none, up to three of the recognised
// numbers, as "Emergency".
import { readFileSync, writeFileSync } from 'node:fs';

const ROLES = ['police', 'ambulance', 'fire'];
const [input] = process.argv.slice(2);
if (!input) {
  console.error('usage: node scripts/import-emergency.mjs <researched emergency.json> (docs/data-rules.md)');
  process.exit(2);
}
const reference = JSON.parse(readFileSync(input, 'utf8'));
const { _meta: meta, ...territories } = reference;

const out = {};
for (const [code, entry] of Object.entries(territories).sort(([a], [b]) => a.localeCompare(b))) {
  const agreed = entry.corroborated_by_both_sources ?? {};
  const shown = new Map();
  for (const role of ROLES) {
    for (const number of agreed[role] ?? []) {
      if (!shown.has(number)) shown.set(number, []);
      shown.get(number).push(role);
    }
  }
  const show = shown.size > 0
    ? [...shown].map(([number, roles]) => ({ number, roles }))
    : entry.emergency_numbers.slice(0, 3).map((number) => ({ number, roles: [] }));
  out[code] = { recognised: entry.emergency_numbers, show };
}

const data = {
  checked: new Date().toISOString().slice(0, 10),
  sources: [
    {
      url: `https://github.com/${meta.primary_source.repo}/blob/${meta.primary_source.commit}/${meta.primary_source.path}`,
      supports: `the numbers recognised as emergency numbers in each territory (commit of ${meta.primary_source.commit_date})`,
    },
    {
      url: `https://github.com/${meta.secondary_source.repo}/blob/${meta.secondary_source.commit}/${meta.secondary_source.path}`,
      supports: 'police, ambulance and fire numbers; a role is shown only where this agrees with the first source',
    },
  ],
  territories: out,
};
writeFileSync(new URL('../src/data/emergency.json', import.meta.url), `${JSON.stringify(data, null, 1)}\n`);
console.log(`src/data/emergency.json: ${Object.keys(out).length} territories`);

// `snapshot`: a text file in tests/rendered/ that a test compares with what it
// rendered, so that a reviewer sees in one diff what a data or wording change
// does to what people read. `UPDATE_SNAPSHOTS=1 npm test` (or a single file's
// run) writes the file instead of comparing; the diff then goes in the commit.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const folder = new URL('../rendered/', import.meta.url).pathname;

export const snapshotPlugin = {
  name: 'snapshot',
  async executeCommand({ command, payload }) {
    if (command !== 'snapshot') return undefined;
    if (!/^[a-z0-9-]+\.txt$/.test(payload.name)) throw new Error(`snapshot: "${payload.name}" is not a file name`);
    const file = join(folder, payload.name);
    if (process.env.UPDATE_SNAPSHOTS) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, payload.text);
      return { expected: payload.text, updated: true };
    }
    try {
      return { expected: readFileSync(file, 'utf8'), updated: false };
    } catch {
      return { expected: null, updated: false };
    }
  },
};

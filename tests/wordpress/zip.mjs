// A plugin's zip from a folder, for the harness's fixtures: its files under `prefix/`, written by
// the zip writer the plugin's own build uses (scripts/zip.mjs), which WordPress's uploader unpacks
// with PHP's ZipArchive or its own PclZip alike.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { writeZip } from '../../scripts/zip.mjs';

/** Every file under `folder`, as { name inside the zip, data }, sorted for a stable zip. */
function filesOf(folder, base) {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? filesOf(path, base) : [{ name: relative(base, path).split(sep).join('/'), data: readFileSync(path) }];
    });
}

/**
 * Zips `folder` into `zipPath`, its files under `prefix/` (a plugin's zip holds its folder:
 * `probe/probe.php`). Returns the names written.
 */
export function zipFolder(folder, zipPath, prefix) {
  const files = filesOf(folder, folder).map(({ name, data }) => ({ name: prefix ? `${prefix}/${name}` : name, data }));
  writeFileSync(zipPath, writeZip(files));
  return files.map(({ name }) => name);
}

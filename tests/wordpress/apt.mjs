// Debian packages of another Debian release, fetched and unpacked without touching the system: a
// private apt setup in a folder of its own (its own sources.list, package lists, cache and an empty
// dpkg status; the system's apt.conf, such as a proxy, still applies), `apt-get update`, then
// `apt-get download` and `dpkg-deb -x`. Nothing is installed; the system's sources are read only to
// find the mirror it uses (debianMirrors()), and its package lists, pins and dpkg database are
// neither used nor changed. Root is not needed. Used by tests/wordpress/site.mjs for Debian 13's
// WordPress (step 1 there).
//
// Signatures: the sources.list written here names the system's Debian archive keyring
// (`signed-by=/usr/share/keyrings/debian-archive-keyring.gpg`, from `debian-archive-keyring`;
// Debian 12's 2023.3+deb12u2 holds Debian 13's archive, security and stable release keys, and an
// older one that lacks them fails with what to run) and no other key, not even those of
// /etc/apt/trusted.gpg.d: `apt-get update` checks each suite's InRelease against it and stops
// on any error or warning (--error-on=any), the package lists are checked against the InRelease's
// hashes, and `apt-get download` checks each .deb against the list's SHA256, which is checked here
// once more. Nothing is ever taken unauthenticated (no trusted=yes, no --allow-unauthenticated).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const DEBIAN_KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg';
const FALLBACK = { archive: 'http://deb.debian.org/debian', security: 'http://deb.debian.org/debian-security' };

const readable = (path) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};

/** The system's apt sources, one { types, uris, suites } for each line or stanza that is on. */
function systemSources() {
  const sources = [];
  const oneLine = (text) => {
    for (const raw of text.split('\n')) {
      const line = raw.replace(/#.*/, '').replace(/\[[^\]]*\]/, ' ').trim();
      const [type, uri, suite] = line.split(/\s+/);
      if (type && uri && suite) sources.push({ types: [type], uris: [uri], suites: [suite] });
    }
  };
  const deb822 = (text) => {
    for (const stanza of text.split(/\n\s*\n/)) {
      const fields = {};
      let last = null;
      for (const line of stanza.split('\n')) {
        if (line.startsWith('#')) continue;
        if (/^\s/.test(line) && last) fields[last] += ` ${line.trim()}`;
        else if (line.includes(':')) {
          last = line.slice(0, line.indexOf(':')).trim().toLowerCase();
          fields[last] = line.slice(line.indexOf(':') + 1).trim();
        }
      }
      if (fields.enabled?.toLowerCase() === 'no' || !fields.uris || !fields.suites) continue;
      const list = (value) => (value ?? '').split(/\s+/).filter(Boolean);
      sources.push({ types: list(fields.types ?? 'deb'), uris: list(fields.uris), suites: list(fields.suites) });
    }
  };
  oneLine(readable('/etc/apt/sources.list'));
  const parts = '/etc/apt/sources.list.d';
  for (const name of existsSync(parts) ? readdirSync(parts).sort() : []) {
    if (name.endsWith('.list')) oneLine(readable(join(parts, name)));
    else if (name.endsWith('.sources')) deb822(readable(join(parts, name)));
  }
  return sources;
}

/**
 * The Debian mirror this system uses, for the archive and for security updates: the first http(s)
 * source of the system's own release (VERSION_CODENAME in /etc/os-release: `bookworm`, and
 * `bookworm-security`), else deb.debian.org.
 */
export function debianMirrors() {
  const codename = readable('/etc/os-release').match(/^VERSION_CODENAME=["']?([a-z]+)/m)?.[1];
  const sources = codename ? systemSources().filter(({ types }) => types.includes('deb')) : [];
  const find = (suite) => sources.find(({ suites }) => suites.includes(suite))?.uris.find((uri) => /^https?:\/\//.test(uri))?.replace(/\/+$/, '');
  return { archive: find(codename) ?? FALLBACK.archive, security: find(`${codename}-security`) ?? FALLBACK.security, codename: codename ?? null };
}

const onPath = (name) => spawnSync('/bin/sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout?.trim() || null;

/** One stanza of `apt-cache show` as an object (the field names as apt writes them). */
const stanzas = (text) =>
  text
    .split(/\n\s*\n/)
    .filter((stanza) => stanza.trim())
    .map((stanza) => Object.fromEntries(stanza.split('\n').filter((line) => /^[A-Za-z0-9-]+:/.test(line)).map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()])));

/**
 * Fetches the newest version of each of `packages` in Debian's `suite` (with `${suite}-security`)
 * and unpacks them all into `into` (a folder that must not exist yet), working in `work` (a folder
 * of the caller's, which it removes). Returns [{ name, version, sha256, size }], the mirrors and the
 * time each step took. Throws an error that says what happened and what to do.
 */
export function fetchDebianPackages({ suite, packages, into, work, what }) {
  const missing = ['apt-get', 'apt-cache', 'dpkg-deb'].filter((name) => !onPath(name));
  if (missing.length > 0) throw new Error(`${what} is fetched with Debian's apt and dpkg, and ${missing.join(', ')} is not here: run the tests on Debian (12 or later).`);
  if (!existsSync(DEBIAN_KEYRING)) throw new Error(`${what} is checked against Debian's archive keyring, and ${DEBIAN_KEYRING} is missing: run \`apt-get install debian-archive-keyring\` as root.`);
  const mirrors = debianMirrors();
  const apt = join(work, 'apt');
  const dirs = { state: join(apt, 'state'), cache: join(apt, 'cache'), debs: join(work, 'debs') };
  for (const dir of [join(dirs.state, 'lists/partial'), join(dirs.cache, 'archives/partial'), dirs.debs]) mkdirSync(dir, { recursive: true });
  writeFileSync(join(dirs.state, 'status'), '');
  const sourceList = join(apt, 'sources.list');
  writeFileSync(sourceList, [
    `deb [signed-by=${DEBIAN_KEYRING}] ${mirrors.archive} ${suite} main`,
    `deb [signed-by=${DEBIAN_KEYRING}] ${mirrors.security} ${suite}-security main`,
    '',
  ].join('\n'));
  const options = [
    `Dir::State=${dirs.state}`,
    `Dir::State::status=${join(dirs.state, 'status')}`,
    `Dir::Cache=${dirs.cache}`,
    `Dir::Etc::SourceList=${sourceList}`,
    'Dir::Etc::SourceParts=/dev/null',
    'Dir::Etc::Preferences=/dev/null',
    'Dir::Etc::PreferencesParts=/dev/null',
    'Acquire::Languages=none',
  ].flatMap((option) => ['-o', option]);
  // As root, apt downloads as its own user `_apt` (its sandbox): `work` (mkdtemp's, 0700) is opened
  // for it to pass through, and the folder it writes the .debs to is made theirs. (Were a folder
  // above out of its reach, apt would download as root, and say so.)
  if (process.getuid?.() === 0) {
    chmodSync(work, 0o755);
    const id = spawnSync('id', ['-u', '_apt'], { encoding: 'utf8' });
    if (id.status === 0) chownSync(dirs.debs, Number(id.stdout.trim()), 0);
  }
  const failed = (step, result, advice) => {
    const said = `${result.stderr ?? ''}${result.stdout ?? ''}`.trim().slice(-2000);
    return new Error(`${what} comes from Debian ${suite}'s packages (${packages.join(', ')}: ${mirrors.archive}, ${mirrors.security}) and ${step} failed (${result.error?.code ?? `exit ${result.status}`}):\n${said}\n${advice}`);
  };
  const timings = {};
  let started = Date.now();

  const update = spawnSync('apt-get', [...options, '--error-on=any', '-q', 'update'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (update.status !== 0 || update.error) {
    const said = `${update.stderr}${update.stdout}`;
    if (/NO_PUBKEY|EXPKEYSIG|KEYEXPIRED|not signed|signatures? (couldn't|could not|were invalid)|OpenPGP|InRelease.*(invalid|verif)/i.test(said)) {
      const version = spawnSync('dpkg-query', ['-W', '-f', '${Version}', 'debian-archive-keyring'], { encoding: 'utf8' }).stdout || 'not installed';
      throw failed('the check of its signature', update, `Debian ${suite}'s release file could not be checked against ${DEBIAN_KEYRING} (debian-archive-keyring ${version}), and nothing was taken. A keyring without Debian ${suite}'s keys is too old: run \`apt-get update && apt-get install debian-archive-keyring\` as root (Debian 12's 2023.3+deb12u2 has Debian 13's keys), then run the tests again.`);
    }
    throw failed('`apt-get update` (with lists, cache and sources of its own)', update, `Check that this machine reaches ${mirrors.archive} and ${mirrors.security} (\`apt-get update\` works here), then run the tests again.`);
  }
  timings.update = Date.now() - started;

  started = Date.now();
  const shown = spawnSync('apt-cache', [...options, '--no-all-versions', 'show', ...packages], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (shown.status !== 0) throw failed('`apt-cache show`', shown, `Debian ${suite} may no longer have one of them.`);
  const records = new Map(stanzas(shown.stdout).map((record) => [record.Package, record]));
  const lacking = packages.filter((name) => !records.get(name)?.SHA256);
  if (lacking.length > 0) throw new Error(`Debian ${suite}'s package lists have no ${lacking.join(', ')} (${mirrors.archive}).`);

  const download = spawnSync('apt-get', [...options, '-q', 'download', ...packages], { cwd: dirs.debs, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (download.status !== 0 || download.error) throw failed('`apt-get download`', download, `Check that this machine reaches ${mirrors.archive} and ${mirrors.security}, then run the tests again.`);
  timings.download = Date.now() - started;

  started = Date.now();
  const fetched = [];
  const debs = readdirSync(dirs.debs).filter((name) => name.endsWith('.deb'));
  for (const name of packages) {
    const record = records.get(name);
    const file = debs.find((deb) => deb.startsWith(`${name}_`));
    if (!file) throw new Error(`\`apt-get download ${name}\` wrote no .deb in ${dirs.debs}: ${debs.join(', ')}`);
    const bytes = readFileSync(join(dirs.debs, file));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (sha256 !== record.SHA256) throw new Error(`${file} from Debian ${suite} is not the one its signed package list names: SHA256 ${sha256}, not ${record.SHA256}. Nothing was kept.`);
    const fields = spawnSync('dpkg-deb', ['-f', join(dirs.debs, file), 'Package', 'Version'], { encoding: 'utf8' }).stdout;
    if (!fields.includes(`Package: ${name}\n`) || !fields.includes(`Version: ${record.Version}\n`)) throw new Error(`${file} says it is ${fields.replace(/\n/g, ' ')}, not ${name} ${record.Version}`);
    const unpack = spawnSync('dpkg-deb', ['-x', join(dirs.debs, file), into], { encoding: 'utf8' });
    if (unpack.status !== 0) throw failed(`\`dpkg-deb -x ${file}\``, unpack, 'The .deb was checked; dpkg-deb could not unpack it here.');
    fetched.push({ name, version: record.Version, sha256, size: bytes.length });
  }
  timings.unpack = Date.now() - started;
  return { packages: fetched, mirrors, timings };
}

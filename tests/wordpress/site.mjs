// A real WordPress for tests, from Debian's packages or from a WordPress build on the npm registry,
// started fresh and stopped by process id.
//
//   const site = await startWordPress();                      // Debian's WordPress 6.1
//   const site = await startWordPress({ wordpress: '6.5' });  // WordPress 6.5.5 (WORDPRESS_VERSIONS), from the npm registry
//   const site = await startWordPress({ wordpress: '6.8' });  // Debian 13's WordPress 6.8.x, fetched with apt
//   const plugin = await site.installPlugin('dist/wordpress/hotline-widget.zip'); // 'hotline-widget/hotline-widget.php'
//   const { posts } = await site.run(CONTENT, { posts: [{ title: 'A', tags: ['human trafficking'] }] });
//   const page = await site.get(posts[0].permalink);          // { status, headers, text }, as a visitor
//   const admin = await site.login('admin');                  // cookies of a real wp-login.php POST
//   await admin.get('/wp-admin/options-general.php');
//   await site.stop();                                        // php and mariadbd, by their pids
//
// What it does, in a temporary folder of its own (removed by stop()):
// 1. Checks that Debian's `php-cli`, `php-mysql`, `php-zip` and `mariadb-server` are there, and for
//    Debian's WordPress (`wordpress: 'debian'`, the default) `wordpress` and
//    `wordpress-theme-twentytwentythree` (WordPress 6.1's default theme, only recommended by
//    `wordpress`), and throws an error that says what to install if not (npm test installs them as
//    root: scripts/run-tests.mjs, .ci/run).
//    A newer WordPress (`wordpress: '6.5'` for 6.5.5, '6.3' for 6.3.5: WORDPRESS_VERSIONS below;
//    Debian 12 has 6.1 only) is taken from the npm registry, as WordPress Playground publishes it:
//    the package @wp-playground/wordpress-builds at an exact version (158 MB), fetched with
//    `npm pack` (which checks it against the registry's sha512) into a folder of its own and
//    checked again against the sha512 pinned here. Its build of each WordPress release is the
//    release's PHP files, stripped of whitespace and comments by `php -w` and with their
//    set_time_limit() calls removed (wp-X.zip), and the release's other files, CSS, JavaScript and
//    images (public/wp-X/), with the default theme only and no Akismet. The two halves of each
//    release of WORDPRESS_VERSIONS from that package that is not there yet are taken out of the one
//    download (`tar`; the zip with PHP's ZipArchive, php/unzip.php) and put together, without
//    Playground's SQLite database and wp-config.php, in node_modules/.cache/wordpress/<version>/
//    (git-ignored; about 70 MB each), which later runs reuse; the package itself is not kept. So
//    this needs `npm`, `tar` and the npm registry once; if the fetch fails, the error says so and
//    what to run, and the tests fail. scripts/run-tests.mjs fetches it before the tests.
//    WordPress 6.8 (`wordpress: '6.8'`) is Debian 13 (trixie)'s package, the release's own files:
//    tests/wordpress/apt.mjs fetches `wordpress`, `wordpress-theme-twentytwentyfive` and the four
//    packages Debian's WordPress links into (libjs-cropper, libjs-lodash, libjs-underscore,
//    php-getid3: DEBIAN_TRIXIE below; 18 MB of .debs) from trixie and trixie-security, with apt
//    setup of its own (no root, nothing installed, the mirror the system's sources name), checked
//    against the system's Debian archive keyring (debian-archive-keyring, whose Debian 12 version
//    2023.3+deb12u2 has Debian 13's keys), and unpacks them with `dpkg-deb -x` side by side in
//    node_modules/.cache/wordpress/debian-trixie/ (about 77 MB), where WordPress's relative links
//    resolve. Its version.php must say 6.8 or 6.8.x (Debian's security updates move the x: whatever
//    is current when it is fetched; the stamp .hotline-source.json there says which, with each
//    package's version and SHA256); later runs reuse it (remove the folder to take Debian's newest).
//    Its tree is laid out as Debian 12's (below: /usr/share/wordpress, a wp-config.php reading
//    /etc/wordpress), and is copied the same way. A failed fetch throws what happened and what to run.
// 2. MariaDB: `mariadb-install-db` into a private datadir, then `mariadbd` on a Unix socket in the
//    folder, with no TCP port (--skip-networking) and no system config (--no-defaults); a database
//    and a user of its own, made through the `mariadb` client as the datadir's root.
// 3. WordPress: the tree is copied into the folder, since each site needs its own wp-config.php
//    and wp-content, and PHP resolves symlinks in __FILE__, so a linked tree would find the
//    wp-config.php beside the original. Debian's is /usr/share/wordpress with a wp-config.php that
//    reads /etc/wordpress/config-<host>.php and content in /var/lib/wordpress/wp-content: its copy
//    has the symlinks to Debian's shared JavaScript and getID3 resolved (Debian 13's into the
//    packages unpacked beside it), and the 31 MB of translations (Debian 12's) and Akismet left
//    out. Each copy gets our own wp-config.php: the database's socket, wp-content inside the copy,
//    WP_DEBUG with the log in the folder and nothing displayed, file changes allowed (FS_METHOD
//    direct), no WP-Cron, and a must-use plugin (php/mu-harness.php) that answers every HTTP
//    request PHP makes to another host with a 503 without leaving the machine and notes its URL
//    (`outgoing()`). php/install.php then runs wp_install() with php-cli: the site at
//    http://127.0.0.1:<free port>, an administrator and an author (no manage_options) with known
//    passwords (`users`), no avatars (Gravatar is another host: what a page asks of other hosts is
//    then a plugin's), permalinks /%postname%/ by default, the release's default theme (`theme`).
// 4. PHP's built-in server, `php -S 127.0.0.1:<port> -t <copy> php/router.php` (the router sends
//    what is not a file to index.php, as Apache's rewrite rules do for pretty permalinks).
// 5. installPlugin(zip) uploads the zip as an administrator does, through wp-admin's "Upload Plugin"
//    form (update.php?action=upload-plugin: WordPress unpacks it with ZipArchive), then follows the
//    "Activate Plugin" link; run(fixture, args) runs a PHP file inside the site with php-cli
//    (php/run.php: wp-load.php, so with the active plugins, and the admin's includes) and returns
//    what it returns, as JSON; content.php beside this file makes tags, categories, posts with
//    tags and meta, and options.
// 6. login(user) gets wp-login.php's test cookie, POSTs the login form and keeps the cookies it is
//    given: `cookies` (name, value, path: for a browser's setCookie) and get()/fetch() that send
//    them; site.get()/site.fetch() are a visitor's, without cookies.
// stop() ends the PHP server and mariadbd by their process ids (`pids`), waits for both to exit and
// removes the folder (kept when WORDPRESS_KEEP=1, to read its logs: `logs`).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readlinkSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEBIAN_KEYRING, fetchDebianPackages } from './apt.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const WORDPRESS = '/usr/share/wordpress';
/** Where the WordPress releases from the npm registry are put together, once each (git-ignored). */
export const WORDPRESS_CACHE = join(HERE, '../../node_modules/.cache/wordpress');
/** The Debian packages the WordPress tests need, as apt-get names them (for Debian's WordPress; a newer one needs the last four only). */
export const WORDPRESS_PACKAGES = ['wordpress', 'wordpress-theme-twentytwentythree', 'php-cli', 'php-mysql', 'php-zip', 'mariadb-server'];
/** WordPress 6.1's default theme: Debian ships it apart, as a package that `wordpress` only recommends. */
const THEME = join(WORDPRESS, 'wp-content/themes/twentytwentythree/style.css');
/** What content.php beside this module is, for site.run(). */
export const CONTENT = join(HERE, 'content.php');

/** WordPress Playground's builds of the WordPress releases, on the npm registry: step 1 at the top of this file. */
const PLAYGROUND_BUILDS = {
  name: '@wp-playground/wordpress-builds',
  version: '0.9.19',
  integrity: 'sha512-dlqvh/MJDpE5W68vgPPKUjpip6zMuBh59L3D18ZX+pdwurC4q4ydrTww/3sTMV69BBcoH6kF93YtAtujNC5Mpw==',
  size: '158 MB',
};

/**
 * Debian 13 (trixie)'s WordPress, the release's own files as Debian packages them, fetched with a
 * private apt setup (tests/wordpress/apt.mjs) into WORDPRESS_CACHE/<folder>: step 1 at the top of
 * this file. `packages`: WordPress, its default theme (which `wordpress` only recommends), and the
 * packages that WordPress's symlinks point into (Debian replaces WordPress's copies of lodash,
 * Underscore, Cropper and getID3 with links to its own packages of them; Debian 12 has no
 * libjs-lodash at all), all from trixie, unpacked side by side so that the links resolve there.
 */
const DEBIAN_TRIXIE = {
  suite: 'trixie',
  packages: ['wordpress', 'wordpress-theme-twentytwentyfive', 'libjs-cropper', 'libjs-lodash', 'libjs-underscore', 'php-getid3'],
  folder: 'debian-trixie',
  size: '18 MB',
};

/**
 * The WordPress releases startWordPress() can start, by the name its `wordpress` option takes:
 * `version` (what wp-includes/version.php says, or the first two parts of it for a Debian release
 * whose security updates move the third) and `theme` (the release's default).
 * 'debian': Debian 12's package. '6.8': Debian 13's package (DEBIAN_TRIXIE), whatever 6.8.x its
 * security updates are at when it is fetched, with twentytwentyfive. '6.5': the newest release in
 * PLAYGROUND_BUILDS (its other builds are 6.2 to 6.4, a 6.6 release candidate and a 6.7 alpha),
 * with twentytwentyfour; it and 6.8 are on the paths that WordPress 6.3 (a script's loading
 * `strategy`) and 6.4 (script tags written by wp_get_script_tag(), so through
 * `wp_script_attributes`) opened. '6.3': the one release with the first and not the second.
 * Another of the package's builds is one more line here (its wp-versions.json names them).
 */
export const WORDPRESS_VERSIONS = {
  debian: { version: '6.1', theme: 'twentytwentythree' },
  '6.8': { version: '6.8', theme: 'twentytwentyfive', apt: DEBIAN_TRIXIE },
  '6.3': { version: '6.3.5', theme: 'twentytwentythree', npm: PLAYGROUND_BUILDS, php: 'package/src/wordpress/wp-6.3.zip', static: 'package/public/wp-6.3' },
  '6.5': { version: '6.5.5', theme: 'twentytwentyfour', npm: PLAYGROUND_BUILDS, php: 'package/src/wordpress/wp-6.5.zip', static: 'package/public/wp-6.5' },
};

const onPath = (name) => spawnSync('/bin/sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout?.trim() || null;
/** MariaDB's server, in /usr/sbin (not on every user's PATH). Looked up each time: npm test may have just installed it. */
const findMariadbd = () => ['/usr/sbin/mariadbd', '/usr/sbin/mysqld'].find((path) => existsSync(path)) ?? onPath('mariadbd');

/** What is missing of Debian's packages for a WordPress (`which`: a key of WORDPRESS_VERSIONS): [] when all is there. */
export function missingForWordPress(which = 'debian') {
  const missing = [];
  if (which === 'debian') {
    if (!existsSync(join(WORDPRESS, 'wp-load.php'))) missing.push('wordpress');
    if (!existsSync(THEME)) missing.push('wordpress-theme-twentytwentythree');
  }
  const php = onPath('php');
  if (!php) missing.push('php-cli');
  else {
    const extensions = (spawnSync(php, ['-r', 'echo implode(",", array_filter(["mysqli", "zip"], "extension_loaded"));'], { encoding: 'utf8' }).stdout ?? '').split(',');
    if (!extensions.includes('mysqli')) missing.push('php-mysql');
    if (!extensions.includes('zip')) missing.push('php-zip');
  }
  if (!findMariadbd() || !onPath('mariadb-install-db') || !onPath('mariadb')) missing.push('mariadb-server');
  return missing;
}

/** The files of the npm builds that are Playground's, not WordPress's: left out of the tree. */
const NOT_WORDPRESS = ['wp-config.php', 'wp-content/database/', '.default_theme', 'wordpress-remote-asset-paths'];

/** Where release `which` of the npm registry is put together, and what its stamp says when it is there whole. */
function cached(which) {
  const release = WORDPRESS_VERSIONS[which];
  const tree = join(WORDPRESS_CACHE, release.version);
  const { name, version, integrity } = release.npm;
  const source = JSON.stringify({ package: `${name}@${version}`, integrity, php: release.php, static: release.static });
  const stamp = join(tree, '.hotline-source.json');
  return { release, tree, source, stamp, there: () => existsSync(stamp) && readFileSync(stamp, 'utf8') === source };
}

/**
 * The folder of WordPress release `which` (a key of WORDPRESS_VERSIONS): Debian 12's, Debian 13's
 * (unpacked in WORDPRESS_CACHE by fromDebian() below), or the one put together in WORDPRESS_CACHE
 * from the npm registry's package, which is fetched and checked first if that folder is not there
 * yet (step 1 at the top of this file); every release of WORDPRESS_VERSIONS from the same package
 * that is not there yet is put together then too, from the one download. Throws what to do when
 * that fails.
 */
export function wordpressTree(which = 'debian') {
  if (!WORDPRESS_VERSIONS[which]) throw new Error(`no WordPress "${which}": ${Object.keys(WORDPRESS_VERSIONS).join(', ')}`);
  if (WORDPRESS_VERSIONS[which].apt) return fromDebian(which).tree;
  if (!WORDPRESS_VERSIONS[which].npm) return WORDPRESS;
  const wanted = cached(which);
  if (wanted.there()) return wanted.tree;

  const pkg = wanted.release.npm;
  const spec = `${pkg.name}@${pkg.version}`;
  const releases = Object.keys(WORDPRESS_VERSIONS).filter((key) => WORDPRESS_VERSIONS[key].npm === pkg).map(cached).filter((one) => one.release === wanted.release || !one.there());
  const failed = (what, detail) =>
    new Error(`WordPress ${wanted.release.version} for the tests comes from the npm registry (${spec}, ${pkg.size}) and ${what}${detail ? `:\n${detail.trim().slice(-2000)}` : ''}\nCheck that \`npm pack ${spec}\` works here (the registry reachable, npm configured), then run the tests again: they fetch it and put it together in ${wanted.tree}.`);
  mkdirSync(WORDPRESS_CACHE, { recursive: true });
  // Everything happens in a folder of this process's own, then one rename for each release: another
  // test run that fetches the same package at the same time does the same, and the first rename wins.
  const work = mkdtempSync(join(WORDPRESS_CACHE, '.fetching-'));
  try {
    // Its own npm cache, removed below, so that the 158 MB are not kept twice.
    const packed = spawnSync('npm', ['pack', spec, '--json', '--pack-destination', work, '--cache', join(work, 'npm-cache'), '--ignore-scripts', '--loglevel=error'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    // (npm's pointer to its log is left out: the log goes with the folder.)
    const said = (packed.stderr || packed.stdout || '').split('\n').filter((line) => !line.includes('A complete log of this run')).join('\n');
    if (packed.error || packed.status !== 0) throw failed(`\`npm pack\` failed (${packed.error?.code ?? `exit ${packed.status}`})`, said);
    let info;
    try {
      [info] = JSON.parse(packed.stdout);
    } catch {
      throw failed('`npm pack` said nothing that could be read', packed.stdout + packed.stderr);
    }
    const tarball = join(work, info?.filename ?? '');
    if (!info?.filename || !existsSync(tarball)) throw failed('`npm pack` wrote no tarball', packed.stdout.slice(0, 500));
    const actual = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
    if (info.integrity !== pkg.integrity || actual !== pkg.integrity) {
      throw new Error(`${spec} from the npm registry is not the one pinned in tests/wordpress/site.mjs: its sha512 is ${actual} (npm said ${info.integrity}), not ${pkg.integrity}. Nothing was kept.`);
    }
    const unpacked = join(work, 'unpacked');
    mkdirSync(unpacked);
    const members = releases.flatMap(({ release }) => [release.php, release.static]);
    const untar = spawnSync('tar', ['-xzf', tarball, '-C', unpacked, ...members], { encoding: 'utf8' });
    if (untar.status !== 0) throw failed(`\`tar\` could not take ${members.join(', ')} out of it (exit ${untar.status ?? untar.error?.code})`, untar.stderr);
    rmSync(tarball);
    rmSync(join(work, 'npm-cache'), { recursive: true, force: true });

    for (const { release, tree, source, there } of releases) {
      const assembled = join(work, release.version);
      // The static half first, then the PHP half over it (where both have a file, as Playground serves it: the zip's).
      cpSync(join(unpacked, release.static), assembled, { recursive: true });
      const unzip = spawnSync('php', [join(HERE, 'php/unzip.php'), join(unpacked, release.php), assembled, ...NOT_WORDPRESS], { encoding: 'utf8' });
      if (unzip.status !== 0) throw failed(`unzipping ${basename(release.php)} with PHP's ZipArchive failed (exit ${unzip.status ?? unzip.error?.code})`, unzip.stderr + unzip.stdout);
      for (const path of NOT_WORDPRESS) rmSync(join(assembled, path), { recursive: true, force: true });
      const said = readFileSync(join(assembled, 'wp-includes/version.php'), 'utf8').match(/\$wp_version\s*=\s*'([^']+)'/)?.[1];
      if (said !== release.version) throw new Error(`${spec}'s ${basename(release.php)} is WordPress ${said}, not ${release.version}`);
      if (!existsSync(join(assembled, `wp-content/themes/${release.theme}/style.css`))) throw new Error(`${spec}'s WordPress ${release.version} has no ${release.theme} theme`);
      writeFileSync(join(assembled, '.hotline-source.json'), source);
      if (there()) continue; // another run was first
      rmSync(tree, { recursive: true, force: true }); // what an earlier pin put there
      try {
        renameSync(assembled, tree);
      } catch (error) {
        if (!['ENOTEMPTY', 'EEXIST'].includes(error.code) || !there()) throw error;
      }
    }
    return wanted.tree;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Whether `said` (what wp-includes/version.php says: '6.8.3') is release `version` ('6.8' or '6.8.3'). */
const isRelease = (said, version) => typeof said === 'string' && (said === version || said.startsWith(`${version}.`));
const versionIn = (tree) => readFileSync(join(tree, 'wp-includes/version.php'), 'utf8').match(/\$wp_version\s*=\s*'([^']+)'/)?.[1];

/**
 * Where Debian release `which` is unpacked (WORDPRESS_CACHE/<folder>: usr/share/wordpress and the
 * packages its links point into) and what its stamp says: { suite, wordpress (its version.php's
 * version), packages: [{ name, version, sha256, size }], mirrors, keyring, removedLinks, fetched }.
 */
function debianCache(which) {
  const release = WORDPRESS_VERSIONS[which];
  const root = join(WORDPRESS_CACHE, release.apt.folder);
  const stamp = join(root, '.hotline-source.json');
  const read = () => {
    try {
      const said = JSON.parse(readFileSync(stamp, 'utf8'));
      const whole = said.suite === release.apt.suite && JSON.stringify(said.packages.map(({ name }) => name)) === JSON.stringify(release.apt.packages) && isRelease(said.wordpress, release.version);
      return whole && existsSync(join(root, 'usr/share/wordpress/wp-load.php')) ? said : null;
    } catch {
      return null;
    }
  };
  return { release, root, tree: join(root, 'usr/share/wordpress'), stamp, read };
}

/** What the cache holds of WordPress `which` (a key of WORDPRESS_VERSIONS): its version and where it came from; null when it is not there (or is Debian 12's, installed). */
export function wordpressSource(which) {
  const release = WORDPRESS_VERSIONS[which];
  if (release?.apt) return debianCache(which).read();
  if (release?.npm) {
    const { tree, there } = cached(which);
    return there() ? { wordpress: versionIn(tree), package: `${release.npm.name}@${release.npm.version}` } : null;
  }
  return null;
}

/**
 * Debian release `which`, unpacked in WORDPRESS_CACHE from Debian's packages (fetched and checked
 * by tests/wordpress/apt.mjs) if it is not there yet: its links checked (each relative one must
 * resolve inside the unpacked packages; an absolute one to a file this machine lacks is removed and
 * noted in the stamp), its version.php checked to be release.version, its default theme there.
 * Returns { tree, source } (source: the stamp). Throws what to do when that fails.
 */
function fromDebian(which) {
  const cache = debianCache(which);
  const there = cache.read();
  if (there) return { tree: cache.tree, source: there };
  const { release, root, tree, stamp } = cache;
  const { suite, packages, size } = release.apt;
  const what = `WordPress ${release.version} for the tests (Debian ${suite}'s, ${size})`;
  mkdirSync(WORDPRESS_CACHE, { recursive: true });
  // As for the npm builds: all in a folder of this process's own, then one rename; the first rename wins.
  const work = mkdtempSync(join(WORDPRESS_CACHE, '.fetching-'));
  try {
    const unpacked = join(work, 'root');
    mkdirSync(unpacked);
    const started = Date.now();
    let fetched;
    try {
      fetched = fetchDebianPackages({ suite, packages, into: unpacked, work, what });
    } catch (error) {
      error.message += `\nNothing was kept; the tests fetch it again into ${root} when run again (\`node --test tests/node/wordpress-plugin-${which}.test.mjs\`).`;
      throw error;
    }
    rmSync(join(work, 'apt'), { recursive: true, force: true });
    rmSync(join(work, 'debs'), { recursive: true, force: true });
    const wordpress = join(unpacked, 'usr/share/wordpress');
    const said = existsSync(join(wordpress, 'wp-includes/version.php')) ? versionIn(wordpress) : undefined;
    const debianVersion = fetched.packages.find(({ name }) => name === 'wordpress').version;
    if (!isRelease(said, release.version)) throw new Error(`Debian ${suite}'s wordpress ${debianVersion} is WordPress ${said ?? '(no wp-includes/version.php)'}, not ${release.version}.x: WORDPRESS_VERSIONS in tests/wordpress/site.mjs needs a look.`);
    if (!existsSync(join(wordpress, `wp-content/themes/${release.theme}/style.css`))) throw new Error(`Debian ${suite}'s WordPress ${said} has no ${release.theme} theme in wp-content/themes`);

    // The links: relative ones point into the packages unpacked beside it and must resolve there;
    // absolute ones point at the system (/etc/wordpress/htaccess, left out of each copy, and
    // /etc/ssl/certs/ca-certificates.crt, which WordPress would use for HTTPS requests, which the
    // tests' sites do not make): one this machine lacks is removed, so that copying the tree works.
    const removedLinks = [];
    const realUnpacked = realpathSync(unpacked);
    const walk = (folder) => {
      for (const name of readdirSync(folder)) {
        const path = join(folder, name);
        const stat = lstatSync(path);
        if (stat.isDirectory()) walk(path);
        else if (stat.isSymbolicLink()) {
          const target = readlinkSync(path);
          const inside = path.slice(wordpress.length + 1);
          if (target.startsWith('/')) {
            if (!existsSync(target)) {
              rmSync(path);
              removedLinks.push(`${inside} -> ${target}`);
            }
          } else if (!resolve(dirname(path), target).startsWith(`${unpacked}/`) || !existsSync(path) || !realpathSync(path).startsWith(`${realUnpacked}/`)) {
            throw new Error(`Debian ${suite}'s WordPress links ${inside} to ${target}, which none of ${packages.join(', ')} has: DEBIAN_TRIXIE's packages in tests/wordpress/site.mjs need a look.`);
          }
        }
      }
    };
    walk(wordpress);
    const source = { suite, wordpress: said, packages: fetched.packages, mirrors: fetched.mirrors, keyring: DEBIAN_KEYRING, removedLinks, fetched: { at: new Date().toISOString(), ms: Date.now() - started, ...fetched.timings } };
    writeFileSync(join(unpacked, '.hotline-source.json'), JSON.stringify(source, null, 2));
    if (cache.read()) return { tree, source: cache.read() }; // another run was first
    rmSync(root, { recursive: true, force: true }); // what an earlier set of packages put there
    try {
      renameSync(unpacked, root);
    } catch (error) {
      if (!['ENOTEMPTY', 'EEXIST'].includes(error.code) || !cache.read()) throw error;
    }
    if (!existsSync(stamp)) throw new Error(`${root} has no stamp after the rename`);
    return { tree, source: cache.read() };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const tail = (path, lines = 15) => (existsSync(path) ? readFileSync(path, 'utf8').trimEnd().split('\n').slice(-lines).join('\n') : '(no log)');
/** The debug log's last entries but PHP's deprecations (WordPress 6.1 on PHP 8.2 writes dozens of its own). */
const debugTail = (path) => (existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter((line) => line && !line.includes('PHP Deprecated:')).slice(-15).join('\n') || '(nothing but deprecations)' : '(no log)');

/** Resolves once `connect(target)` succeeds (a Unix socket path or { host, port }), or throws after `ms`. */
async function whenListening(target, child, what, log, ms = 15000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${what} exited (${child.exitCode ?? child.signalCode}) before listening:\n${tail(log)}`);
    const open = await new Promise((resolve) => {
      const socket = connect(target, () => (socket.destroy(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await sleep(50);
  }
  throw new Error(`${what} did not listen within ${ms} ms:\n${tail(log)}`);
}

/** Sends SIGTERM to a child by its pid and waits for it to exit (SIGKILL after `ms`). */
async function stopChild(child, ms = 15000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(child.pid, 'SIGTERM');
  const timer = setTimeout(() => {
    try {
      process.kill(child.pid, 'SIGKILL');
    } catch {}
  }, ms);
  await exited;
  clearTimeout(timer);
}

/** Runs php with JSON on standard input; returns the JSON the script wrote to its result file. */
function php(script, args, input, env, where) {
  const out = join(where, `result-${randomBytes(4).toString('hex')}.json`);
  const result = spawnSync('php', [script, ...args, out], { input: JSON.stringify(input), encoding: 'utf8', env, maxBuffer: 1 << 26 });
  if (result.status !== 0 || !existsSync(out)) {
    throw new Error(`php ${basename(script)} ${args.slice(1).map((arg) => basename(arg)).join(' ')} failed (exit ${result.status ?? result.signal}):\n${(result.stderr + result.stdout).trim().slice(-3000)}\nWordPress's debug log, deprecations left out:\n${debugTail(join(where, 'debug.log'))}`);
  }
  const json = readFileSync(out, 'utf8');
  rmSync(out);
  return JSON.parse(json);
}

const quote = (value) => `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function wpConfig({ db, url, folder }) {
  const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
  return `<?php
// Written by tests/wordpress/site.mjs for one test run.
define('DB_NAME', ${quote(db.name)});
define('DB_USER', ${quote(db.user)});
define('DB_PASSWORD', ${quote(db.password)});
define('DB_HOST', ${quote(`localhost:${db.socket}`)});
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
${salts.map((name) => `define('${name}', '${randomBytes(24).toString('hex')}');`).join('\n')}
$table_prefix = 'wp_';
define('WP_HOME', ${quote(url)});
define('WP_SITEURL', ${quote(url)});
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', ${quote(join(folder, 'debug.log'))});
@ini_set('display_errors', '0');
define('DISALLOW_FILE_MODS', false);
define('DISALLOW_FILE_EDIT', false);
define('FS_METHOD', 'direct');
define('DISABLE_WP_CRON', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WORDPRESS_TEST_OUTGOING', ${quote(join(folder, 'outgoing-http.log'))});
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`;
}

/** A tiny cookie jar: what Set-Cookie headers give, sent back on the next requests. */
class Jar {
  cookies = new Map();
  take(response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';').map((part) => part.trim());
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      const attribute = (key) => attributes.find((part) => part.toLowerCase().startsWith(`${key}=`))?.slice(key.length + 1);
      const expires = attribute('expires');
      const maxAge = attribute('max-age');
      const gone = (maxAge !== undefined && Number(maxAge) <= 0) || (expires !== undefined && Date.parse(expires) < Date.now());
      const path = attribute('path') ?? '/';
      if (gone) this.cookies.delete(`${name} ${path}`);
      else this.cookies.set(`${name} ${path}`, { name, value, path, httpOnly: attributes.some((part) => part.toLowerCase() === 'httponly') });
    }
  }
  header(pathname) {
    return [...this.cookies.values()].filter(({ path }) => pathname.startsWith(path.replace(/\/$/, '')) ).map(({ name, value }) => `${name}=${value}`).join('; ');
  }
}

/** fetch() against the site with a jar: redirects not followed (a test sees them), cookies kept. */
function client(base, jar) {
  const fetchWith = async (path, init = {}) => {
    const url = new URL(path, base);
    const headers = new Headers(init.headers);
    const cookie = jar?.header(url.pathname);
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(url, { redirect: 'manual', ...init, headers });
    jar?.take(response);
    return response;
  };
  const get = async (path, init) => {
    const response = await fetchWith(path, init);
    return { status: response.status, headers: response.headers, text: await response.text(), url: new URL(path, base).href };
  };
  return { fetch: fetchWith, get };
}

/**
 * Starts a WordPress (`options` as startWordPress's) and runs `setup(site)` in it (installing the
 * plugin, making content): `{ site, ...what setup returns }`. If the setup fails, the site is
 * stopped before the error is thrown, so that no server outlives a test file that could not start.
 */
export async function startWordPressWith(setup, options = {}) {
  const site = await startWordPress(options);
  try {
    return { site, ...(await setup(site)) };
  } catch (error) {
    await site.stop();
    throw error;
  }
}

/**
 * Starts a WordPress: see the top of this file. Options: `title`, `permalinks` ('/%postname%/';
 * '' for ?p=123), `users` (more users by key: { login, password, email, role }).
 */
export async function startWordPress(options = {}) {
  const which = options.wordpress ?? 'debian';
  const release = WORDPRESS_VERSIONS[which];
  if (!release) throw new Error(`startWordPress({ wordpress: ${JSON.stringify(which)} }): no such WordPress; ${Object.keys(WORDPRESS_VERSIONS).join(', ')}`);
  const missing = missingForWordPress(which);
  if (missing.length > 0) {
    const packages = which === 'debian' ? WORDPRESS_PACKAGES : WORDPRESS_PACKAGES.slice(2);
    throw new Error(`The WordPress tests need Debian's ${missing.join(', ')}: run \`apt-get install ${packages.join(' ')}\` as root (npm test does it when run as root).`);
  }
  const fetchStarted = Date.now();
  const source = wordpressTree(which);
  const fetched = Date.now() - fetchStarted;
  const started = Date.now();
  // `fetch`: the time taken to fetch and put together a release from the npm registry or Debian 13 (0 once it is there).
  const timings = { fetch: fetched };
  const mark = (step) => (timings[step] = Date.now() - started);
  const folder = mkdtempSync(join(tmpdir(), 'hotline-wp-'));
  const logs = { mariadb: join(folder, 'mariadb.log'), php: join(folder, 'php-server.log'), debug: join(folder, 'debug.log'), outgoing: join(folder, 'outgoing-http.log') };
  const lines = (path) => (existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean) : []);
  const children = [];
  const killAll = () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) try { process.kill(child.pid, 'SIGKILL'); } catch {}
  };
  // If the tests end without stop() (a crash, Ctrl-C, the runner's SIGTERM), the children go too, by pid.
  const interrupted = (signal) => {
    killAll();
    if (process.env.WORDPRESS_KEEP !== '1') rmSync(folder, { recursive: true, force: true });
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, interrupted);
  const root = process.getuid?.() === 0;

  const stop = async () => {
    await stopChild(children[1]);
    await stopChild(children[0]);
    process.off('exit', killAll);
    for (const signal of ['SIGINT', 'SIGTERM']) process.off(signal, interrupted);
    if (process.env.WORDPRESS_KEEP !== '1') rmSync(folder, { recursive: true, force: true });
  };

  try {
    // 2. MariaDB on a socket of its own.
    const datadir = join(folder, 'mariadb');
    const socket = join(folder, 'mariadb.sock');
    const install = spawnSync('mariadb-install-db', ['--no-defaults', `--datadir=${datadir}`, '--auth-root-authentication-method=normal', '--skip-test-db', '--skip-name-resolve', ...(root ? ['--user=root'] : [])], { encoding: 'utf8' });
    if (install.status !== 0) throw new Error(`mariadb-install-db failed (exit ${install.status}):\n${install.stdout}${install.stderr}`);
    mark('mariadb-install-db');
    const dbLog = openSync(logs.mariadb, 'a');
    const mariadbd = spawn(findMariadbd(), [
      '--no-defaults',
      `--datadir=${datadir}`,
      `--socket=${socket}`,
      `--pid-file=${join(folder, 'mariadb.pid')}`,
      `--log-error=${logs.mariadb}`,
      `--tmpdir=${folder}`,
      '--skip-networking',
      '--skip-name-resolve',
      '--innodb-buffer-pool-size=32M',
      '--innodb-flush-log-at-trx-commit=0',
      ...(root ? ['--user=root'] : []),
    ], { stdio: ['ignore', dbLog, dbLog] });
    closeSync(dbLog);
    children.push(mariadbd);
    await whenListening(socket, mariadbd, 'mariadbd', logs.mariadb);
    const db = { name: 'wordpress', user: 'wordpress', password: randomBytes(12).toString('hex'), socket };
    execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-u', 'root', '-e',
      `CREATE DATABASE ${db.name} CHARACTER SET utf8mb4; CREATE USER '${db.user}'@'localhost' IDENTIFIED BY '${db.password}'; GRANT ALL ON ${db.name}.* TO '${db.user}'@'localhost';`]);
    mark('mariadbd');

    // 3. A copy of Debian's WordPress with our wp-config.php, installed with php-cli.
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const docroot = join(folder, 'wordpress');
    const leftOut = new Set(['wp-config.php', '.htaccess', '.hotline-source.json', 'wp-content/languages', 'wp-content/plugins/akismet'].map((path) => join(source, path)));
    cpSync(source, docroot, { recursive: true, dereference: true, filter: (path) => !leftOut.has(path) });
    writeFileSync(join(docroot, 'wp-config.php'), wpConfig({ db, url, folder }));
    mkdirSync(join(docroot, 'wp-content/mu-plugins'));
    copyFileSync(join(HERE, 'php/mu-harness.php'), join(docroot, 'wp-content/mu-plugins/test-harness.php'));
    mark('copy');
    const users = {
      admin: { login: 'admin', password: 'admin-password-1', email: 'admin@example.org', role: 'administrator' },
      author: { login: 'author', password: 'author-password-1', email: 'author@example.org', role: 'author' },
      ...options.users,
    };
    const env = { ...process.env, WORDPRESS_TEST_URL: url };
    const installed = php(join(HERE, 'php/install.php'), [docroot], { url, title: options.title ?? 'Hotline test site', users, permalinks: options.permalinks ?? '/%postname%/' }, env, folder);
    for (const [key, id] of Object.entries(installed.users)) users[key].id = id;
    if (installed.version !== release.version && !installed.version.startsWith(`${release.version}.`)) throw new Error(`the WordPress in ${source} says it is ${installed.version}, not ${release.version}`);
    mark('wp_install');

    // 4. PHP's built-in server.
    const phpLog = openSync(logs.php, 'a');
    const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', docroot, join(HERE, 'php/router.php')], { cwd: docroot, stdio: ['ignore', phpLog, phpLog], env });
    closeSync(phpLog);
    children.push(server);
    await whenListening({ host: '127.0.0.1', port }, server, 'php -S', logs.php);
    mark('php -S');

    const visitor = client(url, null);
    const sessions = new Map();

    /** Logs `key` (admin, author, ...) in through wp-login.php; the session's cookies and a fetch that sends them. */
    const login = async (key) => {
      if (sessions.has(key)) return sessions.get(key);
      const user = users[key];
      if (!user) throw new Error(`no user "${key}" (${Object.keys(users).join(', ')})`);
      const jar = new Jar();
      const session = client(url, jar);
      await session.get('/wp-login.php');
      const response = await session.fetch('/wp-login.php', {
        method: 'POST',
        body: new URLSearchParams({ log: user.login, pwd: user.password, 'wp-submit': 'Log In', redirect_to: `${url}/wp-admin/`, testcookie: '1' }),
      });
      const body = await response.text();
      if (response.status !== 302 || ![...jar.cookies.values()].some(({ name }) => name.startsWith('wordpress_logged_in_'))) {
        throw new Error(`logging in as ${user.login} failed (HTTP ${response.status}): ${body.match(/<div id="login_error"[^]*?<\/div>/)?.[0].replace(/<[^>]+>/g, ' ').trim() ?? body.slice(0, 300)}`);
      }
      const logged = { user, ...session, get cookies() { return [...jar.cookies.values()].map((cookie) => ({ ...cookie, domain: '127.0.0.1' })); } };
      sessions.set(key, logged);
      return logged;
    };

    /** Uploads a plugin's zip through wp-admin as the administrator and activates it; returns its plugin file ('folder/file.php'). */
    const installPlugin = async (zipPath) => {
      const admin = await login('admin');
      const form = await admin.get('/wp-admin/plugin-install.php?tab=upload');
      const nonce = form.text.match(/id="_wpnonce" name="_wpnonce" value="([^"]+)"/)?.[1];
      if (form.status !== 200 || !nonce) throw new Error(`wp-admin/plugin-install.php?tab=upload: HTTP ${form.status}, no upload form`);
      const body = new FormData();
      body.set('_wpnonce', nonce);
      body.set('_wp_http_referer', '/wp-admin/plugin-install.php?tab=upload');
      body.set('pluginzip', new Blob([readFileSync(zipPath)], { type: 'application/zip' }), basename(zipPath));
      body.set('install-plugin-submit', 'Install Now');
      const upload = await admin.fetch('/wp-admin/update.php?action=upload-plugin', { method: 'POST', body });
      const html = await upload.text();
      const activate = html.match(/href="([^"]*plugins\.php\?action=activate[^"]*)"/)?.[1]?.replace(/&#0?38;|&amp;/g, '&');
      if (upload.status !== 200 || !activate) {
        const said = html.match(/<div class="wrap">([^]*?)<\/div>\s*<\/div>/)?.[1] ?? html;
        const text = said.replace(/<[^>]+>/g, ' ').replace(/&#8230;/g, '...').replace(/\s+/g, ' ').trim();
        throw new Error(`uploading ${basename(zipPath)} did not install it (HTTP ${upload.status}): ${text.slice(0, 600)}`);
      }
      const activated = await admin.fetch(new URL(activate, `${url}/wp-admin/`).href);
      await activated.text();
      const location = activated.headers.get('location') ?? '';
      if (activated.status !== 302 || !location.includes('activate=true')) {
        throw new Error(`activating the plugin from ${basename(zipPath)} failed: HTTP ${activated.status}, to ${location || '(nowhere)'}; debug log, deprecations left out:\n${debugTail(logs.debug)}`);
      }
      return new URL(activate, url).searchParams.get('plugin');
    };

    /** Runs `fixture` (a PHP file returning a value) inside WordPress with `$args`; resolves to its value. */
    const run = async (fixture, args = {}) => php(join(HERE, 'php/run.php'), [docroot, fixture], args, env, folder);

    mark('ready');
    return {
      url,
      port,
      folder,
      docroot,
      logs,
      users,
      /** The key of WORDPRESS_VERSIONS it was started from, and what WordPress says its version is. */
      wordpress: which,
      version: installed.version,
      theme: installed.theme,
      timings,
      pids: { mariadbd: mariadbd.pid, php: server.pid },
      fetch: visitor.fetch,
      get: visitor.get,
      login,
      installPlugin,
      run,
      /** WordPress's debug log (PHP's notices, warnings, deprecations, errors; WordPress's own deprecations on PHP 8.2, dozens in 6.1, among them), one entry a line. */
      debugLog: () => lines(logs.debug),
      /** The URLs of the HTTP requests PHP tried to make to other hosts (answered 503 by php/mu-harness.php); WordPress's own update checks to api.wordpress.org, made on admin pages, are among them. */
      outgoing: () => lines(logs.outgoing),
      stop,
    };
  } catch (error) {
    await stop().catch(() => {});
    throw error;
  }
}

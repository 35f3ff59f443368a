// The WordPress harness (tests/wordpress/site.mjs) proved with a throwaway plugin of its own
// (tests/wordpress/fixtures/probe/): a real WordPress from Debian's packages on MariaDB and PHP's
// built-in server, the plugin uploaded as a zip through wp-admin and activated, posts made with
// WordPress's API, their pages fetched over HTTP and opened in Chromium, administrator and author
// logged in through wp-login.php, and nothing left running afterwards. A missing package fails
// these tests with what to install; it never skips them.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT, startWordPress, missingForWordPress, wordpressSource, wordpressTree, WORDPRESS_CACHE, WORDPRESS_PACKAGES, WORDPRESS_VERSIONS } from '../wordpress/site.mjs';
import { zipFolder } from '../wordpress/zip.mjs';
import { launchChromium, visit } from '../wordpress/chromium.mjs';
const root = new URL('../..', import.meta.url).pathname;

const TAG = 'human trafficking';
const started = Date.now();
const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code !== 'ESRCH';
  }
};

test('the Debian packages for WordPress are installed', () => {
  assert.deepEqual(missingForWordPress(), [], `npm test installs them as root; otherwise: apt-get install ${WORDPRESS_PACKAGES.join(' ')}`);
});

// Started once for the file; a failure to start fails every test below with its reason.
const starting = startWordPress();
starting.catch(() => {});
const scratch = mkdtempSync(join(tmpdir(), 'hotline-wp-zip-'));
let stopped = false;
after(async () => {
  rmSync(scratch, { recursive: true, force: true });
  if (!stopped) await (await starting.catch(() => null))?.stop();
});

test('WordPress runs on 127.0.0.1 with its own MariaDB and PHP server', async () => {
  const site = await starting;
  assert.match(site.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.match(site.version, /^\d+\.\d+/);
  assert.equal(site.theme, 'twentytwentythree');
  assert.ok(alive(site.pids.mariadbd) && alive(site.pids.php), 'mariadbd and php -S are running');
  const home = await site.get('/');
  assert.equal(home.status, 200);
  assert.match(home.text, /Hotline test site/);
  console.log(`# WordPress ${site.version} (${site.theme}) at ${site.url}, ready in ${site.timings.ready} ms: ${JSON.stringify(site.timings)}`);
});

test("the plugin's zip uploads through wp-admin and activates", async () => {
  const site = await starting;
  const zip = join(scratch, 'probe.zip');
  assert.deepEqual(zipFolder(join(root, 'tests/wordpress/fixtures/probe'), zip, 'probe'), ['probe/probe.js', 'probe/probe.php']);
  assert.equal(await site.installPlugin(zip), 'probe/probe.php');
  const active = await site.run(join(root, 'tests/wordpress/fixtures/active-plugins.php'));
  assert.deepEqual(active, { active: ['probe/probe.php'], files: ['probe/probe.js', 'probe/probe.php'] });
});

let posts;
test('posts made with WordPress API: the tagged one has the probe, the other not', async () => {
  const site = await starting;
  const made = await site.run(CONTENT, {
    options: { probe_greeting: 'hello from the fixture' },
    categories: ['News'],
    posts: [
      { title: 'Tagged post', tags: [TAG, 'labour'], categories: ['News'], meta: { probe_meta: 'kept' }, author: 'author' },
      { title: 'Untagged post' },
    ],
  });
  posts = made.posts;
  assert.equal(posts.length, 2);
  assert.deepEqual(posts[0].tags.sort(), [TAG, 'labour']);
  assert.deepEqual(posts[0].categories, ['News']);
  assert.deepEqual(posts[1].tags, []);
  assert.ok(made.tags[TAG] > 0 && made.categories.News > 0);
  const meta = await site.run(join(root, 'tests/wordpress/fixtures/post-meta.php'), { id: posts[0].id, key: 'probe_meta' });
  assert.equal(meta, 'kept');

  for (const post of posts) assert.ok(post.permalink.startsWith(`${site.url}/`), post.permalink);
  const tagged = await site.get(posts[0].permalink);
  assert.equal(tagged.status, 200);
  assert.match(tagged.text, /<p id="probe">probe<\/p>/);
  assert.match(tagged.text, /<script[^>]+src=['"][^'"]*\/wp-content\/plugins\/probe\/probe\.js/);
  const untagged = await site.get(posts[1].permalink);
  assert.equal(untagged.status, 200);
  assert.match(untagged.text, /Untagged post/);
  assert.doesNotMatch(untagged.text, /id="probe"/);
  // The harness: plain permalinks work too.
  const plain = await site.get(`/?p=${posts[0].id}`);
  assert.ok([200, 301].includes(plain.status), `?p=: HTTP ${plain.status}`);
});

test('the administrator and the author log in through wp-login.php', async () => {
  const site = await starting;
  const admin = await site.login('admin');
  const author = await site.login('author');
  assert.ok(admin.cookies.some(({ name }) => name.startsWith('wordpress_logged_in_')));
  const settings = await admin.get('/wp-admin/options-general.php?page=probe');
  assert.equal(settings.status, 200);
  assert.match(settings.text, /<p id="probe-settings">hello from the fixture<\/p>/);
  const denied = await author.get('/wp-admin/options-general.php?page=probe');
  assert.equal(denied.status, 403, 'an author has no manage_options');
  const dashboard = await author.get('/wp-admin/');
  assert.equal(dashboard.status, 200);
  assert.match(dashboard.text, /Howdy, <span class="display-name">author<\/span>/);
  const visitor = await site.get('/wp-admin/options-general.php?page=probe');
  assert.equal(visitor.status, 302, 'a visitor is sent to wp-login.php');
  assert.match(visitor.headers.get('location'), /wp-login\.php/);
});

test('in Chromium: the probe and its script, every request to the site', async () => {
  const site = await starting;
  const browser = await launchChromium();
  const chromium = browser.process().pid;
  try {
    const tagged = await visit(browser, posts[0].permalink);
    assert.equal(tagged.status, 200);
    assert.equal(await tagged.page.$eval('#probe', (element) => element.textContent), 'probe (script ran)');
    const untagged = await visit(browser, posts[1].permalink);
    assert.deepEqual(await untagged.page.evaluate(() => [document.documentElement.dataset.probeScript, document.getElementById('probe')]), ['ran', null]);
    const settings = await visit(browser, `${site.url}/wp-admin/options-general.php?page=probe`, await site.login('admin'));
    assert.equal(await settings.page.$eval('#probe-settings', (element) => element.textContent), 'hello from the fixture');
    const requests = [...tagged.requests, ...untagged.requests, ...settings.requests];
    assert.ok(requests.some((url) => url.includes('/wp-content/plugins/probe/probe.js')), 'the plugin script was loaded');
    const elsewhere = requests.filter((url) => !url.startsWith(`${site.url}/`) && !url.startsWith('data:'));
    assert.deepEqual(elsewhere, [], 'every request went to the test site');
  } finally {
    await browser.close();
  }
  assert.equal(alive(chromium), false, 'Chromium has exited');
});

test('WordPress 6.3 and 6.5 from the npm registry: each put together once in node_modules/.cache/wordpress, whole, without Playground\'s database and config', () => {
  for (const key of ['6.3', '6.5']) {
    const release = WORDPRESS_VERSIONS[key];
    const started = Date.now();
    const tree = wordpressTree(key);
    assert.equal(tree, join(WORDPRESS_CACHE, release.version));
    assert.match(readFileSync(join(tree, 'wp-includes/version.php'), 'utf8'), new RegExp(`\\$wp_version\\s*=\\s*'${release.version.replace(/\./g, '\\.')}'`));
    for (const path of ['wp-load.php', 'wp-settings.php', 'wp-admin/install.php', `wp-content/themes/${release.theme}/style.css`, 'wp-includes/js/jquery/jquery.min.js', 'wp-admin/css/common.min.css', 'wp-includes/images/w-logo-blue-white-bg.png']) {
      assert.ok(existsSync(join(tree, path)), `${release.version} has ${path}`);
    }
    for (const path of ['wp-config.php', 'wp-content/database', 'wp-content/db.php', 'wp-content/mu-plugins']) assert.equal(existsSync(join(tree, path)), false, `${release.version} has no ${path}`);
    assert.equal(JSON.parse(readFileSync(join(tree, '.hotline-source.json'), 'utf8')).integrity, release.npm.integrity);
    // A second call takes what is there.
    const again = Date.now();
    assert.equal(wordpressTree(key), tree);
    assert.ok(Date.now() - again < 1000, 'reused, not fetched again');
    console.log(`# WordPress ${release.version}: there in ${again - started} ms`);
  }
  assert.equal(wordpressTree('debian'), '/usr/share/wordpress');
  assert.throws(() => wordpressTree('5.9'), /no WordPress "5\.9"/);
});

test("WordPress 6.8 from Debian 13's packages: fetched with apt and checked once, unpacked in node_modules/.cache/wordpress with the packages its links point into, reused", () => {
  const release = WORDPRESS_VERSIONS['6.8'];
  const started = Date.now();
  const tree = wordpressTree('6.8');
  const took = Date.now() - started;
  assert.equal(tree, join(WORDPRESS_CACHE, release.apt.folder, 'usr/share/wordpress'));
  const source = wordpressSource('6.8');
  assert.match(source.wordpress, /^6\.8(\.\d+)?$/);
  assert.match(readFileSync(join(tree, 'wp-includes/version.php'), 'utf8'), new RegExp(`\\$wp_version\\s*=\\s*'${source.wordpress.replace(/\./g, '\\.')}'`));
  assert.deepEqual(source.packages.map(({ name }) => name), release.apt.packages);
  for (const { name, version, sha256 } of source.packages) {
    assert.match(sha256, /^[0-9a-f]{64}$/, `${name}'s SHA256`);
    if (name.startsWith('wordpress')) assert.match(version, /^6\.8[.+]/, `${name} ${version}`);
  }
  // Debian's links to its own lodash, Underscore, Cropper and getID3 resolve to trixie's, beside it.
  for (const path of ['wp-load.php', 'wp-admin/install.php', `wp-content/themes/${release.theme}/style.css`, 'wp-includes/js/dist/vendor/lodash.min.js', 'wp-includes/js/underscore.min.js', 'wp-includes/js/crop/cropper.js', 'wp-includes/ID3/getid3.php', 'wp-includes/js/jquery/jquery.min.js']) {
    assert.ok(existsSync(join(tree, path)), `6.8 has ${path}`);
  }
  assert.ok(realpathSync(join(tree, 'wp-includes/js/dist/vendor/lodash.min.js')).startsWith(realpathSync(join(WORDPRESS_CACHE, release.apt.folder))), 'lodash is the one unpacked beside it');
  const again = Date.now();
  assert.equal(wordpressTree('6.8'), tree);
  assert.ok(Date.now() - again < 1000, 'reused, not fetched again');
  console.log(`# WordPress ${source.wordpress} (Debian's wordpress ${source.packages[0].version}): there in ${took} ms`);
});

test('stop() ends mariadbd and php -S by their pids and leaves nothing behind', async () => {
  const site = await starting;
  const { pids, folder } = site;
  const debug = site.debugLog();
  const mine = debug.filter((line) => line.includes('/wp-content/plugins/probe/'));
  assert.deepEqual(mine, [], "no PHP notice, warning or error from the plugin's files");
  await site.stop();
  stopped = true;
  assert.equal(alive(pids.mariadbd), false, `mariadbd (${pids.mariadbd}) has exited`);
  assert.equal(alive(pids.php), false, `php -S (${pids.php}) has exited`);
  assert.equal(existsSync(folder), false, 'the temporary folder is removed');
  const running = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      } catch {
        return '';
      }
    })
    .filter((command) => command.includes(folder));
  assert.deepEqual(running, [], 'no process runs from the temporary folder');
  console.log(`# the WordPress tests took ${Date.now() - started} ms in all`);
});

// The tests of the real plugin (dist/wordpress/hotline-widget.zip, made by `npm run build:wordpress`)
// in a real WordPress (tests/wordpress/site.mjs: on MariaDB and PHP's built-in server), run once for
// each WordPress by a test file of its own: wordpress-plugin.test.mjs (Debian 12's WordPress 6.1),
// wordpress-plugin-6.3.test.mjs and wordpress-plugin-6.5.test.mjs (WordPress 6.3.5 and 6.5.5, from
// the npm registry), wordpress-plugin-6.8.test.mjs (Debian 13's WordPress 6.8.x, fetched with apt).
// Where the versions differ (how the script tag is written), the tests say what each does. The plugin is uploaded and activated through wp-admin, its settings saved through its
// own settings page with the administrator's cookies and nonce, and its pages opened in Debian's
// Chromium. One WordPress for each file. A PHP notice, warning or error from the plugin's files
// fails the test that caused it. A missing package, a missing zip or a failed download fails these
// tests with what to do; it never skips them.
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT, startWordPressWith, WORDPRESS_VERSIONS } from '../wordpress/site.mjs';
import { attributesOf, decode, formFields, OPTION, saveSettings, settingsForm, settingsNotices as notices } from '../wordpress/forms.mjs';
import { launchChromium } from '../wordpress/chromium.mjs';
import { zipFolder } from '../wordpress/zip.mjs';

const root = new URL('../..', import.meta.url).pathname;
const ZIP = join(root, 'dist/wordpress/hotline-widget.zip');
const SRI = JSON.parse(readFileSync(join(root, 'dist/wordpress/hotline-widget/assets/sri.json'), 'utf8'));
const TAG = 'human trafficking';
const GB_HOTLINE = 'tel:+448000121700';
const fixture = (name) => join(root, 'tests/wordpress/fixtures', name);

/**
 * What the <hotline-banner>s show: the live banner's links (its shadow root's, outside the
 * written-in copy, which the widget keeps there hidden once it is live), whether it is done
 * (Lit's hasUpdated, not aria-busy), whether the copy is still displayed.
 */
const banners = (page) =>
  page.$$eval('hotline-banner', (elements) =>
    elements.map((element) => {
      const root = element.shadowRoot;
      const copy = root?.querySelector('.fallback') ?? null;
      const live = [...(root?.children ?? [])].filter((child) => child !== copy && child.tagName !== 'STYLE');
      return {
        country: element.getAttribute('country'),
        lang: element.getAttribute('lang'),
        updated: element.hasUpdated === true,
        busy: live.some((child) => child.querySelector('[aria-busy="true"]') || child.getAttribute('aria-busy') === 'true'),
        links: live.flatMap((child) => [...child.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))),
        copyShown: copy !== null && getComputedStyle(copy).display !== 'none',
        copyLinks: copy ? [...copy.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')) : [],
        afterContent: Boolean(element.closest('.hotline-widget')?.previousElementSibling),
      };
    }),
  );

/**
 * Sets a story's "Hotline widget" box as the block editor saves its meta boxes: the editor page's
 * meta-box forms, with `placement` ('', 'on', 'off') chosen, POSTed to its meta-box loader URL.
 */
async function setPlacement(session, id, placement) {
  const editor = await session.get(`/wp-admin/post.php?post=${id}&action=edit`);
  assert.equal(editor.status, 200, `the editor of post ${id}: HTTP ${editor.status}`);
  const loader = editor.text.match(/var _wpMetaBoxUrl = ("[^"]*");/)?.[1];
  const base = editor.text.match(/<form class="metabox-base-form">([^]*?)<\/form>/)?.[1];
  const side = editor.text.match(/<form class="metabox-location-side"[^>]*>([^]*?)<\/form>/)?.[1];
  assert.ok(loader && base && side, 'the block editor page has its meta-box forms');
  assert.match(side, /<select id="hotline_widget_placement" name="hotline_widget_placement"[^>]*>/, "the plugin's box is in the editor's sidebar");
  const body = new URLSearchParams();
  for (const [name, value] of [...formFields(base), ...formFields(side)]) if (name !== 'hotline_widget_placement') body.append(name, value);
  body.append('hotline_widget_placement', placement);
  const response = await session.fetch(JSON.parse(loader), { method: 'POST', body });
  const text = await response.text();
  assert.ok([200, 302].includes(response.status), `the meta-box save answered HTTP ${response.status}: ${text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').slice(0, 300)}`);
  return (await session.get(`/wp-admin/post.php?post=${id}&action=edit`)).text.match(/<option value="(on|off|)" selected/)?.[1] ?? '';
}

const hasBanner = async (site, url) => {
  const { status, text } = await site.get(url);
  assert.equal(status, 200);
  return { banner: /<hotline-banner\b/.test(text), script: /id=["']hotline-widget-js["']/.test(text) };
};

const shortcode = (code) => `<!-- wp:shortcode -->\n${code}\n<!-- /wp:shortcode -->`;

/** The settings form's fields as the administrator's browser would post them, `changes` by field name. */
async function formBody(session, changes = {}) {
  const { fields } = await settingsForm(session);
  const body = new URLSearchParams();
  for (const [name, value] of fields) if (!(name in changes)) body.append(name, value);
  for (const [name, value] of Object.entries(changes)) if (value !== null) body.append(name, value);
  body.append('submit', 'Save Changes');
  return body;
}
const pageText = (html) => decode(html.replace(/<script\b[^]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');

/**
 * The URLs of `requests` that are not the site's: data: URLs, and blob: URLs of the site's own
 * origin (WordPress 6.4 and later check emoji support in a Worker made from one), never leave the
 * browser, so they count as the site's.
 */
const offSite = (site, requests) => requests.filter((url) => !url.startsWith(`${site.url}/`) && !url.startsWith('data:') && !url.startsWith(`blob:${site.url}/`));

/** Whether WordPress `version` ('6.5.5') is `wanted` ('6.4') or later. */
const atLeast = (version, wanted) => {
  const [a, b] = version.split('.').map(Number);
  const [c, d] = wanted.split('.').map(Number);
  return a > c || (a === c && b >= d);
};

/** Registers the tests against the WordPress `which` (a key of WORDPRESS_VERSIONS: 'debian', '6.5', '6.8'), as one suite. */
export function wordpressPluginTests(which) {
  const release = WORDPRESS_VERSIONS[which];
  assert.ok(release, `no WordPress "${which}"`);
  const origin = release.npm ? `${release.npm.name}@${release.npm.version}` : release.apt ? `Debian ${release.apt.suite}'s package` : "Debian 12's package";
  describe(`WordPress ${release.version} (${origin})`, () => {
    // Started once for the file; a failure to start fails every test with its reason.
    const starting = (async () => {
      if (!existsSync(ZIP)) throw new Error(`${ZIP} is missing: run \`npm run build && npm run build:wordpress\` first`);
      return startWordPressWith(async (site) => ({ plugin: await site.installPlugin(ZIP) }), { wordpress: which });
    })();
    starting.catch(() => {});
    let browser = null;
    const chromium = async () => (browser ??= await launchChromium());
    after(async () => {
      await browser?.close();
      await (await starting.catch(() => null))?.site.stop();
    });

    /** The debug log's entries that name the plugin's files (a notice, a warning, an error). */
    let seen = 0;
    function pluginLogSince(site) {
      const lines = site.debugLog();
      const fresh = lines.slice(seen);
      seen = lines.length;
      return fresh.filter((line) => line.includes('/plugins/hotline-widget/'));
    }

    /** Opens `url` in Chromium, with every dialog, page error and console message recorded; waits for HotlineWidget.ready where the script is on the page. */
    async function open(url, session) {
      const browser = await chromium();
      const page = await browser.newPage();
      const dialogs = [];
      const errors = [];
      const consoleMessages = [];
      page.on('dialog', async (dialog) => {
        dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        await dialog.dismiss().catch(() => {});
      });
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => consoleMessages.push(`${message.type()}: ${message.text()}`));
      const requests = [];
      page.on('request', (request) => requests.push(request.url()));
      if (session) await page.setCookie(...session.cookies.map(({ name, value, path, httpOnly }) => ({ name, value, path, httpOnly, url: new URL(path, url).href })));
      const response = await page.goto(url, { waitUntil: 'networkidle0' });
      const ready = await page.evaluate(async () => (window.HotlineWidget ? await window.HotlineWidget.ready : null));
      return { page, status: response?.status() ?? 0, ready, dialogs, errors, consoleMessages, requests };
    }

    let posts;
    let tagId;

    test('with country GB, language en and the banner under stories tagged "human trafficking", saved through the settings page: the tagged story shows the live banner after its text, the other none', async () => {
      const { site, plugin } = await starting;
      assert.equal(plugin, 'hotline-widget/hotline-widget.php');
      assert.equal(site.theme, release.theme, "the release's default theme is the one the stories are shown in");
      const made = await site.run(CONTENT, {
        posts: [
          { title: 'A tagged story', content: '<!-- wp:paragraph --><p id="story-text">The story told.</p><!-- /wp:paragraph -->', tags: [TAG] },
          { title: 'An untagged story', tags: ['weather'] },
        ],
      });
      posts = made.posts;
      tagId = made.tags[TAG];
      const admin = await site.login('admin');
      const saved = await saveSettings(admin, { country: 'GB', lang: 'en', components: ['banner', 'quick-exit'], tags: [tagId] });
      assert.deepEqual(notices(saved.text).filter(({ error }) => error), [], 'no setting refused');
      const stored = await site.run(fixture('option.php'), { name: OPTION });
      assert.equal(stored.country, 'GB');
      assert.equal(stored.lang, 'en');
      assert.equal(stored.components, 'banner quick-exit');
      assert.deepEqual(stored.tags, [tagId]);

      // The page as WordPress writes it: the element with its written-in help after the story.
      const html = await site.get(posts[0].permalink);
      assert.equal(html.status, 200);
      const element = html.text.match(/<hotline-banner\b[^>]*>[^]*?<\/hotline-banner>/)?.[0];
      assert.ok(element, 'the tagged story has a <hotline-banner>');
      assert.match(element, /^<hotline-banner country="GB" lang="en"><template shadowrootmode="open">/);
      assert.ok(element.includes(`href="${GB_HOTLINE}"`), 'the written-in help has the line');
      assert.ok(html.text.indexOf('id="story-text"') < html.text.indexOf('<hotline-banner'), 'after the story');
      const scriptTag = html.text.match(/<script\b[^>]*\bid=["']hotline-widget-js["'][^>]*>/)?.[0];
      assert.ok(scriptTag, 'the widget script tag is on the page');
      const attributes = attributesOf(scriptTag);
      assert.equal(attributes.integrity, SRI['hotline-widget.js'], "integrity is sri.json's");
      assert.equal(attributes.crossorigin, 'anonymous');
      assert.equal(scriptTag.match(/\sdefer\b/g)?.length, 1, `deferred, once: ${scriptTag}`);
      assert.equal(new URL(attributes.src).pathname, '/wp-content/plugins/hotline-widget/assets/hotline-widget.js');
      assert.equal(attributes['data-country'], 'GB');
      assert.equal(attributes['data-lang'], 'en');
      assert.equal(attributes['data-components'], 'quick-exit');

      const tagged = await open(posts[0].permalink);
      assert.equal(tagged.status, 200);
      assert.deepEqual(tagged.ready, { country: 'GB', lang: 'en' }, 'HotlineWidget.ready resolved');
      const live = await banners(tagged.page);
      assert.equal(live.length, 1);
      assert.deepEqual([live[0].updated, live[0].busy, live[0].copyShown], [true, false, false], `the widget rendered the banner and hid the written-in copy: ${JSON.stringify(live[0])}`);
      assert.ok(live[0].copyLinks.includes(GB_HOTLINE), 'the written-in copy had the line too');
      assert.ok(live[0].links.includes(GB_HOTLINE), `the live banner links ${GB_HOTLINE}: ${live[0].links.join(' ')}`);
      assert.ok(live[0].afterContent, 'inside the plugin\'s box after the story');
      const order = await tagged.page.evaluate(() => document.getElementById('story-text').compareDocumentPosition(document.querySelector('hotline-banner')) & Node.DOCUMENT_POSITION_FOLLOWING);
      assert.ok(order, 'the banner follows the story in the document');
      const inBrowser = await tagged.page.evaluate(() => ({ api: typeof window.HotlineWidget?.ready?.then, integrity: document.getElementById('hotline-widget-js')?.integrity, quickExit: document.querySelectorAll('hotline-quick-exit').length }));
      assert.deepEqual(inBrowser, { api: 'function', integrity: SRI['hotline-widget.js'], quickExit: 1 });
      assert.deepEqual(tagged.errors, [], 'no script error');

      const untagged = await open(posts[1].permalink);
      assert.equal(untagged.status, 200);
      assert.equal(await untagged.page.$$eval('hotline-banner', (all) => all.length), 0, 'no banner on the untagged story');
      assert.equal(await untagged.page.evaluate(() => Boolean(document.getElementById('hotline-widget-js'))), false, 'nor the script');

      const elsewhere = offSite(site, [...tagged.requests, ...untagged.requests]);
      assert.deepEqual(elsewhere, [], 'every request went to the site');
      assert.ok(tagged.requests.some((url) => url.includes('/wp-content/plugins/hotline-widget/assets/hotline-widget.js')));
      await tagged.page.close();
      await untagged.page.close();
      assert.deepEqual(pluginLogSince(site), [], "no PHP notice from the plugin's files");
    });

    test('a story in a chosen category gets the help too, the checklist after the banner when the checklist is chosen; the home page, which lists the stories, gets none', async () => {
      const { site } = await starting;
      const made = await site.run(CONTENT, {
        posts: [{ title: 'A story filed under modern slavery', content: '<!-- wp:paragraph --><p id="story-text">Another story told.</p><!-- /wp:paragraph -->', categories: ['Modern slavery'] }],
      });
      const admin = await site.login('admin');
      const saved = await saveSettings(admin, { components: ['banner', 'checklist', 'quick-exit'], tags: [tagId], categories: [made.categories['Modern slavery']] });
      assert.deepEqual(notices(saved.text).filter(({ error }) => error), [], 'no setting refused');
      try {
        for (const story of [made.posts[0], posts[0]]) {
          const text = (await site.get(story.permalink)).text;
          const [after, banner, checklist] = ['id="story-text"', '<hotline-banner', '<hotline-signs-checklist'].map((mark) => text.indexOf(mark));
          assert.ok(after >= 0 && after < banner && banner < checklist, `${story.title}: the story, then the banner, then the checklist`);
        }
        const shown = await open(made.posts[0].permalink);
        const live = await shown.page.$eval('hotline-signs-checklist', (element) => ({
          audience: element.getAttribute('audience') ?? 'public',
          checkboxes: element.shadowRoot?.querySelectorAll('input[type="checkbox"]').length ?? 0,
          call: [...(element.shadowRoot?.querySelectorAll('a[href^="tel:"]') ?? [])].map((link) => link.getAttribute('href')),
        }));
        assert.ok(live.checkboxes > 0, `the live checklist has its signs: ${JSON.stringify(live)}`);
        assert.ok(live.call.includes(GB_HOTLINE), 'and the line to call');
        await shown.page.close();
        // The home page lists the stories with their text: no help among them, and no script.
        const home = (await site.get('/')).text;
        assert.ok(home.includes('A story filed under modern slavery') && home.includes('A tagged story'), 'the home page lists both stories');
        assert.deepEqual([home.includes('<hotline-banner'), home.includes('<hotline-signs-checklist'), home.includes('hotline-widget-js')], [false, false, false], 'no banner, checklist or script in the list');
      } finally {
        await saveSettings(admin, { components: ['banner', 'quick-exit'], categories: [] });
      }
      assert.deepEqual(pluginLogSince(site), [], "no PHP notice from the plugin's files");
    });

    /** Installs the CSP probe (tests/wordpress/fixtures/csp-probe) through wp-admin, zipped as a plugin's zip is. */
    const installProbe = async (site) => {
      const scratch = mkdtempSync(join(tmpdir(), 'hotline-wp-probe-'));
      try {
        const zip = join(scratch, 'csp-probe.zip');
        zipFolder(fixture('csp-probe'), zip, 'csp-probe');
        return await site.installPlugin(zip);
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    };

    const scriptTagTest = atLeast(release.version, '6.4')
      ? "the script tag is WordPress's own: defer from the loading strategy, once, and the widget's attributes through wp_script_attributes, where a CSP plugin's nonce stays and lets the widget run under its policy"
      : atLeast(release.version, '6.3')
        ? "the script tag: defer from the loading strategy, once, and the widget's attributes written in by the plugin (script_loader_tag); the nonce of hotline_widget_script_nonce lets the widget run under a CSP"
        : "the script tag: defer, once, and the widget's attributes written in by the plugin (script_loader_tag); the nonce of hotline_widget_script_nonce lets the widget run under a CSP";
    test(scriptTagTest, async () => {
      const { site } = await starting;
      assert.ok(posts, 'the first test made the stories');
      assert.equal(await installProbe(site), 'csp-probe/csp-probe.php');
      /** The tagged story's script tag with the CSP probe's `settings`, and what the probe saw of it being written. */
      const written = async (settings) => {
        await site.run(CONTENT, { options: { csp_probe: settings, csp_probe_seen: '' } });
        const page = await site.get(posts[0].permalink);
        assert.equal(page.status, 200);
        const tag = page.text.match(/<script\b[^>]*\bid=["']hotline-widget-js["'][^>]*>/)?.[0];
        assert.ok(tag, 'the widget script tag is on the page');
        assert.equal(tag.match(/\sdefer\b/g)?.length, 1, `defer, once: ${tag}`);
        assert.equal(page.text.match(/\bid=["']hotline-widget-js["']/g).length, 1, 'one script tag');
        const seen = await site.run(fixture('option.php'), { name: 'csp_probe_seen' });
        return { tag, attributes: attributesOf(tag), seen };
      };
      const ours = { integrity: SRI['hotline-widget.js'], crossorigin: 'anonymous', 'data-components': 'quick-exit', 'data-country': 'GB', 'data-lang': 'en' };
      const pick = (attributes) => Object.fromEntries(Object.keys(ours).map((name) => [name, attributes[name]]));
      const plain = await written({ record: true });
      assert.deepEqual(pick(plain.attributes), ours);
      assert.equal(plain.attributes.nonce, undefined, 'no nonce unless one is given');
      const before = plain.seen.tag.match(/<script\b[^>]*\bid=["']hotline-widget-js["'][^>]*>/)?.[0];
      if (atLeast(release.version, '6.4')) {
        // WordPress wrote the whole tag (wp_get_script_tag()): defer from the strategy, the widget's attributes through wp_script_attributes.
        assert.ok(plain.seen.attributes, 'wp_script_attributes was applied to the widget script');
        assert.equal(plain.seen.attributes.defer, true, 'defer, from the strategy');
        assert.equal(plain.seen.attributes['data-wp-strategy'], 'defer');
        assert.deepEqual(pick(plain.seen.attributes), ours, 'they came through wp_script_attributes');
        assert.equal(before, plain.tag, "as WordPress wrote it: the plugin's script_loader_tag left it alone");
        assert.match(plain.tag, /\sdefer[\s>]/, 'a bare defer, as WordPress writes it');
      } else if (atLeast(release.version, '6.3')) {
        // WordPress 6.3 writes the tag with its src, its id and defer (from the strategy); the plugin writes the rest in, and no second defer.
        assert.equal(plain.seen.attributes, undefined, 'WordPress 6.3 writes enqueued scripts without wp_script_attributes');
        assert.match(before, /\sdefer\s/, `WordPress's own tag has defer: ${before}`);
        assert.doesNotMatch(before, /integrity=|data-components=/, `WordPress's own tag: ${before}`);
        assert.match(plain.tag, /^<script integrity=/, 'the plugin wrote the rest in');
      } else {
        // WordPress 6.1 writes the tag with its src and id only; the plugin writes defer and the rest in.
        assert.equal(plain.seen.attributes, undefined, 'WordPress 6.1 writes enqueued scripts without wp_script_attributes');
        assert.doesNotMatch(before, /\sdefer\b|integrity=|data-components=/, `WordPress's own tag: ${before}`);
        assert.match(plain.tag, /^<script defer="defer" integrity=/, 'the plugin wrote defer and the rest in');
      }

      // The nonce: from the widget's own filter on every version; on 6.4 and later from a CSP
      // plugin's wp_script_attributes too, before or after the widget's filter, kept over the widget filter's.
      assert.equal((await written({ record: true, widget_nonce: 'widget-nonce-1' })).attributes.nonce, 'widget-nonce-1');
      if (atLeast(release.version, '6.4')) {
        for (const priority of [5, 10, 20]) {
          const other = await written({ record: true, nonce: `csp-nonce-${priority}`, priority });
          assert.equal(other.attributes.nonce, `csp-nonce-${priority}`, `a CSP plugin's nonce at priority ${priority} stays`);
          assert.deepEqual(pick(other.attributes), ours, "and the widget's attributes are there");
        }
        assert.equal((await written({ record: true, nonce: 'csp-nonce-5', priority: 5, widget_nonce: 'widget-nonce-1' })).attributes.nonce, 'csp-nonce-5', "the CSP plugin's nonce is kept over the widget filter's");
      }

      // In Chromium, under the policy "script-src 'nonce-…'": the widget runs with the nonce, and is blocked without it.
      const underPolicy = async (settings) => {
        await site.run(CONTENT, { options: { csp_probe: settings } });
        const visited = await open(posts[0].permalink);
        const [live] = await banners(visited.page);
        const result = { ready: visited.ready, live: Boolean(live?.updated && live.links.includes(GB_HOTLINE)), copyShown: live?.copyShown, nonce: await visited.page.evaluate(() => document.getElementById('hotline-widget-js')?.nonce) };
        await visited.page.close();
        return result;
      };
      const running = (nonce) => ({ ready: { country: 'GB', lang: 'en' }, live: true, copyShown: false, nonce });
      assert.deepEqual(await underPolicy({ policy: 'n0nce-widget', widget_nonce: 'n0nce-widget' }), running('n0nce-widget'), 'with hotline_widget_script_nonce');
      if (atLeast(release.version, '6.4')) {
        assert.deepEqual(await underPolicy({ policy: 'n0nce-plugin', nonce: 'n0nce-plugin', priority: 5 }), running('n0nce-plugin'), "with the CSP plugin's nonce");
      }
      assert.deepEqual(await underPolicy({ policy: 'n0nce-none' }), { ready: null, live: false, copyShown: true, nonce: '' }, 'without the nonce the policy blocks the script, and the written-in help stays');

      await site.run(CONTENT, { options: { csp_probe: [], csp_probe_seen: '' } });
      assert.deepEqual(pluginLogSince(site), [], "no PHP notice from the plugin's files");
    });

    test("each story's own box, saved from the block editor, turns the banner off on a tagged story and on on an untagged one", async () => {
      const { site } = await starting;
      assert.ok(posts, 'the first test made the stories');
      const admin = await site.login('admin');
      const [tagged, untagged] = posts;
      assert.deepEqual(await hasBanner(site, tagged.permalink), { banner: true, script: true });
      assert.deepEqual(await hasBanner(site, untagged.permalink), { banner: false, script: false });

      assert.equal(await setPlacement(admin, tagged.id, 'off'), 'off', 'the box shows what was saved');
      assert.equal(await site.run(fixture('post-meta.php'), { id: tagged.id, key: '_hotline_widget_placement' }), 'off');
      assert.equal(await setPlacement(admin, untagged.id, 'on'), 'on');
      assert.equal(await site.run(fixture('post-meta.php'), { id: untagged.id, key: '_hotline_widget_placement' }), 'on');
      assert.deepEqual(await hasBanner(site, tagged.permalink), { banner: false, script: false }, 'off: no banner on the tagged story');
      assert.deepEqual(await hasBanner(site, untagged.permalink), { banner: true, script: true }, 'on: the banner on the untagged story');
      const on = await open(untagged.permalink);
      const [live] = await banners(on.page);
      assert.ok(live?.updated && live.links.includes(GB_HOTLINE), `the live banner on the untagged story: ${JSON.stringify(live)}`);
      await on.page.close();
      // Saving the editor kept the story (its text and tags).
      const after = await site.get(tagged.permalink);
      assert.match(after.text, /id="story-text"/);

      // Back to "as the settings say": the meta goes, the tag decides again.
      assert.equal(await setPlacement(admin, tagged.id, ''), '');
      assert.equal(await site.run(fixture('post-meta.php'), { id: tagged.id, key: '_hotline_widget_placement' }), '');
      assert.equal(await setPlacement(admin, untagged.id, ''), '');
      assert.deepEqual(await hasBanner(site, tagged.permalink), { banner: true, script: true });
      assert.deepEqual(await hasBanner(site, untagged.permalink), { banner: false, script: false });
      assert.deepEqual(pluginLogSince(site), [], "no PHP notice from the plugin's files");
    });

    test('the shortcodes and the blocks render their elements in a story, and the widget brings them to life', async () => {
      const { site } = await starting;
      const made = await site.run(CONTENT, {
        posts: [
          { title: 'Banner shortcode', content: shortcode('[hotline_banner country="KE" lang="sw"]') },
          { title: 'Checklist shortcode', content: shortcode('[hotline_checklist audience="hospitality"]') },
          { title: 'Quick exit shortcode', content: shortcode('[hotline_quick_exit]') },
          { title: 'Banner block', content: '<!-- wp:hotline-widget/banner {"country":"KE"} /-->' },
          { title: 'Checklist block', content: '<!-- wp:hotline-widget/checklist {"audience":"transport"} /-->' },
          { title: 'Refused attribute', content: shortcode('[hotline_banner country="GBR"]') },
        ],
      });
      const [bannerCode, checklistCode, exitCode, bannerBlock, checklistBlock, refused] = made.posts;
      const html = async (post) => (await site.get(post.permalink)).text;
      const opening = (text, tag) => text.match(new RegExp(`<${tag}\\b[^>]*>`, 'g')) ?? [];

      // As WordPress writes them.
      const banner = await html(bannerCode);
      assert.deepEqual(opening(banner, 'hotline-banner'), ['<hotline-banner country="KE" lang="sw">']);
      assert.match(banner, /<hotline-banner country="KE" lang="sw"><template shadowrootmode="open">/, 'with the help written in');
      assert.deepEqual(opening(await html(checklistCode), 'hotline-signs-checklist'), ['<hotline-signs-checklist audience="hospitality" country="GB" lang="en">']);
      const exit = await html(exitCode);
      assert.equal(attributesOf(exit.match(/<script\b[^>]*\bid=["']hotline-widget-js["'][^>]*>/)?.[0] ?? '<script>')['data-components'], 'quick-exit', 'the script mounts the quick exit');
      const block = await html(bannerBlock);
      assert.deepEqual(opening(block, 'hotline-banner'), ['<hotline-banner country="KE" lang="en">']);
      assert.match(block, /<hotline-banner country="KE" lang="en"><template shadowrootmode="open">/);
      assert.deepEqual(opening(await html(checklistBlock), 'hotline-signs-checklist'), ['<hotline-signs-checklist audience="transport" country="GB" lang="en">']);
      assert.deepEqual(opening(await html(refused), 'hotline-banner'), ['<hotline-banner country="GB" lang="en">'], 'country="GBR" is left out: the settings\' GB');

      // In Chromium.
      const requests = [];
      for (const post of [bannerCode, bannerBlock]) {
        const visited = await open(post.permalink);
        requests.push(...visited.requests);
        const [live] = await banners(visited.page);
        assert.equal(live.country, 'KE');
        assert.ok(live.updated && !live.busy && !live.copyShown, `${post.title}: live, the copy hidden: ${JSON.stringify(live)}`);
        assert.ok(live.links.some((href) => href.startsWith('tel:')), `${post.title}: a line to call`);
        assert.deepEqual(live.links, live.copyLinks, `${post.title}: the live banner links what the written-in copy did`);
        assert.equal(await visited.page.evaluate(() => document.querySelector('hotline-banner').shadowRoot.querySelector('section[lang]')?.getAttribute('lang')), post === bannerCode ? 'sw' : 'en');
        assert.deepEqual(visited.errors, []);
        await visited.page.close();
      }
      for (const [post, audience] of [[checklistCode, 'hospitality'], [checklistBlock, 'transport']]) {
        const visited = await open(post.permalink);
        requests.push(...visited.requests);
        const checklist = await visited.page.$eval('hotline-signs-checklist', (element) => ({ updated: element.hasUpdated === true, text: element.shadowRoot?.textContent.replace(/\s+/g, ' ').trim() ?? '' }));
        assert.ok(checklist.updated && checklist.text.length > 100, `${post.title}: the checklist rendered: ${checklist.text.slice(0, 200)}`);
        assert.ok(visited.requests.some((url) => url.includes(`/data/checklist-${audience}`)), `${post.title}: the ${audience} checklist's data was loaded`);
        assert.deepEqual(visited.errors, []);
        await visited.page.close();
      }
      const exitPage = await open(exitCode.permalink);
      requests.push(...exitPage.requests);
      assert.equal(await exitPage.page.$$eval('hotline-quick-exit', (all) => all.length), 1, 'the quick exit is on the page');
      assert.deepEqual(exitPage.errors, []);
      await exitPage.page.close();
      assert.deepEqual(offSite(site, requests), [], 'every request went to the site');
      assert.deepEqual(pluginLogSince(site), [], "no PHP notice from the plugin's files");
    });

    test('the settings page saves a valid value, refuses an invalid one with the widget\'s message, and refuses a POST without a valid nonce or from an author', async () => {
      const { site, plugin } = await starting;
      assert.ok(plugin);
      const admin = await site.login('admin');
      const before = await site.run(fixture('option.php'), { name: OPTION });
      assert.equal(before.country, 'GB');

      // A valid value: saved, and on the page.
      const saved = await saveSettings(admin, { theme: 'dark' });
      assert.deepEqual(notices(saved.text), [{ error: false, text: 'Settings saved.' }]);
      assert.equal((await site.run(fixture('option.php'), { name: OPTION })).theme, 'dark');
      assert.match(saved.text, /<option value="dark" selected>/, 'the form shows the saved value');
      const script = (await site.get(posts[0].permalink)).text.match(/<script\b[^>]*\bid=["']hotline-widget-js["'][^>]*>/)?.[0];
      assert.equal(attributesOf(script)['data-theme'], 'dark', "the script tag carries it");

      // Invalid values: refused with the widget's own message each, the saved value stays.
      const expected = [
        ...(await site.run(fixture('hotline-problems.php'), { settings: { country: 'GBR' } })),
        ...(await site.run(fixture('hotline-problems.php'), { settings: { exitUrl: '/' } })),
      ];
      assert.deepEqual(expected, [
        'data-country="GBR" is not a two-letter country code (ISO 3166-1); showing the international card.',
        'data-exit-url="/" is not a full https: or http: address of another site; the quick exit keeps its destination.',
      ], "the plugin's checker says what the widget says (generated/checks.json)");
      const refused = await saveSettings(admin, { country: 'GBR', exit_url: '/', theme: 'auto' });
      assert.deepEqual(notices(refused.text), expected.map((text) => ({ error: true, text })), 'each message shown once, as an error; no "Settings saved."');
      const after = await site.run(fixture('option.php'), { name: OPTION });
      assert.equal(after.country, 'GB', 'the saved country stays');
      assert.equal(after.exit_url, '', 'the saved exit address stays');
      assert.equal(after.theme, 'auto', 'what was valid in the same form is saved');

      // No nonce, or another's: options.php refuses, nothing changes.
      for (const nonce of [null, 'abcdef0123']) {
        const response = await admin.fetch('/wp-admin/options.php', { method: 'POST', body: await formBody(admin, { _wpnonce: nonce, [`${OPTION}[country]`]: 'FR' }) });
        const text = await response.text();
        assert.equal(response.status, 403, `nonce ${nonce}: HTTP ${response.status}`);
        assert.match(pageText(text), /The link you followed has expired/);
      }
      assert.equal((await site.run(fixture('option.php'), { name: OPTION })).country, 'GB');

      // The author (no manage_options): neither the page nor the POST, even with the administrator's form.
      const author = await site.login('author');
      const page = await author.get('/wp-admin/options-general.php?page=hotline-widget');
      assert.equal(page.status, 403);
      assert.doesNotMatch(page.text, /hotline_widget_settings\[/, 'no field of the form');
      const posted = await author.fetch('/wp-admin/options.php', { method: 'POST', body: await formBody(admin, { [`${OPTION}[country]`]: 'FR' }) });
      const text = await posted.text();
      assert.equal(posted.status, 403);
      assert.match(pageText(text), /Sorry, you are not allowed to manage options for this site/);
      const menu = await author.get('/wp-admin/');
      assert.doesNotMatch(menu.text, /page=hotline-widget/, 'no link to the settings in the author\'s menu');
      assert.equal((await site.run(fixture('option.php'), { name: OPTION })).country, 'GB');
      assert.deepEqual(pluginLogSince(site), [], "no PHP notice from the plugin's files");
    });

    test('a hotline name with markup is never markup: refused in the settings with its message as text, and shown as text by the widget', async () => {
      const { site } = await starting;
      const admin = await site.login('admin');
      const MARKUP = '<img src=x onerror=alert(1)>';
      const withMarkup = JSON.stringify([{ country: 'GB', name: MARKUP, phone: '+44 20 7946 0000' }]);

      // Typed into the settings page in Chromium and saved: the widget refuses markup in a name, and
      // the page says so in its own words, as text.
      const expected = await site.run(fixture('hotline-problems.php'), { settings: { hotlines: withMarkup } });
      assert.equal(expected.length, 1);
      assert.match(expected[0], /contains markup; it is shown as plain text\.$/);
      const form = await open(`${site.url}/wp-admin/options-general.php?page=hotline-widget`, admin);
      await form.page.$eval('#hotline_widget_hotlines', (textarea, value) => (textarea.value = value), withMarkup);
      await Promise.all([form.page.waitForNavigation({ waitUntil: 'networkidle0' }), form.page.click('#submit')]);
      const shown = await form.page.$$eval('.settings-error', (all) => all.map((notice) => ({ text: notice.querySelector('p').textContent.trim(), elements: [...notice.querySelectorAll('*')].map((element) => element.tagName.toLowerCase()) })));
      assert.deepEqual(shown, [{ text: expected[0], elements: ['p', 'strong', 'button', 'span'] }], 'the message, as text: no <img> in the notice');
      assert.deepEqual(form.dialogs, [], 'no alert');
      await form.page.close();
      assert.equal((await site.run(fixture('option.php'), { name: OPTION })).hotlines, '', 'not saved');

      // A name with quotes, an ampersand and escaped markup: saved, and shown exactly as typed.
      const NAME = `Line "A" & 'B' &lt;img src=x onerror=alert(2)&gt;`;
      const saved = await saveSettings(admin, { hotlines: JSON.stringify([{ country: 'GB', name: NAME, phone: '+44 20 7946 0000' }]) });
      assert.deepEqual(notices(saved.text), [{ error: false, text: 'Settings saved.' }]);
      const stored = (await site.run(fixture('option.php'), { name: OPTION })).hotlines;
      assert.doesNotMatch(stored, /[<>&']/, "stored with < > & ' as \\u escapes");
      assert.equal(JSON.parse(stored)[0].name, NAME);

      // And one with markup that reached the option another way (an earlier version, WP-CLI): still text.
      for (const name of [NAME, MARKUP]) {
        if (name === MARKUP) {
          const settings = await site.run(fixture('option.php'), { name: OPTION });
          await site.run(CONTENT, { options: { [OPTION]: { ...settings, hotlines: JSON.stringify([{ country: 'GB', name, phone: '+44 20 7946 0000' }]) } } });
        }
        const html = (await site.get(posts[0].permalink)).text;
        const tag = html.match(/<script\b[^>]*\bid=["']hotline-widget-js["'][^>]*>/)?.[0];
        assert.ok(tag, 'the script tag');
        assert.deepEqual(JSON.parse(attributesOf(tag)['data-hotlines']).map((line) => line.name), [name], 'the data attribute holds the JSON exactly');
        assert.ok(!html.includes(MARKUP), 'the markup is nowhere in the page as markup');
        const visited = await open(posts[0].permalink);
        const banner = await visited.page.$eval('hotline-banner', (element) => {
          const copy = element.shadowRoot.querySelector('.fallback');
          const live = [...element.shadowRoot.children].filter((child) => child !== copy && child.tagName !== 'STYLE');
          return { text: live.map((child) => child.textContent).join(' ').replace(/\s+/g, ' '), images: element.shadowRoot.querySelectorAll('img').length + document.querySelectorAll('img[src="x"]').length };
        });
        assert.ok(banner.text.includes(name), `the live banner shows the name as text: ${banner.text.slice(0, 400)}`);
        assert.equal(banner.images, 0, 'no <img> made of it');
        assert.deepEqual(visited.dialogs, [], 'no alert');
        assert.deepEqual(visited.errors, []);
        await visited.page.close();
      }
      // The settings page shows the stored markup as text in its textarea.
      const page = await admin.get('/wp-admin/options-general.php?page=hotline-widget');
      assert.ok(!page.text.includes(MARKUP));
      assert.equal(JSON.parse(formFields(page.text).find(([name]) => name === `${OPTION}[hotlines]`)[1])[0].name, MARKUP);
      assert.deepEqual(pluginLogSince(site), [], "no PHP notice from the plugin's files");
    });

    test('in the feed, a story with the banner shortcode carries the written-in help (the number) and no script; the help after tagged stories stays out of feeds', async () => {
      const { site } = await starting;
      const [post] = (await site.run(CONTENT, { posts: [{ title: 'Feed story', content: shortcode('[hotline_banner country="GB" lang="en"]') }] })).posts;
      const feed = await site.get('/feed/');
      assert.equal(feed.status, 200);
      assert.match(feed.headers.get('content-type'), /xml/);
      const items = [...feed.text.matchAll(/<item>([^]*?)<\/item>/g)].map(([, item]) => ({
        title: decode(item.match(/<title>([^]*?)<\/title>/)?.[1] ?? ''),
        content: item.match(/<content:encoded><!\[CDATA\[([^]*?)\]\]><\/content:encoded>/)?.[1] ?? '',
      }));
      const story = items.find(({ title }) => title === post.title);
      assert.ok(story, `the story is in the feed: ${items.map(({ title }) => title).join(', ')}`);
      assert.match(story.content, /<hotline-banner country="GB" lang="en">/);
      assert.ok(story.content.includes(`href="${GB_HOTLINE}"`), 'the number to call is written in');
      assert.ok(story.content.includes('08000 121 700'), 'as text too');
      assert.doesNotMatch(feed.text, /<script/i, 'no script anywhere in the feed');
      const tagged = items.find(({ title }) => title === posts[0].title);
      assert.ok(tagged, 'the tagged story is in the feed');
      assert.doesNotMatch(tagged.content, /hotline-banner|hotline-widget/, 'the help after tagged stories is for their own page only');
      assert.deepEqual(pluginLogSince(site), [], "no PHP notice from the plugin's files");
    });

    test("over the whole file: PHP asked no other host for anything but WordPress's own update checks, and the debug log has nothing from the plugin", async () => {
      const { site } = await starting;
      const outgoing = site.outgoing();
      assert.deepEqual(outgoing.filter((line) => !/\/\/(api|downloads)\.wordpress\.org\//.test(line)), [], 'no request of the plugin to another host');
      assert.deepEqual(site.debugLog().filter((line) => line.includes('/plugins/hotline-widget/')), []);
      console.log(`WordPress ${site.version} ready in ${site.timings.ready} ms${site.timings.fetch > 0 ? ` (fetched first in ${site.timings.fetch} ms)` : ''}; ${outgoing.length} update checks of WordPress's own answered 503`);
    });
  });
}

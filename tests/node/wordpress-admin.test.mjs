// The WordPress plugin's parts that a site's people meet in wp-admin and on every page, in a real
// WordPress (tests/wordpress/site.mjs: Debian's WordPress 6.1 on MariaDB and PHP's built-in server)
// with the real plugin (dist/wordpress/hotline-widget.zip, from `npm run build:wordpress`), uploaded
// and activated through wp-admin: the first-run notice, the quick exit on every page or only with
// the help, a Content-Security-Policy with nonces, the site's own lines, the site's and the
// administrator's languages, and deleting the plugin, through wp-admin, last. Pages are opened in
// Debian's Chromium, one browser context per person. One WordPress for the whole file; a PHP
// notice, warning or error from the plugin's files fails the test that caused it. A missing package
// or zip fails these tests with what to do; it never skips them.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT, startWordPressWith } from '../wordpress/site.mjs';
import { launchChromium } from '../wordpress/chromium.mjs';
import { OPTION, attributesOf, decode, saveSettings, settingsNotices } from '../wordpress/forms.mjs';

const root = new URL('../..', import.meta.url).pathname;
const ZIP = join(root, 'dist/wordpress/hotline-widget.zip');
const POT = join(root, 'dist/wordpress/hotline-widget/languages/hotline-widget.pot');
const NOTICE_OPTION = 'hotline_widget_welcome_seen';
const META = '_hotline_widget_placement';
const TAG = 'human trafficking';
const GB_HOTLINE = 'tel:+448000121700';
const fixture = (name) => join(root, 'tests/wordpress/fixtures', name);
const messagesOf = (lang) => JSON.parse(readFileSync(join(root, 'dist/data', `messages-${lang}.json`), 'utf8'));
const WORDPRESS_LANGUAGES = '/usr/share/wordpress/wp-content/languages';
const SCRIPT_TAG = /<script\b[^>]*\bid=["']hotline-widget-js["'][^>]*>/;

// A second web server on another port, for the quick exit's address: another site, on this machine.
const exitRequests = [];
const exitServer = createServer((request, response) => {
  exitRequests.push({ url: request.url, referer: request.headers.referer ?? null });
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.end('<!doctype html><title>Weather</title><p id="weather">Sunny spells.</p>');
});
const exitListening = new Promise((resolve) => exitServer.listen(0, '127.0.0.1', resolve));

// Started once for the file; a failure to start fails every test with its reason.
const starting = (async () => {
  if (!existsSync(ZIP)) throw new Error(`${ZIP} is missing: run \`npm run build && npm run build:wordpress\` first`);
  return startWordPressWith(async (site) => {
    const plugin = await site.installPlugin(ZIP);
    // A must-use plugin with the site's Content-Security-Policy, off until a test switches it on.
    copyFileSync(fixture('csp-nonce.php'), join(site.docroot, 'wp-content/mu-plugins/csp-nonce.php'));
    return { plugin };
  });
})();
starting.catch(() => {});
let browser = null;
const chromium = async () => (browser ??= await launchChromium());
const scratch = mkdtempSync(join(tmpdir(), 'hotline-wp-admin-'));
after(async () => {
  await browser?.close();
  await (await starting.catch(() => null))?.site.stop();
  await new Promise((resolve) => exitServer.close(resolve));
  rmSync(scratch, { recursive: true, force: true });
});

/** The debug log's entries that name the plugin's files (a notice, a warning, an error), since the last call. */
let seen = 0;
function pluginLogSince(site) {
  const lines = site.debugLog();
  const fresh = lines.slice(seen);
  seen = lines.length;
  return fresh.filter((line) => line.includes('/plugins/hotline-widget/'));
}

const option = (site, name) => site.run(fixture('option.php'), { name });

/** One browser context per person ('visitor', or a site.login() key): their cookies apart. */
const contexts = new Map();
async function contextOf(who) {
  if (!contexts.has(who)) contexts.set(who, (await chromium()).createBrowserContext());
  return contexts.get(who);
}

/**
 * Opens `url` in Chromium as `who` ('visitor' or a user's key) with every dialog (accepted), page
 * error, request and Content-Security-Policy violation recorded; waits for HotlineWidget.ready where
 * the script ran. A violation is { directive, blocked, source, widget }: `widget` when it came from
 * the widget's script or files, or from inside one of its elements.
 */
async function open(site, path, who = 'visitor') {
  const url = new URL(path, site.url).href;
  const context = await contextOf(who);
  const page = await context.newPage();
  const dialogs = [];
  const errors = [];
  const requests = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.accept().catch(() => {});
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => requests.push(request.url()));
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      const path = event.composedPath();
      window.__violations.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: event.sourceFile,
        sample: event.sample,
        inElement: path.some((node) => /^hotline-/.test(node.localName ?? '')),
      });
    }, true);
  });
  if (who !== 'visitor') {
    const session = await site.login(who);
    await page.setCookie(...session.cookies.map(({ name, value, path, httpOnly }) => ({ name, value, path, httpOnly, url: new URL(path, url).href })));
  }
  const response = await page.goto(url, { waitUntil: 'networkidle0' });
  const ready = await page.evaluate(async () => (window.HotlineWidget ? await window.HotlineWidget.ready : null));
  const violations = async () => (await page.evaluate(() => window.__violations)).map((violation) => ({
    ...violation,
    widget: violation.inElement || [violation.blocked, violation.source].some((url) => (url ?? '').includes('/plugins/hotline-widget/')),
  }));
  return { page, status: response?.status() ?? 0, headers: response?.headers() ?? {}, ready, dialogs, errors, requests, violations };
}

/** The admin notices a person sees on a wp-admin page (WordPress's and plugins'), with their links. */
const adminNotices = (page) =>
  page.$$eval('#wpbody-content div.notice, #wpbody-content div.updated, #wpbody-content div.error', (all) =>
    all.map((notice) => ({
      // Its words, without the "Dismiss this notice." of WordPress's dismiss button.
      text: (() => {
        const copy = notice.cloneNode(true);
        for (const button of copy.querySelectorAll('.notice-dismiss')) button.remove();
        return copy.textContent.replace(/\s+/g, ' ').trim();
      })(),
      visible: notice.getClientRects().length > 0 && getComputedStyle(notice).visibility !== 'hidden',
      links: [...notice.querySelectorAll('a[href]')].map((a) => ({ href: a.href, text: a.textContent.trim() })),
    })),
  );
const WELCOME = 'Hotline widget is on. Choose the stories that carry the help, and the country and language: Settings → Hotline widget';
/** Whether a notice is the plugin's: its words, or a link to its settings. */
const fromPlugin = (notice) => /hotline/i.test(notice.text) || notice.links.some(({ href }) => href.includes('hotline-widget'));

let posts;
let tagId;

test('first-run notice: the first wp-admin page an administrator sees says the plugin is on and links its settings, once; the author never sees it nor uses it up; the block editor, which hides notices, does not use it up; opening the settings first stops it', async () => {
  const { site, plugin } = await starting;
  assert.equal(plugin, 'hotline-widget/hotline-widget.php');
  assert.equal(await option(site, NOTICE_OPTION), null, 'not shown yet: the upload and the activation printed no admin page with the plugin on');
  const made = await site.run(CONTENT, { posts: [{ title: 'A tagged story', content: '<!-- wp:paragraph --><p id="story-text">The story told.</p><!-- /wp:paragraph -->', tags: [TAG] }, { title: 'An untagged story', tags: ['weather'] }] });
  posts = made.posts;
  tagId = made.tags[TAG];

  // The author (no manage_options): never a notice, and it stays for the administrator.
  const author = await site.login('author');
  for (const path of ['/wp-admin/', '/wp-admin/profile.php', '/wp-admin/edit.php']) {
    const page = await author.get(path);
    assert.equal(page.status, 200, `${path} as the author`);
    assert.doesNotMatch(page.text, /Hotline widget is on|page=hotline-widget/, `no notice and no link to the settings for the author on ${path}`);
  }
  assert.equal(await option(site, NOTICE_OPTION), null, 'the author did not use it up');

  // The administrator's first page is the block editor: WordPress hides admin notices there
  // (.block-editor-page #wpbody-content > div { display: none }), so it must wait for a page that shows it.
  const seenPages = [];
  const editor = await open(site, '/wp-admin/post-new.php', 'admin');
  assert.equal(editor.status, 200);
  const inEditor = await adminNotices(editor.page);
  seenPages.push({ path: 'post-new.php', notices: inEditor });
  assert.deepEqual(inEditor.filter((notice) => fromPlugin(notice) && notice.visible), [], 'nothing of the plugin visible in the block editor');
  assert.equal(await option(site, NOTICE_OPTION), null, 'a notice hidden by the block editor is not used up');
  await editor.page.close();

  // The dashboard: the notice, with a link that opens the settings page.
  const dashboard = await open(site, '/wp-admin/', 'admin');
  const first = await adminNotices(dashboard.page);
  seenPages.push({ path: 'index.php', notices: first });
  const welcome = first.filter(fromPlugin);
  assert.deepEqual(welcome.map(({ text, visible }) => ({ text, visible })), [{ text: WELCOME, visible: true }], `the notice on the administrator's dashboard: ${JSON.stringify(first)}`);
  assert.deepEqual(welcome[0].links, [{ href: `${site.url}/wp-admin/options-general.php?page=hotline-widget`, text: 'Settings → Hotline widget' }]);
  const link = await dashboard.page.$('#wpbody-content div.notice a[href*="page=hotline-widget"]');
  await Promise.all([dashboard.page.waitForNavigation({ waitUntil: 'networkidle0' }), link.click()]);
  assert.equal(dashboard.page.url(), `${site.url}/wp-admin/options-general.php?page=hotline-widget`);
  assert.equal(await dashboard.page.$eval('#wpbody-content h1', (h1) => h1.textContent.trim()), 'Hotline widget', 'the link opened the settings page');
  assert.equal(await dashboard.page.$$eval('form[action="options.php"] select[name="hotline_widget_settings[country]"]', (all) => all.length), 1, 'with its form');
  seenPages.push({ path: 'options-general.php?page=hotline-widget', notices: await adminNotices(dashboard.page) });
  await dashboard.page.close();
  assert.equal(Number(await option(site, NOTICE_OPTION)), 1, 'marked as shown');

  // The next pages: no notice.
  for (const path of ['/wp-admin/', '/wp-admin/plugins.php', '/wp-admin/edit.php', '/wp-admin/options-general.php?page=hotline-widget']) {
    const again = await open(site, path, 'admin');
    assert.equal(again.status, 200);
    const notices = await adminNotices(again.page);
    seenPages.push({ path, notices });
    assert.deepEqual(notices.filter(fromPlugin), [], `no notice of the plugin on ${path} any more: ${JSON.stringify(notices)}`);
    await again.page.close();
  }

  // As right after activation again (the mark deleted): the settings page opened first stops it.
  assert.equal(await site.run(fixture('delete-option.php'), { name: NOTICE_OPTION }), true);
  const settingsFirst = await open(site, '/wp-admin/options-general.php?page=hotline-widget', 'admin');
  assert.deepEqual((await adminNotices(settingsFirst.page)).filter(fromPlugin), [], 'no notice on the settings page itself');
  await settingsFirst.page.close();
  assert.equal(Number(await option(site, NOTICE_OPTION)), 1, 'opening the settings page marks it as shown');
  const afterSettings = await open(site, '/wp-admin/', 'admin');
  assert.deepEqual((await adminNotices(afterSettings.page)).filter(fromPlugin), [], 'and the dashboard then has none');
  await afterSettings.page.close();

  // No other notice of the plugin's on any page seen: the one notice, once.
  const ofPlugin = seenPages.flatMap(({ path, notices }) => notices.filter(fromPlugin).map(({ text }) => `${path}: ${text}`));
  assert.deepEqual(ofPlugin, [`index.php: ${WELCOME}`], 'the plugin printed one notice in all');
  assert.deepEqual(pluginLogSince(site), [], "no PHP notice from the plugin's files");
});

/** The quick exit on the page as a person sees it: its button's box and address, or null. */
const quickExit = (page) =>
  page.evaluate(() => {
    const element = document.querySelector('hotline-quick-exit');
    const button = element?.shadowRoot?.querySelector('[part="button"]');
    if (!button) return null;
    const box = button.getBoundingClientRect();
    const style = getComputedStyle(button);
    return {
      count: document.querySelectorAll('hotline-quick-exit').length,
      visible: box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
      href: button.getAttribute('href'),
      text: button.textContent.replace(/\s+/g, ' ').trim(),
    };
  });

/** Waits until the tab is at `url` (the exit's `location.replace`), or fails after 10 s. */
async function leftFor(page, url) {
  await page.waitForFunction((to) => location.href === to && document.readyState === 'complete', { timeout: 10000 }, url);
  return page.evaluate(() => ({ url: location.href, weather: document.getElementById('weather')?.textContent ?? null, history: history.length }));
}

test('the quick exit "on every page": an untagged story, a page and the home page carry the button, and a click, Escape twice or Shift three times takes the tab to the exit address of the settings; "only with the help": only the tagged story and a page with [hotline_quick_exit] have it, and other pages load no script', async () => {
  const { site } = await starting;
  assert.ok(posts, 'the first test made the stories');
  await exitListening;
  const EXIT = `http://127.0.0.1:${exitServer.address().port}/forecast?from=quick-exit`;
  const [page, exitPage] = (await site.run(CONTENT, {
    posts: [
      { title: 'About us', type: 'page', content: '<!-- wp:paragraph --><p>Who we are.</p><!-- /wp:paragraph -->' },
      { title: 'Leaving quickly', type: 'page', content: '<!-- wp:shortcode -->\n[hotline_quick_exit]\n<!-- /wp:shortcode -->' },
    ],
  })).posts;
  const admin = await site.login('admin');
  const saved = await saveSettings(admin, { country: 'GB', lang: 'en', components: ['banner', 'quick-exit'], tags: [tagId], quick_exit_scope: 'everywhere', exit_url: EXIT });
  assert.deepEqual(settingsNotices(saved.text), [{ error: false, text: 'Settings saved.' }]);
  const stored = await option(site, OPTION);
  assert.deepEqual([stored.quick_exit_scope, stored.exit_url], ['everywhere', EXIT]);

  // Everywhere: each kind of page has the button, where a person sees it, going to the exit address.
  const untagged = posts[1];
  const everywhere = [[untagged.permalink, 'click'], [page.permalink, 'Escape twice'], [`${site.url}/`, 'Shift three times']];
  for (const [url, how] of everywhere) {
    const html = (await site.get(url)).text;
    const tag = html.match(SCRIPT_TAG)?.[0];
    assert.ok(tag, `${url}: the script is on the page`);
    assert.equal(attributesOf(tag)['data-components'], 'quick-exit', `${url}: the script mounts the quick exit`);
    assert.equal(attributesOf(tag)['data-exit-url'], EXIT);
    const visited = await open(site, url);
    assert.equal(visited.status, 200);
    const button = await quickExit(visited.page);
    assert.deepEqual(button, { count: 1, visible: true, href: EXIT, text: button?.text }, `${url}: one quick exit, visible, to the exit address`);
    assert.match(button.text, /Leave this page/);
    const before = exitRequests.length;
    const asked = [...visited.requests];
    if (how === 'click') {
      const handle = await visited.page.evaluateHandle(() => document.querySelector('hotline-quick-exit').shadowRoot.querySelector('[part="button"]'));
      await handle.click();
    } else if (how === 'Escape twice') {
      await visited.page.keyboard.press('Escape');
      await visited.page.keyboard.press('Escape');
    } else {
      for (let i = 0; i < 3; i++) await visited.page.keyboard.press('Shift');
    }
    const left = await leftFor(visited.page, EXIT);
    assert.deepEqual([left.url, left.weather], [EXIT, 'Sunny spells.'], `${url}: ${how} took the tab to the exit page`);
    assert.deepEqual(exitRequests.slice(before).filter(({ url }) => url !== '/favicon.ico'), [{ url: '/forecast?from=quick-exit', referer: null }], `${url}: the exit page was asked for once, with no Referer`);
    assert.deepEqual(visited.errors, []);
    assert.deepEqual(asked.filter((request) => !request.startsWith(`${site.url}/`) && !request.startsWith('data:')), [], `${url}: before the exit, every request went to the site`);
    await visited.page.close();
  }

  // Only with the help: the tagged story and the page with the shortcode; elsewhere no script at all.
  await saveSettings(admin, { quick_exit_scope: 'help' });
  assert.equal((await option(site, OPTION)).quick_exit_scope, 'help');
  for (const [url, has] of [[posts[0].permalink, true], [exitPage.permalink, true], [untagged.permalink, false], [page.permalink, false], [`${site.url}/`, false]]) {
    const visited = await open(site, url);
    assert.equal(visited.status, 200);
    const button = await quickExit(visited.page);
    const assets = visited.requests.filter((request) => request.includes('/plugins/hotline-widget/'));
    if (has) {
      assert.deepEqual(button && [button.count, button.visible, button.href], [1, true, EXIT], `${url}: the quick exit`);
      await visited.page.keyboard.press('Escape');
      await visited.page.keyboard.press('Escape');
      assert.equal((await leftFor(visited.page, EXIT)).url, EXIT, `${url}: Escape twice leaves`);
    } else {
      assert.equal(button, null, `${url}: no quick exit`);
      assert.equal(await visited.page.evaluate(() => document.querySelectorAll('script[id^="hotline-widget"], hotline-quick-exit, hotline-banner').length), 0, `${url}: no script tag, no element`);
      assert.deepEqual(assets, [], `${url}: nothing of the plugin's loaded`);
      assert.equal(visited.ready, null, `${url}: no widget`);
    }
    await visited.page.close();
  }
  assert.deepEqual(pluginLogSince(site), [], "no PHP notice from the plugin's files");
});

/** The <hotline-banner>s as a person sees them: the live banner's links, or the written-in copy's. */
const banners = (page) =>
  page.$$eval('hotline-banner', (elements) =>
    elements.map((element) => {
      const root = element.shadowRoot;
      const copy = root?.querySelector('.fallback') ?? null;
      const live = [...(root?.children ?? [])].filter((child) => child !== copy && child.tagName !== 'STYLE');
      const shown = (node) => node !== null && node.getClientRects().length > 0 && getComputedStyle(node).visibility !== 'hidden';
      return {
        country: element.getAttribute('country'),
        lang: element.getAttribute('lang'),
        upgraded: customElements.get('hotline-banner') !== undefined && element.hasUpdated === true,
        liveLang: live.map((child) => child.querySelector('section[lang]')?.getAttribute('lang') ?? child.getAttribute('lang')).find(Boolean) ?? null,
        heading: live.map((child) => child.querySelector('h2')?.textContent.trim()).find(Boolean) ?? null,
        links: live.flatMap((child) => [...child.querySelectorAll('a[href]')].filter(shown).map((a) => a.getAttribute('href'))),
        text: live.map((child) => child.textContent).join(' ').replace(/\s+/g, ' ').trim(),
        copyShown: shown(copy),
        copyLinks: copy ? [...copy.querySelectorAll('a[href]')].filter(shown).map((a) => ({ href: a.getAttribute('href'), text: a.textContent.replace(/\s+/g, ' ').trim() })) : [],
        // The copy's own <style>: its rules, or none where the page's policy refused it.
        copyRules: root?.querySelector('style:not([data-lit])')?.sheet?.cssRules.length ?? null,
      };
    }),
  );

test("a Content-Security-Policy with nonces: given the page's nonce by the hotline_widget_script_nonce filter, the widget's script and the written-in help's styles run, and the live banner shows with no violation of the policy from the widget; without the filter the script is refused and the written-in help still shows the number to call, unstyled", async () => {
  const { site } = await starting;
  const admin = await site.login('admin');
  await saveSettings(admin, { country: 'GB', lang: 'en', components: ['banner', 'quick-exit'], tags: [tagId], quick_exit_scope: 'help', exit_url: '' });
  const story = posts[0].permalink;
  const nonceOf = (header) => header?.match(/^script-src 'nonce-([^']+)' 'strict-dynamic'; style-src 'self' 'nonce-\1'$/)?.[1];

  // With the filter: the nonce of this very response on the script tag.
  await site.run(CONTENT, { options: { hotline_test_csp: 'filter' } });
  const [one, two] = [await site.get(story), await site.get(story)];
  const nonce = nonceOf(one.headers.get('content-security-policy'));
  assert.ok(nonce, `the policy is sent: ${one.headers.get('content-security-policy')}`);
  assert.notEqual(nonceOf(two.headers.get('content-security-policy')), nonce, 'a new nonce for each request');
  const tag = one.text.match(SCRIPT_TAG)?.[0];
  assert.equal(attributesOf(tag).nonce, nonce, 'the script tag carries the nonce of its own response');
  assert.equal(attributesOf(two.text.match(SCRIPT_TAG)[0]).nonce, nonceOf(two.headers.get('content-security-policy')));
  assert.ok(one.text.includes(`<hotline-banner country="GB" lang="en"><template shadowrootmode="open"><style nonce="${nonce}">`), "the written-in help's <style> carries the nonce too");

  const withNonce = await open(site, story);
  assert.ok(nonceOf(withNonce.headers['content-security-policy']), 'Chromium got the policy');
  assert.deepEqual(withNonce.ready, { country: 'GB', lang: 'en' }, 'the widget ran');
  const [live] = await banners(withNonce.page);
  assert.ok(live.upgraded && !live.copyShown, `the live banner replaced the written-in copy: ${JSON.stringify(live)}`);
  assert.ok(live.links.includes(GB_HOTLINE), `the live banner links ${GB_HOTLINE}`);
  assert.equal(await withNonce.page.evaluate(() => document.querySelectorAll('hotline-quick-exit').length), 1, 'the quick exit too');
  const violations = await withNonce.violations();
  assert.deepEqual(violations.filter(({ widget }) => widget), [], 'no violation of the policy from the widget or inside its elements');
  assert.ok(violations.length > 0, `the page's own inline scripts and styles (WordPress's, without the nonce) were refused and seen: the listener works`);
  assert.deepEqual(withNonce.errors, []);
  assert.ok(live.copyRules > 0, `the written-in help's <style> was allowed (its rules: ${live.copyRules}), so the copy shows styled until the live banner replaces it`);
  await withNonce.page.close();

  // The same policy without the filter: the script is refused; what is written in the page stays.
  await site.run(CONTENT, { options: { hotline_test_csp: 'header' } });
  const html = await site.get(story);
  assert.ok(nonceOf(html.headers.get('content-security-policy')));
  assert.equal(attributesOf(html.text.match(SCRIPT_TAG)[0]).nonce, undefined, 'no nonce on the tag');
  assert.ok(html.text.includes('<hotline-banner country="GB" lang="en"><template shadowrootmode="open"><style>'), 'nor on the written-in help\'s <style>');
  const without = await open(site, story);
  assert.equal(without.ready, null, 'the widget did not run');
  const blocked = await without.violations();
  assert.ok(blocked.some(({ directive, blocked: url }) => directive === 'script-src-elem' && url.includes('/plugins/hotline-widget/assets/hotline-widget.js')), `the policy refused the widget's script: ${JSON.stringify(blocked)}`);
  const [copy] = await banners(without.page);
  assert.equal(copy.upgraded, false);
  assert.equal(copy.copyRules, null, "the copy's <style> is refused too: the copy shows unstyled (docs/static.md)");
  assert.ok(copy.copyShown, 'the written-in help is shown');
  assert.ok(copy.copyLinks.some(({ href, text }) => href === GB_HOTLINE && text.includes('08000 121 700')), `the number to call, as a link: ${JSON.stringify(copy.copyLinks)}`);
  assert.ok(copy.copyLinks.some(({ href }) => href === 'tel:999'), 'and the emergency number');
  assert.equal(await without.page.evaluate(() => document.querySelectorAll('hotline-quick-exit').length), 0, 'no quick exit without the script');
  await without.page.close();
  await site.run(CONTENT, { options: { hotline_test_csp: '' } });
  assert.deepEqual(pluginLogSince(site), [], "no PHP notice from the plugin's files");
});

test('own lines saved in the settings: with "replace": true the banner for that country shows the own line\'s number as a tel: link and not the built-in one (and nothing built-in is written in); without it, both', async () => {
  const { site } = await starting;
  const admin = await site.login('admin');
  const OWN = 'tel:+442079460000';
  const line = { country: 'GB', name: 'Our own helpline', phone: '+44 20 7946 0000' };
  const story = posts[0].permalink;
  for (const replace of [true, false]) {
    const lines = JSON.stringify([replace ? { ...line, replace: true } : line]);
    const saved = await saveSettings(admin, { country: 'GB', lang: 'en', components: ['banner', 'quick-exit'], tags: [tagId], hotlines: lines });
    assert.deepEqual(settingsNotices(saved.text), [{ error: false, text: 'Settings saved.' }], `replace ${replace}: saved`);
    assert.deepEqual(JSON.parse((await option(site, OPTION)).hotlines), JSON.parse(lines));

    const html = (await site.get(story)).text;
    const element = html.match(/<hotline-banner\b[^>]*>[^]*?<\/hotline-banner>/)?.[0];
    assert.ok(element, 'the banner is on the tagged story');
    assert.deepEqual(JSON.parse(attributesOf(html.match(SCRIPT_TAG)[0])['data-hotlines']), JSON.parse(lines), 'the lines go to the widget as data-hotlines');
    if (replace) assert.equal(element, '<hotline-banner country="GB" lang="en"></hotline-banner>', 'no built-in line written in when the own line replaces them');
    else assert.ok(element.includes(`href="${GB_HOTLINE}"`), 'the built-in line is written in');

    const visited = await open(site, story);
    const [live] = await banners(visited.page);
    assert.ok(live.upgraded && !live.copyShown, `replace ${replace}: the live banner: ${JSON.stringify(live)}`);
    assert.ok(live.links.includes(OWN), `replace ${replace}: the own line's number as a link: ${live.links.join(' ')}`);
    assert.ok(live.text.includes('Our own helpline') && live.text.includes('+44 20 7946 0000'), `replace ${replace}: its name and number as written`);
    assert.equal(live.links.includes(GB_HOTLINE), !replace, `replace ${replace}: the built-in line ${replace ? 'replaced' : 'shown too'}: ${live.links.join(' ')}`);
    if (!replace) assert.ok(live.links.indexOf(OWN) < live.links.indexOf(GB_HOTLINE), 'the own line first');
    assert.ok(live.links.includes('tel:999'), 'the emergency number stays');
    assert.deepEqual(visited.errors, []);
    await visited.page.close();
  }
  await saveSettings(admin, { hotlines: '' });
  assert.equal((await option(site, OPTION)).hotlines, '');
  assert.deepEqual(pluginLogSince(site), [], "no PHP notice from the plugin's files");
});

/**
 * Installs WordPress's own translation of `locale` (Debian's copy: /usr/share/wordpress/wp-content/languages,
 * which site.mjs leaves out) into the site, as Settings → General does when a language is chosen.
 */
function installWordPressLanguage(site, locale) {
  const folder = join(site.docroot, 'wp-content/languages');
  mkdirSync(folder, { recursive: true });
  const main = join(WORDPRESS_LANGUAGES, `${locale}.mo`);
  assert.ok(existsSync(main), `${main} is missing: Debian's wordpress package has WordPress's translations there`);
  copyFileSync(main, join(folder, `${locale}.mo`));
  // wp-admin's own words, where the language has them apart.
  if (existsSync(join(WORDPRESS_LANGUAGES, `admin-${locale}.mo`))) copyFileSync(join(WORDPRESS_LANGUAGES, `admin-${locale}.mo`), join(folder, `admin-${locale}.mo`));
}
const removeWordPressLanguage = (site, locale) => {
  for (const name of [`${locale}.mo`, `admin-${locale}.mo`]) rmSync(join(site.docroot, 'wp-content/languages', name), { force: true });
};

test("the site's language: with WordPress in de_DE, fr_FR or pt_BR the banner and the quick exit speak de, fr or pt-BR, written in and live, though the plugin has no translation of its own; in a language the widget does not speak, the reader's", async () => {
  const { site } = await starting;
  const admin = await site.login('admin');
  await saveSettings(admin, { country: 'GB', lang: 'site', components: ['banner', 'quick-exit'], tags: [tagId], quick_exit_scope: 'help' });
  assert.equal((await option(site, OPTION)).lang, 'site');
  const story = posts[0].permalink;
  // WordPress takes a site language only once its own translation is installed (Settings → General lists those).
  await site.run(CONTENT, { options: { WPLANG: 'de_DE' } });
  assert.ok([null, ''].includes(await option(site, 'WPLANG')), 'without its language pack, WordPress keeps English');
  const locales = [['de_DE', 'de'], ['fr_FR', 'fr'], ['pt_BR', 'pt-BR'], ['ja', null]];
  try {
    for (const [locale, lang] of locales.slice(0, 3)) {
      installWordPressLanguage(site, locale);
      await site.run(CONTENT, { options: { WPLANG: locale } });
      assert.equal(await option(site, 'WPLANG'), locale);
      const messages = messagesOf(lang);
      const html = (await site.get(story)).text;
      assert.match(html, new RegExp(`<html lang="${locale.replace('_', '-')}"`), `WordPress itself is in ${locale}`);
      assert.ok(html.includes(`<hotline-banner country="GB" lang="${lang}"><template shadowrootmode="open">`), `${locale}: the banner in ${lang}, its help written in`);
      assert.equal(attributesOf(html.match(SCRIPT_TAG)[0])['data-lang'], lang);
      const written = html.match(/<h2 class="heading" id="fallback-heading" part="heading">([^<]*)<\/h2>/)?.[1];
      assert.equal(written && decode(written), messages.banner.heading, `${locale}: the written-in help's heading`);

      const visited = await open(site, story);
      assert.deepEqual(visited.ready, { country: 'GB', lang }, `${locale}: the widget runs in ${lang}`);
      const [live] = await banners(visited.page);
      assert.deepEqual([live.lang, live.liveLang, live.heading], [lang, lang, messages.banner.heading], `${locale}: the live banner in ${lang}`);
      assert.ok(live.links.includes(GB_HOTLINE));
      const exit = await quickExit(visited.page);
      assert.ok(exit?.text.includes(messages.quickExit.label), `${locale}: the quick exit says "${messages.quickExit.label}": ${exit?.text}`);
      assert.deepEqual(visited.errors, []);
      await visited.page.close();

      const settings = await admin.get('/wp-admin/options-general.php?page=hotline-widget');
      assert.match(settings.text, new RegExp(`<option value="site" selected>The site&#039;s language \\(${lang}\\)</option>`), `${locale}: the settings name the site's language as the widget's ${lang}`);
    }

    // Japanese: WordPress speaks it, the widget does not: the reader's language (Chromium's English), nothing written in.
    installWordPressLanguage(site, 'ja');
    await site.run(CONTENT, { options: { WPLANG: 'ja' } });
    assert.equal(await option(site, 'WPLANG'), 'ja');
    const html = (await site.get(story)).text;
    assert.match(html, /<html lang="ja"/);
    assert.ok(html.includes('<hotline-banner country="GB"></hotline-banner>'), 'no language given, no help written in');
    assert.equal(attributesOf(html.match(SCRIPT_TAG)[0])['data-lang'], undefined);
    const visited = await open(site, story);
    const [live] = await banners(visited.page);
    assert.deepEqual([live.liveLang, live.heading], ['en', 'Worried about trafficking or exploitation?'], "the reader's language: Chromium's English");
    await visited.page.close();
    const settings = await admin.get('/wp-admin/options-general.php?page=hotline-widget');
    assert.match(settings.text, /<option value="site" selected>The site&#039;s language \(not one of the widget&#039;s: the reader&#039;s\)<\/option>/);
  } finally {
    await site.run(CONTENT, { options: { WPLANG: '' } });
    for (const [locale] of locales) removeWordPressLanguage(site, locale);
  }
  assert.deepEqual(pluginLogSince(site), [], "no PHP notice from the plugin's files");
});

/** The block types as the block editor gets them from the server (post-new.php's bootstrap of block definitions). */
async function editorBlockTypes(session) {
  const editor = await session.get('/wp-admin/post-new.php');
  assert.equal(editor.status, 200);
  const json = editor.text.match(/wp\.blocks\.unstable__bootstrapServerSideBlockDefinitions\(\s*(\{[^]*?\})\s*\);/)?.[1];
  assert.ok(json, 'the editor page bootstraps the server\'s block definitions');
  return JSON.parse(json);
}

test("the plugin's own translations: a .mo made with msgfmt from the plugin's .pot strings, in wp-content/languages/plugins/ or in the plugin's languages/ folder, translates the settings page, its menu, the block's title and the Plugins screen's description for an administrator whose own language is fr_FR", async () => {
  const { site } = await starting;
  const po = fixture('hotline-widget-fr_FR.po');
  const translations = Object.fromEntries([...readFileSync(po, 'utf8').matchAll(/^(?:msgctxt "([^"]*)"\n)?msgid "(.+)"\nmsgstr "(.+)"$/gm)].map(([, context, id, text]) => [`${context ?? ''}|${id}`, text]));
  const pot = readFileSync(POT, 'utf8');
  for (const key of Object.keys(translations)) {
    const [context, id] = key.split('|');
    assert.ok(pot.includes(`${context ? `msgctxt "${context}"\n` : ''}msgid "${id}"\n`), `the .pot has ${key}: the fixture translates the plugin's own strings`);
  }
  const msgfmt = spawnSync('msgfmt', ['--check', '-o', join(scratch, 'hotline-widget-fr_FR.mo'), po], { encoding: 'utf8' });
  assert.ok(!msgfmt.error, "msgfmt is missing: apt-get install gettext (Debian; npm test installs it as root)");
  assert.equal(msgfmt.status, 0, msgfmt.stderr);

  // The administrator's own language (Profile → Language, which lists the languages WordPress has installed).
  installWordPressLanguage(site, 'fr_FR');
  assert.equal(await site.run(fixture('user-locale.php'), { login: 'admin', locale: 'fr_FR' }), 'fr_FR');
  const admin = await site.login('admin');
  const places = {
    'wp-content/languages/plugins': join(site.docroot, 'wp-content/languages/plugins'),
    'the plugin\'s languages/': join(site.docroot, 'wp-content/plugins/hotline-widget/languages'),
  };
  try {
    for (const [where, folder] of Object.entries(places)) {
      mkdirSync(folder, { recursive: true });
      const mo = join(folder, 'hotline-widget-fr_FR.mo');
      copyFileSync(join(scratch, 'hotline-widget-fr_FR.mo'), mo);
      try {
        const visited = await open(site, '/wp-admin/options-general.php?page=hotline-widget', 'admin');
        const seen = await visited.page.evaluate(() => ({
          title: document.querySelector('#wpbody-content h1')?.textContent.trim(),
          menu: document.querySelector('#adminmenu a[href="options-general.php?page=hotline-widget"]')?.textContent.trim(),
          country: document.querySelector('label[for="hotline_widget_country"]')?.textContent.trim(),
          scope: document.querySelector('label[for="hotline_widget_quick_exit_scope"]')?.textContent.trim(),
          sections: [...document.querySelectorAll('#wpbody-content form h2')].map((h2) => h2.textContent.trim()),
          language: document.querySelector('label[for="hotline_widget_lang"]')?.textContent.trim(),
          htmlLang: document.documentElement.lang,
        }));
        await visited.page.close();
        assert.deepEqual(seen, {
          title: translations['|Hotline widget'],
          menu: translations['|Hotline widget'],
          country: translations['|Country'],
          scope: translations['|Pages with the quick exit'],
          sections: ['The help', 'Where it goes', translations['|The quick exit']],
          language: 'Language',
          htmlLang: 'fr-FR',
        }, `${where}: the administrator sees the settings in French where the .mo says so, in English elsewhere`);
        const blocks = await editorBlockTypes(admin);
        assert.equal(blocks['hotline-widget/banner']?.title, translations['block title|Hotline banner'], `${where}: the banner block's title, as the block editor gets it`);
        assert.equal(blocks['hotline-widget/checklist']?.title, 'Signs of trafficking checklist', 'a title the .mo does not translate stays English');
        const plugins = await open(site, '/wp-admin/plugins.php', 'admin');
        const row = await plugins.page.$eval('tr[data-plugin="hotline-widget/hotline-widget.php"]', (tr) => ({ name: tr.querySelector('.plugin-title strong')?.textContent.trim(), description: tr.querySelector('.plugin-description')?.textContent.trim() }));
        await plugins.page.close();
        assert.deepEqual(row, { name: translations['|Hotline widget'], description: Object.entries(translations).find(([key]) => key.startsWith('|Help against'))[1] }, `${where}: the Plugins screen names and describes it in French`);
      } finally {
        rmSync(mo);
      }
    }
    // The author keeps the site's language.
    const author = await site.login('author');
    const dashboard = await author.get('/wp-admin/');
    assert.equal(dashboard.status, 200);
    assert.match(dashboard.text.slice(0, 2000), /<html\b[^>]*\slang="en-US"/, 'the author keeps the site\'s language');
  } finally {
    await site.run(fixture('user-locale.php'), { login: 'admin', locale: '' });
    removeWordPressLanguage(site, 'fr_FR');
  }
  const english = await open(site, '/wp-admin/options-general.php?page=hotline-widget', 'admin');
  assert.equal(await english.page.$eval('#wpbody-content h1', (h1) => h1.textContent.trim()), 'Hotline widget', 'without the .mo, English again');
  await english.page.close();
  assert.deepEqual(pluginLogSince(site), [], "no PHP notice from the plugin's files");
});

// Last in the file: the plugin is gone after it.
test("deleting the plugin as an administrator does, in wp-admin's Plugins screen (Deactivate, then Delete and its confirmation): its settings, its notice's mark and each story's choice are deleted from the database, and its folder is gone", async () => {
  const { site, plugin } = await starting;
  const stories = (await site.run(CONTENT, { posts: [{ title: 'Box on', meta: { [META]: 'on' } }, { title: 'Box off', tags: [TAG], meta: { [META]: 'off' } }] })).posts;
  const before = await site.run(fixture('plugin-data.php'));
  assert.equal(before.settings?.country, 'GB', 'the settings are stored');
  assert.equal(Number(before.welcome), 1, "the notice's mark is stored");
  assert.ok(before.meta >= 2, `stories' choices are stored: ${before.meta}`);
  assert.deepEqual([before.folder, before.active.includes(plugin)], [true, true]);
  assert.match((await site.get(stories[0].permalink)).text, /<hotline-banner\b/, 'the story switched on has the banner');

  // Deactivate: the link in the plugin's row (with its nonce); what it stored stays.
  const screen = await open(site, '/wp-admin/plugins.php', 'admin');
  const row = `tr[data-plugin="${plugin}"]`;
  await Promise.all([screen.page.waitForNavigation({ waitUntil: 'networkidle0' }), screen.page.click(`${row} .deactivate a`)]);
  assert.ok((await adminNotices(screen.page)).some(({ text, visible }) => visible && text === 'Plugin deactivated.'), 'WordPress says it is deactivated');
  const deactivated = await site.run(fixture('plugin-data.php'));
  assert.equal(deactivated.active.includes(plugin), false);
  assert.deepEqual([deactivated.settings?.country, Number(deactivated.welcome), deactivated.meta, deactivated.folder], ['GB', 1, before.meta, true], 'deactivating keeps what it stored');
  assert.doesNotMatch((await site.get(stories[0].permalink)).text, /<hotline-banner\b|hotline-widget-js/, 'and its help is off the pages');

  // Delete: the link, WordPress's "Are you sure" confirmation (accepted), and the row says it is deleted.
  await screen.page.click(`${row} .delete a`);
  await screen.page.waitForFunction(() => /Hotline widget was successfully deleted\./.test(document.querySelector('#the-list')?.textContent ?? ''), { timeout: 30000 });
  assert.equal(screen.dialogs.length, 1, `one confirmation: ${screen.dialogs.join(' | ')}`);
  assert.match(screen.dialogs[0], /^confirm: Are you sure you want to delete Hotline widget and its data\?/);
  assert.deepEqual(screen.errors, []);
  await screen.page.close();

  const gone = await site.run(fixture('plugin-data.php'));
  assert.deepEqual(gone, { settings: null, welcome: null, meta: 0, folder: false, active: gone.active.filter((name) => name !== plugin) }, 'uninstall.php deleted the options and the meta, and WordPress the folder');
  assert.ok(!existsSync(join(site.docroot, 'wp-content/plugins/hotline-widget')), 'no folder on disk');
  const after = await site.get(stories[0].permalink);
  assert.equal(after.status, 200);
  assert.doesNotMatch(after.text, /hotline-banner|hotline-widget/, 'nothing of the plugin on the story');
  const list = await site.login('admin').then((admin) => admin.get('/wp-admin/plugins.php'));
  assert.doesNotMatch(list.text, /data-plugin="hotline-widget\//, 'no longer listed');
  assert.deepEqual(pluginLogSince(site), [], "no PHP notice from the plugin's files, uninstall.php's included");
});

test("over the whole file: PHP asked no other host for anything but WordPress's own update checks, and the debug log has nothing from the plugin", async () => {
  const { site } = await starting;
  assert.deepEqual(site.outgoing().filter((line) => !/^https?:\/\/([a-z]+\.)?wordpress\.org\//.test(line)), [], 'no request of the plugin to another host: only WordPress\'s own (update checks, the dashboard\'s news)');
  assert.deepEqual(site.debugLog().filter((line) => line.includes('/plugins/hotline-widget/')), []);
});

// The plugin's two blocks in WordPress 6.1's own block editor, in Debian's Chromium, used as a person
// uses them: the zip (dist/wordpress/hotline-widget.zip, `npm run build:wordpress`) installed in a
// real WordPress (tests/wordpress/site.mjs), the administrator logged in, /wp-admin/post-new.php,
// the blocks inserted through the inserter, set in the block's sidebar, previewed by the server
// (ServerSideRender asking the REST block renderer), the post published with the editor's buttons
// and opened as a visitor. One WordPress for the whole file; the editor is driven by the names and
// roles of its controls (tests/wordpress/editor.mjs). A missing package or a missing zip fails these
// tests with what to do; it never skips them.
//
// What the editor may say in its console besides: nothing but the block directory's failure, named
// below (BLOCK_DIRECTORY). Every request of the editor and of the published page goes to the site.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT, startWordPressWith } from '../wordpress/site.mjs';
import { launchChromium } from '../wordpress/chromium.mjs';
import { aria, blockSidebar, blocks, choose, insertBlock, openEditor, publish, selectBlock, selectLabelled } from '../wordpress/editor.mjs';

const root = new URL('../..', import.meta.url).pathname;
const ZIP = join(root, 'dist/wordpress/hotline-widget.zip');
const OPTION = 'hotline_widget_settings';
const fixture = (name) => join(root, 'tests/wordpress/fixtures', name);
const MINUTES = 60 * 1000;

// The lines, from the project's data: a country's main line is its first (src/data/hotlines/README.md).
const HOTLINES = readdirSync(join(root, 'src/data/hotlines'))
  .filter((name) => name.endsWith('.json'))
  .flatMap((name) => JSON.parse(readFileSync(join(root, 'src/data/hotlines', name), 'utf8')).hotlines);
function mainLine(country) {
  const line = HOTLINES.find((entry) => entry.country === country);
  assert.ok(line?.phone?.e164, `${country} has a main line with a full number in src/data/hotlines`);
  return { display: line.phone.display, tel: `tel:${line.phone.e164}` };
}
const SETTINGS_COUNTRY = 'GB';
const CHOSEN_COUNTRY = 'IE';
const GB = mainLine(SETTINGS_COUNTRY);
const IE = mainLine(CHOSEN_COUNTRY);
// The names the plugin gives countries and languages (its build writes them from the widget's lists).
const CHECKS = JSON.parse(readFileSync(join(root, 'dist/wordpress/hotline-widget/generated/checks.json'), 'utf8'));
const countryName = (code) => `${CHECKS.countryNames[code]} (${code})`;
const languageName = (tag) => `${CHECKS.languageNames[tag]} (${tag})`;

/**
 * WordPress's own noise, the only console message the editor may show: when the inserter's search
 * box has a term, WordPress 6.1 asks its block directory (GET /wp-json/wp/v2/block-directory/search,
 * for administrators, who may install plugins) for blocks to install, and the site asks
 * api.wordpress.org for them; the test site has no network (tests/wordpress/php/mu-harness.php
 * answers every request to another host with a 503), so the endpoint answers 500 and Chromium logs
 * that it failed to load. Nothing of the plugin's.
 */
const BLOCK_DIRECTORY = { type: 'error', text: 'Failed to load resource: the server responded with a status of 500 (Internal Server Error)', pathname: '/wp-json/wp/v2/block-directory/search' };
const isBlockDirectory = (message) => message.type === BLOCK_DIRECTORY.type && message.text === BLOCK_DIRECTORY.text && message.url !== '' && new URL(message.url).pathname === BLOCK_DIRECTORY.pathname;

// Started once for the file; a failure to start fails every test with its reason.
const starting = (async () => {
  if (!existsSync(ZIP)) throw new Error(`${ZIP} is missing: run \`npm run build && npm run build:wordpress\` first`);
  const { site } = await startWordPressWith(async (site) => {
    await site.installPlugin(ZIP);
    await site.run(CONTENT, { options: { [OPTION]: { country: SETTINGS_COUNTRY, lang: 'en' } } });
    // The editor's welcome guide stays closed, as once a person has closed it.
    await site.run(fixture('editor-preferences.php'), { login: 'admin', preferences: { 'core/edit-post': { welcomeGuide: false } } });
  });
  return site;
})();
starting.catch(() => {});
let browser = null;
const chromium = async () => (browser ??= await launchChromium());
after(async () => {
  await browser?.close();
  await (await starting.catch(() => null))?.stop();
});

/** What a block shows in the editor: its preview's links, its sentence for the editor, its text, the declarative shadow roots and the widget's elements in it. */
const preview = (page, id) =>
  page.$eval(`[data-block="${id}"]`, (block) => ({
    links: [...block.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
    note: block.querySelector('.hotline-widget-preview')?.textContent ?? null,
    text: block.textContent.replace(/\s+/g, ' ').trim(),
    templates: block.querySelectorAll('template').length,
    elements: [...block.querySelectorAll('hotline-banner, hotline-signs-checklist')].map((element) => ({ tag: element.localName, attributes: Object.fromEntries([...element.attributes].map(({ name, value }) => [name, value])) })),
  }));

/** Waits until the block's preview satisfies `check` (the server's new answer is in); returns it. */
async function previewWhen(page, id, check, what) {
  const deadline = Date.now() + 2 * MINUTES;
  let last;
  while (Date.now() < deadline) {
    last = await preview(page, id);
    if (check(last)) return last;
    await page.waitForNetworkIdle({ idleTime: 200, timeout: 2 * MINUTES }).catch(() => {});
  }
  assert.fail(`the preview did not show ${what}: ${JSON.stringify(last)}`);
}

/** The editor's messages that are not WordPress's block directory noise, and the requests that left the site. */
function editorTrouble(site, editor) {
  return {
    errors: editor.errors,
    console: editor.console.filter((message) => ['error', 'warn', 'assert'].includes(message.type) && !isBlockDirectory(message)),
    elsewhere: editor.requests.filter((url) => !url.startsWith(`${site.url}/`) && !url.startsWith('data:')),
  };
}

/** The block editor's comments in a post's content: [{ name, attributes }]. */
const blockComments = (content) => [...content.matchAll(/<!-- wp:([a-z][\w/-]*)(?: (\{[^]*?\}))? \/?-->/g)].map(([, name, json]) => ({ name, attributes: json ? JSON.parse(json) : {} }));

let published = null;

test('the banner and the checklist, inserted through the inserter, set in their sidebar with the server\'s preview, and published: the visitor gets both, alive, as chosen', { timeout: 20 * MINUTES }, async () => {
  const site = await starting;
  const admin = await site.login('admin');
  const editor = await openEditor(await chromium(), site, admin);
  const { page } = editor;
  assert.equal(editor.status, 200);
  const dialogs = await page.$$eval('[role="dialog"]', (all) => all.filter((dialog) => dialog.getClientRects().length > 0).map((dialog) => dialog.textContent.trim().slice(0, 80)));
  assert.deepEqual(dialogs, [], 'no welcome guide (nor any dialog) over the editor');
  await page.locator(aria('Add title', 'textbox')).fill('Help in the editor');
  // The story's own box, in the sidebar's Post tab: its select fits in the sidebar.
  const fits = await page.$eval('.interface-complementary-area', (sidebar) => {
    const select = [...sidebar.querySelectorAll('label')].find((label) => label.textContent.trim() === 'The banner after this text')?.control;
    return select ? { sidebar: Math.round(sidebar.getBoundingClientRect().right), select: Math.round(select.getBoundingClientRect().right) } : null;
  });
  assert.ok(fits && fits.select <= fits.sidebar, `the box's select ends inside the sidebar: ${JSON.stringify(fits)}`);

  // 1. The banner, through the "+" toggle, the search box and the result named "Hotline banner".
  const banner = await insertBlock(page, 'Hotline banner');
  let shown = await previewWhen(page, banner, (p) => p.links.includes(GB.tel), `the settings' ${SETTINGS_COUNTRY} line`);
  assert.ok(shown.text.includes(GB.display), `the number as text: ${shown.text.slice(0, 300)}`);
  assert.deepEqual(shown.elements, [{ tag: 'hotline-banner', attributes: { country: SETTINGS_COUNTRY, lang: 'en' } }], 'the element the page gets');
  assert.equal(shown.note, null, 'the help written in is the preview: no sentence');
  assert.equal(shown.templates, 0, 'no declarative shadow root, which innerHTML would leave inert');
  const inEditor = await page.evaluate(() => ({ banner: customElements.get('hotline-banner') ?? null, checklist: customElements.get('hotline-signs-checklist') ?? null, api: typeof window.HotlineWidget }));
  assert.deepEqual(inEditor, { banner: null, checklist: null, api: 'undefined' }, "the widget's script does not run in the editor (assets.php: nothing loaded for the preview)");

  // 2. Its sidebar: the reader's country (no help written in: a sentence says what the page shows), then another country with a line.
  await blockSidebar(page);
  await choose(page, 'Country', 'auto');
  shown = await previewWhen(page, banner, (p) => p.elements.length === 1 && !('country' in p.elements[0].attributes), 'a banner with no country');
  assert.equal(shown.note, `The hotline banner for the reader's country, in ${languageName('en')}: the published page shows it, where the widget's script runs.`);
  assert.deepEqual(shown.links, [], 'no line: the country is the reader\'s');
  assert.deepEqual(shown.elements[0].attributes, { lang: 'en' });
  await choose(page, 'Country', CHOSEN_COUNTRY);
  shown = await previewWhen(page, banner, (p) => p.links.includes(IE.tel), `${CHOSEN_COUNTRY}'s line`);
  assert.ok(!shown.links.includes(GB.tel), `${SETTINGS_COUNTRY}'s line is gone`);
  assert.ok(shown.text.includes(IE.display), `${IE.display} as text`);
  assert.equal(shown.note, null);
  assert.deepEqual(shown.elements[0].attributes, { country: CHOSEN_COUNTRY, lang: 'en' });

  // 3. The checklist likewise; its audience in its sidebar.
  const checklist = await insertBlock(page, 'Signs of trafficking checklist', { search: 'checklist' });
  shown = await previewWhen(page, checklist, (p) => p.elements.length === 1, 'the checklist element');
  // The checklist has no help written in (it needs the script): without a sentence, the block would be an empty line.
  const box = await page.$eval(`[data-block="${checklist}"]`, (block) => block.getBoundingClientRect().height);
  assert.ok(box > 20, `the checklist block is there to see in the editor (${box}px high): ${JSON.stringify(shown)}`);
  assert.equal(shown.note, `The signs of trafficking checklist for public, with the hotline for ${countryName(SETTINGS_COUNTRY)}, in ${languageName('en')}: the published page shows it, where the widget's script runs.`);
  await blockSidebar(page);
  await choose(page, 'Who reads it', 'hospitality');
  shown = await previewWhen(page, checklist, (p) => p.elements[0]?.attributes.audience === 'hospitality', 'the audience chosen');
  assert.equal(shown.note, `The signs of trafficking checklist for hospitality, with the hotline for ${countryName(SETTINGS_COUNTRY)}, in ${languageName('en')}: the published page shows it, where the widget's script runs.`);
  assert.deepEqual(shown.elements, [{ tag: 'hotline-signs-checklist', attributes: { audience: 'hospitality', country: SETTINGS_COUNTRY, lang: 'en' } }]);
  assert.deepEqual((await blocks(page)).map(({ name }) => name), ['hotline-widget/banner', 'hotline-widget/checklist']);

  // 4. Published with the editor's buttons; stored with the attributes chosen, and nothing else.
  const permalink = await publish(page);
  const stored = await site.run(fixture('post.php'), { url: permalink });
  assert.equal(stored?.status, 'publish', `the post at ${permalink} is published`);
  assert.deepEqual(blockComments(stored.content), [
    { name: 'hotline-widget/banner', attributes: { country: CHOSEN_COUNTRY } },
    { name: 'hotline-widget/checklist', attributes: { audience: 'hospitality' } },
  ], `the blocks' comments in post_content: ${stored.content}`);
  published = { permalink, id: stored.id };

  // The editor: no script error, no console message of its own, no request elsewhere, no widget script.
  assert.deepEqual(editorTrouble(site, editor), { errors: [], console: [], elsewhere: [] });
  assert.deepEqual(editor.requests.filter((url) => url.includes('/plugins/hotline-widget/assets/')), [], "the widget's files were not loaded in the editor");
  assert.ok(editor.requests.some((url) => url.includes('/wp-json/wp/v2/block-renderer/hotline-widget/banner') && url.includes(`attributes%5Bcountry%5D=${CHOSEN_COUNTRY}`)), 'the preview came from the REST block renderer');
  for (const message of editor.console.filter(isBlockDirectory)) {
    const term = new URL(message.url).searchParams.get('term');
    assert.ok(site.outgoing().some((url) => url.startsWith('https://api.wordpress.org/plugins/info/') && url.includes(`request%5Bblock%5D=${term}`)), `the block directory's 500 for "${term}" is its request to api.wordpress.org, refused on the test machine`);
  }
  await page.close();

  // 5. The published page, as a visitor: the banner for the country chosen and the checklist for the audience chosen, alive.
  const visitor = await (await chromium()).newPage();
  const errors = [];
  const requests = [];
  visitor.on('pageerror', (error) => errors.push(String(error)));
  visitor.on('request', (request) => requests.push(request.url()));
  const response = await visitor.goto(permalink, { waitUntil: 'networkidle0', timeout: 3 * MINUTES });
  assert.equal(response.status(), 200);
  assert.deepEqual(await visitor.evaluate(async () => window.HotlineWidget && (await window.HotlineWidget.ready)), { country: SETTINGS_COUNTRY, lang: 'en' }, 'the script ran');
  const live = await visitor.waitForFunction(
    () => {
      const liveLinks = (element) => {
        const root = element?.shadowRoot;
        const copy = root?.querySelector('.fallback');
        return [...(root?.children ?? [])].filter((child) => child !== copy && child.tagName !== 'STYLE').flatMap((child) => [...child.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href')));
      };
      const bannerElement = document.querySelector('hotline-banner');
      const checklistElement = document.querySelector('hotline-signs-checklist');
      const result = {
        banner: { country: bannerElement?.getAttribute('country'), updated: bannerElement?.hasUpdated === true, tel: liveLinks(bannerElement) },
        checklist: { audience: checklistElement?.getAttribute('audience'), updated: checklistElement?.hasUpdated === true, tel: liveLinks(checklistElement) },
        notes: document.querySelectorAll('.hotline-widget-preview').length,
      };
      return result.banner.tel.length > 0 && result.checklist.tel.length > 0 ? result : null;
    },
    { timeout: 3 * MINUTES, polling: 200 },
  ).then((handle) => handle.jsonValue());
  assert.equal(live.banner.country, CHOSEN_COUNTRY);
  assert.ok(live.banner.updated && live.banner.tel.includes(IE.tel), `the live banner calls ${IE.tel}: ${JSON.stringify(live.banner)}`);
  assert.equal(live.checklist.audience, 'hospitality');
  assert.ok(live.checklist.updated && live.checklist.tel.includes(GB.tel), `the live checklist's next steps call the settings' ${GB.tel}: ${JSON.stringify(live.checklist)}`);
  assert.equal(live.notes, 0, "the editor's sentences are the editor's only");
  assert.ok(requests.some((url) => /\/assets\/data\/checklist-hospitality(-en)?\.json/.test(url)), "the hospitality checklist's data was loaded");
  assert.deepEqual(errors, []);
  assert.deepEqual(requests.filter((url) => !url.startsWith(`${site.url}/`) && !url.startsWith('data:')), [], 'every request of the page went to the site');
  await visitor.close();
});

test('a value the widget refuses, typed into the block\'s comment in the code editor, is left out: the preview has the settings\' country and language, as documented', { timeout: 15 * MINUTES }, async () => {
  const site = await starting;
  const admin = await site.login('admin');
  const editor = await openEditor(await chromium(), site, admin);
  const { page } = editor;
  // The sidebar offers only the widget's values; the code editor takes anything.
  await page.locator(aria('Options', 'button')).click();
  await page.locator(aria('Code editor Ctrl+Shift+Alt+M', 'menuitemradio')).click();
  const code = await page.waitForSelector(aria('Type text or HTML', 'textbox'));
  await code.type('<!-- wp:hotline-widget/banner {"country":"GBR","lang":"english"} /-->');
  await page.locator(aria('Exit code editor', 'button')).click();
  const [banner] = await blocks(page);
  assert.equal(banner?.name, 'hotline-widget/banner');
  const shown = await previewWhen(page, banner.id, (p) => p.links.length > 0, 'a line');
  assert.ok(shown.links.includes(GB.tel), `the settings' ${SETTINGS_COUNTRY} line: ${shown.links.join(' ')}`);
  assert.deepEqual(shown.elements, [{ tag: 'hotline-banner', attributes: { country: SETTINGS_COUNTRY, lang: 'en' } }], 'country="GBR" and lang="english" left out');
  // The sidebar shows no option chosen for a value it does not offer; choosing one replaces it.
  await selectBlock(page, banner.id);
  await blockSidebar(page);
  assert.equal(await (await selectLabelled(page, 'Country')).evaluate((select) => select.value), '', 'no country chosen in the sidebar');
  await choose(page, 'Country', CHOSEN_COUNTRY);
  await previewWhen(page, banner.id, (p) => p.links.includes(IE.tel), `${CHOSEN_COUNTRY}'s line`);
  assert.deepEqual(editorTrouble(site, editor), { errors: [], console: [], elsewhere: [] });
  await page.close();
});

test('with the keyboard only: the inserter opened from the top bar, the banner chosen with Enter, its country typed in its sidebar, the post saved', { timeout: 15 * MINUTES }, async () => {
  const site = await starting;
  const admin = await site.login('admin');
  const editor = await openEditor(await chromium(), site, admin);
  const { page } = editor;
  const focused = () =>
    page.evaluate(() => {
      const element = document.activeElement;
      return { tag: element.localName, role: element.getAttribute('role'), name: element.getAttribute('aria-label') ?? element.labels?.[0]?.textContent.trim() ?? element.textContent.trim().slice(0, 60), inSidebar: Boolean(element.closest('.interface-complementary-area')) };
    });
  const keys = [];
  const press = async (key, modifiers = []) => {
    keys.push([...modifiers, key].join('+'));
    for (const modifier of modifiers) await page.keyboard.down(modifier);
    await page.keyboard.press(key);
    for (const modifier of modifiers.reverse()) await page.keyboard.up(modifier);
  };
  /** Tab (or Shift+Tab) until the focused element is what `wanted` says, at most `max` times. */
  const tabTo = async (wanted, { back = false, max = 40 } = {}) => {
    for (let i = 0; i < max; i++) {
      await press('Tab', back ? ['Shift'] : []);
      if (wanted(await focused())) return;
    }
    assert.fail(`${max} presses of ${back ? 'Shift+' : ''}Tab did not reach it; at ${JSON.stringify(await focused())}`);
  };
  assert.equal((await focused()).name, 'Add title', 'the editor opens with the title focused');
  await page.keyboard.type('Typed help');

  await tabTo((f) => f.name === 'Toggle block inserter', { back: true });
  await press('Enter');
  await page.waitForSelector(aria('Search for blocks and patterns', 'searchbox'));
  assert.equal((await focused()).tag, 'input', 'the search box has the focus');
  await page.keyboard.type('Hotline banner');
  await page.waitForSelector(aria('Hotline banner', 'option'));
  await tabTo((f) => f.role === 'option' && f.name === 'Hotline banner');
  await press('Enter');
  await page.waitForSelector('[data-type="hotline-widget/banner"]');
  await press('Escape');
  assert.equal((await focused()).name, 'Toggle block inserter', 'Escape closes the inserter, back on its toggle');
  const [banner] = await blocks(page);
  await previewWhen(page, banner.id, (p) => p.links.includes(GB.tel), `the settings' ${SETTINGS_COUNTRY} line`);

  // The sidebar: its toggle in the top bar, then on with Tab into it, to the block's Country.
  await tabTo((f) => f.name === 'Settings');
  await press('Enter');
  await page.waitForSelector(aria('Block (selected)', 'button'));
  await tabTo((f) => f.inSidebar && f.tag === 'select' && f.name === 'Country', { max: 60 });
  await page.keyboard.type(CHECKS.countryNames[CHOSEN_COUNTRY]);
  keys.push(`"${CHECKS.countryNames[CHOSEN_COUNTRY]}"`);
  await previewWhen(page, banner.id, (p) => p.links.includes(IE.tel), `${CHOSEN_COUNTRY}'s line`);

  await press('s', ['Control']);
  // Once saved, the editor's address is the post's (post.php?post=<id>&action=edit).
  await page.waitForFunction(() => /post=\d+/.test(location.search), { timeout: 3 * MINUTES });
  await page.waitForNetworkIdle({ idleTime: 500, timeout: 3 * MINUTES });
  const id = Number(new URL(page.url()).searchParams.get('post'));
  const saved = await site.run(fixture('post.php'), { url: `${site.url}/?p=${id}` });
  assert.equal(saved?.title, 'Typed help');
  assert.deepEqual(blockComments(saved.content), [{ name: 'hotline-widget/banner', attributes: { country: CHOSEN_COUNTRY } }], `saved as a draft: ${saved.content}`);
  assert.deepEqual(editorTrouble(site, editor), { errors: [], console: [], elsewhere: [] });
  console.log(`keys: ${keys.join(' ')}`);
  await page.close();
});

test("over the whole file: PHP asked no other host for anything but WordPress's own (updates, patterns, the block directory), and the debug log has nothing from the plugin", async () => {
  const site = await starting;
  assert.ok(published, 'the first test published its post');
  const outgoing = site.outgoing();
  assert.deepEqual(outgoing.filter((url) => !url.startsWith('https://api.wordpress.org/')), [], 'no request of the plugin to another host');
  assert.deepEqual(site.debugLog().filter((line) => line.includes('/plugins/hotline-widget/')), []);
});

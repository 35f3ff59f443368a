// WordPress 6.1's block editor in Chromium, driven as a person drives it: its controls found by the
// names and roles they have for assistive technology (puppeteer's `::-p-aria(...)`), WordPress's
// class names used only to tell apart two controls of one name (the two "Publish" buttons) and to
// read which blocks the post has; waiting for what the editor shows, never for a fixed time.
//
//   const editor = await openEditor(browser, site, admin);       // /wp-admin/post-new.php, logged in
//   await insertBlock(editor.page, 'Hotline banner');             // "+" toggle, search box, the result
//   await blockSidebar(editor.page);                              // Settings open, its "Block" tab
//   await choose(editor.page, 'Country', 'IE');                   // a select in the sidebar, by its label
//   const permalink = await publish(editor.page);                 // Publish, Publish, "View Post"
//
// The page records what it did: `errors` (uncaught exceptions), `console` ({ type, text, url }:
// every message, with the URL of the resource a "Failed to load resource" is about) and
// `requests` (every URL asked for).

/** An accessible name and role as a puppeteer selector; `name` is matched exactly. */
export const aria = (name, role) => `::-p-aria([name=${JSON.stringify(name)}][role=${JSON.stringify(role)}])`;

/**
 * Opens `path` of `site` in a new page of `browser` with `session`'s cookies (site.login()'s), at a
 * desktop size (the editor's sidebar beside the content), and waits for the editor's title field.
 */
export async function openEditor(browser, site, session, path = '/wp-admin/post-new.php') {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 1000 });
  page.setDefaultTimeout(120000);
  const errors = [];
  const consoleMessages = [];
  const requests = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => consoleMessages.push({ type: message.type(), text: message.text(), url: message.location()?.url ?? '' }));
  page.on('request', (request) => requests.push(request.url()));
  const url = new URL(path, site.url).href;
  await page.setCookie(...session.cookies.map(({ name, value, path: cookiePath, httpOnly }) => ({ name, value, path: cookiePath, httpOnly, url: new URL(cookiePath, url).href })));
  const response = await page.goto(url, { waitUntil: 'networkidle0', timeout: 180000 });
  await page.waitForSelector(aria('Add title', 'textbox'));
  return { page, status: response?.status() ?? 0, errors, console: consoleMessages, requests };
}

/** Whether a toggle button (by its accessible name) is pressed. */
const pressed = (page, name) => page.$eval(aria(name, 'button'), (button) => button.getAttribute('aria-pressed') === 'true');

/** Opens or closes the block inserter with its "+" toggle in the top bar. */
export async function inserter(page, open) {
  if ((await pressed(page, 'Toggle block inserter')) !== open) await page.locator(aria('Toggle block inserter', 'button')).click();
  if (open) await page.waitForSelector(aria('Search for blocks and patterns', 'searchbox'));
  else await page.waitForSelector(aria('Search for blocks and patterns', 'searchbox'), { hidden: true });
}

/** The blocks of the post, in order: [{ id, name, title }] (the editor's own list of its blocks in the page). */
export const blocks = (page) =>
  page.$$eval('.is-root-container > [data-block]', (all) => all.map((block) => ({ id: block.dataset.block, name: block.dataset.type, title: block.dataset.title })));

/**
 * Inserts a block as a person does: the "+" toggle, its name typed into the search box, the result
 * with that name clicked; the inserter closed again. Resolves to the new block's id once it is in
 * the post.
 */
export async function insertBlock(page, title, { search = title, option = title } = {}) {
  const before = new Set((await blocks(page)).map(({ id }) => id));
  await inserter(page, true);
  await page.locator(aria('Search for blocks and patterns', 'searchbox')).fill(search);
  // The results are there once an option shows the title; the one to click is the option of that name.
  const listbox = await page.waitForFunction(
    (text) => [...document.querySelectorAll('[role="listbox"]')].find((list) => [...list.querySelectorAll('[role="option"]')].some((item) => item.textContent.includes(text))),
    {},
    option,
  );
  const named = await page.$(aria(option, 'option'));
  if (!named) {
    const names = [];
    const walk = (node) => (node.role === 'option' && names.push(node.name), node.children?.forEach(walk));
    walk(await page.accessibility.snapshot({ root: listbox.asElement(), interestingOnly: false }));
    const shown = names.map((name) => name.replace(/[^\x20-\x7e]/g, (character) => `\\u{${character.codePointAt(0).toString(16).toUpperCase()}}`));
    throw new Error(`the inserter has no option named "${option}" for "${search}"; its options' accessible names: ${shown.map((name) => `"${name}"`).join(', ')}`);
  }
  await named.click();
  const handle = await page.waitForFunction(
    (known, wanted) => [...document.querySelectorAll('.is-root-container > [data-block]')].find((block) => !known.includes(block.dataset.block) && block.dataset.title === wanted)?.dataset.block,
    {},
    [...before],
    title,
  );
  const id = await handle.jsonValue();
  await inserter(page, false);
  return id;
}

/** The settings sidebar open (the top bar's toggle "Settings"), on its "Block" tab: the selected block's settings. */
export async function blockSidebar(page) {
  if (!(await pressed(page, 'Settings'))) await page.locator(aria('Settings', 'button')).click();
  if (!(await page.$(aria('Block (selected)', 'button')))) await page.locator(aria('Block', 'button')).click();
  await page.waitForSelector(aria('Block (selected)', 'button'));
}

/** Selects the block by its id, as a click on it does. */
export async function selectBlock(page, id) {
  await page.locator(`[data-block="${id}"]`).click();
  await page.waitForSelector(`[data-block="${id}"].is-selected`);
}

/**
 * The sidebar's select whose label reads `label`. By the label's text, not by the accessible name:
 * WordPress 6.1 writes these labels in capitals with CSS (text-transform), and Chromium's
 * accessible name has them in capitals too ("COUNTRY").
 */
export async function selectLabelled(page, label) {
  const handle = await page.waitForFunction(
    (text) => {
      const found = [...document.querySelectorAll('.interface-complementary-area label')].find((element) => element.textContent.trim() === text);
      return found?.control?.tagName === 'SELECT' ? found.control : null;
    },
    {},
    label,
  );
  return handle.asElement();
}

/** Chooses the option with `value` in the sidebar's select labelled `label`, as a mouse or keyboard does (input and change events). */
export async function choose(page, label, value) {
  const select = await selectLabelled(page, label);
  const chosen = await select.select(value);
  if (!chosen.includes(value)) throw new Error(`the select "${label}" has no option ${value}`);
  return select;
}

/**
 * Publishes the post: the top bar's "Publish", then the confirming "Publish" in the panel that
 * opens; resolves to the address of the "View Post" link the editor then shows.
 */
export async function publish(page) {
  await page.locator(`.edit-post-header ${aria('Publish', 'button')}`).click();
  await page.locator(`.editor-post-publish-panel ${aria('Publish', 'button')}`).click();
  const link = await page.waitForSelector(`.editor-post-publish-panel ${aria('View Post', 'link')}`);
  return link.evaluate((a) => a.href);
}

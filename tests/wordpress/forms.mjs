// wp-admin's forms as a browser submits them, for tests of a site started by site.mjs: the fields
// of a form's markup, the hotline-widget plugin's settings form saved with a session's cookies and
// nonce, and the notices of an admin page, as text.
import assert from 'node:assert/strict';

/** The hotline-widget plugin's option, and the name of its form's fields. */
export const OPTION = 'hotline_widget_settings';

const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#039': "'", '#39': "'", '#038': '&', '#38': '&' };
/** HTML's character references, decoded. */
export const decode = (text) => text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
  if (name in entities) return entities[name];
  if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
  return whole;
});

/** An opening tag's attributes, { name: value } (names lower case, values decoded). */
export const attributesOf = (tag) => Object.fromEntries([...tag.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)].slice(1).map(([, name, a, b, c]) => [name.toLowerCase(), decode(a ?? b ?? c ?? '')]));

/** A page's text, scripts left out, white space collapsed. */
export const pageText = (html) => decode(html.replace(/<script\b[^]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');

/**
 * The fields a browser would submit from `html` (one form's markup): hidden and text inputs, checked
 * checkboxes, selects' selected options, textareas; the submit buttons left out. [[name, value]].
 */
export function formFields(html) {
  const fields = [];
  for (const [tag] of html.matchAll(/<input\b[^>]*>/gi)) {
    const attributes = attributesOf(tag);
    if (!attributes.name || ['submit', 'button', 'image', 'file'].includes(attributes.type)) continue;
    if (['checkbox', 'radio'].includes(attributes.type) && !('checked' in attributes)) continue;
    fields.push([attributes.name, attributes.value ?? (attributes.type === 'checkbox' ? 'on' : '')]);
  }
  for (const [, open, body] of html.matchAll(/(<select\b[^>]*>)([^]*?)<\/select>/gi)) {
    const { name } = attributesOf(open);
    if (!name) continue;
    const options = [...body.matchAll(/<option\b[^>]*>/gi)].map(([tag]) => attributesOf(tag));
    const chosen = options.filter((option) => 'selected' in option);
    if (chosen.length === 0 && !/\bmultiple\b/.test(open) && options.length > 0) chosen.push(options[0]);
    for (const option of chosen) fields.push([name, option.value ?? '']);
  }
  for (const [, open, body] of html.matchAll(/(<textarea\b[^>]*>)([^]*?)<\/textarea>/gi)) {
    const { name } = attributesOf(open);
    if (name) fields.push([name, decode(body)]);
  }
  return fields;
}

/** The plugin's settings page and its form's fields, as `session` (site.login()'s) gets them. */
export async function settingsForm(session) {
  const page = await session.get('/wp-admin/options-general.php?page=hotline-widget');
  assert.equal(page.status, 200, `the settings page: HTTP ${page.status}`);
  const form = page.text.match(/<form action="options\.php" method="post">([^]*?)<\/form>/)?.[1];
  assert.ok(form, 'the settings page has its form');
  return { page, fields: formFields(form) };
}

/**
 * Submits the settings form as a browser would, with `changes` ({ key: value or [values] }, by
 * setting key: country, tags ...) over what the form shows; resolves to the page it redirects to.
 */
export async function saveSettings(session, changes) {
  const { fields } = await settingsForm(session);
  const body = new URLSearchParams();
  const changed = new Map(Object.entries(changes).map(([key, value]) => [Array.isArray(value) ? `${OPTION}[${key}][]` : `${OPTION}[${key}]`, value]));
  for (const [name, value] of fields) if (!changed.has(name) && !changed.has(name.replace(/\[\]$/, ''))) body.append(name, value);
  for (const [name, value] of changed) for (const one of [value].flat()) body.append(name, String(one));
  body.append('submit', 'Save Changes');
  const response = await session.fetch('/wp-admin/options.php', { method: 'POST', body });
  const text = await response.text();
  assert.equal(response.status, 302, `options.php answered HTTP ${response.status}: ${pageText(text).slice(0, 400)}`);
  const location = response.headers.get('location');
  assert.match(location, /options-general\.php\?page=hotline-widget.*settings-updated=true/);
  return session.get(location);
}

/** The Settings API's notices of an admin page (settings errors, "Settings saved."), as text. */
export const settingsNotices = (html) => [...html.matchAll(/<div id=['"]setting-error-[^'"]*['"] class=['"]([^'"]*)['"]>([^]*?)<\/div>/g)].map(([, kind, body]) => ({ error: kind.includes('notice-error'), text: decode(body.replace(/<button[^]*?<\/button>/g, '').replace(/<[^>]+>/g, '')).trim() }));

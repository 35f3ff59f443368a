// Host pages for tests/embed/: real pages served by the test runner at
// /embed/<name>.html, each built the way a site owner's page would be (where
// the script goes, defer or async, inline configuration before or after it),
// with the headers such a site sends (a strict Content-Security-Policy, a
// nonce). Every page loads tests/embed/recorder.js first, which records what
// the page saw: errors, console messages, hotline-* events, CSP violations.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { exitOriginOf } from '../plugins/tabs.mjs';
import { heavyArticle } from './heavy-article.mjs';

const SCRIPT = '/dist/hotline-widget.js';

/**
 * The CSP of issue 7, with the Trusted Types policy the widget needs (Lit's),
 * and violations also reported to the server, so that one during an exit,
 * after the page is gone, is still seen.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html; report-uri /__csp-report";

/** The same with a nonce instead of 'self' for scripts and styles, as sites with inline scripts do. */
const nonceCsp = (nonce) =>
  `default-src 'self'; script-src 'nonce-${nonce}' 'strict-dynamic'; style-src 'nonce-${nonce}'; object-src 'none'; base-uri 'none'; ` +
  "require-trusted-types-for 'script'; trusted-types lit-html; report-uri /__csp-report";

/** renderStatic from the build (lib/static/), for the fallback pages; loaded on first use. */
let staticModule = null;
const renderStatic = async (options) => {
  staticModule ??= await import(new URL('../../lib/static/index.js', import.meta.url).href);
  return staticModule.renderStatic(options);
};

/** Pages whose widget script is held until they have painted: token -> release. */
const paintedPages = new Map();

/** CSP violation reports the browsers sent (POST /__csp-report), read and emptied by GET /__csp-reports. */
const cspReports = [];

const ARTICLE = `<main>
  <h1>A story about work abroad</h1>
  <p>Recruiters promised good wages. What people found was different.</p>
  <div id="help"></div>
  <p>More of the story, after the place for help.</p>
</main>`;

/** The article with the place for help at a fixed width, so that pages with different CSS compare. */
const FIXED_ARTICLE = ARTICLE.replace('<div id="help"></div>', '<div id="help" style="display: block; width: 640px"></div>');

/** Escapes text for an attribute value. */
const attribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * A host page. `script`: where the widget's script goes (`head`, `body-start`,
 * `body-end`), how (`defer`, `async`, `plain`) and its data-* attributes;
 * `before`/`after`: inline scripts around it; `nonce`: put on every script.
 */
export function hostPage({ title = 'Host page', lang = 'en', dir, head = '', body = ARTICLE, script = {}, before = '', after = '', nonce, integrity }) {
  const nonceAttribute = nonce ? ` nonce="${nonce}"` : '';
  const inline = (code) => (code ? `<script${nonceAttribute}>${code}</script>` : '');
  const data = Object.entries(script.data ?? {})
    .map(([key, value]) => ` data-${key}="${attribute(value)}"`)
    .join('');
  const mode = script.mode && script.mode !== 'plain' ? ` ${script.mode}` : '';
  const sri = integrity ? ` integrity="${integrity}" crossorigin="anonymous"` : '';
  const tag = script.none ? '' : `${inline(before)}<script src="${script.src ?? SCRIPT}"${mode}${sri}${data}${nonceAttribute}></script>${inline(after)}`;
  const where = script.where ?? 'body-end';
  return `<!doctype html>
<html lang="${lang}"${dir ? ` dir="${dir}"` : ''}>
<head>
<meta charset="utf-8">
<title>${title}</title>
<script src="/tests/embed/recorder.js"${nonceAttribute}></script>
${head}
${where === 'head' ? tag : ''}
</head>
<body>
${where === 'body-start' ? tag : ''}
${body}
${where === 'body-end' ? tag : ''}
</body>
</html>`;
}

/** The settings of the CSP pages: every element, a country and language from the query. */
const cspData = (query) => ({
  country: query.country ?? 'GB',
  components: 'banner quick-exit checklist',
  target: '#help',
  'exit-url': '__EXIT_ORIGIN__/tests/pages/exit-target.html?from=csp',
  ...(query.lang ? { lang: query.lang } : {}),
  ...(query.audience ? { audience: query.audience } : {}),
});

const CONFIG = { country: 'GB', components: ['banner', 'quick-exit', 'checklist'], target: '#help' };
const configScript = `window.HotlineWidgetConfig = ${JSON.stringify(CONFIG)};`;

/** The settings of issue 18's hostile pages: every element, and the exit at `exit`. */
const hostileData = (query) => ({ country: 'GB', components: 'banner quick-exit checklist', target: '#help', 'exit-url': `__EXIT_ORIGIN__${query.exit ?? '/tests/pages/exit-target.html?from=hostile'}` });

/** HotlineWidgetConfig values that must cost one key, never the widget (issue 18, findings 4, 6 and 7). */
const ODD_CONFIGS = {
  'throwing-getter': `window.HotlineWidgetConfig = { get country() { throw new Error('a getter that throws'); }, theme: 'dark' };`,
  'throwing-proxy': `window.HotlineWidgetConfig = new Proxy({}, { ownKeys() { throw new Error('a Proxy that throws'); } });`,
  'no-prototype': `window.HotlineWidgetConfig = { hotlines: [{ country: 'GB', name: 'Our line', phone: '+44 20 7946 0000', organisation: Object.create(null) }], shortcut: [Object.create(null)] };`,
  'empty-lists': `window.HotlineWidgetConfig = { shortcut: [], components: [] };`,
  // Finding 11: a trunk digit, an email that copies someone, a chat address without a scheme, an empty label.
  'own-line-details': `window.HotlineWidgetConfig = { strings: { 'quickExit.label': '' }, hotlines: [
  { country: 'GB', name: 'Our line', phone: '+44 (0)20 7946 0000' },
  { country: 'GB', name: 'Our mailbox', email: 'help@org.example?bcc=spy%40evil.example' },
  { country: 'GB', name: 'Our chat', chat: '//evil.example/chat' },
] };`,
};

/**
 * Finding 5: what a naive deep merge of `?__proto__[…]=…` writes on a host
 * page, before the script: a chat link, a premium number for short codes, a
 * free call, a label for dedicated lines, an exit address.
 */
const POLLUTION = `for (const [key, value] of Object.entries({
  chat: 'javascript:alert(document.domain)', web: 'https://evil.example/', e164: '+19005550199', free: true,
  'anti-trafficking': 'Polluted label', 'violence-against-women': 'Polluted label', exitUrl: 'https://evil.example/exit',
})) Object.defineProperty(Object.prototype, key, { value, writable: true, configurable: true, enumerable: false });`;

/** Object.prototype written with enumerable CSS properties that would shrink, move or clip a cover set from an object. */
const STYLE_POLLUTION = `for (const [key, value] of Object.entries({ transform: 'scale(0)', translate: '-200vw', 'clip-path': 'inset(50%)' })) Object.defineProperty(Object.prototype, key, { value, writable: true, configurable: true, enumerable: true });`;

/**
 * The pages by name. Load orders: `order-<where>-<mode>-<config>` for every
 * place, mode and way of configuring (data-* attributes, the global set before
 * the script, or after it).
 */
const PAGES = {
  order: ({ query }) => {
    const where = query.where ?? 'body-end';
    const mode = query.mode ?? 'plain';
    const config = query.config ?? 'data';
    const data = config === 'data' ? { country: CONFIG.country, components: CONFIG.components.join(' '), target: CONFIG.target } : {};
    return {
      html: hostPage({
        script: { where, mode, data },
        before: config === 'before' ? configScript : '',
        // "after": the configuration comes later in the page than the script, as a CMS block might put it.
        after: config === 'after' ? configScript : '',
      }),
    };
  },
  // The elements written in the page's HTML, before the script that defines them.
  'elements-first': () => ({
    html: hostPage({
      body: ARTICLE.replace(
        '<div id="help"></div>',
        '<div id="help"><hotline-banner country="GB"></hotline-banner><hotline-signs-checklist country="GB"></hotline-signs-checklist></div>',
      ).replace('<main>', '<hotline-quick-exit></hotline-quick-exit><main>'),
      script: { where: 'body-end', data: { components: 'none' } },
    }),
  }),
  // Configured by HotlineWidget.configure() once the page has loaded.
  configured: () => ({
    html: hostPage({
      script: { where: 'head', mode: 'defer', data: { components: 'none' } },
      after: `document.addEventListener('DOMContentLoaded', () => window.HotlineWidget.configure(${JSON.stringify(CONFIG)}));`,
    }),
  }),
  // Issue 7's strict headers: only files from this origin, Trusted Types enforced.
  csp: ({ query }) => ({
    headers: { 'Content-Security-Policy': STRICT_CSP },
    html: hostPage({ script: { where: query.where ?? 'body-end', mode: query.mode, data: cspData(query) } }),
  }),
  // The strict policy on a page whose own Lit took the "lit-html" policy name first.
  'csp-lit-taken': () => ({
    headers: { 'Content-Security-Policy': STRICT_CSP },
    html: hostPage({ head: '<script src="/tests/embed/host-lit-policy.js"></script>', script: { data: { ...cspData({}), 'exit-url': '__EXIT_ORIGIN__/tests/pages/exit-target.html?from=lit-taken' } } }),
  }),
  'csp-nonce': ({ query, nonce }) => ({
    headers: { 'Content-Security-Policy': nonceCsp(nonce) },
    html: hostPage({ nonce, script: { where: 'head', mode: 'defer', data: cspData(query) } }),
  }),
  // The script with its Subresource Integrity hash, as the README's snippet has it.
  // `from=other`: the script from the server's other name, another origin (sent with
  // Access-Control-Allow-Origin, as a CDN sends it); `crossorigin=0`: the tag without crossorigin,
  // as a tag manager that drops the attribute would write it.
  sri: ({ query }) => {
    const sri = JSON.parse(readFileSync(new URL('../../dist/sri.json', import.meta.url), 'utf8'));
    const integrity = query.tampered ? 'sha384-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' : sri['hotline-widget.js'];
    const data = { country: 'GB', components: 'banner quick-exit', target: '#help' };
    if (query.from !== 'other') return { html: hostPage({ integrity, script: { data } }) };
    const attributes = Object.entries(data).map(([key, value]) => ` data-${key}="${attribute(value)}"`).join('');
    const crossorigin = query.crossorigin === '0' ? '' : ' crossorigin="anonymous"';
    return { html: hostPage({ script: { none: true }, body: `${ARTICLE}<script src="__EXIT_ORIGIN__${SCRIPT}?cors=1" integrity="${integrity}"${crossorigin}${attributes}></script>` }) };
  },
  // docs/examples/gtm/custom-html-tag.html as a tag manager adds it (tests/embed/tag-manager.js), the
  // script's address and integrity those of this build; the page has the empty element the tag targets.
  'tag-manager': () => {
    const sri = JSON.parse(readFileSync(new URL('../../dist/sri.json', import.meta.url), 'utf8'));
    const tag = readFileSync(new URL('../../docs/examples/gtm/custom-html-tag.html', import.meta.url), 'utf8')
      .replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/hotline-widget@[^"]+\/dist\/hotline-widget\.js/, SCRIPT)
      .replace('sha384-…(from dist/sri.json)', sri['hotline-widget.js']);
    return { html: hostPage({ head: `<template id="tag">${tag}</template>\n<script src="/tests/embed/tag-manager.js"></script>`, script: { none: true } }) };
  },
  // A staff portal showing docs/examples/portal/staff-help.html in a frame: from this address
  // (`frame=same`) or from the server's other name (`frame=other`), sandboxed as `sandbox` says.
  portal: ({ query }) => {
    const origin = query.frame === 'other' ? '__EXIT_ORIGIN__' : '';
    const sandbox = query.sandbox === undefined ? '' : ` sandbox="${attribute(query.sandbox)}"`;
    const src = `${origin}/embed/staff-help.html?from=${encodeURIComponent(query.from ?? 'portal')}`;
    return {
      html: hostPage({
        title: 'Staff portal',
        script: { none: true },
        body: `<main><h1>Staff portal</h1><iframe id="inner" title="Staff help" src="${src}"${sandbox} style="width: 800px; height: 600px; border: 0"></iframe></main>`,
      }),
    };
  },
  // The script twice: the same file, and a second copy under another name (another version).
  twice: () => ({
    html: hostPage({
      body: `${ARTICLE}<script src="${SCRIPT}" data-country="GB" data-target="#help"></script><script src="${SCRIPT}" data-country="GB" data-target="#help"></script><script src="/embed/copy/hotline-widget.js" data-country="US"></script>`,
      script: { none: true },
    }),
  }),
  // Failures: a language or data file missing beside the script (404).
  'missing-language': () => ({
    html: hostPage({ script: { src: '/embed/without-messages-fr/hotline-widget.js', data: { country: 'GB', lang: 'fr', components: 'banner quick-exit checklist', target: '#help' } } }),
  }),
  'missing-signs': () => ({
    html: hostPage({ script: { src: '/embed/without-checklist/hotline-widget.js', data: { country: 'GB', components: 'banner quick-exit checklist', target: '#help' } } }),
  }),
  'missing-data': () => ({
    html: hostPage({ script: { src: '/embed/without-europe/hotline-widget.js', data: { country: 'IT', components: 'banner quick-exit checklist', target: '#help' } } }),
  }),
  // Hosts that changed the platform before the script: a frozen Object.prototype,
  // a customElements.define that throws, another library's <hotline-banner>.
  frozen: () => ({ html: hostPage({ head: '<script>Object.freeze(Object.prototype);</script>', script: { data: { country: 'GB', components: 'banner quick-exit checklist', target: '#help' } } }) }),
  'define-replaced': () => ({
    html: hostPage({
      head: `<script>customElements.define = () => { throw new Error('this host replaced customElements.define'); };</script>`,
      script: { data: { country: 'GB', components: 'banner quick-exit checklist', target: '#help', 'exit-url': '__EXIT_ORIGIN__/tests/pages/exit-target.html?from=define-replaced' } },
    }),
  }),
  'defined-elsewhere': () => ({
    html: hostPage({
      head: `<script>customElements.define('hotline-banner', class extends HTMLElement { connectedCallback() { this.textContent = 'Another library'; } });</script>`,
      script: { data: { country: 'GB', components: 'banner quick-exit checklist', target: '#help' } },
    }),
  }),
  // Containers: the widget in a same-origin frame of a portal, and inside a host
  // page's own web component (its elements in the component's shadow root).
  framed: () => ({
    html: hostPage({ script: { none: true }, body: '<main><h1>Staff portal</h1><iframe id="inner" src="/embed/plain.html" style="width: 600px; height: 900px; border: 0"></iframe></main>' }),
  }),
  'shadow-host': () => ({
    html: hostPage({
      head: `<script>
customElements.define('news-app', class extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML =
      '<style>:host { display: block; font: 16px serif; } p { color: #333; }</style>' +
      '<p>A story inside the site’s own component.</p>' +
      '<hotline-quick-exit position="inline" href="__EXIT_ORIGIN__/tests/pages/exit-target.html?from=shadow"></hotline-quick-exit>' +
      '<hotline-banner country="GB"></hotline-banner><hotline-signs-checklist country="GB"></hotline-signs-checklist>';
  }
});
</script>`,
      body: '<news-app></news-app>',
      script: { data: { components: 'none' } },
    }),
  }),
  // Issue 7's hostile host CSS, with a cookie banner at the highest z-index;
  // `widget=0` is the same page without the widget, to compare the host's layout.
  hostile: ({ query }) => ({
    html: hostPage({
      head: `<style>
* { all: unset }
* { box-sizing: content-box !important }
button, a { display: none !important }
html { font-size: 5px }
h1 { position: relative; z-index: 99999 }
head, style, script, title { display: none }
main, p, h1, div { display: block }
#cookie-banner { position: fixed; inset: auto 0 0 0; z-index: 2147483647; background: #222; color: #fff; padding: 8px }
/* A scrollbar whether or not the widget makes the page taller, so that layouts compare. */
html { overflow-y: scroll }
</style>`,
      body: `${FIXED_ARTICLE}<div id="cookie-banner">We use cookies. <button>Accept</button></div>`,
      script: query.widget === '0' ? { none: true } : { data: { country: 'GB', components: 'banner quick-exit checklist', target: '#help' } },
    }),
  }),
  // Hostile hosts of issue 18, each leaving to `exit` (a path of the test
  // server). `clobbered`: markup named after document's members, as a comment
  // section or an author's post may hold, on a page with the snippet deferred.
  clobbered: ({ query }) => ({
    html: hostPage({
      body: `${ARTICLE}<section id="comments"><form name="defaultView"></form><img name="body" alt=""><img name="documentElement" alt=""><embed name="head"><form name="title"></form><img name="currentScript" alt=""><img name="defaultView" alt=""><img name="baseURI" alt=""><form name="addEventListener"></form><img name="removeEventListener" alt=""><img name="dispatchEvent" alt=""><img name="createDocumentFragment" alt=""></section>`,
      script: { where: 'head', mode: 'defer', data: hostileData(query) },
    }),
  }),
  // An element whose id makes it window.HotlineWidget before the deferred script runs.
  'named-global': ({ query }) => ({
    html: hostPage({
      body: `${ARTICLE}<p><a id="HotlineWidget" href="#c1">Reply to a comment</a></p>`,
      script: { where: 'head', mode: 'defer', data: hostileData(query) },
    }),
  }),
  // Once the widget is ready, the page's own code breaks what an exit could use.
  'broken-builtins': ({ query }) => ({
    html: hostPage({
      script: { data: hostileData(query) },
      after: `document.addEventListener('hotline-ready', () => {
  const boom = () => { throw new Error('this host broke it'); };
  for (const name of ['forEach', 'filter', 'map', 'includes', Symbol.iterator]) Array.prototype[name] = boom;
  Document.prototype.createElement = boom;
  Element.prototype.append = boom;
  Event.prototype.composedPath = boom;
  Object.defineProperty(Object.prototype, 'pointer', { get: boom, configurable: true });
});`,
    }),
  }),
  'polluted': ({ query }) => ({
    html: hostPage({
      before: POLLUTION,
      body: ARTICLE.replace('<div id="help"></div>', '<div id="help"></div><hotline-banner country="DE"></hotline-banner><hotline-banner country="BR"></hotline-banner>'),
      // The way out to the test's exit page where it asks (`exit`), else the default.
      script: { data: query.exit ? hostileData(query) : { country: 'GB', components: 'banner quick-exit checklist', target: '#help' } },
    }),
  }),
  'polluted-styles': ({ query }) => ({
    html: hostPage({ before: STYLE_POLLUTION, script: { data: hostileData(query) } }),
  }),
  // The heavy article of npm run bench (tests/embed/heavy-article.mjs), with the recorders, the
  // widget's script held until the page has painted (as it arrives on a real network), and, with
  // `held=1`, an image that holds the page's load event back.
  'heavy-article': ({ query }) => {
    const token = randomBytes(8).toString('hex');
    const painted = `<script>requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => fetch('/embed/painted/${token}'), 50)));</script>`;
    return {
      html: heavyArticle({
        widget: query.widget ?? 'both',
        src: `/embed/slow/hotline-widget.js?token=${token}`,
        head: `<script src="/tests/embed/recorder.js"></script><script src="/tests/embed/shift-recorder.js"></script>${painted}`,
        end: query.held ? `<img src="/embed/held/${token}.png" alt="">` : '',
      }),
    };
  },
  // Finding 11: a data file changed on the way.
  tampered: () => ({
    html: hostPage({ script: { src: '/embed/tampered/hotline-widget.js', data: { country: 'IT', components: 'banner quick-exit', target: '#help' } } }),
  }),
  // Finding 9: the data files never answer (the server holds them for a minute).
  stalled: () => ({
    html: hostPage({ script: { src: '/embed/stalled/hotline-widget.js', data: { country: 'IT', components: 'banner quick-exit', target: '#help' } } }),
  }),
  // Settings a site owner could get wrong without meaning anything: `config` is
  // one of ODD_CONFIGS, set as HotlineWidgetConfig before the script.
  'odd-config': ({ query }) => ({
    html: hostPage({
      before: ODD_CONFIGS[query.config] ?? '',
      script: { data: { ...hostileData(query), ...(query.config === 'empty-data' ? { components: '', shortcut: '' } : {}) } },
    }),
  }),
  // A visitor's page for the automatic country: the README's snippet with every
  // element, and no country unless the query sets one (`country=US`).
  visitor: ({ query }) => ({
    html: hostPage({
      lang: query.lang ?? 'en',
      script: { data: { components: 'banner quick-exit checklist', target: '#help', ...(query.country ? { country: query.country } : {}) } },
    }),
  }),
  // Scale: `count` banners on one page (countries in turn, built-in and from data/).
  many: ({ query }) => {
    const count = Number(query.count ?? 500);
    const countries = ['GB', 'US', 'DE', 'IT', 'KE', 'PH', 'BR', 'IN'];
    const banners = Array.from({ length: count }, (_, index) => `<hotline-banner country="${countries[index % countries.length]}" variant="compact"></hotline-banner>`).join('\n');
    return {
      html: hostPage({
        title: `${count} banners`,
        head: '<script src="/tests/embed/render-timer.js"></script>',
        body: `<main><h1>${count} banners</h1>${banners}</main>`,
        script: { data: { components: 'none' } },
      }),
    };
  },
  // A realistic article: `widget=none` (the page alone), `widget=banner` (the
  // snippet in the middle of the story), `widget=reserved` (the same, with the
  // banner's space reserved by the site's CSS, as docs/works-on-any-page.md shows).
  article: ({ query }) => {
    const widget = query.widget ?? 'banner';
    const paragraphs = Array.from({ length: 12 }, (_, index) => `<p>Paragraph ${index + 1} of the story: recruiters, promises of work abroad, debts that never go down, and the people who noticed and called for help. The reporting took months and many interviews.</p>`);
    // Reserved: the banner written in the page where it goes, its height kept by the site's CSS.
    const reserve = widget === 'reserved' ? '<style>hotline-banner { display: block; min-height: 420px; }</style>' : '';
    // `slow`: the script arrives after the page's first paint, as on a slow connection:
    // the server holds it until the page says it has painted (or half a second, for npm run bench).
    const token = randomBytes(8).toString('hex');
    const src = query.slow ? `/embed/slow/hotline-widget.js?token=${token}` : '/dist/hotline-widget.js';
    const painted = query.slow
      ? `<script>requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => fetch('/embed/painted/${token}'), 50)));</script>`
      : '';
    const snippets = {
      none: '',
      banner: `<script src="${src}" data-country="GB" async></script>`,
      reserved: `<hotline-banner></hotline-banner><script src="${src}" data-country="GB" data-components="quick-exit" async></script>`,
    };
    const snippet = snippets[widget] ?? '';
    return {
      html: hostPage({
        title: 'A story about work abroad',
        head: `<style>body { max-width: 42em; margin: 0 auto; font: 18px/1.6 Georgia, serif; padding: 0 1em; } .figure { height: 220px; background: #ccd; }</style>${reserve}${painted}`,
        body: `<article><h1>A story about work abroad</h1><div class="figure"></div>${paragraphs.slice(0, 3).join('')}${snippet}${paragraphs.slice(3).join('')}</article>`,
        script: { none: true },
      }),
    };
  },
  // A plain page with nothing but the widget: the reference the others are compared to.
  plain: ({ query }) => ({
    html: hostPage({
      lang: query.lang ?? 'en',
      dir: query.dir,
      body: query.fixed ? FIXED_ARTICLE : ARTICLE,
      script: {
        data: {
          country: query.country ?? 'GB',
          components: query.components ?? 'banner quick-exit checklist',
          target: '#help',
          ...(query.audience ? { audience: query.audience } : {}),
          ...(query.exit ? { 'exit-url': `__EXIT_ORIGIN__${query.exit}` } : {}),
        },
      },
    }),
  }),
};

/** The page at /embed/<name>.html, or null: `{ html, headers }` (for the test runner and `npm run bench`). */
export function renderEmbedPage(path, query) {
  const match = /^\/embed\/([a-z-]+)\.html$/.exec(path);
  const page = match && PAGES[match[1]];
  if (!page) return null;
  const nonce = randomBytes(16).toString('base64');
  return page({ query, nonce });
}

const DIST = new URL('../../dist/', import.meta.url);
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends <folder>/<file> byte for byte, as a CDN or a static host serves it (not
 * through the test server's own transforms: esbuild would rewrite the script,
 * and its Subresource Integrity hash would no longer match); `change` makes
 * another version of it. A 404 for anything missing or outside the folder.
 */
export function sendFrom(folder, context, file, change) {
  const url = new URL(file, folder);
  let body;
  try {
    if (!url.href.startsWith(folder.href)) throw new Error('outside the folder');
    body = readFileSync(url);
  } catch {
    context.status = 404;
    return;
  }
  context.type = file.endsWith('.js') ? 'text/javascript' : 'application/json';
  context.set('Cache-Control', 'no-store');
  context.body = change ? change(body.toString('utf8')) : body;
}

/** dist/<file>, as built (sendFrom). */
const sendBuilt = (context, file, change) => sendFrom(DIST, context, file, change);

/** Until the page with this token says it has painted (or 5 s, should it never say so). */
function untilPainted(token) {
  return new Promise((resolve) => {
    paintedPages.set(token, resolve);
    setTimeout(resolve, 5000);
  }).finally(() => paintedPages.delete(token));
}

/**
 * A story with the static fallback inside <hotline-banner> (renderStatic's `fallback`, for the
 * query's `country`, `lang` and `variant`) and text under it (#after), as a site that syndicates
 * its stories writes it. `script`: `slow` (the default: the widget's script, with only the quick
 * exit to mount, released once the page has painted), `blocked` (the same script from another
 * origin, which the page's policy refuses), or `none`. `csp=strict`: a policy without inline
 * styles, which refuses the fallback's own <style>.
 */
async function sendFallbackPage(context) {
  const { country = 'GB', lang = 'en', variant, script = 'slow', csp } = context.query;
  const fallback = await renderStatic({ country: country === 'none' ? null : country, lang, format: 'fallback', ...(variant ? { variant } : {}) });
  const token = randomBytes(8).toString('hex');
  const attributes = `${country === 'none' ? '' : ` country="${attribute(country)}"`} lang="${attribute(lang)}"${variant ? ` variant="${attribute(variant)}"` : ''}`;
  const src = script === 'blocked' ? `${exitOriginOf(context)}/dist/hotline-widget.js` : `/embed/slow/hotline-widget.js?token=${token}`;
  const widget = script === 'none' ? '' : `<script src="${src}" data-components="quick-exit" async></script>`;
  const policies = [];
  if (script === 'blocked') policies.push("script-src 'self'");
  if (csp === 'strict') policies.push("style-src 'self'");
  if (policies.length > 0) context.set('Content-Security-Policy', policies.join('; '));
  context.type = 'text/html';
  context.set('Cache-Control', 'no-store');
  context.body = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>A story with the fallback</title>
<script src="/tests/embed/recorder.js"></script>
<script src="/tests/embed/shift-recorder.js"${script === 'slow' ? ` data-token="${token}"` : ''}></script>
</head>
<body>
<main>
<h1>A story about work abroad</h1>
<p>Recruiters promised good wages. What people found was different.</p>
<hotline-banner${attributes}>${fallback}</hotline-banner>
<p id="after">More of the story, under the help.</p>
</main>
${widget}
</body>
</html>`;
}

/**
 * docs/examples/portal/staff-help.html with this build's script, its quick exit
 * leaving for the exit page on the other of the server's two names (localhost,
 * 127.0.0.1) than the one the page is served from: another origin, as an exit
 * address must be, in a portal's frame of either origin.
 */
function sendStaffHelp(context) {
  const port = context.host.split(':')[1];
  const exitHost = context.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  const exit = `${context.protocol}://${exitHost}:${port}/tests/pages/exit-target.html?from=${encodeURIComponent(context.query.from ?? 'staff-help')}`;
  const page = readFileSync(new URL('../../docs/examples/portal/staff-help.html', import.meta.url), 'utf8');
  const served = page.replace(/<script src="[^"]*\/dist\/hotline-widget\.js"/, `<script src="${SCRIPT}" data-exit-url="${attribute(exit)}"`);
  if (served === page) throw new Error('docs/examples/portal/staff-help.html has no script tag for dist/hotline-widget.js');
  context.type = 'text/html';
  context.set('Cache-Control', 'no-store');
  context.body = served.replace('<head>', '<head>\n<script src="/tests/embed/recorder.js"></script>');
}

/**
 * Serves the pages of PAGES at /embed/<name>.html, dist/ as built, and the
 * widget's files under other addresses, each with one twist: another version
 * (/embed/copy/), the script held until the page has painted (/embed/slow/),
 * the data files late (/embed/slow-data/), some files missing
 * (/embed/without-<name>/); and the CSP reports the pages send.
 */
export const embedPagesMiddleware = async (context, next) => {
  const { path } = context;
  const built = /^\/dist\/([\w./-]+\.(js|json))$/.exec(path);
  // `?cors=1`: as a CDN serves it to pages of other sites.
  if (built && context.query.cors) context.set('Access-Control-Allow-Origin', '*');
  if (built) return sendBuilt(context, built[1]);
  if (path === '/__csp-report' && context.method === 'POST') {
    let body = '';
    for await (const chunk of context.req) body += chunk;
    cspReports.push(body);
    context.status = 204;
    return;
  }
  if (path === '/__csp-reports') {
    context.type = 'application/json';
    context.body = JSON.stringify(cspReports.splice(0));
    return;
  }
  const copy = /^\/embed\/copy\/(.+)$/.exec(path);
  if (copy) {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    return sendBuilt(context, copy[1], (text) => text.replaceAll(`"${version}"`, '"0.0.1-other"'));
  }
  const slow = /^\/embed\/slow\/(.+)$/.exec(path);
  if (slow) {
    if (slow[1] === 'hotline-widget.js') await untilPainted(context.query.token);
    return sendBuilt(context, slow[1]);
  }
  // /embed/tampered/: the script and the manifest as built, every other data file with one number changed on the way.
  const tampered = /^\/embed\/tampered\/(.+)$/.exec(path);
  if (tampered) {
    const changed = /^data\/(?!manifest\.json)/.test(tampered[1]);
    return sendBuilt(context, tampered[1], changed ? (text) => text.replace(/("e164":"\+\d+)(\d)"/, (_, start, digit) => `${start}${(Number(digit) + 1) % 10}"`) : undefined);
  }
  // /embed/stalled/: the script at once, its data files only after 20 s, long after the widget gave up on them.
  const stalled = /^\/embed\/stalled\/(.+)$/.exec(path);
  if (stalled) {
    if (stalled[1] !== 'hotline-widget.js') await wait(20000);
    return sendBuilt(context, stalled[1]);
  }
  // /embed/held/: an image that answers only after 30 s: the page's load event waits for it.
  if (/^\/embed\/held\/\w+\.png$/.test(path)) {
    await wait(30000);
    context.status = 404;
    return;
  }
  const slowData = /^\/embed\/slow-data\/(.+)$/.exec(path);
  if (slowData) {
    await wait(800);
    return sendBuilt(context, `data/${slowData[1]}`);
  }
  const painted = /^\/embed\/painted\/(\w+)$/.exec(path);
  if (painted) {
    paintedPages.get(painted[1])?.();
    context.status = 204;
    return;
  }
  // /embed/without-europe/data/europe-1.json is a 404.
  const without = /^\/embed\/without-([a-z-]+)\/(.+)$/.exec(path);
  if (without) {
    const [, missing, file] = without;
    if (file.startsWith(`data/${missing}`)) {
      context.status = 404;
      return;
    }
    return sendBuilt(context, file);
  }
  if (path === '/embed/staff-help.html') return sendStaffHelp(context);
  if (path === '/embed/fallback.html') return sendFallbackPage(context);
  const rendered = renderEmbedPage(path, context.query);
  if (!rendered) return next();
  const { html, headers = {} } = rendered;
  context.type = 'text/html';
  context.set('Cache-Control', 'no-store');
  for (const [name, value] of Object.entries(headers)) context.set(name, value);
  // Exit pages are on another origin than the page (tests/tabs.ts EXIT_ORIGIN), as the quick exit requires.
  context.body = html.replaceAll('__EXIT_ORIGIN__', exitOriginOf(context));
};

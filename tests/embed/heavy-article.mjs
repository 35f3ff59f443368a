// A heavy news article page, of the size and shape of a real one, for `npm run bench`'s
// heavy-article scenario and the tests that check the widget's cost at load on it:
//
// - a header with a sticky bar and a mega-menu (600 links, most in hidden drop-downs);
// - the story: headline, byline, share buttons with inline SVG icons, a lead figure, 36
//   paragraphs with links, figures, pull quotes and ad slots, a newsletter form;
// - the widget's snippet under the story (where an outlet puts it), then the comments
//   (200 of them), a grid of 120 more stories, and a footer of 400 links;
// - a large stylesheet (about 200 KB: utility classes, components, descendant and sibling
//   selectors, :nth-child, :not(), attribute selectors, custom properties, media queries);
// - its own scripts: a data layer, a scroll listener for the sticky bar, lazy figures through
//   an IntersectionObserver, a "trending" list built at DOMContentLoaded, a ticker that
//   changes a line every second.
//
// Everything comes from a seeded generator: the same page every time, about 4,200 elements.
// `widget`: `none` (the page alone), `script` (the script with data-components="none"),
// `exit` (the quick exit only), `banner` (the banner only) or `both` (banner and quick exit,
// the default: what an outlet puts under a story).

/** A small deterministic generator (mulberry32), so that every run gets the same page. */
function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they you were ' +
  'her she there been one all we their has would when if so no will can more about said its also into only other some time ' +
  'recruiter agency wages contract passport debt worker farm factory port city council police report court family village ' +
  'season harvest shift dormitory employer visa border journey promise interview investigation charity helpline minister'
).split(' ');

const SECTIONS = ['News', 'World', 'Business', 'Politics', 'Climate', 'Science', 'Health', 'Culture', 'Sport', 'Travel', 'Opinion', 'Video'];

/** The page's stylesheet: large, and written the way big sites' stylesheets are. */
function stylesheet(random) {
  const rules = [
    ':root { --ink: #1a1a1a; --muted: #5c5c5c; --accent: #b00020; --paper: #fff; --rule: #ddd; --gap: 16px; }',
    '*, *::before, *::after { box-sizing: border-box; }',
    'body { margin: 0; font: 18px/1.6 Georgia, "Times New Roman", serif; color: var(--ink); background: var(--paper); }',
    'a { color: inherit; text-decoration-thickness: 1px; text-underline-offset: 2px; }',
    '.site-header { position: sticky; top: 0; z-index: 50; background: var(--paper); border-bottom: 1px solid var(--rule); }',
    '.site-header.is-scrolled { box-shadow: 0 2px 6px rgba(0,0,0,.15); }',
    '.nav { display: flex; flex-wrap: wrap; gap: 0 18px; padding: 0 24px; font: 15px/1 system-ui, sans-serif; }',
    '.nav > li { list-style: none; position: relative; }',
    '.nav > li > a { display: block; padding: 14px 0; text-decoration: none; font-weight: 600; }',
    '.nav > li:hover > .mega, .nav > li:focus-within > .mega { display: grid; }',
    '.mega { display: none; position: absolute; top: 100%; left: 0; grid-template-columns: repeat(3, 200px); gap: 8px 24px; padding: 16px; background: #fff; box-shadow: 0 8px 24px rgba(0,0,0,.2); }',
    '.layout { display: grid; grid-template-columns: minmax(0, 1fr) 300px; gap: 40px; max-width: 1180px; margin: 0 auto; padding: 24px; }',
    '@media (max-width: 900px) { .layout { grid-template-columns: 1fr; } .rail { display: none; } }',
    '.story h1 { font-size: 42px; line-height: 1.1; margin: 0 0 12px; }',
    '.story p { margin: 0 0 1.1em; }',
    '.story p:first-of-type::first-letter { float: left; font-size: 3.4em; line-height: .8; padding: 4px 8px 0 0; }',
    '.story > p + p { text-indent: 0; }',
    '.story figure { margin: 24px 0; }',
    '.story figure .img { aspect-ratio: 16 / 9; background: linear-gradient(135deg, #cfd8dc, #90a4ae); }',
    '.story figcaption { font: 14px/1.4 system-ui, sans-serif; color: var(--muted); margin-top: 6px; }',
    '.pull { font-size: 26px; line-height: 1.3; border-left: 4px solid var(--accent); padding-left: 16px; margin: 32px 0; }',
    '.ad { min-height: 250px; background: repeating-linear-gradient(45deg, #f4f4f4, #f4f4f4 10px, #eee 10px, #eee 20px); margin: 32px 0; display: grid; place-items: center; font: 12px system-ui; color: #999; }',
    '.share { display: flex; gap: 8px; margin: 12px 0 24px; } .share a { width: 36px; height: 36px; border-radius: 50%; display: grid; place-items: center; border: 1px solid var(--rule); }',
    '.share svg { width: 18px; height: 18px; fill: currentColor; }',
    '.comments li:nth-child(odd) { background: #fafafa; } .comments li:nth-child(3n + 1) .comment-meta { color: var(--accent); }',
    '.comments li + li { border-top: 1px solid var(--rule); }',
    '.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 24px; }',
    '.card:not(.card--lead) h3 { font-size: 18px; } .card--lead { grid-column: span 2; }',
    '.card [data-kicker]::before { content: attr(data-kicker) " · "; color: var(--accent); font-weight: 700; }',
    '.footer { background: #111; color: #eee; padding: 40px 24px; columns: 5 180px; font: 14px/1.8 system-ui, sans-serif; }',
    '.footer a:not(:hover) { text-decoration: none; }',
    // The trending list is written by the page's script: its place is kept, so that the page alone never shifts.
    '#trending { height: 1400px; overflow: hidden; }',
    '.ticker { font: 13px system-ui; padding: 6px 24px; background: #fff3f3; }',
    '.newsletter input[type="email"] { font: inherit; padding: 8px; width: 60%; } .newsletter button[type="submit"] { font: inherit; padding: 8px 16px; }',
  ];
  // Utility classes and component variants, as a design system generates them: most unused by this page.
  const properties = ['margin', 'padding', 'margin-top', 'margin-bottom', 'padding-left', 'padding-right', 'gap', 'width', 'max-width', 'min-height'];
  for (const property of properties) {
    for (let step = 0; step <= 40; step++) rules.push(`.u-${property}-${step} { ${property}: ${step * 4}px !important; }`);
  }
  const colors = ['red', 'blue', 'green', 'grey', 'gold', 'teal', 'plum', 'navy'];
  for (const color of colors) {
    for (let shade = 1; shade <= 9; shade++) {
      const value = `hsl(${Math.floor(random() * 360)} ${30 + shade * 5}% ${95 - shade * 9}%)`;
      rules.push(`.u-bg-${color}-${shade} { background-color: ${value}; } .u-text-${color}-${shade} { color: ${value}; } .u-border-${color}-${shade} { border-color: ${value}; }`);
    }
  }
  const components = ['card', 'teaser', 'promo', 'module', 'list', 'rail', 'hero', 'byline', 'kicker', 'badge', 'tag', 'media'];
  for (const component of components) {
    for (let variant = 0; variant < 60; variant++) {
      rules.push(
        `.${component}--v${variant} .${component}__title { font-size: ${14 + (variant % 12)}px; letter-spacing: ${(variant % 5) / 100}em; }`,
        `.${component}--v${variant} > .${component}__body p:not(:last-child) { margin-bottom: ${variant % 9}px; }`,
        `.section-${SECTIONS[variant % SECTIONS.length].toLowerCase()} .${component}--v${variant} a[href^="/${SECTIONS[variant % SECTIONS.length].toLowerCase()}"] { color: hsl(${variant * 12} 60% 35%); }`,
      );
    }
  }
  for (const width of [480, 640, 768, 1024, 1280, 1440]) {
    const inside = components.map((component) => `.${component}--m${width} { display: ${width % 3 ? 'block' : 'flex'}; padding: ${width / 80}px; }`).join(' ');
    rules.push(`@media (min-width: ${width}px) { ${inside} }`);
  }
  return rules.join('\n');
}

const ICON = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M18 16.1c-.8 0-1.5.3-2 .8l-7.1-4.2c.1-.2.1-.5.1-.7s0-.5-.1-.7L16 7.2c.5.5 1.2.8 2 .8 1.7 0 3-1.3 3-3s-1.3-3-3-3-3 1.3-3 3c0 .2 0 .5.1.7L8 9.8C7.5 9.3 6.8 9 6 9c-1.7 0-3 1.3-3 3s1.3 3 3 3c.8 0 1.5-.3 2-.8l7.1 4.2c-.1.2-.1.4-.1.6 0 1.6 1.3 2.9 2.9 2.9s2.9-1.3 2.9-2.9-1.2-2.9-2.8-2.9z"/></svg>';

/** The page's own scripts, in the head and at the end of the body. */
const HEAD_SCRIPT = `window.dataLayer = window.dataLayer || [];
dataLayer.push({ event: 'page', section: 'world', words: 2400 });
document.documentElement.classList.add('js');`;

const BODY_SCRIPT = `(() => {
  const header = document.querySelector('.site-header');
  addEventListener('scroll', () => header.classList.toggle('is-scrolled', scrollY > 40), { passive: true });
  const lazy = new IntersectionObserver((entries) => {
    for (const entry of entries) if (entry.isIntersecting) { entry.target.classList.add('is-loaded'); lazy.unobserve(entry.target); }
  }, { rootMargin: '200px' });
  document.querySelectorAll('[data-lazy]').forEach((figure) => lazy.observe(figure));
  const trending = document.querySelector('#trending');
  for (let i = 0; i < 40; i++) {
    const item = document.createElement('li');
    item.className = 'list--v' + (i % 30);
    item.innerHTML = '<a href="/world/trending-' + i + '"><span class="list__title">Trending story ' + (i + 1) + '</span></a><span class="badge">' + (i + 1) + '</span>';
    trending.append(item);
  }
  const ticker = document.querySelector('.ticker span');
  let tick = 0;
  setInterval(() => { ticker.textContent = 'Live: update ' + (++tick); }, 1000);
  dataLayer.push({ event: 'ready', elements: document.getElementsByTagName('*').length });
})();`;

/** The widget's snippet for `widget`, as an outlet puts it under a story (US, deferred). */
function snippet(widget, src) {
  const components = { none: null, script: 'none', exit: 'quick-exit', banner: 'banner', both: 'banner quick-exit' }[widget];
  if (components === undefined) throw new Error(`heavy article: widget=${widget} is not none, script, exit, banner or both`);
  return components === null ? '' : `<script src="${src}" data-country="US" data-components="${components}" defer></script>`;
}

/**
 * The heavy article's HTML. `widget` as above; `src`: the widget's script address; `head` and
 * `end`: markup of a test's own, first in the head and last in the body.
 */
export function heavyArticle({ widget = 'both', src = '/dist/hotline-widget.js', head = '', end = '' } = {}) {
  const random = seeded(20261203);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const sentence = (min, max) => {
    const length = min + Math.floor(random() * (max - min));
    const words = Array.from({ length }, () => pick(WORDS));
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    return `${words.join(' ')}.`;
  };
  const paragraph = () => {
    const sentences = Array.from({ length: 3 + Math.floor(random() * 4) }, () => sentence(8, 24));
    // One link in most paragraphs, one emphasis in some, as stories have.
    if (random() < 0.7) sentences[1] = `<a href="/world/${Math.floor(random() * 1e6)}">${sentences[1]}</a>`;
    if (random() < 0.3) sentences[0] = `<em>${sentences[0]}</em>`;
    return `<p>${sentences.join(' ')}</p>`;
  };

  const nav = SECTIONS.map((section) => {
    const links = Array.from({ length: 50 }, (_, index) => `<a href="/${section.toLowerCase()}/${index}" class="kicker--v${index % 30}">${section} ${sentence(1, 3).slice(0, -1)}</a>`).join('');
    return `<li><a href="/${section.toLowerCase()}">${section}</a><div class="mega">${links}</div></li>`;
  }).join('');
  const header = `<header class="site-header"><div class="ticker"><span>Live: updates</span></div><nav aria-label="Sections"><ul class="nav">${nav}</ul></nav></header>`;

  const story = [];
  for (let index = 0; index < 36; index++) {
    story.push(paragraph());
    if (index === 4 || index === 16 || index === 28) story.push(`<figure data-lazy><div class="img"></div><figcaption>${sentence(8, 16)} <span class="u-text-grey-5">Photograph: Agency</span></figcaption></figure>`);
    if (index === 9 || index === 22) story.push(`<blockquote class="pull"><p>${sentence(10, 18)}</p></blockquote>`);
    if (index === 6 || index === 19 || index === 31) story.push('<div class="ad" aria-hidden="true">Advertisement</div>');
  }
  const share = Array.from({ length: 6 }, (_, index) => `<a href="#share-${index}" aria-label="Share ${index + 1}">${ICON}</a>`).join('');
  const article = `<article class="story section-world">
<p class="kicker"><a href="/world">World</a></p>
<h1>${sentence(10, 14)}</h1>
<p class="byline byline--v3"><span class="byline__title">By a correspondent</span> · <time datetime="2026-11-30">30 November 2026</time></p>
<div class="share">${share}</div>
<figure><div class="img"></div><figcaption>${sentence(10, 18)}</figcaption></figure>
${story.join('\n')}
<form class="newsletter" action="/newsletter" method="post"><label>Get the morning briefing <input type="email" name="email" autocomplete="email"></label> <button type="submit">Sign up</button></form>
${snippet(widget, src)}
</article>`;

  const comments = Array.from({ length: 200 }, (_, index) => `<li class="comment module--v${index % 30}"><p class="comment-meta"><b>Reader ${index + 1}</b> · <time>${1 + (index % 23)}h ago</time></p><div class="module__body"><p>${sentence(6, 30)}</p></div><p><button type="button" class="u-padding-left-2">Reply</button> <button type="button">Recommend</button></p></li>`).join('');
  const cards = Array.from({ length: 120 }, (_, index) => `<div class="card card--v${index % 30}${index === 0 ? ' card--lead' : ''}"><a href="/${SECTIONS[index % SECTIONS.length].toLowerCase()}/more-${index}"><div class="card__media media--v${index % 30}"></div><h3 class="card__title"><span data-kicker="${SECTIONS[index % SECTIONS.length]}">${sentence(5, 10)}</span></h3></a><p class="card__body">${sentence(10, 20)}</p></div>`).join('');
  const footer = Array.from({ length: 400 }, (_, index) => `<a href="/info/${index}">${sentence(1, 4).slice(0, -1)}</a><br>`).join('');
  const rail = `<aside class="rail"><h2>Most read</h2><ol id="trending" class="list"></ol><div class="ad" aria-hidden="true">Advertisement</div></aside>`;

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${head}
<title>A heavy news article</title>
<style>${stylesheet(random)}</style>
<script>${HEAD_SCRIPT}</script>
</head>
<body>
${header}
<div class="layout"><main>${article}
<section class="comments" aria-label="Comments"><h2>Comments</h2><ol>${comments}</ol></section>
</main>${rail}</div>
<section aria-label="More stories" class="u-padding-left-6 u-padding-right-6"><h2>More stories</h2><div class="cards">${cards}</div></section>
<footer class="footer">${footer}</footer>
<script>${BODY_SCRIPT}</script>
${end}
</body>
</html>`;
}

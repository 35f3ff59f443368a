/**
 * The four ways a static block is written, from one StaticContent (src/static/content.ts). Every
 * text, from the data, the catalogue or the site owner, is escaped for its format; every address
 * is one the content already checked (`tel:`, `sms:`, `mailto:`, `https:`).
 */
import type { Channel } from '../content/line.js';
import type { EmergencyItem, StaticContent, StaticLine } from './content.js';

// ---------------------------------------------------------------------------------------------
// HTML: the email block and the fallback share the escaping and the order; they differ in styling.

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text and attribute values: `&`, `<`, `>` and both quotes as references. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);

/** The chat and web links leave no referrer, as the live banner's do. */
const relOf = (channel: Channel[0]) => (channel === 'chat' || channel === 'web' ? ' rel="noreferrer"' : '');

/**
 * How the email block looks: colours written out (no custom property, no stylesheet), a system
 * font, a single column that is never wider than its container, links at least 44 px high. The
 * block brings its own background and text colour, so a mail client's or a page's dark mode
 * leaves it readable: dark text (#1b1b1b, 16.9:1) and links (#0b4f8a, 8.2:1) on white, white on
 * the call button (8.2:1), grey text (#4a4a4a, 8.9:1).
 */
const COLOURS = { text: '#1b1b1b', muted: '#4a4a4a', accent: '#0b4f8a', background: '#ffffff', onAccent: '#ffffff' } as const;

interface HtmlStyle {
  /** Attributes of each element, by role: `style="..."` for the email block, `class="..."` or nothing for the fallback. */
  root: string;
  heading: string;
  lead: string;
  hotline: string;
  name: string;
  organisation: string;
  serviceType: string;
  audience: string;
  channels: string;
  channel: (channel: Channel[0]) => string;
  facts: string;
  fact: string;
  moreLines: string;
  moreHeading: string;
  emergency: string;
  emergencyNumber: string;
  directory: string;
  directoryLink: string;
}

function emailStyle(dir: 'ltr' | 'rtl'): HtmlStyle {
  const start = dir === 'rtl' ? 'right' : 'left';
  const end = dir === 'rtl' ? 'left' : 'right';
  const style = (css: string) => ` style="${css}"`;
  const block = `margin:0 0 12px 0;padding:0;color:${COLOURS.text};`;
  const list = `${block}list-style:none;`;
  return {
    root: style(
      `width:100%;max-width:600px;border-collapse:separate;border-spacing:0;margin:0 0 16px 0;background-color:${COLOURS.background};color:${COLOURS.text};` +
        `border:2px solid ${COLOURS.accent};border-${start}-width:6px;border-radius:6px;color-scheme:light;`,
    ),
    heading: style(`margin:0 0 8px 0;padding:0;font-size:20px;line-height:1.3;font-weight:bold;color:${COLOURS.text};`),
    lead: style(block),
    hotline: style('margin:0;padding:0;'),
    name: style(`margin:0 0 8px 0;padding:0;color:${COLOURS.text};`),
    organisation: style(`color:${COLOURS.muted};`),
    serviceType: style(`margin:0 0 8px 0;padding:0;color:${COLOURS.muted};`),
    audience: style(`margin:0 0 8px 0;padding:0;color:${COLOURS.text};`),
    channels: ` role="list"${style(`margin:0 0 4px 0;padding:0;list-style:none;`)}`,
    channel: (channel) =>
      style(
        // Never wider than the column: a long address breaks inside its button.
        `display:inline-block;box-sizing:border-box;max-width:100%;margin:0 0 8px 0;margin-${end}:8px;padding:10px 16px;line-height:24px;border:2px solid ${COLOURS.accent};border-radius:22px;` +
          (channel === 'call' ? `background-color:${COLOURS.accent};color:${COLOURS.onAccent};` : `background-color:${COLOURS.background};color:${COLOURS.accent};`) +
          'font-weight:bold;text-decoration:none;',
      ),
    facts: ` role="list"${style(`${list}font-size:15px;`)}`,
    fact: style(`margin:0 0 4px 0;padding:0;color:${COLOURS.muted};`),
    moreLines: style(`margin:12px 0 0 0;padding:12px 0 0 0;border-top:1px solid ${COLOURS.muted};`),
    moreHeading: style(`margin:0 0 8px 0;padding:0;font-size:17px;line-height:1.3;font-weight:bold;color:${COLOURS.text};`),
    emergency: style(block),
    emergencyNumber: style(
      `display:inline-block;min-width:44px;padding:10px 4px;line-height:24px;text-align:center;color:${COLOURS.accent};font-weight:bold;text-decoration:underline;`,
    ),
    directory: style(`margin:0;padding:0;color:${COLOURS.text};`),
    directoryLink: style(`color:${COLOURS.accent};font-weight:bold;text-decoration:underline;`),
  };
}

/** The fallback: plain semantic HTML, classes named as the live banner's parts, no style at all. */
const FALLBACK_STYLE: HtmlStyle = {
  root: ' class="hotline-fallback"',
  heading: ' class="heading"',
  lead: ' class="lead"',
  hotline: ' class="hotline"',
  name: ' class="hotline-name"',
  organisation: ' class="organisation"',
  serviceType: ' class="service-type"',
  audience: ' class="line-audience"',
  channels: ' class="channels"',
  channel: (channel) => ` class="channel channel-${channel}"`,
  facts: ' class="facts"',
  fact: '',
  moreLines: ' class="more-lines"',
  moreHeading: ' class="more-heading"',
  emergency: ' class="emergency"',
  emergencyNumber: ' class="emergency-number"',
  directory: ' class="directory-sentence"',
  directoryLink: ' class="directory"',
};

function htmlLine(line: StaticLine, s: HtmlStyle): string {
  const channels = line.channels.map(
    ([channel, href, label, value]) =>
      `<li><a href="${escapeHtml(href)}"${relOf(channel)}${s.channel(channel)}>${escapeHtml(label)}${value ? ` <span dir="ltr">${escapeHtml(value)}</span>` : ''}</a></li>`,
  );
  return [
    `<div${s.hotline}>`,
    `<p${s.name}><strong>${escapeHtml(line.name)}</strong>${line.organisation ? `<span${s.organisation}>${escapeHtml(line.organisation)}</span>` : ''}</p>`,
    line.serviceType ? `<p${s.serviceType}>${escapeHtml(line.serviceType)}</p>` : '',
    line.audience ? `<p${s.audience}>${escapeHtml(line.audience)}</p>` : '',
    `<ul${s.channels}>${channels.join('')}</ul>`,
    line.facts.length > 0 ? `<ul${s.facts}>${line.facts.map((fact) => `<li${s.fact}>${escapeHtml(fact)}</li>`).join('')}</ul>` : '',
    '</div>',
  ]
    .filter(Boolean)
    .join('\n');
}

function htmlBody(content: StaticContent, s: HtmlStyle): string {
  const emergency =
    'advice' in content.emergency
      ? escapeHtml(content.emergency.advice)
      : `${escapeHtml(content.emergency.lead)} ${content.emergency.parts
          .map((part) =>
            typeof part === 'string'
              ? escapeHtml(part)
              : `<a href="tel:${escapeHtml(part.number)}" dir="ltr"${s.emergencyNumber}>${escapeHtml(part.number)}</a>${escapeHtml(part.roles)}`,
          )
          .join('')}`;
  const directory = content.directory
    ?.map((part) => (typeof part === 'string' ? escapeHtml(part) : `<a href="${escapeHtml(part.url)}" rel="noreferrer"${s.directoryLink}>${escapeHtml(part.name)}</a>`))
    .join('');
  return [
    `<h2${s.heading}>${escapeHtml(content.heading)}</h2>`,
    content.lead ? `<p${s.lead}>${escapeHtml(content.lead)}</p>` : '',
    content.main ? htmlLine(content.main, s) : '',
    content.more.length > 0 ? `<div${s.moreLines}><h3${s.moreHeading}>${escapeHtml(content.moreHeading)}</h3>${content.more.map((line) => htmlLine(line, s)).join('')}</div>` : '',
    `<p${s.emergency}>${emergency}</p>`,
    directory ? `<p${s.directory}>${directory}</p>` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * For email, newsletters and feeds: one single-cell table (the box old Outlook draws), inline
 * styles only, `lang` and `dir` on it.
 */
export function toEmailHtml(content: StaticContent): string {
  const s = emailStyle(content.dir);
  const align = content.dir === 'rtl' ? 'right' : 'left';
  return (
    `<table role="presentation" lang="${escapeHtml(content.lang)}" dir="${content.dir}" width="100%" cellpadding="0" cellspacing="0" border="0"${s.root}>` +
    `<tr><td style="padding:16px;text-align:${align};font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:${COLOURS.text};background-color:${COLOURS.background};word-wrap:break-word;overflow-wrap:break-word;word-break:break-word;">\n` +
    `${htmlBody(content, s)}\n</td></tr></table>\n`
  );
}

/** The light-DOM children of `<hotline-banner>`: shown where the script never runs. */
export function toFallbackHtml(content: StaticContent): string {
  return `<div${FALLBACK_STYLE.root} lang="${escapeHtml(content.lang)}" dir="${content.dir}">\n${htmlBody(content, FALLBACK_STYLE)}\n</div>\n`;
}

// ---------------------------------------------------------------------------------------------
// Plain text and Markdown.

/** Text on one line: control characters and line breaks as spaces (other spaces, no-break ones too, kept). */
const flat = (text: string) => text.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, ' ');
/** A block's text: on one line, without spaces around it. */
const oneLine = (text: string) => flat(text).trim();

/** How a channel is written in plain text: the number as written, the address in full. */
function textChannel([channel, href, label, value]: Channel): string {
  if (channel === 'chat' || channel === 'web') return `${label} ${href}`;
  return value ? `${label} ${value}` : label;
}

/** "In immediate danger? Call 112, 17 (police), or 15 (ambulance)", each piece written by `text` and each number by `item`. */
function emergencySentence(content: StaticContent, text: (piece: string) => string, item: (part: EmergencyItem) => string): string {
  const emergency = content.emergency;
  if ('advice' in emergency) return text(emergency.advice);
  return `${text(emergency.lead)} ${emergency.parts.map((part) => (typeof part === 'string' ? text(part) : item(part))).join('')}`;
}

/** For the plain-text part of an email, and SMS: a block per paragraph, a line per channel and fact. */
export function toText(content: StaticContent): string {
  const line = (hotline: StaticLine) =>
    [
      oneLine(`${hotline.name}${hotline.organisation}`),
      oneLine(hotline.serviceType),
      oneLine(hotline.audience),
      ...hotline.channels.map((channel) => oneLine(textChannel(channel))),
      ...hotline.facts.map(oneLine),
    ]
      .filter(Boolean)
      .join('\n');
  const blocks = [
    oneLine(content.heading),
    oneLine(content.lead),
    content.main ? line(content.main) : '',
    content.more.length > 0 ? oneLine(content.moreHeading) : '',
    ...content.more.map(line),
    oneLine(emergencySentence(content, (piece) => piece, (part) => `${part.number}${part.roles}`)),
    content.directory ? oneLine(content.directory.map((part) => (typeof part === 'string' ? part : `${part.name} (${part.url})`)).join('')) : '',
  ];
  return `${blocks.filter(Boolean).join('\n\n')}\n`;
}

/**
 * Text inside a Markdown line, shown as written whatever it holds: the characters that mean
 * something inline are escaped with a backslash, `<` and `>` written as references (so that no
 * tag is ever written), `&` where it would begin one, and the `://` or `www.` of an address in
 * the text, which GitHub's Markdown would otherwise make a link.
 */
export const escapeMarkdown = (text: string): string =>
  flat(text)
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]~|#]/g, '\\$&')
    // Nor an address that an extension of CommonMark (GitHub's) would make a link of.
    .replace(/(?<=\w):(?=\/\/)|(?<=\bwww)\./gi, '\\$&');

/** A Markdown line whose start would begin a list or a setext rule, made to read as text. */
const asParagraph = (line: string) => line.trimStart().replace(/^(?:[+=-]|\d+(?=[.)]))/, (start) => (/^\d/.test(start) ? `${start}\\` : `\\${start}`));

/** Text that begins a Markdown line: escaped, and read as a paragraph. */
const markdownBlock = (text: string) => asParagraph(escapeMarkdown(text.trim()));

/** A link's address as Markdown reads it: the characters that would end or break it, percent-encoded. */
const markdownUrl = (url: string) => url.replace(/[()<>\s\\]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/** For CMSs and newsletters written in Markdown (CommonMark): every channel and number a link. */
export function toMarkdown(content: StaticContent): string {
  const md = escapeMarkdown;
  const line = (hotline: StaticLine) =>
    [
      `**${md(hotline.name.trim())}**${md(hotline.organisation)}`,
      markdownBlock(hotline.serviceType),
      markdownBlock(hotline.audience),
      // "-" for the channels, "*" for the facts: a new bullet character starts a new list.
      hotline.channels.map(([, href, label, value]) => `- [${md(label)}${value ? ` ${md(value)}` : ''}](${markdownUrl(href)})`).join('\n'),
      hotline.facts.map((fact) => `* ${markdownBlock(fact)}`).join('\n'),
    ]
      .filter(Boolean)
      .join('\n\n');
  const blocks = [
    `## ${md(content.heading.trim())}`,
    markdownBlock(content.lead),
    content.main ? line(content.main) : '',
    content.more.length > 0 ? `### ${md(content.moreHeading.trim())}` : '',
    ...content.more.map(line),
    asParagraph(emergencySentence(content, md, (part) => `[${md(part.number)}](tel:${markdownUrl(part.number)})${md(part.roles)}`)),
    content.directory ? asParagraph(content.directory.map((part) => (typeof part === 'string' ? md(part) : `[${md(part.name)}](${markdownUrl(part.url)})`)).join('')) : '',
  ];
  return `${blocks.filter(Boolean).join('\n\n')}\n`;
}

/**
 * What `<hotline-banner>` shows, as a Lit template of what it is given: no element, no page, no
 * request. The element renders it live; the static renderer (src/static/) renders the same
 * template to markup in Node, so that a page's fallback is laid out exactly as the live banner
 * that replaces it.
 */
import { html, nothing } from 'lit';
import type { ResolvedContext } from '../widget-context.js';
import { bannerPlan } from '../../content/banner.js';
import { renderDirectory, renderEmergency, renderHotline, type ContactHandler } from '../common/hotline-contact.js';

/** What the banner is shown from: the element's resolved context, or the static renderer's equivalent. */
export type BannerState = Pick<ResolvedContext, 'lang' | 'dir' | 'messages' | 'help' | 'theme' | 'resolvingCountry' | 'pending'>;

/**
 * The banner for `help` (its lines in the order shown, none: the international card; the
 * country's emergency numbers). Until the time zone has said where the visitor is, and until the
 * country's lines have loaded: the heading and the general emergency advice, never another
 * country's number. Busy while anything it shows is still on its way (the language's words too):
 * a static fallback's copy stays on screen until then (src/static/live.ts).
 */
export function renderBanner({ lang, dir, messages, help, theme, resolvingCountry, pending }: BannerState, compact: boolean, onContact: ContactHandler) {
  const m = messages.banner;
  // What every line, the emergency numbers and the directory are written with.
  const view = { messages, lang, compact, onContact };
  const loading = !help?.hotlines.length && (resolvingCountry || !!help?.pending);
  const [heading, lead, main, more, directory] = bannerPlan(help?.hotlines ?? [], m, compact, loading);
  return html`
    <section
      class="base theme-${theme} ${compact ? 'compact' : 'full'}"
      part="base"
      aria-labelledby="heading"
      aria-busy=${pending ? 'true' : 'false'}
      lang=${lang}
      dir=${dir}
    >
      <h2 class="heading" id="heading" part="heading">${heading}</h2>
      ${lead ? html`<p class="lead">${lead}</p>` : nothing}
      ${main ? renderHotline(main, view) : nothing}
      ${more.length > 0
        ? html`<div class="more-lines">
            <h3 class="more-heading">${m.moreLines}</h3>
            ${more.map((line) => renderHotline(line, view))}
          </div>`
        : nothing}
      ${renderEmergency(help?.emergency ?? [], view)} ${directory ? renderDirectory(view) : nothing}
    </section>
  `;
}

/**
 * The static fallback inside <hotline-banner> (renderStatic's `fallback`, tests/embed/pages.mjs:
 * /embed/fallback.html): where the widget's script never runs, the reader still gets the line and
 * its tel: link; where it runs, after the fallback is on screen, the live banner takes its place
 * and nothing on the page moves (no layout shift, the text under it where it was).
 */
import { expect } from '@open-wc/testing';
import { emergencyLinksOf, linesOf } from '../world-data.js';
import { expectClean, openPage, settle } from './host.js';
import { until, wait } from '../tabs.js';

const AXE = await (await fetch('/node_modules/axe-core/axe.min.js')).text();

type Fallback = { shifts: number[]; measured: boolean; paintedTop: number | null };
type PageWindow = Window & typeof globalThis & { __fallback: Fallback; axe?: { run: (context: Element) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } };

/** Shown: laid out with a size (display: none and anything inside it have none). */
const visible = (element: Element | null | undefined) => !!element && (element as HTMLElement).offsetHeight > 0 && (element as HTMLElement).offsetWidth > 0;

/** The tel: link of a country's first line as the widget writes it. */
function firstLineTel(country: string): string {
  const phone = linesOf(country)[0]!.phone!;
  return `tel:${phone.e164 ?? phone.display.replace(/\D/g, '')}`;
}

/** Every link the reader can see in the banner, in its shadow root or its light DOM. */
function shownLinks(banner: Element): string[] {
  const links = [...(banner.shadowRoot?.querySelectorAll('a[href]') ?? []), ...banner.querySelectorAll('a[href]')];
  return links.filter((link) => visible(link)).map((link) => link.getAttribute('href')!);
}

/** The banners the reader sees: sections shown in the shadow root, or the light DOM's plain help. */
function shownBanners(banner: Element): Element[] {
  return [...(banner.shadowRoot?.querySelectorAll('section') ?? []), ...banner.querySelectorAll('.hotline-fallback')].filter((element) => visible(element));
}

/** The live banner's section: a child of the shadow root (the copy's is inside .fallback). */
const liveSection = (banner: Element) => [...(banner.shadowRoot?.children ?? [])].find((child) => child.localName === 'section');

function expectLineShown(banner: Element, country: string): void {
  const links = shownLinks(banner);
  expect(links, `${country}: the first line's number`).to.include(firstLineTel(country));
  for (const href of emergencyLinksOf(country)) expect(links, `${country}: ${href}`).to.include(href);
}

/** axe, evaluated into the page (its scripts run; the widget's never did). */
async function axeViolations(window: PageWindow, banner: Element): Promise<string[]> {
  if (!window.axe) (window as unknown as { eval: (source: string) => unknown }).eval(AXE);
  const { violations } = await window.axe!.run(banner);
  return violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

const SAMPLE = [
  { country: 'GB', lang: 'en' },
  { country: 'KE', lang: 'sw' },
  { country: 'EG', lang: 'ar' },
  { country: 'US', lang: 'es' },
  { country: 'BR', lang: 'pt-BR' },
  { country: 'DE', lang: 'de', variant: 'compact' },
  { country: 'IN', lang: 'hi' },
];
const query = ({ country, lang, variant }: { country: string; lang: string; variant?: string }) => `country=${country}&lang=${lang}${variant ? `&variant=${variant}` : ''}`;

describe('embed: the static fallback inside <hotline-banner>', () => {
  describe('where the script never runs', () => {
    for (const sample of SAMPLE) {
      it(`${sample.country} ${sample.lang}${sample.variant ? ` ${sample.variant}` : ''}: the line and the emergency numbers as links, as the live banner lays them out; axe passes`, async () => {
        const page = await openPage(`/embed/fallback.html?${query(sample)}&script=none`, { ready: false });
        const banner = page.document.querySelector('hotline-banner')!;
        expect(page.window.HotlineWidget, 'no widget').to.equal(undefined);
        expect(banner.shadowRoot, 'the declarative shadow root was made').to.exist;
        expectLineShown(banner, sample.country);
        expect(shownBanners(banner), 'one banner shown').to.have.length(1);
        expect(await axeViolations(page.window as unknown as PageWindow, banner)).to.deep.equal([]);
      });
    }

    it('blocked by the page\'s policy: the line is still there', async () => {
      const page = await openPage('/embed/fallback.html?country=GB&lang=en&script=blocked', { ready: false });
      await until(() => page.recorded.violations.length > 0, 'the policy to refuse the script');
      expect(page.window.HotlineWidget).to.equal(undefined);
      expectLineShown(page.document.querySelector('hotline-banner')!, 'GB');
    });

    it('under a policy that refuses its styles: the line is still there, unstyled', async () => {
      const page = await openPage('/embed/fallback.html?country=KE&lang=sw&script=none&csp=strict', { ready: false });
      await until(() => page.recorded.violations.some((violation) => violation.startsWith('style-src')), 'the policy to refuse the style');
      const banner = page.document.querySelector('hotline-banner')!;
      expectLineShown(banner, 'KE');
      expect(shownBanners(banner), 'one banner shown').to.have.length(1);
    });

    it('no country: the international card, no number of any country', async () => {
      const page = await openPage('/embed/fallback.html?country=none&lang=en&script=none', { ready: false });
      const links = shownLinks(page.document.querySelector('hotline-banner')!);
      expect(links).to.include('https://globalmodernslavery.org/');
      expect(links.filter((href) => href.startsWith('tel:'))).to.deep.equal([]);
    });

    it('where no shadow root is made (the markup inserted as text, as a feed reader or a script would): the plain help shows', async () => {
      const page = await openPage('/embed/fallback.html?country=EG&lang=ar&script=none', { ready: false });
      const copy = page.document.createElement('div');
      copy.innerHTML = page.document.querySelector('hotline-banner')!.outerHTML;
      page.document.querySelector('main')!.append(copy);
      const banner = copy.firstElementChild!;
      expect(banner.shadowRoot, 'no shadow root from markup set as text').to.equal(null);
      expectLineShown(banner, 'EG');
      expect(shownBanners(banner), 'one banner shown').to.have.length(1);
      expect(await axeViolations(page.window as unknown as PageWindow, banner)).to.deep.equal([]);
    });
  });

  describe('where the script runs after the fallback is on screen', () => {
    for (const sample of SAMPLE) {
      it(`${sample.country} ${sample.lang}${sample.variant ? ` ${sample.variant}` : ''}: the live banner takes its place, and nothing moves`, async () => {
        const page = await openPage(`/embed/fallback.html?${query(sample)}`, { ready: false });
        const window = page.window as unknown as PageWindow;
        await until(() => Boolean(window.HotlineWidget), 'the script, released once the page painted');
        expect(window.__fallback.paintedTop, 'the fallback was painted first').to.be.a('number');
        await window.HotlineWidget!.ready;
        const banner = page.document.querySelector('hotline-banner')!;
        await settle(window);
        await until(() => liveSection(banner)?.getAttribute('aria-busy') === 'false', 'the live banner to have all it shows');
        await wait(100);
        const [live, copy] = [...banner.shadowRoot!.children].filter((child) => child.matches('section, .fallback'));
        expect(live!.localName, 'the live banner, rendered before the copy').to.equal('section');
        expect(visible(live), 'the live banner is shown').to.equal(true);
        expect(visible(copy), 'the copy is gone').to.equal(false);
        expect(shownBanners(banner), 'one banner shown').to.have.length(1);
        expectLineShown(banner, sample.country);
        expect(page.document.getElementById('after')!.getBoundingClientRect().top, 'the text under it where it was').to.equal(window.__fallback.paintedTop);
        if (window.__fallback.measured) expect(window.__fallback.shifts, 'no layout shift').to.deep.equal([]);
        expectClean(page.recorded);
      });
    }

    it('under a policy that refuses the fallback\'s own styles: one banner once the script runs, never two', async () => {
      const page = await openPage('/embed/fallback.html?country=KE&lang=sw&csp=strict', { ready: false });
      const window = page.window as unknown as PageWindow;
      const banner = page.document.querySelector('hotline-banner')!;
      await until(() => Boolean(window.HotlineWidget), 'the script');
      await window.HotlineWidget!.ready;
      await settle(window);
      await until(() => liveSection(banner)?.getAttribute('aria-busy') === 'false', 'the live banner');
      expect(shownBanners(banner), 'one banner shown').to.have.length(1);
      expect(visible(liveSection(banner)), 'the live one').to.equal(true);
      expectLineShown(banner, 'KE');
    });
  });
});

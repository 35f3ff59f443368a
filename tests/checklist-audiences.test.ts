/**
 * Every audience of the signs checklist, as a person uses it: the signs and
 * their categories as the project's data has them (loaded from dist/data/
 * except `public`), the next steps for none, some and urgent signs ticked, the
 * hotline for two countries, nothing stored, answers gone on exit, axe.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/signs-checklist.js';
import type { HotlineSignsChecklist } from '../src/components/signs-checklist/signs-checklist.js';
import { en } from '../src/locale/messages/en.js';
import { HotlineExitEvent } from '../src/events.js';
import { hrefs, shadow, textOf } from './helpers.js';
import { checklists, linesOf } from './world-data.js';

const m = en.checklist;
const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

async function checklist(audience: string, country: string, variant = 'full'): Promise<HotlineSignsChecklist> {
  return fixture<HotlineSignsChecklist>(html`<hotline-signs-checklist audience=${audience} country=${country} variant=${variant}></hotline-signs-checklist>`);
}

async function tick(el: HotlineSignsChecklist, id: string): Promise<void> {
  shadow(el).querySelector<HTMLInputElement>(`input[value="${id}"]`)!.click();
  await el.updateComplete;
}

const statusOf = (el: HotlineSignsChecklist) => collapse(shadow(el).querySelector('[role="status"]')!.textContent);

/** What every storage API holds, to compare before and after. */
async function storage(): Promise<unknown[]> {
  const databases = 'databases' in indexedDB ? (await indexedDB.databases()).map((database) => database.name) : [];
  return [localStorage.length, sessionStorage.length, document.cookie, databases, location.href];
}

const mainNumber = (country: string) => {
  const phone = linesOf(country)[0]!.phone!;
  return `tel:${phone.e164 ?? phone.display.replace(/\D/g, '')}`;
};

for (const [audience, content] of Object.entries(checklists)) {
  const items = content.categories.flatMap((category) => category.items);
  const normal = items.find((item) => !item.urgent)!;
  const urgent = items.find((item) => item.urgent === 'immediate-danger')!;

  describe(`checklist for "${audience}"`, () => {
    it('shows its signs in its categories, as fieldsets with legends and native checkboxes', async () => {
      const el = await checklist(audience, 'GB');
      const legends = [...shadow(el).querySelectorAll('fieldset legend')].map((legend) => collapse(legend.textContent));
      expect(legends).to.deep.equal(content.categories.map((category) => category.title));
      const labels = [...shadow(el).querySelectorAll('label')].map((label) => collapse(label.textContent));
      expect(labels).to.deep.equal(items.map((item) => item.text));
      expect(shadow(el).querySelectorAll('input[type="checkbox"]')).to.have.length(items.length);
      expect(textOf(el)).to.contain(content.intro);
    });

    it('gives the next steps for none, some and urgent signs, never a verdict', async () => {
      const before = await storage();
      const el = await checklist(audience, 'GB');
      // GB's line is a support line open 24 hours: the self-check may say "at any time" there.
      expect(statusOf(el)).to.equal(content.mode === 'self' ? content.guidance!.none.support24 : m.noneTicked);
      await tick(el, normal.id);
      const some = statusOf(el);
      if (content.mode === 'self') {
        expect(some).to.equal(content.guidance!.some.support);
        expect(collapse(shadow(el).querySelector('[part="rights"]')?.textContent)).to.contain(content.rights![0]!);
      } else {
        expect(some).to.contain(m.someTicked);
        expect(some).to.contain('Do not confront anyone');
        if (content.mode === 'staff') expect(some).to.contain(m.workplace);
        else expect(some).not.to.contain(m.workplace);
      }
      expect(textOf(el)).not.to.match(/\d+\s*%|\bscore\b|\bis (not )?trafficking\b/i);
      await tick(el, urgent.id);
      const emergency = shadow(el).querySelector('.urgent a[href="tel:999"]');
      expect(emergency, 'the emergency number first').to.exist;
      const hotline = shadow(el).querySelector('a[href="tel:+448000121700"]')!;
      expect(emergency!.compareDocumentPosition(hotline) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      await expect(el).to.be.accessible();
      expect(await storage()).to.deep.equal(before);
    });

    it('shows the hotline of the country: GB built in, IT loaded', async () => {
      const britain = await checklist(audience, 'GB');
      expect(hrefs(britain)).to.include('tel:+448000121700');
      const italy = await checklist(audience, 'IT');
      expect(hrefs(italy)).to.include(mainNumber('IT'));
      expect(hrefs(italy)).to.include('tel:113');
    });

    it('forgets the answers on quick exit', async () => {
      const el = await checklist(audience, 'GB');
      await tick(el, normal.id);
      document.dispatchEvent(new HotlineExitEvent({ trigger: 'api' }));
      await el.updateComplete;
      expect([...shadow(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].some((box) => box.checked)).to.equal(false);
    });

    it('compact: categories are disclosures, and axe passes', async () => {
      const el = await checklist(audience, 'GB', 'compact');
      const summaries = [...shadow(el).querySelectorAll('details.category summary')].map((summary) => collapse(summary.textContent));
      expect(summaries).to.deep.equal(content.categories.map((category) => category.title));
      await expect(el).to.be.accessible();
    });

    it('says where its signs come from', async () => {
      const el = await checklist(audience, 'GB');
      const sources = collapse(shadow(el).querySelector('[part="sources"]')!.textContent);
      expect(sources).to.contain('Where these signs come from');
      const firstItemSource = content.sources[content.itemSources[items[0]!.id]![0]!]!.publisher;
      expect(sources).to.contain(firstItemSource);
    });
  });
}

describe('the self-check', () => {
  it('shows a quick exit beside it when the page has none', async () => {
    const el = await checklist('self', 'GB');
    expect(shadow(el).querySelector('hotline-quick-exit')).to.exist;
    expect(checklists['self']!.categories.some((category) => category.title === 'Is my job offer safe?')).to.equal(true);
  });

  it('does not add a second quick exit when the page has one', async () => {
    const page = await fixture(html`<div><hotline-quick-exit position="inline"></hotline-quick-exit><hotline-signs-checklist audience="self" country="GB"></hotline-signs-checklist></div>`);
    const el = page.querySelector('hotline-signs-checklist') as HotlineSignsChecklist;
    await el.updateComplete;
    expect(shadow(el).querySelector('hotline-quick-exit')).to.equal(null);
  });
});

describe('done when', () => {
  it('hospitality in GB: hotel-staff signs, and when one is ticked 08000 121 700 and "do not confront"', async () => {
    const el = await checklist('hospitality', 'GB');
    const content = checklists['hospitality']!;
    expect(textOf(el)).to.contain(content.categories[0]!.items[0]!.text);
    await tick(el, content.categories[0]!.items.find((item) => !item.urgent)!.id);
    expect(textOf(el)).to.contain('08000 121 700');
    expect(statusOf(el)).to.contain('Do not confront anyone');
  });
});

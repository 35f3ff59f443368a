import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import '../src/signs-checklist.js';
import type { HotlineSignsChecklist } from '../src/components/signs-checklist/signs-checklist.js';
import { checklists } from './world-data.js';
import { setDataBase } from '../src/data/remote.js';
import { en } from '../src/locale/messages/en.js';
import { HotlineExitEvent } from '../src/events.js';
import { collectProblems, hrefs, shadow, textOf } from './helpers.js';

const m = en.checklist;
const publicChecklist = checklists['public']!;
const allItems = publicChecklist.categories.flatMap((category) => category.items);
const itemText = (id: string) => allItems.find((item) => item.id === id)!.text;
/** A sign that is neither urgent nor about a child. */
const NORMAL = 'gp-doc-1';
const URGENT = 'gp-urgent-1';
const CHILD = 'gp-min-1';

async function checklist(attributes: { country?: string; audience?: string } = { country: 'US' }): Promise<HotlineSignsChecklist> {
  const el = document.createElement('hotline-signs-checklist');
  if (attributes.country !== undefined) el.setAttribute('country', attributes.country);
  if (attributes.audience !== undefined) el.setAttribute('audience', attributes.audience);
  return fixture<HotlineSignsChecklist>(html`${el}`);
}

const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The label a person sees for a sign, found by its text. */
function labelOf(el: HotlineSignsChecklist, id: string): HTMLLabelElement {
  const label = [...shadow(el).querySelectorAll('label')].find((candidate) => collapse(candidate.textContent) === itemText(id));
  if (!label) throw new Error(`no label reads "${itemText(id)}"`);
  return label;
}

function checkboxOf(el: HotlineSignsChecklist, id: string): HTMLInputElement {
  return labelOf(el, id).querySelector('input[type="checkbox"]')!;
}

/** Ticks a sign the way a person does: by clicking its label. */
async function tick(el: HotlineSignsChecklist, id: string): Promise<void> {
  labelOf(el, id).click();
  await el.updateComplete;
}

const checkboxes = (el: HotlineSignsChecklist) => [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const status = (el: HotlineSignsChecklist) => shadow(el).querySelector('[role="status"]')!;
const clearButton = (el: HotlineSignsChecklist) =>
  [...shadow(el).querySelectorAll('button')].find((button) => collapse(button.textContent) === m.clear)!;
const nextSteps = (el: HotlineSignsChecklist) => shadow(el).querySelector('[part="next-steps"]')!;

describe('<hotline-signs-checklist>', () => {
  it('groups native checkboxes, each in a label with the sign, under one fieldset and legend per category', async () => {
    const el = await checklist();
    const root = shadow(el);
    const heading = root.querySelector('h2');
    expect(collapse(heading?.textContent)).to.equal(m.heading);

    const fieldsets = [...root.querySelectorAll('fieldset')];
    expect(fieldsets).to.have.length(10);
    expect(fieldsets.map((fieldset) => collapse(fieldset.querySelector('legend')?.textContent))).to.deep.equal(
      publicChecklist.categories.map((category) => category.title),
    );
    expect(fieldsets.map((fieldset) => collapse(fieldset.querySelector('legend')?.textContent))).to.include.members([
      'How they seem',
      'Threats and danger',
      'Children and young people',
    ]);

    expect(checkboxes(el)).to.have.length(17);
    publicChecklist.categories.forEach((category, index) => {
      const labels = [...fieldsets[index]!.querySelectorAll('label')];
      expect(labels.map((label) => collapse(label.textContent)), category.title).to.deep.equal(category.items.map((item) => item.text));
      for (const label of labels) {
        const input = label.querySelector('input')!;
        expect(input.type).to.equal('checkbox');
        expect(input.checked).to.equal(false);
        // The label is the checkbox's accessible name.
        expect(input.labels?.[0]).to.equal(label);
      }
    });

    const text = textOf(el);
    expect(text).to.contain('No single sign is proof');
    expect(text).to.contain(m.privacy);
    expect(text).to.contain('They are not saved or sent anywhere');
  });

  it('with nothing ticked, says signs are often hidden and shows the US hotline and 911', async () => {
    const el = await checklist();
    expect(collapse(status(el).textContent)).to.equal(m.noneTicked);
    expect(collapse(status(el).textContent)).to.contain('Signs are often hidden');
    expect(textOf(el)).not.to.contain(m.someTicked);
    expect(textOf(el)).to.contain('National Human Trafficking Hotline');
    expect(textOf(el)).to.contain('1-888-373-7888');
    expect(hrefs(el)).to.include.members(['tel:+18883737888', 'tel:911']);
    // Not alarmed: no urgent line until someone says there is danger.
    expect(shadow(el).querySelector('.urgent')).to.equal(null);
  });

  it('ticking an ordinary sign gives the next steps, never a score or a verdict', async () => {
    const el = await checklist();
    await tick(el, NORMAL);
    expect(checkboxOf(el, NORMAL).checked).to.equal(true);
    const said = collapse(status(el).textContent);
    expect(said).to.contain(m.someTicked);
    expect(said).to.contain('You do not need to be sure');
    expect(said).not.to.contain(m.noneTicked);
    expect(said).to.contain('who, what, when and where');
    expect(said).to.contain('Do not confront anyone');
    // Still the hotline and the emergency number, and no urgent line for an ordinary sign.
    expect(hrefs(el)).to.include.members(['tel:+18883737888', 'tel:911']);
    expect(shadow(el).querySelector('.urgent')).to.equal(null);

    // Tick several more: still no verdict, no count, no percentage.
    await tick(el, 'gp-con-1');
    await tick(el, 'gp-wrk-1');
    await tick(el, URGENT);
    for (const text of [textOf(el), collapse(nextSteps(el).textContent)]) {
      expect(text).not.to.match(/\d\s*%/);
      expect(text).not.to.match(/percent/i);
      expect(text).not.to.match(/score/i);
      expect(text).not.to.match(/\bis trafficking\b/i);
      expect(text).not.to.match(/\bnot trafficking\b/i);
      expect(text).not.to.match(/\b\d+ (of|out of) \d+\b/i);
    }
  });

  it('unticking the last sign returns to the none-ticked message', async () => {
    const el = await checklist();
    await tick(el, NORMAL);
    await tick(el, NORMAL);
    expect(checkboxOf(el, NORMAL).checked).to.equal(false);
    expect(collapse(status(el).textContent)).to.equal(m.noneTicked);
  });

  it('when someone is in danger now, puts the emergency number before the hotline', async () => {
    const el = await checklist();
    await tick(el, URGENT);
    const urgent = shadow(el).querySelector('.urgent');
    expect(urgent, 'urgent block').to.exist;
    expect(collapse(urgent!.textContent)).to.contain('In immediate danger? Call 911');
    const emergency = urgent!.querySelector('a[href="tel:911"]');
    expect(emergency, 'tel:911 in the urgent block').to.exist;
    const hotline = shadow(el).querySelector('a[href="tel:+18883737888"]')!;
    expect(emergency!.compareDocumentPosition(hotline) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(urgent!.compareDocumentPosition(hotline.closest('[part="hotline"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    // Shown once, not repeated after the hotline.
    expect(hrefs(el).filter((href) => href === 'tel:911')).to.have.length(1);
    expect(textOf(el)).not.to.contain(m.child);
  });

  it('for a child used for sex, says the child is being exploited and puts the emergency number first', async () => {
    const el = await checklist();
    await tick(el, CHILD);
    expect(textOf(el)).to.contain(m.child);
    expect(textOf(el)).to.contain('is being exploited, whatever they say');
    const emergency = shadow(el).querySelector('.urgent a[href="tel:911"]');
    expect(emergency, 'tel:911 in the urgent block').to.exist;
    const hotline = shadow(el).querySelector('a[href="tel:+18883737888"]')!;
    expect(emergency!.compareDocumentPosition(hotline) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(hrefs(el).filter((href) => href === 'tel:911')).to.have.length(1);
  });

  it('"Clear answers" unticks every sign and returns to the none-ticked message', async () => {
    const el = await checklist();
    for (const id of [NORMAL, URGENT, CHILD, 'gp-beh-1']) await tick(el, id);
    expect(checkboxes(el).filter((input) => input.checked)).to.have.length(4);
    const button = clearButton(el);
    expect(button, 'Clear answers button').to.exist;
    expect(button.type).to.equal('button');
    button.click();
    await el.updateComplete;
    expect(checkboxes(el).filter((input) => input.checked)).to.have.length(0);
    expect(collapse(status(el).textContent)).to.equal(m.noneTicked);
    expect(shadow(el).querySelector('.urgent')).to.equal(null);
    expect(textOf(el)).not.to.contain(m.child);
    // And ticking again after a clear works as before.
    await tick(el, NORMAL);
    expect(checkboxOf(el, NORMAL).checked).to.equal(true);
    expect(collapse(status(el).textContent)).to.contain(m.someTicked);
  });

  it('clears the answers when the quick exit starts (hotline-exit on document)', async () => {
    const el = await checklist();
    await tick(el, NORMAL);
    await tick(el, URGENT);
    expect(checkboxes(el).filter((input) => input.checked)).to.have.length(2);
    document.dispatchEvent(new HotlineExitEvent({ trigger: 'api' }));
    await el.updateComplete;
    expect(checkboxes(el).filter((input) => input.checked)).to.have.length(0);
    expect(collapse(status(el).textContent)).to.equal(m.noneTicked);
    expect(shadow(el).querySelector('.urgent')).to.equal(null);
  });

  it('stores nothing: no cookie, no web storage, no IndexedDB, no change to the address', async () => {
    const before = {
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
      url: location.href,
      history: history.length,
      databases: (await indexedDB.databases()).map((db) => db.name),
    };
    const el = await checklist();
    for (const id of [NORMAL, URGENT, CHILD]) await tick(el, id);
    clearButton(el).click();
    await el.updateComplete;
    await tick(el, 'gp-thr-1');
    expect(localStorage.length).to.equal(before.local);
    expect(sessionStorage.length).to.equal(before.session);
    expect(document.cookie).to.equal(before.cookie);
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
    expect(document.cookie).to.equal('');
    expect(location.href).to.equal(before.url);
    expect(history.length).to.equal(before.history);
    expect((await indexedDB.databases()).map((db) => db.name)).to.deep.equal(before.databases);
  });

  it('answers live in the element only: a new checklist starts empty', async () => {
    const first = await checklist();
    await tick(first, NORMAL);
    const second = await checklist();
    expect(checkboxes(second).filter((input) => input.checked)).to.have.length(0);
    expect(collapse(status(second).textContent)).to.equal(m.noneTicked);
  });

  it('ticks a focused checkbox with the Space key', async () => {
    const el = await checklist();
    const input = checkboxOf(el, NORMAL);
    input.focus();
    expect(shadow(el).activeElement).to.equal(input);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(input.checked).to.equal(true);
    expect(collapse(status(el).textContent)).to.contain(m.someTicked);
    // Focus stays where the person is.
    expect(shadow(el).activeElement).to.equal(input);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(input.checked).to.equal(false);
    expect(collapse(status(el).textContent)).to.equal(m.noneTicked);
  });

  it('moves from one checkbox to the next with Tab', async () => {
    const el = await checklist();
    const [first, second] = checkboxes(el);
    first!.focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(second);
  });

  it('ticks a sign when the mouse clicks the text of its label', async () => {
    const el = await checklist();
    const text = labelOf(el, NORMAL).querySelector('span')!;
    text.scrollIntoView({ block: 'center' });
    const box = text.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await resetMouse();
    await el.updateComplete;
    expect(checkboxOf(el, NORMAL).checked).to.equal(true);
    expect(collapse(status(el).textContent)).to.contain(m.someTicked);
  });

  it('gives every sign and the clear button a target at least 44 pixels high', async () => {
    const el = await checklist();
    const labels = [...shadow(el).querySelectorAll<HTMLLabelElement>('label.item')];
    expect(labels).to.have.length(17);
    for (const label of labels) {
      expect(label.getBoundingClientRect().height, collapse(label.textContent)).to.be.at.least(44);
    }
    const clear = clearButton(el).getBoundingClientRect();
    expect(clear.height).to.be.at.least(44);
    expect(clear.width).to.be.at.least(44);
  });

  it('for a country without a line, shows the global directory and the local-emergency advice, and reports "ZZ"', async () => {
    const { events } = await collectProblems(document, async () => {
      const el = await checklist({ country: 'ZZ' });
      expect(hrefs(el)).to.deep.equal(['https://globalmodernslavery.org/']);
      expect(hrefs(el).some((href) => href.startsWith('tel:'))).to.equal(false);
      expect(textOf(el)).to.contain('To find a hotline or support organisation in your country, search the Global Modern Slavery Directory.');
      await tick(el, URGENT);
      const urgent = shadow(el).querySelector('.urgent');
      expect(collapse(urgent?.textContent)).to.equal(en.banner.internationalEmergency);
      expect(hrefs(el).some((href) => href.startsWith('tel:'))).to.equal(false);
      // The advice comes before the directory.
      const directory = shadow(el).querySelector('a[href="https://globalmodernslavery.org/"]')!;
      expect(urgent!.compareDocumentPosition(directory) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      await expect(el).to.be.accessible();
    });
    expect(events).to.have.length(1);
    expect(events[0]).to.contain('"ZZ"');
    expect(events[0]).to.contain('<hotline-signs-checklist country>');
  });

  it('for a country without a line, gives the local-emergency advice even with nothing ticked', async () => {
    let el!: HotlineSignsChecklist;
    // The "ZZ" report is checked above; keep it out of the console here.
    await collectProblems(document, async () => {
      el = await checklist({ country: 'ZZ' });
    });
    expect(textOf(el)).to.contain('call the local emergency number');
  });

  it('announces the immediate-danger instruction through a live region', async () => {
    const el = await checklist();
    await tick(el, NORMAL);
    await tick(el, URGENT);
    const urgent = shadow(el).querySelector('.urgent');
    expect(urgent, 'urgent block').to.exist;
    expect(urgent!.closest('[role="status"], [role="alert"], [aria-live="polite"], [aria-live="assertive"]'), 'live region around the urgent line').to.exist;
  });

  it('reports an unknown audience once, naming the attribute and value, and shows the public signs', async () => {
    let el!: HotlineSignsChecklist;
    const { events, warnings } = await collectProblems(document, async () => {
      el = await checklist({ country: 'US', audience: 'nurses' });
    });
    expect(events).to.have.length(1);
    expect(events[0]).to.contain('<hotline-signs-checklist audience>="nurses"');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"nurses"');
    expect(checkboxes(el)).to.have.length(17);
    expect(textOf(el)).to.contain(publicChecklist.intro);
    expect(hrefs(el)).to.include('tel:+18883737888');
  });

  it('falls back to the public signs, with one message, when an audience\'s file cannot be loaded', async () => {
    setDataBase('/tests/pages/no-such-folder/');
    let el!: HotlineSignsChecklist;
    const { events } = await collectProblems(document, async () => {
      el = await checklist({ country: 'US', audience: 'transport' });
    });
    expect(events).to.have.length(1);
    expect(events[0]).to.contain('checklist-transport.json');
    expect(checkboxes(el)).to.have.length(17);
    expect([...shadow(el).querySelectorAll('legend')].map((legend) => collapse(legend.textContent))).to.deep.equal(
      publicChecklist.categories.map((category) => category.title),
    );
  });

  it('reports nothing for a valid country and audience', async () => {
    const { events, warnings } = await collectProblems(document, () => checklist({ country: 'US', audience: 'public' }));
    expect(events).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });

  it('fires hotline-contact { channel: "call", country: "US" } when the hotline is called from the next steps', async () => {
    const el = await checklist();
    await tick(el, NORMAL);
    const seen: unknown[] = [];
    el.addEventListener('hotline-contact', (event) => seen.push(event.detail));
    // Keep the test page here: the link's own default action is not under test.
    el.addEventListener('click', (event) => event.preventDefault());
    const call = nextSteps(el).querySelector<HTMLAnchorElement>('a[href="tel:+18883737888"]');
    expect(call, 'call link in the next steps').to.exist;
    call!.click();
    expect(seen).to.deep.equal([{ channel: 'call', country: 'US' }]);
  });

  it('fires hotline-contact for the emergency number too', async () => {
    const el = await checklist();
    await tick(el, URGENT);
    const seen: unknown[] = [];
    el.addEventListener('hotline-contact', (event) => seen.push(event.detail));
    el.addEventListener('click', (event) => event.preventDefault());
    shadow(el).querySelector<HTMLAnchorElement>('.urgent a[href="tel:911"]')!.click();
    expect(seen).to.deep.equal([{ channel: 'call', country: 'US' }]);
  });

  it('passes axe with nothing ticked', async () => {
    const el = await checklist();
    await expect(el).to.be.accessible();
  });

  it('passes axe with an ordinary sign ticked', async () => {
    const el = await checklist();
    await tick(el, NORMAL);
    await expect(el).to.be.accessible();
  });

  it('passes axe with the urgent sign ticked', async () => {
    const el = await checklist();
    await tick(el, URGENT);
    await expect(el).to.be.accessible();
  });

  it('passes axe with the child sign ticked', async () => {
    const el = await checklist();
    await tick(el, CHILD);
    await expect(el).to.be.accessible();
  });
});

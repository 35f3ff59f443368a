/**
 * The form: reads the state from its controls, writes a state into them (on
 * load, from the address), shows the widget's messages beside each value, and
 * manages the repeatable groups (own lines, own words).
 */
import { COMPONENTS, AUDIENCES, type Component } from '../config/types.js';
import { countryFromInput, countryOptions, countryToInput, languageOptions, lineCountryFromInput, territoryOptions } from './countries.js';
import { MESSAGE_PATHS, englishText, type Checked, type FieldKey } from './check.js';
import { byId, el, fillOptions, showMessages } from './dom.js';
import { emptyLine, LINE_FIELDS, type ConfiguratorState, type LineField, type OwnLine, type Source, type WordsRow } from './state.js';

/** What each field of an own line is, in one line. */
const LINE_LABELS: Record<LineField, { label: string; hint: string; type?: string; inputmode?: string; list?: string }> = {
  country: { label: 'Country it serves', hint: 'Required. The country whose visitors see this line: a name or two-letter code.', list: 'territory-list' },
  name: { label: 'Name', hint: 'Required. The line\'s name as visitors should read it (shown as plain text).' },
  organisation: { label: 'Organisation', hint: 'Optional. Who runs the line.' },
  phone: { label: 'Phone', hint: 'A number to call, with + and the country code to work from anywhere.', type: 'tel' },
  text: { label: 'Text messages', hint: 'A number that takes text messages.', type: 'tel' },
  email: { label: 'Email', hint: 'An address with no ? part.', type: 'email' },
  chat: { label: 'Chat', hint: 'A full https: address of your chat.', type: 'url' },
  web: { label: 'Website', hint: 'A full https: address.', type: 'url' },
};

export interface Form {
  read(): ConfiguratorState;
  write(state: Readonly<ConfiguratorState>): void;
  show(checked: Checked, sourceProblem: string | null): void;
}

const input = (id: string) => byId<HTMLInputElement>(id);
const select = (id: string) => byId<HTMLSelectElement>(id);

export function createForm(onRemoved: (what: string) => void): Form {
  fillOptions(byId<HTMLDataListElement>('country-list'), countryOptions().map(({ label }) => ({ value: label, label })));
  fillOptions(byId<HTMLDataListElement>('territory-list'), territoryOptions().map(({ label }) => ({ value: label, label })));
  fillOptions(byId<HTMLDataListElement>('message-paths'), MESSAGE_PATHS.map((path) => ({ value: path, label: englishText(path) ?? path })));
  fillOptions(select('lang'), [{ value: 'auto', label: 'automatic (the page\'s language, then the visitor\'s)' }, ...languageOptions()]);
  fillOptions(select('audience'), AUDIENCES.map((audience) => ({ value: audience, label: audience })));

  const lines = byId('lines');
  const words = byId('words');

  /** An own line's fieldset, its controls named `line-<n>-<field>`. */
  function lineGroup(line: OwnLine, index: number): HTMLFieldSetElement {
    const n = index + 1;
    const id = (field: string) => `line-${n}-${field}`;
    const fields = LINE_FIELDS.map((field) => {
      const spec = LINE_LABELS[field];
      const control = el('input', {
        id: id(field),
        type: spec.type === 'url' || spec.type === 'email' ? 'text' : (spec.type ?? 'text'),
        inputmode: spec.type === 'url' ? 'url' : spec.type === 'email' ? 'email' : undefined,
        list: spec.list,
        autocomplete: 'off',
        spellcheck: 'false',
        'data-field': field,
        'aria-describedby': `${id(field)}-hint ${id('message')}`,
      });
      control.value = field === 'country' && line.country ? countryToInput(line.country) : line[field];
      return el('div', { class: 'field' }, el('label', { for: id(field) }, spec.label), el('p', { class: 'hint', id: `${id(field)}-hint` }, spec.hint), control);
    });
    const replace = el('input', { type: 'checkbox', id: id('replace'), 'data-field': 'replace', 'aria-describedby': `${id('replace')}-hint` });
    replace.checked = line.replace;
    const remove = el('button', { type: 'button', class: 'secondary', 'data-remove': String(index) }, `Remove hotline ${n}`);
    return el(
      'fieldset',
      { class: 'group line', 'data-index': String(index) },
      el('legend', {}, `Hotline ${n}`),
      ...fields,
      el(
        'div',
        { class: 'check' },
        replace,
        el('label', { for: id('replace') }, 'Instead of the built-in lines'),
        el('p', { class: 'hint', id: `${id('replace')}-hint` }, 'Visitors from this country see only your lines, not the widget\'s own.'),
      ),
      el('div', { class: 'message', id: id('message'), 'aria-live': 'polite' }),
      remove,
    );
  }

  /** A row of own words, its controls named `words-<n>-path` and `words-<n>-text`. */
  function wordsGroup(row: WordsRow, index: number): HTMLFieldSetElement {
    const n = index + 1;
    const id = (field: string) => `words-${n}-${field}`;
    const path = el('input', { id: id('path'), list: 'message-paths', autocomplete: 'off', spellcheck: 'false', 'data-field': 'path', 'aria-describedby': `${id('path')}-hint ${id('message')}` });
    path.value = row.path;
    const text = el('textarea', { id: id('text'), rows: '2', 'data-field': 'text', 'aria-describedby': `${id('text')}-hint ${id('message')}` });
    text.value = row.text;
    return el(
      'fieldset',
      { class: 'group words', 'data-index': String(index) },
      el('legend', {}, `Your words ${n}`),
      el(
        'div',
        { class: 'field' },
        el('label', { for: id('path') }, 'Message'),
        el('p', { class: 'hint', id: `${id('path')}-hint` }, 'Which message to replace, by its path in the English catalogue (banner.heading, quickExit.label …).'),
        path,
        el('p', { class: 'english', id: id('english') }),
      ),
      el(
        'div',
        { class: 'field' },
        el('label', { for: id('text') }, 'Your words'),
        el('p', { class: 'hint', id: `${id('text')}-hint` }, 'Shown as plain text, in every language, instead of that message.'),
        text,
      ),
      el('div', { class: 'message', id: id('message'), 'aria-live': 'polite' }),
      el('button', { type: 'button', class: 'secondary', 'data-remove': String(index) }, `Remove your words ${n}`),
    );
  }

  function readLines(): OwnLine[] {
    return [...lines.querySelectorAll<HTMLFieldSetElement>('fieldset.line')].map((group) => {
      const line = emptyLine();
      for (const field of LINE_FIELDS) {
        const value = group.querySelector<HTMLInputElement>(`[data-field="${field}"]`)!.value;
        line[field] = field === 'country' ? lineCountryFromInput(value) : value;
      }
      line.replace = group.querySelector<HTMLInputElement>('[data-field="replace"]')!.checked;
      return line;
    });
  }

  function readWords(): WordsRow[] {
    return [...words.querySelectorAll<HTMLFieldSetElement>('fieldset.words')].map((group) => ({
      path: group.querySelector<HTMLInputElement>('[data-field="path"]')!.value,
      text: group.querySelector<HTMLTextAreaElement>('[data-field="text"]')!.value,
    }));
  }

  const renderLines = (all: readonly OwnLine[]) => lines.replaceChildren(...all.map(lineGroup));
  const renderWords = (all: readonly WordsRow[]) => words.replaceChildren(...all.map(wordsGroup));

  function read(): ConfiguratorState {
    return {
      country: countryFromInput(input('country').value),
      lang: select('lang').value,
      components: COMPONENTS.filter((component) => input(`component-${component}`).checked),
      audience: select('audience').value,
      theme: select('theme').value,
      exitUrl: input('exit-url').value,
      shortcut: select('shortcut').value,
      newTab: input('new-tab').checked,
      target: input('target').value,
      hotlines: readLines(),
      strings: readWords(),
      source: select('source').value as Source,
      src: input('src').value,
      litOnPage: input('lit-on-page').checked,
    };
  }

  function write(state: Readonly<ConfiguratorState>): void {
    input('country').value = countryToInput(state.country);
    select('lang').value = state.lang;
    for (const component of COMPONENTS) input(`component-${component}`).checked = state.components.includes(component as Component);
    select('audience').value = state.audience;
    select('theme').value = state.theme;
    input('exit-url').value = state.exitUrl;
    select('shortcut').value = state.shortcut;
    input('new-tab').checked = state.newTab;
    input('target').value = state.target;
    renderLines(state.hotlines);
    renderWords(state.strings);
    select('source').value = state.source;
    input('src').value = state.src;
    input('lit-on-page').checked = state.litOnPage;
  }

  /** The controls of each single-value field, and the id of its message. */
  const FIELDS: Record<FieldKey, { controls: string[]; message: string }> = {
    country: { controls: ['country'], message: 'country-message' },
    lang: { controls: ['lang'], message: 'lang-message' },
    components: { controls: COMPONENTS.map((component) => `component-${component}`), message: 'components-message' },
    audience: { controls: ['audience'], message: 'audience-message' },
    theme: { controls: ['theme'], message: 'theme-message' },
    exitUrl: { controls: ['exit-url'], message: 'exit-url-message' },
    shortcut: { controls: ['shortcut'], message: 'shortcut-message' },
    newTab: { controls: ['new-tab'], message: 'new-tab-message' },
    target: { controls: ['target'], message: 'target-message' },
  };

  const markInvalid = (control: Element, invalid: boolean) => {
    if (invalid) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
  };

  function show(checked: Checked, sourceProblem: string | null): void {
    for (const [key, { controls, message }] of Object.entries(FIELDS) as [FieldKey, (typeof FIELDS)[FieldKey]][]) {
      const errors = checked.errors[key] ?? [];
      const notes = checked.notes[key] ?? [];
      showMessages(byId(message), errors.length ? errors : notes, errors.length ? 'error' : 'note');
      for (const id of controls) markInvalid(byId(id), errors.length > 0);
    }
    lines.querySelectorAll<HTMLFieldSetElement>('fieldset.line').forEach((group, index) => {
      const { messages = [], leftOut = false } = checked.lines[index] ?? {};
      showMessages(group.querySelector<HTMLElement>('.message')!, messages, leftOut ? 'error' : 'note');
      for (const field of LINE_FIELDS) {
        const named = messages.some((message) => new RegExp(`^data-hotlines\\[\\d+\\]\\.${field}=`).test(message) && message.endsWith('left out.'));
        markInvalid(group.querySelector(`[data-field="${field}"]`)!, named);
      }
    });
    words.querySelectorAll<HTMLFieldSetElement>('fieldset.words').forEach((group, index) => {
      const { messages = [], leftOut = false } = checked.words[index] ?? {};
      showMessages(group.querySelector<HTMLElement>('.message')!, messages, leftOut ? 'error' : 'note');
      const path = group.querySelector<HTMLInputElement>('[data-field="path"]')!;
      const english = englishText(path.value.trim());
      group.querySelector('.english')!.textContent = english ? `In English: “${english}”` : '';
      markInvalid(path, leftOut && !english);
      markInvalid(group.querySelector('[data-field="text"]')!, leftOut && Boolean(english));
    });
    const src = byId('src-message');
    src.className = sourceProblem ? 'message error' : 'message';
    if (src.textContent !== (sourceProblem ?? '')) src.textContent = sourceProblem ?? '';
    markInvalid(input('src'), Boolean(sourceProblem));
    byId('src-field').hidden = select('source').value !== 'own';
  }

  /**
   * Adding and removing rows of a repeatable group (hotlines, own words): the group is drawn again
   * from what the form holds; focus goes to the new row's first field, or back to the add button.
   */
  function repeatable<Row>(group: HTMLElement, add: string, read: () => Row[], render: (all: readonly Row[]) => void, blank: () => Row, firstField: (row: number) => string, removed: (row: number) => string): void {
    byId(add).addEventListener('click', () => {
      const all = [...read(), blank()];
      render(all);
      byId<HTMLInputElement>(firstField(all.length)).focus();
    });
    group.addEventListener('click', (event) => {
      const index = (event.target as HTMLElement).closest('[data-remove]')?.getAttribute('data-remove');
      if (index == null) return;
      const all = read();
      all.splice(Number(index), 1);
      render(all);
      byId(add).focus();
      onRemoved(removed(Number(index) + 1));
    });
  }
  repeatable(lines, 'add-line', readLines, renderLines, emptyLine, (n) => `line-${n}-country`, (n) => `Hotline ${n} removed.`);
  repeatable(words, 'add-words', readWords, renderWords, () => ({ path: '', text: '' }), (n) => `words-${n}-path`, (n) => `Your words ${n} removed.`);

  return { read, write, show };
}

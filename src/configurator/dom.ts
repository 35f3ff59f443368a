/**
 * Building and updating the configurator's DOM with DOM APIs only: text is
 * always set as text, never parsed as HTML (the demo's CSP enforces Trusted
 * Types, and nothing typed into the form may become markup).
 */

type Props = Record<string, string | boolean | undefined>;

/** `el('p', { class: 'hint', id: 'x' }, 'text', child)`: attributes (booleans as present/absent), then children. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  element.append(...children);
  return element;
}

export function byId<E extends HTMLElement = HTMLElement>(id: string): E {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the configurator's page has no #${id}`);
  return element as E;
}

/** Fills a <datalist> or <select> with options (value, label). */
export function fillOptions(list: HTMLDataListElement | HTMLSelectElement, options: readonly { value: string; label: string }[]): void {
  list.append(...options.map(({ value, label }) => el('option', { value }, label)));
}

export type MessageKind = 'error' | 'note';

/**
 * Shows the widget's messages for a field in its message element (a polite
 * live region), only when they changed, so that screen readers hear each once.
 */
export function showMessages(container: HTMLElement, messages: readonly string[], kind: MessageKind): void {
  const key = `${kind}:${messages.join('\n')}`;
  if (container.dataset.shown === key) return;
  container.dataset.shown = key;
  container.className = `message ${messages.length ? kind : ''}`.trim();
  const lead = kind === 'error' ? 'Left out of the code, as the widget would ignore it. The widget says: ' : 'Kept. The widget will say once, in the console: ';
  container.replaceChildren(
    ...messages.map((message) => el('p', {}, el('span', { class: 'message-lead' }, lead), el('span', { class: 'widget-message' }, message))),
  );
}

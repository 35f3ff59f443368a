/**
 * The page's document, as the page can neither rename nor break it after the
 * script has started.
 *
 * - Page markup named after a member of `document` shadows it (DOM
 *   clobbering): `<form name="body">` makes `document.body` that form, `<img
 *   name="defaultView">` makes `document.defaultView` an image, and a comment
 *   section or an author's post can carry such markup. Members are read
 *   through Document.prototype.
 * - A page's own code can replace `Document.prototype.createElement` or
 *   `Element.prototype.append` later: the originals are taken when this
 *   module is evaluated, the drop-in script's first statements.
 *
 * No Lit and no data: the quick exit's core uses this.
 */
const { apply, get, set } = Reflect;
const { createElement, querySelector } = Document.prototype;
const { append } = Element.prototype;
const { dispatchEvent } = EventTarget.prototype;

/** `document.body`, `.head`, `.documentElement`, `.currentScript`, `.readyState`, `.baseURI`, as the page's markup cannot change them. */
export const own = <K extends 'body' | 'head' | 'documentElement' | 'currentScript' | 'readyState' | 'baseURI'>(key: K, doc: Document = document): Document[K] =>
  get(Document.prototype, key, doc);

/**
 * `target.dispatchEvent(event)`, past an `<img name="dispatchEvent">` on the
 * document. (Listeners go on `window`, whose methods page markup cannot shadow.)
 */
export const emit = (target: EventTarget, event: Event): void => {
  apply(dispatchEvent, target, [event]);
};

/** `document.title = title`, past a `<form name="title">`. */
export const setTitle = (title: string, doc: Document): void => {
  set(Document.prototype, 'title', title, doc);
};

/** `document.querySelector(selector)`, whatever the page named an element. */
export const query = <E extends Element = Element>(selector: string, doc: Document = document): E | null => apply(querySelector, doc, [selector]);

/** `document.createElement(tag)`, whatever the page named an element or did to the prototype. */
export function create<K extends keyof HTMLElementTagNameMap>(tag: K, doc?: Document): HTMLElementTagNameMap[K];
export function create(tag: string, doc?: Document): HTMLElement;
export function create(tag: string, doc: Document = document): HTMLElement {
  return apply(createElement, doc, [tag]);
}

/** `parent.append(child)`, whatever the page did to the prototype. */
export const appendTo = (parent: Element, child: Node): void => {
  apply(append, parent, [child]);
};

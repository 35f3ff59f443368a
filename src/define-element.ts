/**
 * Registers a tag once. A second copy of the script, or a page that imports
 * both the drop-in script and the ESM build, must not throw "already been
 * defined"; a page where the tag belongs to another library, or where
 * `customElements.define` itself fails, gets one message and keeps working
 * (the quick exit's keyboard shortcuts are already installed by then).
 */
import { reportProblem } from './config/report.js';

/** Marks this project's element classes, whichever copy or version defined them. */
const OURS = Symbol.for('hotline-widget.element');

let defineFailed = false;

/** Whether `tag` is one of this project's elements on this page (not another library's). */
export function isOurs(tag: string): boolean {
  const existing = customElements.get(tag) as (CustomElementConstructor & { [OURS]?: true }) | undefined;
  return existing?.[OURS] === true;
}

export function defineOnce(tag: string, element: CustomElementConstructor): void {
  if (customElements.get(tag)) {
    if (!isOurs(tag)) reportProblem(document, `<${tag}> is already defined by another script on this page; that element is left as it is.`);
    return;
  }
  (element as CustomElementConstructor & { [OURS]?: true })[OURS] = true;
  try {
    customElements.define(tag, element);
  } catch (error) {
    // One message for the page: every tag fails the same way.
    if (!defineFailed) {
      reportProblem(document, `customElements.define failed on this page (${error instanceof Error ? error.message : String(error)}); the elements cannot show, the quick exit's keyboard shortcuts still work.`);
    }
    defineFailed = true;
  }
}

/**
 * How bad input is reported: one console message naming the key and the value,
 * and a `hotline-error` event. Never a throw: the page and the quick exit go on.
 */
import { HotlineErrorEvent } from '../events.js';
import { emit } from '../page-document.js';

export function reportProblem(target: EventTarget, message: string): void {
  console.warn(`hotline-widget: ${message}`);
  emit(target, new HotlineErrorEvent({ message }));
}

/** Quotes a value for a message, short enough to read, never rendered as HTML. */
export function quote(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    // A cyclic object, a value whose toJSON or toString throws, an object with no prototype.
    text = Object.prototype.toString.call(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

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

export { quote } from './quote.js';

/** How a value is written in a message: by the widget's reports and by the static renderer's errors. No page needed. */

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

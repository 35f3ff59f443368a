/**
 * A copy of data with no prototype, all the way down. A host page with a
 * naive deep merge lets a visitor's address write `Object.prototype`
 * (`?__proto__[chat]=javascript:…`); read through the prototype, that would
 * give a line a chat link, a short code an `e164`, a free call. A copy holds
 * only what the data itself says.
 */
export function ownOnly<T>(value: T): T {
  if (Array.isArray(value)) return value.map(ownOnly) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) copy[key] = ownOnly((value as Record<string, unknown>)[key]);
  return copy as T;
}

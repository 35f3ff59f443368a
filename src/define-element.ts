/**
 * Registers a tag once. A second copy of the script, or a page that imports
 * both the drop-in script and the ESM build, must not throw
 * "already been defined".
 */
export function defineOnce(tag: string, element: CustomElementConstructor): void {
  if (customElements.get(tag)) return;
  customElements.define(tag, element);
}

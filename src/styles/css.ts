/**
 * The tag for this package's style sheets: Lit's `css` without what they never use. Each sheet is one
 * piece of text with no `${}` inside (a second argument does not type-check), so there is nothing to
 * check or join; the build's minifier treats it as Lit's (it minifies every tag named `css`).
 */
import { unsafeCSS, type CSSResult } from 'lit';

export const css = (strings: TemplateStringsArray): CSSResult => unsafeCSS(strings[0]);

/**
 * Shared styles: the design tokens (`--hotline-*`) with their light and dark
 * values, and a wrapper that shuts out whatever the host page's CSS would
 * otherwise pass down by inheritance. Nothing in the widget moves (no
 * transitions or animations), so reduced motion needs no special case.
 */
import { css } from './css.js';

export const baseStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }

  /* Everything renders inside .base, which host CSS cannot reach; all: initial
     stops inherited fonts, colours and spacing (custom properties still pass). */
  .base {
    all: initial;
    display: block;
    /* light-dark() picks by color-scheme: the page's preference for "auto". */
    color-scheme: light dark;
    --_text: var(--hotline-color-text, light-dark(#1b1b1b, #f1f1f1));
    --_muted: var(--hotline-color-muted, light-dark(#4a4a4a, #c8c8c8));
    --_background: var(--hotline-color-background, light-dark(#ffffff, #1d1f21));
    --_accent: var(--hotline-color-accent, light-dark(#0b57a4, #9cc4ff));
    --_on-accent: var(--hotline-color-on-accent, light-dark(#ffffff, #0b0b0b));
    --_border: var(--hotline-color-border, light-dark(#6b6b6b, #9a9a9a));
    --_focus: var(--hotline-color-focus, light-dark(#b35c00, #ffb866));
    font-family: var(--hotline-font-family, system-ui, sans-serif);
    /* The host page's root font size is not ours to trust (html { font-size: 5px }). */
    font-size: var(--hotline-font-size, max(1rem, 16px));
    line-height: 1.5;
    color: var(--_text);
    background: var(--_background);
    border-radius: var(--hotline-radius, 8px);
    overflow-wrap: anywhere;
  }
  .theme-light {
    color-scheme: light;
  }
  .theme-dark {
    color-scheme: dark;
  }
  .base :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

import { css } from '../../styles/css.js';

export const quickExitStyles = css`
  /* !important: a host page's own rules for every element (* { all: unset },
     * { position: static !important }) must not take the way out off the screen.
     The insets and offset stay adjustable through attributes and --hotline-quick-exit-offset. */
  :host {
    --_offset: var(--hotline-quick-exit-offset, 12px);
    position: fixed !important;
    z-index: 2147483647 !important;
    inset-block: var(--_offset) auto !important;
    inset-inline: auto var(--_offset) !important;
  }
  /* Logical insets: top-end is the top right in English, the top left in Arabic. */
  :host([position^='bottom']) {
    inset-block: auto var(--_offset) !important;
  }
  :host([position$='start']) {
    inset-inline: var(--_offset) auto !important;
  }
  :host([position='inline']) {
    position: static !important;
  }
  /* Moved out of the way of the focused element (WCAG 2.4.11). */
  :host([moved]) {
    inset-block: auto var(--_offset) !important;
  }
  :host([moved][position^='bottom']) {
    inset-block: var(--_offset) auto !important;
  }
  .base {
    background: transparent;
    text-align: center;
  }
  .button {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 44px;
    min-width: 44px;
    max-width: calc(100vw - 24px);
    padding: 0.5em 1.1em;
    border: 2px solid var(--hotline-quick-exit-border, #ffffff);
    border-radius: var(--hotline-radius, 8px);
    color: var(--hotline-quick-exit-color, #ffffff);
    background: var(--hotline-quick-exit-background, #b3261e);
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.35);
    font-weight: 700;
    text-decoration: none;
    cursor: pointer;
  }
  .button:hover {
    text-decoration: underline;
  }
  .about {
    max-width: min(20em, calc(100vw - 24px));
    margin-block-start: 0.25em;
    margin-inline-start: auto;
    padding: 0.25em 0.5em;
    border-radius: 6px;
    color: var(--_text);
    background: var(--_background);
    font-size: 0.85em;
    text-align: start;
  }
  .about summary {
    min-height: 44px;
    display: flex;
    align-items: center;
    cursor: pointer;
  }
  .about p {
    margin: 0.25em 0 0.5em;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
  @media print {
    :host {
      display: none !important;
    }
  }
`;

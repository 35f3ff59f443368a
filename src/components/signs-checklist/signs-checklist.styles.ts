import { css } from '../../styles/css.js';

export const checklistStyles = css`
  .base {
    padding: var(--hotline-checklist-padding, 1em 1.25em);
    border: 1px solid var(--_border);
  }
  .heading {
    margin: 0 0 0.5em;
    font-size: 1.2em;
    line-height: 1.3;
  }
  .intro,
  .privacy {
    margin: 0 0 0.75em;
  }
  .privacy {
    color: var(--_muted);
    font-size: 0.9em;
  }
  fieldset {
    margin: 0 0 0.75em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: 6px;
  }
  legend {
    padding: 0 0.25em;
    font-weight: 700;
  }
  .item {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    min-height: 44px;
    padding: 0.35em 0;
    cursor: pointer;
  }
  .item input {
    flex: none;
    width: 1.4em;
    height: 1.4em;
    margin: 0.1em 0 0;
    accent-color: var(--_accent);
  }
  .clear {
    min-height: 44px;
    min-width: 44px;
    margin: 0 0 1em;
    padding: 0.4em 1em;
    border: 2px solid var(--_border);
    border-radius: 6px;
    color: var(--_text);
    background: var(--_background);
    font: inherit;
    cursor: pointer;
  }
  details.category {
    margin: 0 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: 6px;
  }
  details.category > fieldset {
    margin: 0;
    border: 0;
  }
  summary {
    display: flex;
    align-items: center;
    min-height: 44px;
    padding: 0 0.75em;
    font-weight: 700;
    cursor: pointer;
  }
  .sources {
    margin-block-start: 0.75em;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .sources summary {
    padding: 0;
    font-weight: 600;
  }
  .rights ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .next-steps {
    padding: 0.75em 1em;
    border-inline-start: 6px solid var(--_accent);
    background: color-mix(in srgb, var(--_accent) 8%, var(--_background));
  }
  .next-steps h3 {
    margin: 0 0 0.5em;
    font-size: 1.05em;
  }
  .next-steps p {
    margin: 0 0 0.5em;
  }
  .urgent {
    font-weight: 700;
  }
  .directory {
    color: var(--_accent);
    font-weight: 600;
  }
  @media print {
    /* A poster for a staff room: the signs and the hotline, never anyone's ticks. */
    .item input,
    .clear,
    .privacy,
    .status,
    hotline-quick-exit {
      display: none !important;
    }
  }
`;

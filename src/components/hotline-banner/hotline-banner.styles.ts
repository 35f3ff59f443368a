import { css } from '../../styles/css.js';

export const bannerStyles = css`
  .base {
    padding: var(--hotline-banner-padding, 1em 1.25em);
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_accent);
  }
  .heading {
    margin: 0 0 0.25em;
    font-size: 1.2em;
    font-weight: 700;
    line-height: 1.3;
  }
  .lead {
    margin: 0 0 0.75em;
  }
  .compact .heading {
    font-size: 1em;
  }
  .more-lines {
    margin-block-start: 0.75em;
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--_border);
  }
  .more-heading {
    margin: 0 0 0.5em;
    font-size: 1em;
    font-weight: 700;
  }
  .directory {
    font-weight: 600;
    color: var(--_accent);
  }
  /* The copy of the banner a page's static fallback brought (hotline-widget/static): it goes once
     this one is rendered before it, even where the page's policy refused the copy's own styles;
     until then (the banner renders when it is needed) it stays. */
  section ~ .fallback {
    display: none;
  }
  @media print {
    .base {
      border-color: #000;
    }
  }
`;

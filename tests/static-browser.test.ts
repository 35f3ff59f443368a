/**
 * renderStatic in a browser, as a site's own page or tool would call it (`hotline-widget/static`
 * works in Node and in browsers): every format answers at once, and the fallback's declarative
 * shadow root is the same markup as in Node (tests/plugins/static.mjs).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { renderStatic, STATIC_FORMATS } from '../src/static/index.js';

describe('renderStatic in a browser', () => {
  it('writes every format, the same as in Node', async () => {
    const calls = STATIC_FORMATS.flatMap((format) => [
      { country: 'GB', lang: 'en', format },
      { country: 'EG', lang: 'ar', format },
      { country: 'KE', lang: 'sw', format, variant: 'compact' as const },
    ]);
    const inNode = (await executeServerCommand('render-static', { calls })) as string[];
    const here = calls.map((options) => renderStatic(options));
    expect(here).to.deep.equal(inNode);
    expect(here.find((_, index) => calls[index]!.format === 'fallback')).to.match(/^<template shadowrootmode="open"><style>/);
  });
});

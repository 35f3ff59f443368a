// `render-static`: renderStatic (lib/static/, built) called in Node, as a site's build or the
// command would call it, for tests/static.test.ts, which puts what it returns in pages with
// JavaScript off. Each call's options as renderStatic takes them; the outputs in the same order.
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;

export const staticPlugin = {
  name: 'render-static',
  async executeCommand({ command, payload }) {
    if (command !== 'render-static') return undefined;
    const { renderStatic } = await import(join(root, 'lib/static/index.js'));
    return payload.calls.map((options) => renderStatic(options));
  },
};

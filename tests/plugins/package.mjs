// `packed-package`: the package as its users install it (scripts/pack-consumer.mjs,
// once per run), for tests/package.test.ts. The installed dist/ is copied into
// build/site/hotline-widget/, as the README tells a site that hosts it itself,
// and served byte for byte at /site/hotline-widget/ (`siteMiddleware`: the
// test server's own transforms would rewrite the script and break its
// integrity); the answer is that address and the script's integrity from its
// sri.json.
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sendFrom } from '../embed/pages.mjs';
import { installPackedPackage } from '../../scripts/pack-consumer.mjs';

const root = new URL('../..', import.meta.url).pathname;
const SITE = join(root, 'build', 'site');

export const packagePlugin = {
  name: 'packed-package',
  async executeCommand({ command }) {
    if (command !== 'packed-package') return undefined;
    const { packageDir, version } = await installPackedPackage();
    const dist = join(SITE, 'hotline-widget');
    rmSync(dist, { recursive: true, force: true });
    cpSync(join(packageDir, 'dist'), dist, { recursive: true });
    const sri = JSON.parse(readFileSync(join(dist, 'sri.json'), 'utf8'));
    return { base: '/site/hotline-widget/', integrity: sri['hotline-widget.js'], version };
  },
};

/** /site/<path>: build/site/<path> as a static host sends it, or 404. */
export async function siteMiddleware(context, next) {
  const match = /^\/site\/([\w./-]+\.(js|json))$/.exec(context.path);
  if (!match) return next();
  return sendFrom(pathToFileURL(`${SITE}/`), context, match[1]);
}

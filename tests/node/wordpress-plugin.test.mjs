// The real plugin in Debian's WordPress 6.1: the tests are tests/node/wordpress-plugin.mjs's, which
// wordpress-plugin-6.5.test.mjs runs in WordPress 6.5 too.
import { wordpressPluginTests } from './wordpress-plugin.mjs';

wordpressPluginTests('debian');

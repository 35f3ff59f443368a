// The real plugin in WordPress 6.5.5 (from the npm registry: tests/wordpress/site.mjs, step 1), where
// WordPress writes the script tag itself: `defer` from the script's loading strategy (6.3 and
// later) and the plugin's attributes through `wp_script_attributes` (6.4 and later). The tests are
// tests/node/wordpress-plugin.mjs's, which wordpress-plugin.test.mjs runs in Debian's WordPress 6.1.
import { wordpressPluginTests } from './wordpress-plugin.mjs';

wordpressPluginTests('6.5');

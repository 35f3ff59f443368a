// The real plugin in Debian 13's WordPress 6.8 (the release's own files, as Debian packages them,
// fetched with a private apt setup: tests/wordpress/site.mjs, step 1), with its default theme
// Twenty Twenty-Five; like 6.5, WordPress writes the script tag itself: `defer` from the script's
// loading strategy and the plugin's attributes through `wp_script_attributes`. The tests are
// tests/node/wordpress-plugin.mjs's, which the other wordpress-plugin*.test.mjs files run in
// WordPress 6.1, 6.3 and 6.5.
import { wordpressPluginTests } from './wordpress-plugin.mjs';

wordpressPluginTests('6.8');

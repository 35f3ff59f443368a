// The real plugin in WordPress 6.3.5 (from the npm registry: tests/wordpress/site.mjs, step 1), the
// one release that writes `defer` from the script's loading strategy itself but still writes the
// tag without `wp_script_attributes`: the plugin's script_loader_tag writes its attributes in and
// must not add a second defer. The tests are tests/node/wordpress-plugin.mjs's, which
// wordpress-plugin.test.mjs runs in Debian's WordPress 6.1 and wordpress-plugin-6.5.test.mjs in 6.5.
import { wordpressPluginTests } from './wordpress-plugin.mjs';

wordpressPluginTests('6.3');

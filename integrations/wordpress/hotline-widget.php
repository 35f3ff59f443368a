<?php
/**
 * Plugin Name:       Hotline widget
 * Description:       Help against human trafficking on your site: the right hotline for the reader's country under the stories you choose, a checklist of the signs of trafficking, and a quick-exit button. Served from your own site: no tracking, no request to anyone else.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * Author:            The hotline-widget contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       hotline-widget
 * Domain Path:       /languages
 *
 * @package HotlineWidget
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'HOTLINE_WIDGET_VERSION', '0.1.0' );
define( 'HOTLINE_WIDGET_FILE', __FILE__ );
define( 'HOTLINE_WIDGET_DIR', __DIR__ );
define( 'HOTLINE_WIDGET_OPTION', 'hotline_widget_settings' );
define( 'HOTLINE_WIDGET_NOTICE_OPTION', 'hotline_widget_welcome_seen' );
define( 'HOTLINE_WIDGET_META', '_hotline_widget_placement' );

require_once __DIR__ . '/includes/checks.php';
require_once __DIR__ . '/includes/options.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/content.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/blocks.php';

if ( is_admin() ) {
	require_once __DIR__ . '/includes/settings.php';
	require_once __DIR__ . '/includes/meta-box.php';
	require_once __DIR__ . '/includes/notice.php';
}

/**
 * The plugin's translations: wp-content/languages/plugins/hotline-widget-<locale>.mo, else the
 * plugin's own languages/ folder. Loaded first thing on `init`, before the blocks are registered
 * there (their titles and descriptions are translated when they are registered).
 */
function hotline_widget_load_textdomain() {
	load_plugin_textdomain( 'hotline-widget', false, dirname( plugin_basename( HOTLINE_WIDGET_FILE ) ) . '/languages' );
}
add_action( 'init', 'hotline_widget_load_textdomain', 0 );

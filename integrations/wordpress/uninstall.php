<?php
/**
 * Deleting the plugin deletes what it stored: its settings, the first-run notice's mark, and each
 * story's choice in the "Hotline widget" box (on every site of a network).
 *
 * @package HotlineWidget
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

/**
 * What the plugin stored on the current site.
 */
function hotline_widget_uninstall_site() {
	delete_option( 'hotline_widget_settings' );
	delete_option( 'hotline_widget_welcome_seen' );
	delete_post_meta_by_key( '_hotline_widget_placement' );
}

if ( is_multisite() ) {
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $hotline_widget_site ) {
		switch_to_blog( $hotline_widget_site );
		hotline_widget_uninstall_site();
		restore_current_blog();
	}
} else {
	hotline_widget_uninstall_site();
}

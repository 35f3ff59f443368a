<?php
/**
 * Once, after the plugin is switched on: a link to its settings. Shown once to someone who can
 * change them, then never again (nor after the settings page has been opened). The block editor
 * and the site editor hide admin notices: there it waits for the next page.
 *
 * @package HotlineWidget
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The notice.
 */
function hotline_widget_first_run_notice() {
	if ( ! current_user_can( 'manage_options' ) || get_option( HOTLINE_WIDGET_NOTICE_OPTION ) ) {
		return;
	}
	$screen = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
	if ( $screen && ( 'settings_page_hotline-widget' === $screen->id || $screen->is_block_editor() ) ) {
		return;
	}
	update_option( HOTLINE_WIDGET_NOTICE_OPTION, 1, false );
	printf(
		'<div class="notice notice-info"><p>%s <a href="%s">%s</a></p></div>',
		esc_html__( 'Hotline widget is on. Choose the stories that carry the help, and the country and language:', 'hotline-widget' ),
		esc_url( admin_url( 'options-general.php?page=hotline-widget' ) ),
		esc_html__( 'Settings → Hotline widget', 'hotline-widget' )
	);
}
add_action( 'admin_notices', 'hotline_widget_first_run_notice' );

<?php
/**
 * [hotline_banner country="GB" lang="en"], [hotline_checklist audience="hospitality"],
 * [hotline_quick_exit]. An attribute the widget would refuse is left out: the element gets the
 * settings' value, as the widget would show it with its default.
 *
 * @package HotlineWidget
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * [hotline_banner]
 *
 * @param array<string, string>|string $atts The shortcode's attributes.
 * @return string
 */
function hotline_widget_banner_shortcode( $atts ) {
	$atts = shortcode_atts(
		array(
			'country' => '',
			'lang'    => '',
		),
		$atts,
		'hotline_banner'
	);
	return hotline_widget_banner_html( sanitize_text_field( $atts['country'] ), sanitize_text_field( $atts['lang'] ) );
}

/**
 * [hotline_checklist]
 *
 * @param array<string, string>|string $atts The shortcode's attributes.
 * @return string
 */
function hotline_widget_checklist_shortcode( $atts ) {
	$atts = shortcode_atts(
		array(
			'audience' => '',
			'country'  => '',
			'lang'     => '',
		),
		$atts,
		'hotline_checklist'
	);
	return hotline_widget_checklist_html( sanitize_text_field( $atts['audience'] ), sanitize_text_field( $atts['country'] ), sanitize_text_field( $atts['lang'] ) );
}

/**
 * [hotline_quick_exit]: the quick exit on this page. The script puts it first on the page; if the
 * script's tag was printed already without it, the element goes here instead.
 *
 * @return string
 */
function hotline_widget_quick_exit_shortcode() {
	$printed = wp_script_is( HOTLINE_WIDGET_HANDLE, 'done' );
	$page    = hotline_widget_page();
	$had     = $page['quick_exit'] || ( in_array( 'quick-exit', hotline_widget_components(), true ) && ( 'everywhere' === hotline_widget_settings()['quick_exit_scope'] || $page['help'] ) );
	hotline_widget_needs_script( 'quick-exit' );
	return $printed && ! $had && ! is_feed() ? '<hotline-quick-exit></hotline-quick-exit>' : '';
}

/**
 * Registers the shortcodes.
 */
function hotline_widget_register_shortcodes() {
	add_shortcode( 'hotline_banner', 'hotline_widget_banner_shortcode' );
	add_shortcode( 'hotline_checklist', 'hotline_widget_checklist_shortcode' );
	add_shortcode( 'hotline_quick_exit', 'hotline_widget_quick_exit_shortcode' );
}
add_action( 'init', 'hotline_widget_register_shortcodes' );

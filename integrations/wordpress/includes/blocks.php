<?php
/**
 * Two dynamic blocks, hotline-widget/banner and hotline-widget/checklist (blocks/*\/block.json),
 * rendered here as the shortcodes are; their editor script (blocks/editor.js) is plain JavaScript
 * on WordPress's globals, with no build step.
 *
 * @package HotlineWidget
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The banner block.
 *
 * @param array<string, mixed> $attributes The block's attributes.
 * @return string
 */
function hotline_widget_render_banner_block( $attributes ) {
	$attributes = is_array( $attributes ) ? $attributes : array();
	return hotline_widget_banner_html(
		sanitize_text_field( (string) ( $attributes['country'] ?? '' ) ),
		sanitize_text_field( (string) ( $attributes['lang'] ?? '' ) )
	);
}

/**
 * The checklist block.
 *
 * @param array<string, mixed> $attributes The block's attributes.
 * @return string
 */
function hotline_widget_render_checklist_block( $attributes ) {
	$attributes = is_array( $attributes ) ? $attributes : array();
	return hotline_widget_checklist_html(
		sanitize_text_field( (string) ( $attributes['audience'] ?? '' ) ),
		sanitize_text_field( (string) ( $attributes['country'] ?? '' ) ),
		sanitize_text_field( (string) ( $attributes['lang'] ?? '' ) )
	);
}

/**
 * Registers the editor script and the blocks.
 */
function hotline_widget_register_blocks() {
	wp_register_script(
		'hotline-widget-blocks-editor',
		plugins_url( 'blocks/editor.js', HOTLINE_WIDGET_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
		HOTLINE_WIDGET_VERSION,
		true
	);
	$languages = array();
	foreach ( hotline_widget_checks_list( 'languageNames' ) as $tag => $name ) {
		$languages[] = array(
			'value' => $tag,
			'label' => $name . ' (' . $tag . ')',
		);
	}
	$countries = array();
	foreach ( hotline_widget_checks_list( 'countries' ) as $code ) {
		$names       = hotline_widget_checks_list( 'countryNames' );
		$countries[] = array(
			'value' => $code,
			'label' => ( $names[ $code ] ?? $code ) . ' (' . $code . ')',
		);
	}
	wp_add_inline_script(
		'hotline-widget-blocks-editor',
		'window.hotlineWidgetBlocks = ' . wp_json_encode(
			array(
				'countries' => $countries,
				'languages' => $languages,
				'audiences' => hotline_widget_checks_list( 'audiences' ),
			)
		) . ';',
		'before'
	);
	wp_set_script_translations( 'hotline-widget-blocks-editor', 'hotline-widget', HOTLINE_WIDGET_DIR . '/languages' );

	register_block_type( HOTLINE_WIDGET_DIR . '/blocks/banner', array( 'render_callback' => 'hotline_widget_render_banner_block' ) );
	register_block_type( HOTLINE_WIDGET_DIR . '/blocks/checklist', array( 'render_callback' => 'hotline_widget_render_checklist_block' ) );
}
add_action( 'init', 'hotline_widget_register_blocks' );

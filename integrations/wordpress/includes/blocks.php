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
 * Whether the request being answered is the block editor's preview of one of these blocks: the
 * REST block renderer (/wp/v2/block-renderer/hotline-widget/...), which the editor's
 * ServerSideRender asks.
 *
 * @param bool|null $set True while such a request is answered, false after; null to ask.
 * @return bool
 */
function hotline_widget_block_preview( $set = null ) {
	static $preview = false;
	if ( null !== $set ) {
		$preview = $set;
	}
	return $preview;
}

/**
 * Before a REST request's callback: notes whether it is a preview of these blocks.
 *
 * @param mixed           $response What the request answers so far (passed on unchanged).
 * @param array           $handler  The route's handler.
 * @param WP_REST_Request $request  The request.
 * @return mixed
 */
function hotline_widget_note_block_preview( $response, $handler, $request ) {
	hotline_widget_block_preview( $request instanceof WP_REST_Request && 0 === strpos( $request->get_route(), '/wp/v2/block-renderer/hotline-widget/' ) );
	return $response;
}
add_filter( 'rest_request_before_callbacks', 'hotline_widget_note_block_preview', 10, 3 );

/**
 * After a REST request's callback: no longer a preview.
 *
 * @param mixed $response The request's answer (passed on unchanged).
 * @return mixed
 */
function hotline_widget_end_block_preview( $response ) {
	hotline_widget_block_preview( false );
	return $response;
}
add_filter( 'rest_request_after_callbacks', 'hotline_widget_end_block_preview' );

/**
 * A country or a language as the block's sidebar names them ("Ireland (IE)"), or what stands for
 * the reader's.
 *
 * @param string|null $code    A country's code or a language's tag; null for the reader's.
 * @param string      $list    `countryNames` or `languageNames`.
 * @param string      $readers What to say for the reader's.
 * @return string
 */
function hotline_widget_preview_name( $code, $list, $readers ) {
	if ( null === $code ) {
		return $readers;
	}
	$names = hotline_widget_checks_list( $list );
	return isset( $names[ $code ] ) ? $names[ $code ] . ' (' . $code . ')' : $code;
}

/**
 * A sentence in the block editor's preview, inside the element (the editor does not run the
 * widget's script, so the element's own content shows).
 *
 * @param string $html    The element.
 * @param string $tag     Its tag name.
 * @param string $message The sentence.
 * @return string
 */
function hotline_widget_preview_note( $html, $tag, $message ) {
	$note = '<p class="hotline-widget-preview" style="border:1px dashed;padding:1em">' . esc_html( $message ) . '</p>';
	return substr_replace( $html, $note, strrpos( $html, '</' . $tag . '>' ), 0 );
}

/**
 * The banner block.
 *
 * In the block editor's preview, the declarative shadow root of the help written in is left out:
 * the editor puts the preview into its page with innerHTML, which never attaches one (and the
 * browser warns of each in the console), so the written-in copy beside it is what shows. Where no
 * help is written in (an automatic country or language, or the site's own lines in place of the
 * country's), a sentence says what the published page will show.
 *
 * @param array<string, mixed> $attributes The block's attributes.
 * @return string
 */
function hotline_widget_render_banner_block( $attributes ) {
	$attributes = is_array( $attributes ) ? $attributes : array();
	$country    = sanitize_text_field( (string) ( $attributes['country'] ?? '' ) );
	$lang       = sanitize_text_field( (string) ( $attributes['lang'] ?? '' ) );
	$html       = hotline_widget_banner_html( $country, $lang );
	if ( ! hotline_widget_block_preview() ) {
		return $html;
	}
	$start = strpos( $html, '<template shadowrootmode="open">' );
	$end   = false === $start ? false : strpos( $html, '</template>', $start );
	if ( false !== $start && false !== $end ) {
		$html = substr_replace( $html, '', $start, $end + strlen( '</template>' ) - $start );
	}
	if ( 1 !== preg_match( '#^<hotline-banner\b[^>]*>\s*</hotline-banner>$#D', $html ) ) {
		return $html;
	}
	$place = hotline_widget_element_place( $country, $lang );
	return hotline_widget_preview_note(
		$html,
		'hotline-banner',
		sprintf(
			/* translators: 1: a country, e.g. "Ireland (IE)", or "the reader's country"; 2: a language, e.g. "English (en)", or "the reader's language". */
			__( 'The hotline banner for %1$s, in %2$s: the published page shows it, where the widget\'s script runs.', 'hotline-widget' ),
			hotline_widget_preview_name( $place['country'], 'countryNames', __( 'the reader\'s country', 'hotline-widget' ) ),
			hotline_widget_preview_name( $place['lang'], 'languageNames', __( 'the reader\'s language', 'hotline-widget' ) )
		)
	);
}

/**
 * The checklist block. It has no help written in (it needs the script): in the block editor's
 * preview, a sentence says what the published page will show.
 *
 * @param array<string, mixed> $attributes The block's attributes.
 * @return string
 */
function hotline_widget_render_checklist_block( $attributes ) {
	$attributes = is_array( $attributes ) ? $attributes : array();
	$audience   = sanitize_text_field( (string) ( $attributes['audience'] ?? '' ) );
	$country    = sanitize_text_field( (string) ( $attributes['country'] ?? '' ) );
	$lang       = sanitize_text_field( (string) ( $attributes['lang'] ?? '' ) );
	$html       = hotline_widget_checklist_html( $audience, $country, $lang );
	if ( ! hotline_widget_block_preview() ) {
		return $html;
	}
	$place = hotline_widget_element_place( $country, $lang );
	return hotline_widget_preview_note(
		$html,
		'hotline-signs-checklist',
		sprintf(
			/* translators: 1: who reads it, e.g. "hospitality"; 2: a country, e.g. "Ireland (IE)", or "the reader's country"; 3: a language, e.g. "English (en)", or "the reader's language". */
			__( 'The signs of trafficking checklist for %1$s, with the hotline for %2$s, in %3$s: the published page shows it, where the widget\'s script runs.', 'hotline-widget' ),
			hotline_widget_element_audience( $audience ),
			hotline_widget_preview_name( $place['country'], 'countryNames', __( 'the reader\'s country', 'hotline-widget' ) ),
			hotline_widget_preview_name( $place['lang'], 'languageNames', __( 'the reader\'s language', 'hotline-widget' ) )
		)
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

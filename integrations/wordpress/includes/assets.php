<?php
/**
 * The widget's script, from the plugin's own copy (assets/hotline-widget.js, its data files in
 * assets/data/ beside it): deferred, with its Subresource Integrity hash (assets/sri.json), the
 * settings as data-* attributes (no inline script, so a Content-Security-Policy needs no
 * exception), and the page's CSP nonce when the site gives one.
 *
 * On WordPress 6.4 and later the attributes are added through `wp_script_attributes`, so that a
 * plugin which adds nonces there covers this tag too; on earlier versions, through
 * `script_loader_tag`.
 *
 * @package HotlineWidget
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const HOTLINE_WIDGET_HANDLE = 'hotline-widget';

/**
 * Registers the script (printed only where a page asks for it).
 */
function hotline_widget_register_script() {
	// WordPress 6.3 and later write `defer` themselves; earlier, script_loader_tag below adds it.
	$args = version_compare( get_bloginfo( 'version' ), '6.3', '>=' ) ? array( 'strategy' => 'defer' ) : false;
	wp_register_script( HOTLINE_WIDGET_HANDLE, plugins_url( 'assets/hotline-widget.js', HOTLINE_WIDGET_FILE ), array(), HOTLINE_WIDGET_VERSION, $args );
}
add_action( 'init', 'hotline_widget_register_script' );

/**
 * A page that carries help, or asks for the quick exit, gets the script. In feeds and REST
 * answers (the block editor's preview) nothing is loaded: the fallback is the help there.
 *
 * @param string $what `help` (a banner or a checklist) or `quick-exit`.
 */
function hotline_widget_needs_script( $what ) {
	$page = &hotline_widget_page();
	if ( 'quick-exit' === $what ) {
		$page['quick_exit'] = true;
	} else {
		$page['help'] = true;
	}
	if ( is_feed() || is_admin() || ( defined( 'REST_REQUEST' ) && REST_REQUEST ) ) {
		return;
	}
	// Enqueued after the head is printed, WordPress prints it in the footer.
	wp_enqueue_script( HOTLINE_WIDGET_HANDLE );
}

/**
 * Before the head: a page whose help is known already (a chosen story, a shortcode or a block in
 * the post, the quick exit everywhere) loads the script in the head.
 */
function hotline_widget_enqueue() {
	if ( is_feed() ) {
		return;
	}
	if ( in_array( 'quick-exit', hotline_widget_components(), true ) && 'everywhere' === hotline_widget_settings()['quick_exit_scope'] ) {
		wp_enqueue_script( HOTLINE_WIDGET_HANDLE );
	}
	$post = is_singular() ? get_queried_object() : null;
	if ( ! $post instanceof WP_Post ) {
		return;
	}
	$content = (string) $post->post_content;
	if ( has_shortcode( $content, 'hotline_quick_exit' ) ) {
		hotline_widget_needs_script( 'quick-exit' );
	}
	$auto = hotline_widget_post_gets_help( $post ) && array() !== array_intersect( array( 'banner', 'checklist' ), hotline_widget_components() );
	if ( $auto || has_shortcode( $content, 'hotline_banner' ) || has_shortcode( $content, 'hotline_checklist' ) || has_block( 'hotline-widget/banner', $post ) || has_block( 'hotline-widget/checklist', $post ) ) {
		hotline_widget_needs_script( 'help' );
	}
}
add_action( 'wp_enqueue_scripts', 'hotline_widget_enqueue' );

/**
 * The Subresource Integrity hashes of the plugin's copy of the widget.
 *
 * @return array<string, string>
 */
function hotline_widget_sri() {
	static $sri = null;
	if ( null === $sri ) {
		$json = file_get_contents( HOTLINE_WIDGET_DIR . '/assets/sri.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file of the plugin's own, not a URL.
		$sri  = is_string( $json ) ? json_decode( $json, true ) : null;
		$sri  = is_array( $sri ) ? $sri : array();
	}
	return $sri;
}

/**
 * This page's Content-Security-Policy nonce, as the site gives it: '' for none.
 *
 * @return string
 */
function hotline_widget_csp_nonce() {
	/**
	 * The CSP nonce of this page: return your Content-Security-Policy's nonce. The widget's script
	 * tag carries it (the widget hands it on to the styles it may write), and so does the `<style>`
	 * of the help written into the banner.
	 *
	 * @param string $nonce Empty: no nonce.
	 */
	return (string) apply_filters( 'hotline_widget_script_nonce', '' );
}

/**
 * The script tag's own attributes: integrity, crossorigin, the settings as data-*, the nonce.
 *
 * @return array<string, string>
 */
function hotline_widget_script_attributes() {
	$settings   = hotline_widget_settings();
	$page       = hotline_widget_page();
	$components = hotline_widget_components();
	$quick_exit = $page['quick_exit'] || ( in_array( 'quick-exit', $components, true ) && ( 'everywhere' === $settings['quick_exit_scope'] || $page['help'] ) );
	$country    = hotline_widget_resolve_country( $settings['country'] );
	$sri        = hotline_widget_sri();
	$attributes = array();
	if ( isset( $sri['hotline-widget.js'] ) ) {
		$attributes['integrity']   = $sri['hotline-widget.js'];
		$attributes['crossorigin'] = 'anonymous';
	}
	// The banner and the checklist are in the page as elements: the script mounts at most the quick exit.
	$attributes['data-components'] = $quick_exit ? 'quick-exit' : 'none';
	$attributes['data-country']    = $country;
	$attributes['data-lang']       = hotline_widget_resolve_language( $settings['lang'], $country );
	$attributes['data-audience']   = 'public' === $settings['audience'] ? null : $settings['audience'];
	$attributes['data-theme']      = 'auto' === $settings['theme'] ? null : $settings['theme'];
	$attributes['data-exit-url']   = $settings['exit_url'];
	$attributes['data-shortcut']   = $settings['shortcut'];
	$attributes['data-new-tab']    = $settings['new_tab'] ? 'true' : null;
	// Stored as JSON with & < > ' " written as \u escapes, so that the attribute holds it exactly.
	$attributes['data-hotlines'] = $settings['hotlines'];

	$nonce = hotline_widget_csp_nonce();
	if ( '' !== $nonce ) {
		$attributes['nonce'] = $nonce;
	}
	$attributes = array_filter(
		$attributes,
		function ( $value ) {
			return null !== $value && '' !== $value;
		}
	);

	/**
	 * The attributes of the widget's script tag, to change or add to.
	 *
	 * @param array<string, string> $attributes Name => value.
	 */
	return (array) apply_filters( 'hotline_widget_script_attributes', $attributes );
}

/**
 * WordPress 6.4 and later: the attributes of the script's tag, as WordPress writes it.
 *
 * @param array<string, mixed> $attributes The tag's attributes.
 * @return array<string, mixed>
 */
function hotline_widget_filter_script_attributes( $attributes ) {
	if ( ! is_array( $attributes ) || ! isset( $attributes['id'] ) || HOTLINE_WIDGET_HANDLE . '-js' !== $attributes['id'] ) {
		return $attributes;
	}
	// What the site or another plugin set (a nonce) stays.
	return $attributes + hotline_widget_script_attributes();
}
add_filter( 'wp_script_attributes', 'hotline_widget_filter_script_attributes' );

/**
 * Earlier WordPress: the attributes (and `defer`), written into the tag.
 *
 * @param string $tag    The script's HTML.
 * @param string $handle Its handle.
 * @return string
 */
function hotline_widget_filter_script_tag( $tag, $handle ) {
	if ( HOTLINE_WIDGET_HANDLE !== $handle || str_contains( $tag, 'data-components=' ) ) {
		return $tag;
	}
	$attributes = hotline_widget_script_attributes();
	if ( ! preg_match( '/<script\b[^>]*\sdefer\b/', $tag ) ) {
		$attributes = array( 'defer' => 'defer' ) + $attributes;
	}
	$html = '';
	foreach ( $attributes as $name => $value ) {
		$html .= ' ' . esc_attr( $name ) . '="' . esc_attr( $value ) . '"';
	}
	$written = preg_replace( '/<script\b(?=[^>]*\bid=(["\'])' . HOTLINE_WIDGET_HANDLE . '-js\1)/', '<script' . $html, $tag, 1 );
	return is_string( $written ) ? $written : $tag;
}
add_filter( 'script_loader_tag', 'hotline_widget_filter_script_tag', 10, 2 );

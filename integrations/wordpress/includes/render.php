<?php
/**
 * The elements' markup: <hotline-banner> with its static fallback inside, and
 * <hotline-signs-checklist>. What the page has asked for is remembered, so that the script is
 * loaded, with the quick exit where it belongs.
 *
 * @package HotlineWidget
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * What this page carries so far: help (a banner or a checklist) and an explicit quick exit.
 *
 * @return array{help: bool, quick_exit: bool}
 */
function &hotline_widget_page() {
	static $page = array(
		'help'       => false,
		'quick_exit' => false,
	);
	return $page;
}

/**
 * The banner's static fallback (the widget's renderStatic `fallback`, made when the plugin was
 * built) for a country in a language: the live banner's markup in a declarative shadow root, and
 * the same help as plain HTML. Empty when the plugin has none for them.
 *
 * @param string $country An upper-case two-letter code.
 * @param string $lang    A language of the widget, exactly as it names it (pt-BR).
 * @return string
 */
function hotline_widget_fallback( $country, $lang ) {
	$languages = hotline_widget_checks_list( 'languages' );
	if ( ! in_array( $lang, $languages, true ) ) {
		return '';
	}
	$folder = HOTLINE_WIDGET_DIR . '/fallback/';
	// Files of the plugin's own, read from disk.
	$index = json_decode( (string) file_get_contents( $folder . $lang . '.json' ), true ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file of the plugin's own, not a URL.
	$key   = in_array( $country, hotline_widget_checks_list( 'territories' ), true ) ? $country : 'international';
	if ( ! is_array( $index ) || ! isset( $index[ $key ] ) ) {
		return '';
	}
	list( $offset, $length ) = $index[ $key ];
	$card                    = file_get_contents( $folder . $lang . '.html', false, null, (int) $offset, (int) $length ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file of the plugin's own, not a URL.
	$style                   = file_get_contents( $folder . 'style.css' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file of the plugin's own, not a URL.
	if ( ! is_string( $card ) || ! is_string( $style ) ) {
		return '';
	}
	// The styles, the same for every card, are kept once.
	$position = strpos( $card, '<style></style>' );
	return false === $position ? $card : substr_replace( $card, '<style>' . $style . '</style>', $position, strlen( '<style></style>' ) );
}

/**
 * Whether the site's own lines replace the built-in ones for a country (`replace: true`): then
 * the fallback, which shows the built-in lines, is left out.
 *
 * @param string $country An upper-case two-letter code.
 * @return bool
 */
function hotline_widget_own_lines_replace( $country ) {
	$lines = json_decode( (string) hotline_widget_settings()['hotlines'] );
	if ( ! is_array( $lines ) ) {
		return false;
	}
	foreach ( $lines as $line ) {
		if ( $line instanceof stdClass && isset( $line->country, $line->replace ) && is_string( $line->country ) && strtoupper( $line->country ) === $country && true === $line->replace ) {
			return true;
		}
	}
	return false;
}

/**
 * Attributes as HTML: ` name="value"` for each that is set.
 *
 * @param array<string, string|null> $attributes Name => value; null or '' leaves it out.
 * @return string
 */
function hotline_widget_attributes_html( $attributes ) {
	$html = '';
	foreach ( $attributes as $name => $value ) {
		if ( null !== $value && '' !== $value ) {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	return $html;
}

/**
 * Country and language for an element: what the shortcode or block says when the widget would
 * take it, the settings otherwise.
 *
 * @param string $country The element's country ('' for the settings').
 * @param string $lang    The element's language ('' for the settings').
 * @return array{country: string|null, lang: string|null}
 */
function hotline_widget_element_place( $country, $lang ) {
	$settings = hotline_widget_settings();
	$problems = array();
	$checked  = '' === $country ? null : hotline_widget_check_country( $country, 'country', $problems );
	// A code the widget has no line for still gets its international card, as the widget does.
	$code = null !== $checked && 1 === preg_match( '/^[A-Z]{2}$/D', $checked ) ? $checked : null;
	if ( 'auto' !== $checked && null === $code ) {
		$code = hotline_widget_resolve_country( $settings['country'] );
	}
	$problems = array();
	$language = '' === $lang ? null : hotline_widget_check_language( $lang, 'lang', $problems );
	if ( null === $language || array() !== $problems ) {
		$language = $settings['lang'];
	}
	return array(
		'country' => $code,
		'lang'    => hotline_widget_resolve_language( $language, $code ),
	);
}

/**
 * <hotline-banner>, with the fallback inside when the country and the language are known.
 *
 * @param string $country The banner's country ('' for the settings').
 * @param string $lang    The banner's language ('' for the settings').
 * @return string
 */
function hotline_widget_banner_html( $country = '', $lang = '' ) {
	$place    = hotline_widget_element_place( $country, $lang );
	$fallback = '';
	if ( null !== $place['country'] && null !== $place['lang'] && ! hotline_widget_own_lines_replace( $place['country'] ) ) {
		$fallback = hotline_widget_fallback( $place['country'], $place['lang'] );
		// Under a policy with nonces, the written-in help's styles need the page's nonce, as the script does.
		$nonce = is_feed() ? '' : hotline_widget_csp_nonce();
		if ( '' !== $nonce ) {
			$fallback = (string) preg_replace( '/<style>/', '<style nonce="' . esc_attr( $nonce ) . '">', $fallback, 1 );
		}
	}
	hotline_widget_needs_script( 'help' );
	return '<hotline-banner' . hotline_widget_attributes_html( $place ) . '>' . $fallback . '</hotline-banner>';
}

/**
 * The audience for a checklist: what the shortcode or block says when the widget would take it,
 * the settings' otherwise.
 *
 * @param string $audience The checklist's audience ('' for the settings').
 * @return string
 */
function hotline_widget_element_audience( $audience ) {
	$problems = array();
	$checked  = '' === $audience ? null : hotline_widget_check_choice( $audience, 'audience', hotline_widget_checks_list( 'audiences' ), $problems );
	return null === $checked ? (string) hotline_widget_settings()['audience'] : $checked;
}

/**
 * <hotline-signs-checklist>.
 *
 * @param string $audience The checklist's audience ('' for the settings').
 * @param string $country  Its country ('' for the settings').
 * @param string $lang     Its language ('' for the settings').
 * @return string
 */
function hotline_widget_checklist_html( $audience = '', $country = '', $lang = '' ) {
	$place    = hotline_widget_element_place( $country, $lang );
	$audience = hotline_widget_element_audience( $audience );
	hotline_widget_needs_script( 'help' );
	return '<hotline-signs-checklist' . hotline_widget_attributes_html( array( 'audience' => 'public' === $audience ? null : $audience ) + $place ) . '></hotline-signs-checklist>';
}

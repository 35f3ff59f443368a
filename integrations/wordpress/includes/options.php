<?php
/**
 * The plugin's settings as stored (one option), and what they mean for a page: the country,
 * the language, the components.
 *
 * @package HotlineWidget
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The settings before anything is saved.
 *
 * @return array<string, mixed>
 */
function hotline_widget_defaults() {
	return array(
		// `auto`, or a two-letter code.
		'country'          => 'auto',
		// `site` (the site's language), `auto` (the reader's), or a language of the widget.
		'lang'             => 'site',
		// What the plugin adds by itself: banner, quick-exit, checklist (space separated), or none.
		'components'       => 'banner quick-exit',
		'audience'         => 'public',
		'theme'            => 'auto',
		// Empty: the widget's own default.
		'exit_url'         => '',
		// Empty: the widget's default shortcuts; both, shift3, esc2, none.
		'shortcut'         => '',
		'new_tab'          => false,
		// The site's own lines, as JSON (HotlineWidgetConfig.hotlines); empty for none.
		'hotlines'         => '',
		// Term IDs: stories with any of these get the banner.
		'tags'             => array(),
		'categories'       => array(),
		// `help`: the quick exit only on pages that carry help; `everywhere`: on every page.
		'quick_exit_scope' => 'help',
	);
}

/**
 * The settings, saved values over the defaults.
 *
 * @return array<string, mixed>
 */
function hotline_widget_settings() {
	$saved = get_option( HOTLINE_WIDGET_OPTION, array() );
	return array_merge( hotline_widget_defaults(), is_array( $saved ) ? $saved : array() );
}

/**
 * The components the plugin adds by itself.
 *
 * @return string[]
 */
function hotline_widget_components() {
	$components = preg_split( '/[\s,]+/', (string) hotline_widget_settings()['components'], -1, PREG_SPLIT_NO_EMPTY );
	return array_values( array_intersect( hotline_widget_checks_list( 'components' ), is_array( $components ) ? $components : array() ) );
}

/**
 * The site's language as a BCP 47 tag: pt_BR -> pt-BR.
 *
 * @return string
 */
function hotline_widget_site_language_tag() {
	return str_replace( '_', '-', get_locale() );
}

/**
 * A language for the widget: a language it speaks, or null for automatic. `site` is the site's
 * language when the widget speaks it (pt_BR -> pt-BR, de_DE -> de), else automatic.
 *
 * @param string      $setting `site`, `auto` or a tag.
 * @param string|null $country The country shown, for the variety of a language (pt in Brazil).
 * @return string|null
 */
function hotline_widget_resolve_language( $setting, $country = null ) {
	if ( 'auto' === $setting || '' === $setting ) {
		return null;
	}
	$tag     = 'site' === $setting ? hotline_widget_site_language_tag() : $setting;
	$chosen  = hotline_widget_negotiate_language( $tag, $country );
	$subtags = hotline_widget_language_subtags( $tag );
	if ( 'en' === $chosen && ( null === $subtags || 'en' !== hotline_widget_language_alias( $subtags[0] ) ) ) {
		return null;
	}
	return $chosen;
}

/**
 * The country setting as a code, or null for automatic.
 *
 * @param string $setting `auto` or a code.
 * @return string|null
 */
function hotline_widget_resolve_country( $setting ) {
	$setting = strtoupper( trim( (string) $setting ) );
	return 1 === preg_match( '/^[A-Z]{2}$/D', $setting ) ? $setting : null;
}

/**
 * This site's origin (`https://example.org`), for the exit address's check.
 *
 * @return string
 */
function hotline_widget_site_origin() {
	$origin = hotline_widget_url_origin( home_url( '/' ) );
	return null === $origin ? home_url() : $origin;
}

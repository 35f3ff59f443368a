<?php
/**
 * The banner (and the checklist, if chosen) after the story, on the single view of a story with a
 * chosen tag or category, or one switched on in its own box; never in feeds, excerpts or lists.
 *
 * @package HotlineWidget
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Whether a story gets the help by itself: its own box says on or off; by default, any of the
 * chosen tags or categories.
 *
 * @param WP_Post $post The story.
 * @return bool
 */
function hotline_widget_post_gets_help( $post ) {
	$own = get_post_meta( $post->ID, HOTLINE_WIDGET_META, true );
	if ( 'on' === $own || 'off' === $own ) {
		return 'on' === $own;
	}
	$settings   = hotline_widget_settings();
	$tags       = array_map( 'intval', (array) $settings['tags'] );
	$categories = array_map( 'intval', (array) $settings['categories'] );
	return ( array() !== $tags && has_tag( $tags, $post ) ) || ( array() !== $categories && has_category( $categories, $post ) );
}

/**
 * After the content of the story being viewed.
 *
 * @param string $content The story.
 * @return string
 */
function hotline_widget_after_content( $content ) {
	if ( is_feed() || ! is_singular() || ! in_the_loop() || ! is_main_query() || doing_filter( 'get_the_excerpt' ) ) {
		return $content;
	}
	$post = get_post();
	if ( ! $post instanceof WP_Post || get_queried_object_id() !== $post->ID || ! hotline_widget_post_gets_help( $post ) ) {
		return $content;
	}
	$components = hotline_widget_components();
	$help       = '';
	if ( in_array( 'banner', $components, true ) ) {
		$help .= hotline_widget_banner_html();
	}
	if ( in_array( 'checklist', $components, true ) ) {
		$help .= hotline_widget_checklist_html();
	}
	return '' === $help ? $content : $content . "\n<div class=\"hotline-widget\">" . $help . "</div>\n";
}
// After wpautop (10) and shortcodes (11): the help is not reformatted.
add_filter( 'the_content', 'hotline_widget_after_content', 20 );

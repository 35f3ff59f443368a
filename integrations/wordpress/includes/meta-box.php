<?php
/**
 * A box on each story and page: the help after this one's text, on, off, or as the settings say
 * (its tags and categories).
 *
 * @package HotlineWidget
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Adds the box to posts and pages.
 */
function hotline_widget_add_meta_box() {
	add_meta_box( 'hotline-widget', __( 'Hotline widget', 'hotline-widget' ), 'hotline_widget_render_meta_box', array( 'post', 'page' ), 'side' );
}
add_action( 'add_meta_boxes', 'hotline_widget_add_meta_box' );

/**
 * The box.
 *
 * @param WP_Post $post The story.
 */
function hotline_widget_render_meta_box( $post ) {
	wp_nonce_field( 'hotline_widget_meta_box', 'hotline_widget_meta_box_nonce' );
	$value   = get_post_meta( $post->ID, HOTLINE_WIDGET_META, true );
	$options = array(
		''    => __( 'As the settings say (tags and categories)', 'hotline-widget' ),
		'on'  => __( 'On: the help after this text', 'hotline-widget' ),
		'off' => __( 'Off', 'hotline-widget' ),
	);
	echo '<label for="hotline_widget_placement">' . esc_html__( 'The banner after this text', 'hotline-widget' ) . '</label> ';
	// No wider than the box, padding and border included: its longest option is wider than the block editor's sidebar.
	echo '<select id="hotline_widget_placement" name="hotline_widget_placement" style="box-sizing:border-box;max-width:100%">';
	foreach ( $options as $option => $label ) {
		printf( '<option value="%s"%s>%s</option>', esc_attr( $option ), selected( $value, $option, false ), esc_html( $label ) );
	}
	echo '</select>';
}

/**
 * Saves the box's choice.
 *
 * @param int $post_id The story.
 */
function hotline_widget_save_meta_box( $post_id ) {
	if ( ! isset( $_POST['hotline_widget_meta_box_nonce'] ) || ! wp_verify_nonce( sanitize_text_field( wp_unslash( $_POST['hotline_widget_meta_box_nonce'] ) ), 'hotline_widget_meta_box' ) ) {
		return;
	}
	if ( ( defined( 'DOING_AUTOSAVE' ) && DOING_AUTOSAVE ) || wp_is_post_revision( $post_id ) || ! current_user_can( 'edit_post', $post_id ) ) {
		return;
	}
	$value = isset( $_POST['hotline_widget_placement'] ) ? sanitize_key( wp_unslash( $_POST['hotline_widget_placement'] ) ) : '';
	if ( 'on' === $value || 'off' === $value ) {
		update_post_meta( $post_id, HOTLINE_WIDGET_META, $value );
	} else {
		delete_post_meta( $post_id, HOTLINE_WIDGET_META );
	}
}
add_action( 'save_post', 'hotline_widget_save_meta_box' );

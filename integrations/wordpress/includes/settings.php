<?php
/**
 * Settings → Hotline widget (the Settings API). A value the widget would refuse is refused on
 * save with the widget's own message (includes/checks.php), and the saved value stays.
 *
 * @package HotlineWidget
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The page under Settings.
 */
function hotline_widget_add_settings_page() {
	add_options_page(
		__( 'Hotline widget', 'hotline-widget' ),
		__( 'Hotline widget', 'hotline-widget' ),
		'manage_options',
		'hotline-widget',
		'hotline_widget_render_settings_page'
	);
}
add_action( 'admin_menu', 'hotline_widget_add_settings_page' );

/**
 * The option, its sections and fields.
 */
function hotline_widget_register_settings() {
	register_setting(
		'hotline_widget',
		HOTLINE_WIDGET_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'hotline_widget_sanitize_settings',
			'default'           => hotline_widget_defaults(),
			'show_in_rest'      => false,
		)
	);
	add_settings_section( 'hotline_widget_help', __( 'The help', 'hotline-widget' ), '__return_false', 'hotline-widget' );
	add_settings_section( 'hotline_widget_where', __( 'Where it goes', 'hotline-widget' ), '__return_false', 'hotline-widget' );
	add_settings_section( 'hotline_widget_exit', __( 'The quick exit', 'hotline-widget' ), '__return_false', 'hotline-widget' );

	$fields = array(
		'country'          => array( __( 'Country', 'hotline-widget' ), 'hotline_widget_help' ),
		'lang'             => array( __( 'Language', 'hotline-widget' ), 'hotline_widget_help' ),
		'audience'         => array( __( 'Checklist for', 'hotline-widget' ), 'hotline_widget_help' ),
		'theme'            => array( __( 'Colours', 'hotline-widget' ), 'hotline_widget_help' ),
		'hotlines'         => array( __( 'Your own lines', 'hotline-widget' ), 'hotline_widget_help' ),
		'components'       => array( __( 'Added by the plugin', 'hotline-widget' ), 'hotline_widget_where' ),
		'tags'             => array( __( 'Stories with these tags', 'hotline-widget' ), 'hotline_widget_where' ),
		'categories'       => array( __( 'Stories in these categories', 'hotline-widget' ), 'hotline_widget_where' ),
		'quick_exit_scope' => array( __( 'Pages with the quick exit', 'hotline-widget' ), 'hotline_widget_exit' ),
		'exit_url'         => array( __( 'Exit address', 'hotline-widget' ), 'hotline_widget_exit' ),
		'shortcut'         => array( __( 'Keyboard shortcuts', 'hotline-widget' ), 'hotline_widget_exit' ),
		'new_tab'          => array( __( 'New tab', 'hotline-widget' ), 'hotline_widget_exit' ),
	);
	foreach ( $fields as $key => $field ) {
		add_settings_field(
			'hotline_widget_' . $key,
			$field[0],
			'hotline_widget_render_field',
			'hotline-widget',
			$field[1],
			array(
				'key'       => $key,
				'label_for' => 'hotline_widget_' . $key,
			)
		);
	}
}
add_action( 'admin_init', 'hotline_widget_register_settings' );

/**
 * The form field's name for a setting.
 *
 * @param string $key The setting.
 * @return string
 */
function hotline_widget_field_name( $key ) {
	return HOTLINE_WIDGET_OPTION . '[' . $key . ']';
}

/**
 * <option>s.
 *
 * @param array<string, string> $options Value => label.
 * @param string|string[]       $current The value(s) chosen.
 */
function hotline_widget_options_html( $options, $current ) {
	foreach ( $options as $value => $label ) {
		$selected = is_array( $current ) ? in_array( (string) $value, array_map( 'strval', $current ), true ) : (string) $value === (string) $current;
		printf( '<option value="%s"%s>%s</option>', esc_attr( (string) $value ), $selected ? ' selected' : '', esc_html( $label ) );
	}
}

/**
 * The terms of a taxonomy, for the choice of tags and categories.
 *
 * @param string $taxonomy post_tag or category.
 * @return array<int, string> ID => name.
 */
function hotline_widget_terms( $taxonomy ) {
	$terms = get_terms(
		array(
			'taxonomy'   => $taxonomy,
			'hide_empty' => false,
			'number'     => 1000,
		)
	);

	$out = array();
	if ( is_array( $terms ) ) {
		foreach ( $terms as $term ) {
			$out[ $term->term_id ] = $term->name;
		}
	}
	return $out;
}

/**
 * One field.
 *
 * @param array{key: string, label_for: string} $args The setting.
 */
function hotline_widget_render_field( $args ) {
	$settings = hotline_widget_settings();
	$key      = $args['key'];
	$id       = $args['label_for'];
	$name     = hotline_widget_field_name( $key );
	$value    = $settings[ $key ];
	switch ( $key ) {
		case 'country':
			$names   = hotline_widget_checks_list( 'countryNames' );
			$options = array( 'auto' => __( 'Automatic: the reader\'s (their time zone, then their languages)', 'hotline-widget' ) );
			foreach ( hotline_widget_checks_list( 'countries' ) as $code ) {
				$options[ $code ] = ( $names[ $code ] ?? $code ) . ' (' . $code . ')';
			}
			printf( '<select id="%s" name="%s">', esc_attr( $id ), esc_attr( $name ) );
			hotline_widget_options_html( $options, $value );
			echo '</select>';
			echo '<p class="description">' . esc_html__( 'With a country and a language set, the banner\'s help is written into the page, so that it shows where scripts do not run (feeds, reader views, readers who block scripts).', 'hotline-widget' ) . '</p>';
			break;
		case 'lang':
			$site    = hotline_widget_resolve_language( 'site' );
			$options = array(
				/* translators: %s: the language the widget will use, e.g. "pt-BR". */
				'site' => null === $site ? __( 'The site\'s language (not one of the widget\'s: the reader\'s)', 'hotline-widget' ) : sprintf( __( 'The site\'s language (%s)', 'hotline-widget' ), $site ),
				'auto' => __( 'Automatic: the reader\'s', 'hotline-widget' ),
			);
			foreach ( hotline_widget_checks_list( 'languageNames' ) as $tag => $language_name ) {
				$options[ $tag ] = $language_name . ' (' . $tag . ')';
			}
			printf( '<select id="%s" name="%s">', esc_attr( $id ), esc_attr( $name ) );
			hotline_widget_options_html( $options, $value );
			echo '</select>';
			break;
		case 'audience':
		case 'theme':
		case 'shortcut':
		case 'quick_exit_scope':
			$choices = array(
				'audience'         => array_combine( hotline_widget_checks_list( 'audiences' ), hotline_widget_checks_list( 'audiences' ) ),
				'theme'            => array(
					'auto'  => __( 'The reader\'s (light or dark)', 'hotline-widget' ),
					'light' => __( 'Light', 'hotline-widget' ),
					'dark'  => __( 'Dark', 'hotline-widget' ),
				),
				'shortcut'         => array(
					''       => __( 'The widget\'s default (both, but not Shift three times on touch-only devices)', 'hotline-widget' ),
					'both'   => __( 'Shift three times, and Escape twice', 'hotline-widget' ),
					'shift3' => __( 'Shift three times', 'hotline-widget' ),
					'esc2'   => __( 'Escape twice', 'hotline-widget' ),
					'none'   => __( 'None', 'hotline-widget' ),
				),
				'quick_exit_scope' => array(
					'help'       => __( 'Only pages that carry the banner or the checklist', 'hotline-widget' ),
					'everywhere' => __( 'Every page of the site', 'hotline-widget' ),
				),
			);
			printf( '<select id="%s" name="%s">', esc_attr( $id ), esc_attr( $name ) );
			hotline_widget_options_html( $choices[ $key ], $value );
			echo '</select>';
			break;
		case 'components':
			$labels = array(
				'banner'     => __( 'The banner, under the chosen stories', 'hotline-widget' ),
				'checklist'  => __( 'The checklist, under the chosen stories too', 'hotline-widget' ),
				'quick-exit' => __( 'The quick-exit button', 'hotline-widget' ),
			);
			echo '<fieldset id="' . esc_attr( $id ) . '">';
			foreach ( $labels as $component => $label ) {
				printf(
					'<label><input type="checkbox" name="%s[]" value="%s"%s> %s</label><br>',
					esc_attr( $name ),
					esc_attr( $component ),
					in_array( $component, hotline_widget_components(), true ) ? ' checked' : '',
					esc_html( $label )
				);
			}
			echo '</fieldset><p class="description">' . esc_html__( 'Shortcodes and blocks work wherever you put them, whatever is chosen here.', 'hotline-widget' ) . '</p>';
			break;
		case 'tags':
		case 'categories':
			$terms = hotline_widget_terms( 'tags' === $key ? 'post_tag' : 'category' );
			printf( '<select id="%s" name="%s[]" multiple size="8">', esc_attr( $id ), esc_attr( $name ) );
			hotline_widget_options_html( $terms, (array) $value );
			echo '</select>';
			if ( 'categories' === $key ) {
				echo '<p class="description">' . esc_html__( 'A story with any of these gets the help after its text, on its own page (not in lists, excerpts or feeds). Each story\'s "Hotline widget" box can switch it on or off for that story.', 'hotline-widget' ) . '</p>';
			}
			break;
		case 'exit_url':
			printf( '<input type="url" class="regular-text" id="%s" name="%s" value="%s" placeholder="https://www.bbc.co.uk/weather">', esc_attr( $id ), esc_attr( $name ), esc_attr( (string) $value ) );
			echo '<p class="description">' . esc_html__( 'A page on another site that the quick exit goes to. Empty: the widget\'s own choice (a weather page).', 'hotline-widget' ) . '</p>';
			break;
		case 'new_tab':
			printf( '<label><input type="checkbox" id="%s" name="%s" value="1"%s> %s</label>', esc_attr( $id ), esc_attr( $name ), $value ? ' checked' : '', esc_html__( 'A click on the quick exit also opens the exit page in a new tab', 'hotline-widget' ) );
			break;
		case 'hotlines':
			printf( '<textarea class="large-text code" rows="5" id="%s" name="%s">%s</textarea>', esc_attr( $id ), esc_attr( $name ), esc_textarea( (string) $value ) );
			echo '<p class="description">' . esc_html__( 'Optional, as JSON: [{"country": "GB", "name": "Our helpline", "phone": "+44 20 7946 0000"}]. Shown before the built-in lines; "replace": true shows only yours for that country.', 'hotline-widget' ) . '</p>';
			break;
	}
}

/**
 * The settings page.
 */
function hotline_widget_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	update_option( HOTLINE_WIDGET_NOTICE_OPTION, 1 );
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<p>' . esc_html__( 'Shortcodes: [hotline_banner country="GB" lang="en"], [hotline_checklist audience="hospitality"], [hotline_quick_exit]. Blocks: "Hotline banner" and "Signs of trafficking checklist".', 'hotline-widget' ) . '</p>';
	echo '<form action="options.php" method="post">';
	settings_fields( 'hotline_widget' );
	do_settings_sections( 'hotline-widget' );
	submit_button();
	echo '</form></div>';
}

/**
 * A setting refused: the widget's message, once.
 *
 * @param string $key     The setting.
 * @param string $message The message.
 */
function hotline_widget_refuse( $key, $message ) {
	foreach ( get_settings_errors( HOTLINE_WIDGET_OPTION ) as $error ) {
		if ( esc_html( $message ) === $error['message'] ) {
			return;
		}
	}
	// settings_errors() prints messages as they are, and the widget's quote the refused value
	// (a hotline's name with markup in it): escaped here, it is shown as text.
	add_settings_error( HOTLINE_WIDGET_OPTION, 'hotline_widget_' . $key, esc_html( $message ), 'error' );
}

/**
 * Checks the form's values; a value the widget would refuse is refused with its message, and the
 * saved value stays.
 *
 * @param mixed $input The form's values (unslashed by WordPress).
 * @return array<string, mixed>
 */
function hotline_widget_sanitize_settings( $input ) {
	$saved = hotline_widget_settings();
	$input = is_array( $input ) ? $input : array();
	$out   = $saved;

	$text = function ( $key ) use ( $input ) {
		return isset( $input[ $key ] ) && is_string( $input[ $key ] ) ? sanitize_text_field( $input[ $key ] ) : '';
	};

	// Each value as the widget's script would read it from its data-* attribute.
	// The form sends a list; the stored value is a string ("banner quick-exit", "none"). On the first
	// save WordPress runs this callback twice (update_option, then add_option on what the first
	// run returned), so the stored form must come through unchanged.
	$components = $input['components'] ?? array();
	if ( is_string( $components ) ) {
		$components = preg_split( '/[\s,]+/', $components, -1, PREG_SPLIT_NO_EMPTY );
	}
	$components = is_array( $components ) ? array_map( 'sanitize_key', array_filter( $components, 'is_string' ) ) : array();
	// JSON and an address are checked as they are (sanitize_text_field would take `%20` and `<b>` out
	// of them before the widget's check could say what is wrong); what is kept is written safely below.
	$raw      = function ( $key ) use ( $input ) {
		return isset( $input[ $key ] ) && is_string( $input[ $key ] ) ? trim( wp_check_invalid_utf8( $input[ $key ] ) ) : '';
	};
	$hotlines = $raw( 'hotlines' );
	$lang     = $text( 'lang' );
	$checks   = array(
		'country'    => array( 'country', $text( 'country' ) ),
		'lang'       => array( 'lang', in_array( $lang, array( 'site', 'auto' ), true ) ? 'auto' : $lang ),
		'components' => array( 'components', array() === $components ? 'none' : implode( ' ', $components ) ),
		'audience'   => array( 'audience', $text( 'audience' ) ),
		'theme'      => array( 'theme', $text( 'theme' ) ),
		'exit_url'   => array( 'exitUrl', (string) preg_replace( '/[\x00-\x1F\x7F]/', '', $raw( 'exit_url' ) ) ),
		'shortcut'   => array( 'shortcut', $text( 'shortcut' ) ),
		'hotlines'   => array( 'hotlines', $hotlines ),
	);
	foreach ( $checks as $key => $check ) {
		list( $config_key, $value ) = $check;
		if ( '' === $value && in_array( $key, array( 'exit_url', 'shortcut', 'hotlines' ), true ) ) {
			// Empty: the widget's default.
			$out[ $key ] = '';
			continue;
		}
		$result = hotline_widget_check_settings( array( $config_key => $value ), hotline_widget_site_origin() );
		if ( array() !== $result['problems'] ) {
			foreach ( $result['problems'] as $problem ) {
				hotline_widget_refuse( $key, $problem );
			}
			continue;
		}
		$checked = $result['settings'][ $config_key ];
		switch ( $key ) {
			case 'lang':
				$out['lang'] = in_array( $lang, array( 'site', 'auto' ), true ) ? $lang : $checked;
				break;
			case 'components':
				$out['components'] = array() === $checked ? 'none' : implode( ' ', $checked );
				break;
			case 'exit_url':
				$out['exit_url'] = esc_url_raw( $value, array( 'http', 'https' ) );
				break;
			case 'shortcut':
				$out['shortcut'] = strtolower( trim( $value ) );
				break;
			case 'hotlines':
				// Written again with & < > ' " as \u escapes: the same JSON, safe in an attribute as it is.
				$out['hotlines'] = (string) wp_json_encode( json_decode( $value ), JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT );
				break;
			default:
				$out[ $key ] = is_array( $checked ) ? implode( ' ', $checked ) : $checked;
		}
	}
	$out['new_tab'] = ! empty( $input['new_tab'] );
	$scope          = $text( 'quick_exit_scope' );
	if ( in_array( $scope, array( 'help', 'everywhere' ), true ) ) {
		$out['quick_exit_scope'] = $scope;
	}
	foreach ( array(
		'tags'       => 'post_tag',
		'categories' => 'category',
	) as $key => $taxonomy ) {
		$ids         = isset( $input[ $key ] ) && is_array( $input[ $key ] ) ? array_map( 'absint', $input[ $key ] ) : array();
		$out[ $key ] = array_values(
			array_filter(
				array_unique( $ids ),
				function ( $id ) use ( $taxonomy ) {
					return $id > 0 && null !== term_exists( $id, $taxonomy );
				}
			)
		);
	}
	return $out;
}

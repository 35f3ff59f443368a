<?php
/**
 * The widget's checks of its settings, in plain PHP (no WordPress function): a value the widget
 * would refuse is refused here with the message the widget would log for it, word for word, with
 * each key named as the script's data-* attribute (data-country, data-exit-url ...), which is
 * where this plugin writes the settings.
 *
 * The lists (countries, languages, audiences ...) and the messages come from the built widget,
 * in generated/checks.json (written by the build from the widget's own checks). The project's
 * tests run these functions and the widget's over the same values and compare every message.
 *
 * @package HotlineWidget
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * What generated/checks.json says: lists and message templates.
 *
 * @return array<string, mixed>
 */
function hotline_widget_checks_data() {
	static $data = null;
	if ( null === $data ) {
		// A file of the plugin's own, read from disk (never a remote address).
		$json = file_get_contents( dirname( __DIR__ ) . '/generated/checks.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file of the plugin's own, not a URL; this file runs without WordPress too.
		$data = is_string( $json ) ? json_decode( $json, true ) : null;
		if ( ! is_array( $data ) ) {
			$data = array();
		}
	}
	return $data;
}

/**
 * One list of generated/checks.json.
 *
 * @param string $key countries, territories, languages, audiences, themes, components, shortcuts ...
 * @return array<int|string, mixed>
 */
function hotline_widget_checks_list( $key ) {
	$data = hotline_widget_checks_data();
	return isset( $data[ $key ] ) && is_array( $data[ $key ] ) ? $data[ $key ] : array();
}

/**
 * A message of the widget, its %1$s, %2$s ... filled in.
 *
 * @param string $key       The message's name in generated/checks.json.
 * @param string ...$values The values.
 * @return string
 */
function hotline_widget_message( $key, ...$values ) {
	$messages = hotline_widget_checks_list( 'messages' );
	$template = isset( $messages[ $key ] ) ? $messages[ $key ] : $key;
	return vsprintf( str_replace( '%s', '%1$s', $template ), $values );
}

/**
 * What JavaScript's `undefined` is, for a field a line does not have (the widget quotes it as
 * `undefined`).
 *
 * @return object
 */
function hotline_widget_undefined() {
	static $undefined = null;
	if ( null === $undefined ) {
		$undefined = new stdClass();
	}
	return $undefined;
}

/** The characters JavaScript's \s and String.prototype.trim() take as white space. */
const HOTLINE_WIDGET_JS_SPACE = '\t\n\x{0B}\f\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}';

/**
 * JavaScript's `value.trim()`.
 *
 * @param string $value The text.
 * @return string
 */
function hotline_widget_js_trim( $value ) {
	$trimmed = preg_replace( '/^[' . HOTLINE_WIDGET_JS_SPACE . ']+|[' . HOTLINE_WIDGET_JS_SPACE . ']+$/uD', '', $value );
	return is_string( $trimmed ) ? $trimmed : trim( $value );
}

/**
 * JavaScript's `value.toLowerCase()` (Unicode where mbstring is there, ASCII otherwise).
 *
 * @param string $value The text.
 * @return string
 */
function hotline_widget_js_lower( $value ) {
	return function_exists( 'mb_strtolower' ) ? mb_strtolower( $value, 'UTF-8' ) : strtolower( $value );
}

/**
 * The characters of a text, one per code point.
 *
 * @param string $value UTF-8 text.
 * @return string[]
 */
function hotline_widget_characters( $value ) {
	$characters = preg_split( '//u', $value, -1, PREG_SPLIT_NO_EMPTY );
	return is_array( $characters ) ? $characters : str_split( $value );
}

/**
 * The length of a text as JavaScript counts it (UTF-16 code units).
 *
 * @param string $character One character.
 * @return int
 */
function hotline_widget_utf16_length( $character ) {
	return strlen( $character ) === 4 ? 2 : 1;
}

/**
 * JSON.stringify(value), for a value read with json_decode( $json ) (objects as stdClass).
 *
 * @param mixed $value The value.
 * @return string
 */
function hotline_widget_json( $value ) {
	if ( $value instanceof stdClass || ( is_array( $value ) && ! array_is_list( $value ) ) ) {
		$fields = (array) $value;
		$keys   = array_map( 'strval', array_keys( $fields ) );
		// JavaScript puts keys that are array indices first, in numeric order.
		$indices = array_values(
			array_filter(
				$keys,
				function ( $key ) {
					return 1 === preg_match( '/^(0|[1-9][0-9]{0,9})$/D', $key ) && (float) $key < 4294967295;
				}
			)
		);
		sort( $indices, SORT_NUMERIC );
		$others = array_values( array_diff( $keys, $indices ) );
		$parts  = array();
		foreach ( array_merge( $indices, $others ) as $key ) {
			$parts[] = hotline_widget_json( $key ) . ':' . hotline_widget_json( $fields[ $key ] );
		}
		return '{' . implode( ',', $parts ) . '}';
	}
	if ( is_array( $value ) ) {
		return '[' . implode( ',', array_map( 'hotline_widget_json', $value ) ) . ']';
	}
	if ( is_float( $value ) ) {
		if ( ! is_finite( $value ) ) {
			return 'null';
		}
		if ( floor( $value ) === $value && abs( $value ) < 1e21 ) {
			return 0.0 === $value ? '0' : sprintf( '%.0f', $value );
		}
	}
	$json = json_encode( $value, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_LINE_TERMINATORS | JSON_INVALID_UTF8_SUBSTITUTE | JSON_PRESERVE_ZERO_FRACTION ); // phpcs:ignore WordPress.WP.AlternativeFunctions.json_encode_json_encode -- this file runs without WordPress too (no wp_json_encode), and its flags are JSON.stringify's.
	return is_string( $json ) ? $json : 'null';
}

/**
 * How the widget writes a value in a message (src/config/quote.ts): as JSON, cut to 80
 * characters.
 *
 * @param mixed $value The value.
 * @return string
 */
function hotline_widget_quote( $value ) {
	$text       = hotline_widget_undefined() === $value ? 'undefined' : hotline_widget_json( $value );
	$characters = hotline_widget_characters( $text );
	$length     = array_sum( array_map( 'hotline_widget_utf16_length', $characters ) );
	if ( $length <= 80 ) {
		return $text;
	}
	$kept  = '';
	$units = 0;
	foreach ( $characters as $character ) {
		$units += hotline_widget_utf16_length( $character );
		if ( $units > 77 ) {
			break;
		}
		$kept .= $character;
	}
	return $kept . '...';
}

/**
 * The closest of `$known` to `$input`, if close enough to be a slip (src/config/suggest.ts).
 *
 * @param string   $input The word written.
 * @param string[] $known The words known.
 * @return string|null
 */
function hotline_widget_closest_match( $input, $known ) {
	$a             = hotline_widget_characters( hotline_widget_js_lower( $input ) );
	$best          = null;
	$best_distance = PHP_INT_MAX;
	foreach ( $known as $candidate ) {
		$b        = hotline_widget_characters( hotline_widget_js_lower( $candidate ) );
		$previous = range( 0, count( $b ) );
		$count_a  = count( $a );
		$count_b  = count( $b );
		for ( $i = 1; $i <= $count_a; $i++ ) {
			$current = array( $i );
			for ( $j = 1; $j <= $count_b; $j++ ) {
				$current[ $j ] = min( $previous[ $j ] + 1, $current[ $j - 1 ] + 1, $previous[ $j - 1 ] + ( $a[ $i - 1 ] === $b[ $j - 1 ] ? 0 : 1 ) );
			}
			$previous = $current;
		}
		if ( $previous[ $count_b ] < $best_distance ) {
			$best          = $candidate;
			$best_distance = $previous[ $count_b ];
		}
	}
	$input_length = array_sum( array_map( 'hotline_widget_utf16_length', hotline_widget_characters( $input ) ) );
	$tolerance    = max( 2, intdiv( $input_length, 3 ) );
	return $best_distance <= $tolerance ? $best : null;
}

/**
 * " Did you mean "…"?", or nothing.
 *
 * @param string   $input The word written.
 * @param string[] $known The words known.
 * @return string
 */
function hotline_widget_did_you_mean( $input, $known ) {
	$match = hotline_widget_closest_match( $input, $known );
	return null === $match ? '' : hotline_widget_message( 'didYouMean', $match );
}

/**
 * JavaScript's String(value), for the markup check of a line's name.
 *
 * @param mixed $value The value.
 * @return string
 */
function hotline_widget_js_string( $value ) {
	if ( hotline_widget_undefined() === $value ) {
		return 'undefined';
	}
	if ( null === $value ) {
		return 'null';
	}
	if ( is_bool( $value ) ) {
		return $value ? 'true' : 'false';
	}
	if ( is_array( $value ) ) {
		return implode(
			',',
			array_map(
				function ( $item ) {
					return null === $item ? '' : hotline_widget_js_string( $item );
				},
				$value
			)
		);
	}
	if ( is_object( $value ) ) {
		return '[object Object]';
	}
	return is_string( $value ) ? $value : hotline_widget_json( $value );
}

// -------------------------------------------------------------------------------------------------
// Country and language.

/**
 * A country: `auto`, or an upper-case two-letter code. Null when it cannot be used.
 *
 * @param mixed    $value    The value.
 * @param string   $name     The key's name in messages.
 * @param string[] $problems Messages, added to.
 * @return string|null
 */
function hotline_widget_check_country( $value, $name, &$problems ) {
	if ( ! is_string( $value ) ) {
		$problems[] = hotline_widget_message( 'countryNotText', $name, hotline_widget_quote( $value ) );
		return null;
	}
	$trimmed = hotline_widget_js_trim( $value );
	if ( 'auto' === strtolower( $trimmed ) ) {
		return 'auto';
	}
	if ( 1 !== preg_match( '/^[A-Za-z]{2}$/D', $trimmed ) ) {
		$problems[] = hotline_widget_message( 'countryNotCode', $name, hotline_widget_quote( $value ) );
		return strtoupper( $trimmed );
	}
	$country = strtoupper( $trimmed );
	if ( ! in_array( $country, hotline_widget_checks_list( 'countries' ), true ) ) {
		$problems[] = hotline_widget_message( 'countryNoLine', $name, hotline_widget_quote( $value ) );
	}
	return $country;
}

/**
 * A language tag's subtags, case-normalised (`EN-us` -> en, US), or null when it is not a
 * well-formed Unicode BCP 47 locale identifier (what Intl.getCanonicalLocales takes).
 *
 * @param string $tag The tag.
 * @return string[]|null
 */
function hotline_widget_language_subtags( $tag ) {
	if ( 1 !== preg_match( '/^[A-Za-z0-9]{1,8}(-[A-Za-z0-9]{1,8})*$/D', $tag ) ) {
		return null;
	}
	$parts = explode( '-', strtolower( $tag ) );
	$count = count( $parts );
	$at    = 0;
	$out   = array();
	// Language: 2-3 or 5-8 letters.
	if ( 1 !== preg_match( '/^([a-z]{2,3}|[a-z]{5,8})$/D', $parts[0] ) ) {
		return null;
	}
	$out[] = $parts[ $at++ ];
	if ( $at < $count && 1 === preg_match( '/^[a-z]{4}$/D', $parts[ $at ] ) ) {
		$out[] = ucfirst( $parts[ $at++ ] );
	}
	if ( $at < $count && 1 === preg_match( '/^([a-z]{2}|[0-9]{3})$/D', $parts[ $at ] ) ) {
		$out[] = strtoupper( $parts[ $at++ ] );
	}
	$variants = array();
	while ( $at < $count && 1 === preg_match( '/^([a-z0-9]{5,8}|[0-9][a-z0-9]{3})$/D', $parts[ $at ] ) ) {
		if ( in_array( $parts[ $at ], $variants, true ) ) {
			return null;
		}
		$variants[] = $parts[ $at ];
		$out[]      = $parts[ $at++ ];
	}
	$singletons = array();
	while ( $at < $count ) {
		$singleton = $parts[ $at ];
		if ( 1 !== strlen( $singleton ) || in_array( $singleton, $singletons, true ) ) {
			return null;
		}
		$singletons[] = $singleton;
		$out[]        = $parts[ $at++ ];
		$start        = $at;
		if ( 'x' === $singleton ) {
			// Private use: the rest, 1-8 characters each.
			if ( $at >= $count ) {
				return null;
			}
			while ( $at < $count ) {
				$out[] = $parts[ $at++ ];
			}
			break;
		}
		// The extension's subtags, up to the next singleton.
		while ( $at < $count ) {
			if ( strlen( $parts[ $at ] ) < 2 ) {
				break;
			}
			$out[] = $parts[ $at++ ];
		}
		if ( $at === $start ) {
			return null;
		}
	}
	return $out;
}

/**
 * The language subtag as Intl writes it (`iw` -> he, `tl` -> fil), for the languages this
 * build speaks.
 *
 * @param string $language A lower-case language subtag.
 * @return string
 */
function hotline_widget_language_alias( $language ) {
	$aliases = hotline_widget_checks_list( 'languageAliases' );
	return isset( $aliases[ $language ] ) ? $aliases[ $language ] : $language;
}

/**
 * The language the widget shows for a tag (src/locale/negotiate.ts): the tag, then shorter
 * forms of it, among the languages of this build; in the variety of `$country` where the tag
 * names none (`pt` in Brazil is pt-BR); `en` when nothing matches.
 *
 * @param string      $tag     A language tag.
 * @param string|null $country An upper-case country code, or null.
 * @return string
 */
function hotline_widget_negotiate_language( $tag, $country = null ) {
	$subtags = hotline_widget_language_subtags( hotline_widget_js_trim( $tag ) );
	if ( null === $subtags ) {
		return 'en';
	}
	$subtags[0] = hotline_widget_language_alias( $subtags[0] );
	$supported  = array();
	foreach ( hotline_widget_checks_list( 'canonicalLanguages' ) as $language => $canonical ) {
		$supported[ strtolower( $language ) ]  = $language;
		$supported[ strtolower( $canonical ) ] = $language;
	}
	$full  = strtolower( implode( '-', $subtags ) );
	$parts = $subtags;
	while ( array() !== $parts ) {
		$form = strtolower( implode( '-', $parts ) );
		if ( isset( $supported[ $form ] ) ) {
			$variety = strtolower( $full . '-' . (string) $country );
			return ( $form === $full && null !== $country && isset( $supported[ $variety ] ) ) ? $supported[ $variety ] : $supported[ $form ];
		}
		array_pop( $parts );
		// A lone one-letter subtag never stands at the end of a tag.
		if ( count( $parts ) > 1 && strlen( end( $parts ) ) === 1 ) {
			array_pop( $parts );
		}
	}
	return 'en';
}

/**
 * A language: `auto`, or a tag (case-normalised). Null when it cannot be used.
 *
 * @param mixed    $value    The value.
 * @param string   $name     The key's name in messages.
 * @param string[] $problems Messages, added to.
 * @return string|null
 */
function hotline_widget_check_language( $value, $name, &$problems ) {
	if ( ! is_string( $value ) ) {
		$problems[] = hotline_widget_message( 'languageNotText', $name, hotline_widget_quote( $value ) );
		return null;
	}
	$trimmed = hotline_widget_js_trim( $value );
	if ( 'auto' === strtolower( $trimmed ) ) {
		return 'auto';
	}
	$subtags = '' === $trimmed ? null : hotline_widget_language_subtags( $trimmed );
	if ( null === $subtags ) {
		$problems[] = hotline_widget_message( 'languageNotTag', $name, hotline_widget_quote( $value ) );
		return null;
	}
	$base   = hotline_widget_language_alias( $subtags[0] );
	$chosen = hotline_widget_negotiate_language( $trimmed );
	// Only English is the fallback: any other match serves the tag.
	if ( 'en' === $chosen && 'en' !== $base ) {
		$problems[] = hotline_widget_message( 'languageNoTranslation', $name, hotline_widget_quote( $value ) );
	}
	return implode( '-', $subtags );
}

// -------------------------------------------------------------------------------------------------
// Choices, lists, flags.

/**
 * One of `$choices` (any case, trimmed). Null when it is none of them.
 *
 * @param mixed    $value    The value.
 * @param string   $name     The key's name in messages.
 * @param string[] $choices  The choices.
 * @param string[] $problems Messages, added to.
 * @return string|null
 */
function hotline_widget_check_choice( $value, $name, $choices, &$problems ) {
	if ( is_string( $value ) ) {
		$word = hotline_widget_js_lower( hotline_widget_js_trim( $value ) );
		if ( in_array( $word, $choices, true ) ) {
			return $word;
		}
	}
	$problems[] = hotline_widget_message( 'choice', $name, hotline_widget_quote( $value ), implode( ', ', $choices ) )
		. ( is_string( $value ) ? hotline_widget_did_you_mean( $value, $choices ) : '' );
	return null;
}

/**
 * Split as JavaScript's `value.split(/[\s,]+/)`.
 *
 * @param string $value The text.
 * @return string[]
 */
function hotline_widget_js_words( $value ) {
	$words = preg_split( '/[' . HOTLINE_WIDGET_JS_SPACE . ',]+/u', $value );
	return is_array( $words ) ? $words : array( $value );
}

/**
 * The components to mount: a list of banner, quick-exit, checklist; an empty list for `none`.
 * Null when none can be used (the default stays).
 *
 * @param mixed    $value    The value.
 * @param string   $name     The key's name in messages.
 * @param string[] $problems Messages, added to.
 * @return string[]|null
 */
function hotline_widget_check_components( $value, $name, &$problems ) {
	$tokens = is_string( $value ) ? hotline_widget_js_words( $value ) : ( is_array( $value ) ? $value : null );
	if ( null === $tokens || count( array_filter( $tokens, 'is_string' ) ) !== count( $tokens ) ) {
		$problems[] = hotline_widget_message( 'componentsNotList', $name, hotline_widget_quote( $value ) );
		return null;
	}
	$words = array_values(
		array_filter(
			array_map(
				function ( $token ) {
					return hotline_widget_js_lower( hotline_widget_js_trim( $token ) );
				},
				$tokens
			),
			'strlen'
		)
	);
	if ( array( 'none' ) === $words ) {
		return array();
	}
	if ( array() === $words ) {
		$problems[] = hotline_widget_message( 'componentsEmpty', $name, hotline_widget_quote( $value ) );
		return null;
	}
	$known      = hotline_widget_checks_list( 'components' );
	$components = array();
	foreach ( $words as $word ) {
		if ( in_array( $word, $known, true ) ) {
			if ( ! in_array( $word, $components, true ) ) {
				$components[] = $word;
			}
		} else {
			$problems[] = hotline_widget_message( 'componentsUnknown', $name, hotline_widget_quote( $word ) ) . hotline_widget_did_you_mean( $word, array_merge( $known, array( 'none' ) ) );
		}
	}
	return count( $components ) > 0 ? $components : null;
}

/**
 * The quick exit's shortcuts: a list of shift3, esc2 (empty for `none`); null for the default.
 *
 * @param mixed    $value    The value.
 * @param string   $name     The key's name in messages.
 * @param string[] $problems Messages, added to.
 * @return string[]|null
 */
function hotline_widget_check_shortcut( $value, $name, &$problems ) {
	$words = is_string( $value ) ? hotline_widget_js_words( $value ) : ( is_array( $value ) ? $value : array( $value ) );
	// JavaScript's filter(Boolean): '', 0, false and null are left out.
	$words = array_values(
		array_filter(
			$words,
			function ( $word ) {
				return ! ( '' === $word || 0 === $word || 0.0 === $word || false === $word || null === $word );
			}
		)
	);
	if ( array() === $words ) {
		return null;
	}
	$shortcuts = array();
	foreach ( $words as $word ) {
		$lowered = is_string( $word ) ? hotline_widget_js_lower( $word ) : $word;
		if ( 'both' === $lowered ) {
			$shortcuts['shift3'] = true;
			$shortcuts['esc2']   = true;
		} elseif ( 'shift3' === $lowered || 'esc2' === $lowered ) {
			$shortcuts[ $lowered ] = true;
		} elseif ( 'none' !== $lowered ) {
			$problems[] = hotline_widget_message( 'shortcut', $name, hotline_widget_quote( $value ) )
				. hotline_widget_did_you_mean( hotline_widget_js_string( $word ), hotline_widget_checks_list( 'shortcuts' ) );
			return null;
		}
	}
	return array_keys( $shortcuts );
}

/**
 * True or false: a boolean, or an attribute's text (present and not "false").
 *
 * @param mixed    $value    The value.
 * @param string   $name     The key's name in messages.
 * @param string[] $problems Messages, added to.
 * @return bool|null
 */
function hotline_widget_check_flag( $value, $name, &$problems ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	if ( is_string( $value ) && 1 === preg_match( '/^(|true|false)$/iD', hotline_widget_js_trim( $value ) ) ) {
		return 'false' !== strtolower( hotline_widget_js_trim( $value ) );
	}
	$problems[] = hotline_widget_message( 'flag', $name, hotline_widget_quote( $value ) );
	return null;
}

// -------------------------------------------------------------------------------------------------
// Addresses.

/**
 * The origin of an absolute http: or https: address as a browser reads it (the WHATWG URL
 * Standard, for what decides whether the address is one at all), or null when a browser would
 * refuse it. `https://Example.org:443/x` -> `https://example.org`.
 *
 * @param string $url The address, trimmed.
 * @return string|null
 */
function hotline_widget_url_origin( $url ) {
	// Browsers drop tabs and newlines anywhere in an address.
	$url = str_replace( array( "\t", "\n", "\r" ), '', $url );
	if ( 1 !== preg_match( '~^(https?)://([^/\\\\?#]*)~iD', $url, $match ) ) {
		return null;
	}
	$scheme    = strtolower( $match[1] );
	$authority = $match[2];
	$at        = strrpos( $authority, '@' );
	$host_port = false === $at ? $authority : substr( $authority, $at + 1 );
	$port      = '';
	if ( str_starts_with( $host_port, '[' ) ) {
		$close = strpos( $host_port, ']' );
		if ( false === $close ) {
			return null;
		}
		$host = strtolower( substr( $host_port, 0, $close + 1 ) );
		$rest = substr( $host_port, $close + 1 );
		if ( 1 !== preg_match( '/^\[[0-9a-f:.]+\]$/D', $host ) || ( '' !== $rest && ':' !== $rest[0] ) ) {
			return null;
		}
		$port = '' === $rest ? '' : substr( $rest, 1 );
	} else {
		$colon = strpos( $host_port, ':' );
		$host  = false === $colon ? $host_port : substr( $host_port, 0, $colon );
		$port  = false === $colon ? '' : substr( $host_port, $colon + 1 );
		$host  = rawurldecode( $host );
		if ( '' === $host || 1 === preg_match( '/[\x00-\x20#%\/:<>?@\[\\\\\]^|\x7f]/', $host ) ) {
			return null;
		}
		if ( function_exists( 'idn_to_ascii' ) && 1 === preg_match( '/[^\x00-\x7f]/', $host ) ) {
			$ascii = idn_to_ascii( $host, IDNA_NONTRANSITIONAL_TO_ASCII, INTL_IDNA_VARIANT_UTS46 );
			if ( false === $ascii ) {
				return null;
			}
			$host = $ascii;
		}
		$host = strtolower( $host );
		$host = hotline_widget_ipv4_host( $host );
		if ( null === $host ) {
			return null;
		}
	}
	if ( '' !== $port ) {
		if ( 1 !== preg_match( '/^[0-9]+$/D', $port ) || (int) $port > 65535 ) {
			return null;
		}
		$port = (string) (int) $port;
		if ( ( 'https' === $scheme && '443' === $port ) || ( 'http' === $scheme && '80' === $port ) ) {
			$port = '';
		}
	}
	return $scheme . '://' . $host . ( '' === $port ? '' : ':' . $port );
}

/**
 * A host that ends in a number is an IPv4 address to browsers (`1.2.3.4`, `0x7f.1`, `2130706433`):
 * its dotted form, or null when it is not a valid one. Other hosts as they are.
 *
 * @param string $host A lower-case host.
 * @return string|null
 */
function hotline_widget_ipv4_host( $host ) {
	$parts = explode( '.', $host );
	if ( count( $parts ) > 1 && '' === end( $parts ) ) {
		array_pop( $parts );
	}
	$last = end( $parts );
	if ( 1 !== preg_match( '/^([0-9]+|0x[0-9a-f]*)$/D', (string) $last ) ) {
		return $host;
	}
	if ( count( $parts ) > 4 ) {
		return null;
	}
	$numbers = array();
	foreach ( $parts as $part ) {
		if ( 1 === preg_match( '/^0x([0-9a-f]*)$/D', $part, $hex ) ) {
			$numbers[] = '' === $hex[1] ? 0 : hexdec( $hex[1] );
		} elseif ( 1 === preg_match( '/^0[0-7]+$/D', $part ) ) {
			$numbers[] = octdec( $part );
		} elseif ( 1 === preg_match( '/^(0|[1-9][0-9]*)$/D', $part ) ) {
			$numbers[] = (float) $part;
		} else {
			return null;
		}
	}
	$last_number = array_pop( $numbers );
	foreach ( $numbers as $number ) {
		if ( $number > 255 ) {
			return null;
		}
	}
	if ( $last_number >= pow( 256, 5 - count( $parts ) ) ) {
		return null;
	}
	$address = $last_number;
	foreach ( $numbers as $index => $number ) {
		$address += $number * pow( 256, 3 - $index );
	}
	$address = (int) $address;
	return implode( '.', array( ( $address >> 24 ) & 255, ( $address >> 16 ) & 255, ( $address >> 8 ) & 255, $address & 255 ) );
}

/**
 * The quick exit's destination: a full http: or https: address of another site than
 * `$site_origin`. Null when it cannot be one.
 *
 * @param mixed    $value       The value.
 * @param string   $name        The key's name in messages.
 * @param string   $site_origin This site's origin (`https://example.org`).
 * @param string[] $problems    Messages, added to.
 * @return string|null
 */
function hotline_widget_check_exit_url( $value, $name, $site_origin, &$problems ) {
	$trimmed = is_string( $value ) ? hotline_widget_js_trim( $value ) : '';
	$origin  = 1 === preg_match( '~^https?://[^/\\\\]~i', $trimmed ) ? hotline_widget_url_origin( $trimmed ) : null;
	if ( null === $origin || hotline_widget_url_origin( $site_origin ) === $origin ) {
		$problems[] = hotline_widget_message( 'exitUrl', $name, hotline_widget_quote( $value ) );
		return null;
	}
	return $trimmed;
}

/**
 * An absolute https: address (src/config/https.ts), or null.
 *
 * @param string $value The text, trimmed.
 * @return bool
 */
function hotline_widget_is_https( $value ) {
	return 1 === preg_match( '~^https://[^/\\\\]~i', $value ) && null !== hotline_widget_url_origin( $value );
}

// -------------------------------------------------------------------------------------------------
// The site's own lines.

/**
 * One of the site's own lines, checked field by field (src/config/checks.ts): true when it is
 * usable; each problem a message.
 *
 * @param mixed    $value    The line (an object from json_decode).
 * @param string   $name     Its name in messages (data-hotlines[0]).
 * @param string[] $problems Messages, added to.
 * @return bool
 */
function hotline_widget_check_own_hotline( $value, $name, &$problems ) {
	$entry  = $value instanceof stdClass ? get_object_vars( $value ) : array();
	$field  = function ( $key ) use ( $entry ) {
		return array_key_exists( $key, $entry ) ? $entry[ $key ] : hotline_widget_undefined();
	};
	$space  = HOTLINE_WIDGET_JS_SPACE;
	$usable = array(
		'phone' => function ( $text ) use ( $space ) {
			return 1 === preg_match( '/^\+?[0-9' . $space . '().-]{3,24}$/uD', $text );
		},
		'email' => function ( $text ) use ( $space ) {
			return 1 === preg_match( '/^[^' . $space . '@<>"?#&]+@[^' . $space . '@<>"?#&\/]+\.[^' . $space . '@<>"?#&\/]+$/uD', $text );
		},
		'chat'  => 'hotline_widget_is_https',
	);

	$usable['text'] = $usable['phone'];
	$usable['web']  = $usable['chat'];
	$contacts       = array( 'phone', 'text', 'email', 'chat', 'web' );

	$name_value = $field( 'name' );
	$checks     = array(
		'country' => is_string( $field( 'country' ) ) && 1 === preg_match( '/^[A-Za-z]{2}$/D', $field( 'country' ) ),
		'name'    => is_string( $name_value ) && '' !== hotline_widget_js_trim( $name_value ),
		// At least one way to get in touch (its place in the order is phone's).
		'phone'   => count( array_intersect( $contacts, array_keys( $entry ) ) ) > 0,
	);
	foreach ( $contacts as $contact ) {
		if ( array_key_exists( $contact, $entry ) ) {
			$checks[ $contact ] = is_string( $entry[ $contact ] ) && $usable[ $contact ]( hotline_widget_js_trim( $entry[ $contact ] ) );
		}
	}
	$line_ok = true;
	foreach ( $checks as $key => $ok ) {
		if ( ! $ok ) {
			$line_ok    = false;
			$problems[] = hotline_widget_message( 'lineUnusable', $name, $key, hotline_widget_quote( $field( $key ) ) );
		}
	}
	foreach ( array( 'name', 'organisation' ) as $key ) {
		if ( 1 === preg_match( '/<[' . $space . ']*[a-z!\/?]/iu', hotline_widget_js_string( $field( $key ) ) ) ) {
			$problems[] = hotline_widget_message( 'lineMarkup', $name, $key, hotline_widget_quote( $field( $key ) ) );
		}
	}
	return $line_ok;
}

/**
 * The text of data-hotlines read as JSON, as the script reads it (src/embed.ts): the value, or the
 * hotline_widget_undefined() marker and a message when it is not JSON.
 *
 * @param mixed    $value    The text.
 * @param string   $name     The key's name in messages.
 * @param string[] $problems Messages, added to.
 * @return mixed
 */
function hotline_widget_parse_hotlines( $value, $name, &$problems ) {
	$list = is_string( $value ) ? json_decode( $value ) : null;
	if ( ! is_string( $value ) || JSON_ERROR_NONE !== json_last_error() ) {
		$problems[] = hotline_widget_message( 'notJson', $name, hotline_widget_quote( $value ) );
		return hotline_widget_undefined();
	}
	return $list;
}

/**
 * The site's own lines (read from JSON): the number of usable lines, or null when the value is
 * not a list of lines.
 *
 * @param mixed    $lines    The lines.
 * @param string   $name     The key's name in messages.
 * @param string[] $problems Messages, added to.
 * @return int|null
 */
function hotline_widget_check_hotlines( $lines, $name, &$problems ) {
	if ( ! is_array( $lines ) ) {
		$problems[] = hotline_widget_message( 'hotlinesNotList', $name, hotline_widget_quote( $lines ) );
		return null;
	}
	$usable = 0;
	foreach ( $lines as $index => $line ) {
		if ( hotline_widget_check_own_hotline( $line, $name . '[' . $index . ']', $problems ) ) {
			++$usable;
		}
	}
	return $usable;
}

// -------------------------------------------------------------------------------------------------
// All at once.

/**
 * `exitUrl` -> `data-exit-url`: how the script names a setting in its messages.
 *
 * @param string $key A HotlineWidgetConfig key.
 * @return string
 */
function hotline_widget_data_attribute( $key ) {
	return 'data-' . strtolower( (string) preg_replace( '/([A-Z])/', '-$1', $key ) );
}

/**
 * Settings as the script reads them from its data-* attributes (text; data-hotlines as JSON),
 * keyed by their HotlineWidgetConfig names: the values kept, and every message the script would
 * log, in the order it would. Keys the plugin does not set (target, strings) and unknown keys are
 * left alone.
 *
 * @param array<string, mixed> $raw         country, lang, components, exitUrl, audience, theme, shortcut, newTab, hotlines.
 * @param string               $site_origin This site's origin, for the exit address.
 * @return array{settings: array<string, mixed>, problems: string[]}
 */
function hotline_widget_check_settings( $raw, $site_origin ) {
	$settings = array();
	$problems = array();
	// The script reads data-hotlines as JSON before it checks anything: its message comes first.
	if ( array_key_exists( 'hotlines', $raw ) ) {
		$raw['hotlines'] = hotline_widget_parse_hotlines( $raw['hotlines'], 'data-hotlines', $problems );
		if ( hotline_widget_undefined() === $raw['hotlines'] ) {
			unset( $raw['hotlines'] );
		}
	}
	foreach ( $raw as $key => $value ) {
		$name = hotline_widget_data_attribute( (string) $key );
		switch ( $key ) {
			case 'country':
				$checked = hotline_widget_check_country( $value, $name, $problems );
				break;
			case 'lang':
				$checked = hotline_widget_check_language( $value, $name, $problems );
				break;
			case 'components':
				$checked = hotline_widget_check_components( $value, $name, $problems );
				break;
			case 'exitUrl':
				$checked = hotline_widget_check_exit_url( $value, $name, $site_origin, $problems );
				break;
			case 'audience':
				$checked = hotline_widget_check_choice( $value, $name, hotline_widget_checks_list( 'audiences' ), $problems );
				break;
			case 'theme':
				$checked = hotline_widget_check_choice( $value, $name, hotline_widget_checks_list( 'themes' ), $problems );
				break;
			case 'shortcut':
				$checked = hotline_widget_check_shortcut( $value, $name, $problems );
				break;
			case 'newTab':
				$checked = hotline_widget_check_flag( $value, $name, $problems );
				break;
			case 'hotlines':
				$checked = hotline_widget_check_hotlines( $value, $name, $problems );
				break;
			default:
				$checked = null;
		}
		if ( null !== $checked ) {
			$settings[ $key ] = $checked;
		}
	}
	return array(
		'settings' => $settings,
		'problems' => $problems,
	);
}

<?php
/**
 * The request's input ($_POST, $_GET, $_REQUEST, $_COOKIE, $_SERVER, $_FILES) is read only as
 * `sanitizer( wp_unslash( $_POST['key'] ) )` (or through a cast or absint()/intval(), which need
 * no unslashing), and only after isset() or empty() has checked that the key is there. isset(),
 * empty(), array_key_exists() and writes are not reads. Like
 * WordPress.Security.ValidatedSanitizedInput, in fewer cases.
 *
 * @package HotlineWidget
 */

namespace HotlineWordPress\Sniffs\Security;

use HotlineWordPress\Helpers;
use PHP_CodeSniffer\Files\File;
use PHP_CodeSniffer\Sniffs\Sniff;
use PHP_CodeSniffer\Util\Tokens;

/**
 * HotlineWordPress.Security.ValidatedSanitizedInput
 */
final class ValidatedSanitizedInputSniff implements Sniff {

	/** The superglobals that hold the request's input. */
	const INPUT = array( '$_POST', '$_GET', '$_REQUEST', '$_COOKIE', '$_SERVER', '$_FILES' );

	/** Functions that take the slashes WordPress adds to the input away. */
	const UNSLASHING = array( 'wp_unslash', 'stripslashes_deep', 'stripslashes' );

	/** Functions whose result is a number or a boolean: no unslashing needed. */
	const NUMBERS = array( 'absint', 'intval', 'floatval', 'boolval', 'wp_validate_boolean', 'is_numeric', 'count' );

	/** Sanitizers besides every sanitize_*() function. */
	const SANITIZING = array( 'esc_url_raw', 'filter_var', 'hash_equals', 'is_email', 'validate_file', 'wp_kses', 'wp_kses_post', 'wp_kses_data', 'wp_parse_id_list', 'wp_strip_all_tags', 'rest_sanitize_boolean' );

	/**
	 * The tokens this sniff looks at.
	 *
	 * @return int[]
	 */
	public function register() {
		return array( T_VARIABLE );
	}

	/**
	 * Checks one use of a superglobal.
	 *
	 * @param File $file The file.
	 * @param int  $ptr  The variable.
	 * @return void
	 */
	public function process( File $file, $ptr ) {
		$tokens = $file->getTokens();
		$name   = $tokens[ $ptr ]['content'];
		if ( ! in_array( $name, self::INPUT, true ) || ! self::isRead( $file, $ptr ) ) {
			return;
		}
		$end   = Helpers::endOfAccess( $file, $ptr );
		$calls = Helpers::enclosingCalls( $file, $ptr );

		// (int) $_GET['x'], absint( $_GET['x'] ): a number.
		$previous = Helpers::previousCode( $file, $ptr - 1 );
		if ( null !== $previous && in_array( $tokens[ $previous ]['code'], array( T_INT_CAST, T_DOUBLE_CAST, T_BOOL_CAST ), true ) ) {
			$this->checkValidated( $file, $ptr, $end );
			return;
		}
		if ( array() !== $calls && in_array( $calls[0][0], self::NUMBERS, true ) && $this->onlyArgument( $file, $calls[0][1], $ptr, $end ) ) {
			$this->checkValidated( $file, $ptr, $end );
			return;
		}

		$unslashed = array() !== $calls && in_array( $calls[0][0], self::UNSLASHING, true ) && $this->onlyArgument( $file, $calls[0][1], $ptr, $end );
		$sanitized = false;
		foreach ( array_slice( $calls, $unslashed ? 1 : 0 ) as $call ) {
			if ( $this->isSanitizer( $call[0] ) ) {
				$sanitized = true;
				break;
			}
			if ( '' !== $call[0] && ! in_array( $call[0], self::UNSLASHING, true ) ) {
				// Some other function gets the input first.
				break;
			}
		}
		if ( ! $unslashed && '$_FILES' !== $name ) {
			$file->addError( '%s is read without wp_unslash() around it: sanitizer( wp_unslash( %s ) ).', $ptr, 'MissingUnslash', array( $name, Helpers::codeText( $file, $ptr, $end ) ) );
		}
		if ( ! $sanitized ) {
			$file->addError( '%s is read without a sanitizer (sanitize_text_field(), sanitize_key(), absint() ...) around wp_unslash().', $ptr, 'InputNotSanitized', array( Helpers::codeText( $file, $ptr, $end ) ) );
		}
		$this->checkValidated( $file, $ptr, $end );
	}

	/**
	 * Whether the superglobal is read here (not checked with isset(), empty() or
	 * array_key_exists(), and not written or unset).
	 *
	 * @param File $file The file.
	 * @param int  $ptr  The variable.
	 * @return bool
	 */
	public static function isRead( File $file, $ptr ) {
		$tokens = $file->getTokens();
		foreach ( Helpers::enclosingCalls( $file, $ptr ) as $call ) {
			if ( in_array( $call[0], array( 'isset', 'empty', 'unset', 'array_key_exists', 'key_exists' ), true ) ) {
				return false;
			}
		}
		$after = Helpers::nextCode( $file, Helpers::endOfAccess( $file, $ptr ) + 1 );
		return ! ( null !== $after && isset( Tokens::$assignmentTokens[ $tokens[ $after ]['code'] ] ) );
	}

	/**
	 * Whether the access ($ptr to $end) is all that a call's parentheses hold (with, at most, a
	 * `?? default` after it).
	 *
	 * @param File $file   The file.
	 * @param int  $opener The call's `(`.
	 * @param int  $ptr    The variable.
	 * @param int  $end    The access's last token.
	 * @return bool
	 */
	private function onlyArgument( File $file, $opener, $ptr, $end ) {
		$tokens = $file->getTokens();
		$closer = $tokens[ $opener ]['parenthesis_closer'];
		if ( Helpers::nextCode( $file, $opener + 1 ) !== $ptr ) {
			return false;
		}
		$after = Helpers::nextCode( $file, $end + 1 );
		if ( $after === $closer ) {
			return true;
		}
		if ( null === $after || T_COALESCE !== $tokens[ $after ]['code'] ) {
			return false;
		}
		// `$_POST['x'] ?? ''`: the default must be a literal.
		$default = Helpers::nextCode( $file, $after + 1 );
		$next    = null === $default ? null : Helpers::nextCode( $file, $default + 1 );
		return null !== $default && in_array( $tokens[ $default ]['code'], array( T_CONSTANT_ENCAPSED_STRING, T_LNUMBER, T_NULL, T_FALSE, T_TRUE ), true ) && $next === $closer;
	}

	/**
	 * Whether a function sanitizes.
	 *
	 * @param string $name A function's name in lower case.
	 * @return bool
	 */
	private function isSanitizer( $name ) {
		return 0 === strpos( $name, 'sanitize_' ) || in_array( $name, self::SANITIZING, true ) || in_array( $name, self::NUMBERS, true );
	}

	/**
	 * A read of a key must come after isset(), empty() or array_key_exists() of that key, in the
	 * same function, or have a `?? default`.
	 *
	 * @param File $file The file.
	 * @param int  $ptr  The variable.
	 * @param int  $end  The access's last token.
	 * @return void
	 */
	private function checkValidated( File $file, $ptr, $end ) {
		$tokens = $file->getTokens();
		$key    = self::firstKey( $file, $ptr );
		if ( null === $key ) {
			return;
		}
		$after = Helpers::nextCode( $file, $end + 1 );
		if ( null !== $after && T_COALESCE === $tokens[ $after ]['code'] ) {
			return;
		}
		$function = Helpers::enclosingFunction( $file, $ptr );
		$start    = null === $function ? 0 : $tokens[ $function ]['scope_opener'];
		$name     = $tokens[ $ptr ]['content'];
		for ( $i = $start; $i < $ptr; $i++ ) {
			if ( T_VARIABLE !== $tokens[ $i ]['code'] || $tokens[ $i ]['content'] !== $name ) {
				continue;
			}
			foreach ( Helpers::enclosingCalls( $file, $i ) as $call ) {
				if ( in_array( $call[0], array( 'isset', 'empty' ), true ) && self::firstKey( $file, $i ) === $key ) {
					return;
				}
				if ( in_array( $call[0], array( 'array_key_exists', 'key_exists' ), true ) ) {
					$arguments = Helpers::arguments( $file, $call[1] );
					if ( count( $arguments ) === 2 && Helpers::codeText( $file, $arguments[0][0], $arguments[0][1] ) === $key ) {
						return;
					}
				}
			}
		}
		$file->addError( '%s is read before isset() or empty() checks that it is there.', $ptr, 'InputNotValidated', array( Helpers::codeText( $file, $ptr, $end ) ) );
	}

	/**
	 * The first key of a superglobal's access as code (`'name'`), or null when there is none.
	 *
	 * @param File $file The file.
	 * @param int  $ptr  The variable.
	 * @return string|null
	 */
	public static function firstKey( File $file, $ptr ) {
		$tokens  = $file->getTokens();
		$bracket = Helpers::nextCode( $file, $ptr + 1 );
		if ( null === $bracket || T_OPEN_SQUARE_BRACKET !== $tokens[ $bracket ]['code'] || ! isset( $tokens[ $bracket ]['bracket_closer'] ) ) {
			return null;
		}
		return Helpers::codeText( $file, $bracket + 1, $tokens[ $bracket ]['bracket_closer'] - 1 );
	}
}

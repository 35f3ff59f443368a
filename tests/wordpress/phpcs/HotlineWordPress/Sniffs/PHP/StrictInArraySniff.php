<?php
/**
 * in_array() and array_search() compare strictly (their third argument `true`), and so does
 * array_keys() when it searches for a value: PHP's loose comparison takes 0 for 'a' (before PHP
 * 8) and '1e1' for '10'. Like WordPress.PHP.StrictInArray.
 *
 * @package HotlineWidget
 */

namespace HotlineWordPress\Sniffs\PHP;

use HotlineWordPress\Helpers;
use PHP_CodeSniffer\Files\File;
use PHP_CodeSniffer\Sniffs\Sniff;

/**
 * HotlineWordPress.PHP.StrictInArray
 */
final class StrictInArraySniff implements Sniff {

	/**
	 * The tokens this sniff looks at.
	 *
	 * @return int[]
	 */
	public function register() {
		return array( T_STRING );
	}

	/**
	 * Checks one call.
	 *
	 * @param File $file The file.
	 * @param int  $ptr  The function's name.
	 * @return void
	 */
	public function process( File $file, $ptr ) {
		$name = Helpers::functionCallName( $file, $ptr );
		if ( ! in_array( $name, array( 'in_array', 'array_search', 'array_keys' ), true ) ) {
			return;
		}
		$arguments = Helpers::arguments( $file, Helpers::openParenthesis( $file, $ptr ) );
		if ( 'array_keys' === $name && count( $arguments ) < 2 ) {
			return;
		}
		if ( count( $arguments ) < 3 ) {
			$file->addWarning( '%s() without its strict argument: add true, so that it compares with ===.', $ptr, 'MissingTrueStrict', array( $name ) );
			return;
		}
		if ( 'true' !== strtolower( Helpers::codeText( $file, $arguments[2][0], $arguments[2][1] ) ) ) {
			$file->addWarning( '%s() with a strict argument that is not true: it compares with ==.', $ptr, 'FoundNonStrictFalse', array( $name ) );
		}
	}
}

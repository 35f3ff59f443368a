<?php
/**
 * Yoda conditions: in `==`, `===`, `!=` and `!==`, the literal or the constant goes on the left,
 * the variable on the right (`'on' === $value`), so that a slip of `=` for `==` is an error, not
 * an assignment. Like WordPress.PHP.YodaConditions.
 *
 * @package HotlineWidget
 */

namespace HotlineWordPress\Sniffs\PHP;

use HotlineWordPress\Helpers;
use PHP_CodeSniffer\Files\File;
use PHP_CodeSniffer\Sniffs\Sniff;

/**
 * HotlineWordPress.PHP.YodaConditions
 */
final class YodaConditionsSniff implements Sniff {

	/** What may end the right-hand operand, for it to be the literal alone. */
	const ENDS = array( T_CLOSE_PARENTHESIS, T_SEMICOLON, T_BOOLEAN_AND, T_BOOLEAN_OR, T_LOGICAL_AND, T_LOGICAL_OR, T_LOGICAL_XOR, T_INLINE_THEN, T_INLINE_ELSE, T_COMMA, T_CLOSE_SQUARE_BRACKET, T_CLOSE_SHORT_ARRAY, T_CLOSE_TAG, T_DOUBLE_ARROW );

	/** Literals. */
	const LITERALS = array( T_CONSTANT_ENCAPSED_STRING, T_LNUMBER, T_DNUMBER, T_TRUE, T_FALSE, T_NULL );

	/**
	 * The tokens this sniff looks at.
	 *
	 * @return int[]
	 */
	public function register() {
		return array( T_IS_EQUAL, T_IS_NOT_EQUAL, T_IS_IDENTICAL, T_IS_NOT_IDENTICAL );
	}

	/**
	 * Checks one comparison.
	 *
	 * @param File $file The file.
	 * @param int  $ptr  The operator.
	 * @return void
	 */
	public function process( File $file, $ptr ) {
		$tokens = $file->getTokens();
		if ( ! $this->variableOnLeft( $file, $ptr ) ) {
			return;
		}
		$right = Helpers::nextCode( $file, $ptr + 1 );
		if ( null === $right ) {
			return;
		}
		$code     = $tokens[ $right ]['code'];
		$constant = T_STRING === $code && null === Helpers::functionCallName( $file, $right );
		if ( ! in_array( $code, self::LITERALS, true ) && ! $constant ) {
			return;
		}
		$after = Helpers::nextCode( $file, $right + 1 );
		if ( null !== $after && ! in_array( $tokens[ $after ]['code'], self::ENDS, true ) ) {
			return;
		}
		$file->addError( 'Use a Yoda condition: %s on the left of %s, the variable on the right.', $ptr, 'NotYoda', array( trim( $tokens[ $right ]['content'] ), $tokens[ $ptr ]['content'] ) );
	}

	/**
	 * Whether the left-hand operand is a variable (with subscripts or properties), not a call.
	 *
	 * @param File $file The file.
	 * @param int  $ptr  The operator.
	 * @return bool
	 */
	private function variableOnLeft( File $file, $ptr ) {
		$tokens = $file->getTokens();
		$left   = Helpers::previousCode( $file, $ptr - 1 );
		while ( null !== $left ) {
			$code = $tokens[ $left ]['code'];
			if ( T_VARIABLE === $code ) {
				// A static property (Foo::$bar) too.
				return true;
			}
			if ( T_CLOSE_SQUARE_BRACKET === $code && isset( $tokens[ $left ]['bracket_opener'] ) ) {
				$left = Helpers::previousCode( $file, $tokens[ $left ]['bracket_opener'] - 1 );
				continue;
			}
			if ( T_STRING === $code ) {
				$before = Helpers::previousCode( $file, $left - 1 );
				if ( null !== $before && in_array( $tokens[ $before ]['code'], array( T_OBJECT_OPERATOR, T_NULLSAFE_OBJECT_OPERATOR ), true ) ) {
					$left = Helpers::previousCode( $file, $before - 1 );
					continue;
				}
			}
			return false;
		}
		return false;
	}
}

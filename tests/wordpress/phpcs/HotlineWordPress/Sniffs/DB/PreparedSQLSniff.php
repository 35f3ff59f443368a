<?php
/**
 * SQL reaches $wpdb prepared: $wpdb->query(), get_results(), get_row(), get_var() and get_col()
 * take a literal query with no variable in it, or $wpdb->prepare( ... ). Like
 * WordPress.DB.PreparedSQL, in fewer cases.
 *
 * @package HotlineWidget
 */

namespace HotlineWordPress\Sniffs\DB;

use HotlineWordPress\Helpers;
use PHP_CodeSniffer\Files\File;
use PHP_CodeSniffer\Sniffs\Sniff;

/**
 * HotlineWordPress.DB.PreparedSQL
 */
final class PreparedSQLSniff implements Sniff {

	/** The methods of $wpdb that run the SQL they are given. */
	const RUNNING = array( 'query', 'get_results', 'get_row', 'get_var', 'get_col' );

	/**
	 * The tokens this sniff looks at.
	 *
	 * @return int[]
	 */
	public function register() {
		return array( T_VARIABLE );
	}

	/**
	 * Checks one call on $wpdb.
	 *
	 * @param File $file The file.
	 * @param int  $ptr  The variable.
	 * @return void
	 */
	public function process( File $file, $ptr ) {
		$tokens = $file->getTokens();
		if ( '$wpdb' !== $tokens[ $ptr ]['content'] ) {
			return;
		}
		$arrow  = Helpers::nextCode( $file, $ptr + 1 );
		$method = null === $arrow ? null : Helpers::nextCode( $file, $arrow + 1 );
		if ( null === $method || T_OBJECT_OPERATOR !== $tokens[ $arrow ]['code'] || T_STRING !== $tokens[ $method ]['code'] || ! in_array( strtolower( $tokens[ $method ]['content'] ), self::RUNNING, true ) ) {
			return;
		}
		$opener = Helpers::openParenthesis( $file, $method );
		if ( null === $opener ) {
			return;
		}
		$arguments = Helpers::arguments( $file, $opener );
		if ( array() === $arguments ) {
			return;
		}
		list( $first, $last ) = $arguments[0];
		if ( null !== Helpers::literalString( $file, $arguments[0] ) ) {
			return;
		}
		// $wpdb->prepare( ... ) and nothing else.
		$text = Helpers::codeText( $file, $first, $last );
		if ( 0 === strpos( $text, '$wpdb->prepare(' ) ) {
			$prepare = Helpers::openParenthesis( $file, $file->findNext( T_STRING, $first ) );
			if ( null !== $prepare && $tokens[ $prepare ]['parenthesis_closer'] === $last ) {
				return;
			}
		}
		$file->addError( '$wpdb->%s() of SQL that is not a literal: build it with $wpdb->prepare().', $first, 'NotPrepared', array( $tokens[ $method ]['content'] ) );
	}
}

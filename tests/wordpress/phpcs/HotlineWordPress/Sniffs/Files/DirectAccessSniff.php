<?php
/**
 * A PHP file that runs code when it is loaded stops first when it is opened directly rather than
 * by WordPress: its first statement is `if ( ! defined( 'ABSPATH' ) ) { exit; }` (or
 * `defined( 'ABSPATH' ) || exit;`); uninstall.php checks WP_UNINSTALL_PLUGIN instead, which
 * WordPress defines only while it deletes the plugin. A file of declarations only (functions,
 * classes, constants) runs nothing and needs no check. Like the plugin directory's Plugin Check.
 *
 * @package HotlineWidget
 */

namespace HotlineWordPress\Sniffs\Files;

use HotlineWordPress\Helpers;
use PHP_CodeSniffer\Files\File;
use PHP_CodeSniffer\Sniffs\Sniff;

/**
 * HotlineWordPress.Files.DirectAccess
 */
final class DirectAccessSniff implements Sniff {

	/** Statements that declare without running anything. */
	const DECLARATIONS = array( T_FUNCTION, T_CLASS, T_INTERFACE, T_TRAIT, T_ENUM, T_ABSTRACT, T_FINAL, T_READONLY, T_NAMESPACE, T_USE, T_DECLARE, T_CONST, T_ATTRIBUTE );

	/**
	 * The tokens this sniff looks at.
	 *
	 * @return int[]
	 */
	public function register() {
		return array( T_OPEN_TAG );
	}

	/**
	 * Checks the file, once.
	 *
	 * @param File $file The file.
	 * @param int  $ptr  The first open tag.
	 * @return int The end of the file: the file is done.
	 */
	public function process( File $file, $ptr ) {
		$tokens   = $file->getTokens();
		$constant = 'uninstall.php' === basename( $file->getFilename() ) ? 'WP_UNINSTALL_PLUGIN' : 'ABSPATH';
		$first    = $this->firstStatement( $file, $ptr );
		if ( null === $first ) {
			return $file->numTokens;
		}
		if ( $this->isGuard( $file, $first, $constant ) ) {
			return $file->numTokens;
		}
		if ( ! $this->runsCode( $file, $first ) ) {
			return $file->numTokens;
		}
		$file->addError(
			'This file runs code when loaded: its first statement must stop a direct request, if ( ! defined( \'%s\' ) ) { exit; }.',
			$first,
			'Missing',
			array( $constant )
		);
		return $file->numTokens;
	}

	/**
	 * The first statement's first token, past comments and `declare()`; null for a file of
	 * comments only.
	 *
	 * @param File $file The file.
	 * @param int  $ptr  The open tag.
	 * @return int|null
	 */
	private function firstStatement( File $file, $ptr ) {
		$tokens = $file->getTokens();
		$first  = Helpers::nextCode( $file, $ptr + 1 );
		while ( null !== $first && in_array( $tokens[ $first ]['code'], array( T_DECLARE, T_NAMESPACE, T_USE, T_OPEN_TAG, T_CLOSE_TAG, T_INLINE_HTML ), true ) ) {
			if ( in_array( $tokens[ $first ]['code'], array( T_OPEN_TAG, T_CLOSE_TAG ), true ) ) {
				$first = Helpers::nextCode( $file, $first + 1 );
				continue;
			}
			if ( T_INLINE_HTML === $tokens[ $first ]['code'] ) {
				// Markup before any check is output already.
				return $first;
			}
			$end   = $file->findNext( array( T_SEMICOLON, T_OPEN_CURLY_BRACKET ), $first + 1 );
			$first = false === $end ? null : Helpers::nextCode( $file, $end + 1 );
		}
		return $first;
	}

	/**
	 * Whether the statement at $first stops unless $constant is defined.
	 *
	 * @param File   $file     The file.
	 * @param int    $first    The statement's first token.
	 * @param string $constant ABSPATH or WP_UNINSTALL_PLUGIN.
	 * @return bool
	 */
	private function isGuard( File $file, $first, $constant ) {
		$tokens = $file->getTokens();
		if ( T_IF === $tokens[ $first ]['code'] ) {
			if ( ! isset( $tokens[ $first ]['parenthesis_opener'], $tokens[ $first ]['scope_opener'] ) ) {
				return false;
			}
			$condition = Helpers::codeText( $file, $tokens[ $first ]['parenthesis_opener'], $tokens[ $first ]['parenthesis_closer'] );
			$body      = Helpers::codeText( $file, $tokens[ $first ]['scope_opener'], $tokens[ $first ]['scope_closer'] );
			return 1 === preg_match( '/^\(!\\\\?defined\((\'|")' . $constant . '\1\)\)$/i', $condition ) && 1 === preg_match( '/^\{(exit|die)(\(.*\))?;\}$|^\{return;\}$/i', $body );
		}
		$end  = $file->findNext( T_SEMICOLON, $first );
		$text = false === $end ? '' : Helpers::codeText( $file, $first, $end );
		return 1 === preg_match( '/^\\\\?defined\((\'|")' . $constant . '\1\)(\|\||or)(exit|die)(\(.*\))?;$/i', $text );
	}

	/**
	 * Whether anything but declarations stands at the file's top level from $first on.
	 *
	 * @param File $file  The file.
	 * @param int  $first The first statement.
	 * @return bool
	 */
	private function runsCode( File $file, $first ) {
		$tokens = $file->getTokens();
		$ptr    = $first;
		while ( null !== $ptr ) {
			$code = $tokens[ $ptr ]['code'];
			if ( in_array( $code, array( T_OPEN_TAG, T_CLOSE_TAG ), true ) ) {
				$ptr = Helpers::nextCode( $file, $ptr + 1 );
				continue;
			}
			if ( ! in_array( $code, self::DECLARATIONS, true ) ) {
				return true;
			}
			if ( T_ATTRIBUTE === $code && isset( $tokens[ $ptr ]['attribute_closer'] ) ) {
				$ptr = Helpers::nextCode( $file, $tokens[ $ptr ]['attribute_closer'] + 1 );
				continue;
			}
			if ( in_array( $code, array( T_ABSTRACT, T_FINAL, T_READONLY ), true ) ) {
				$ptr = Helpers::nextCode( $file, $ptr + 1 );
				continue;
			}
			if ( isset( $tokens[ $ptr ]['scope_closer'] ) && in_array( $code, array( T_FUNCTION, T_CLASS, T_INTERFACE, T_TRAIT, T_ENUM ), true ) ) {
				$ptr = Helpers::nextCode( $file, $tokens[ $ptr ]['scope_closer'] + 1 );
				continue;
			}
			$end = $file->findNext( T_SEMICOLON, $ptr + 1 );
			$ptr = false === $end ? null : Helpers::nextCode( $file, $end + 1 );
		}
		return false;
	}
}

<?php
/**
 * One space inside the parentheses of if, elseif, while, for, foreach, switch and catch
 * (`if ( $a ) {`), unless the condition starts or ends on a line of its own. PHP_CodeSniffer's own sniffs check the space after the keyword
 * and before the brace (Squiz.ControlStructures.ControlSignature). Like
 * WordPress.WhiteSpace.ControlStructureSpacing.
 *
 * @package HotlineWidget
 */

namespace HotlineWordPress\Sniffs\WhiteSpace;

use PHP_CodeSniffer\Files\File;
use PHP_CodeSniffer\Sniffs\Sniff;

/**
 * HotlineWordPress.WhiteSpace.ControlStructureSpacing
 */
final class ControlStructureSpacingSniff implements Sniff {

	/**
	 * The tokens this sniff looks at.
	 *
	 * @return int[]
	 */
	public function register() {
		return array( T_IF, T_ELSEIF, T_WHILE, T_FOR, T_FOREACH, T_SWITCH, T_CATCH );
	}

	/**
	 * Checks one control structure.
	 *
	 * @param File $file The file.
	 * @param int  $ptr  The keyword.
	 * @return void
	 */
	public function process( File $file, $ptr ) {
		$tokens = $file->getTokens();
		if ( ! isset( $tokens[ $ptr ]['parenthesis_opener'], $tokens[ $ptr ]['parenthesis_closer'] ) ) {
			return;
		}
		$opener = $tokens[ $ptr ]['parenthesis_opener'];
		$closer = $tokens[ $ptr ]['parenthesis_closer'];
		if ( $closer === $opener + 1 ) {
			return;
		}
		// A condition on lines of its own: the new lines are the spacing.
		$first = $file->findNext( T_WHITESPACE, $opener + 1, $closer, true );
		$last  = $file->findPrevious( T_WHITESPACE, $closer - 1, $opener, true );
		if ( $tokens[ $first ]['line'] === $tokens[ $opener ]['line'] && ! $this->oneSpace( $tokens[ $opener + 1 ] ) ) {
			$file->addError( 'One space after the opening parenthesis of %s; found %s.', $opener, 'SpaceAfterOpenParenthesis', array( $tokens[ $ptr ]['content'], $this->describe( $tokens[ $opener + 1 ] ) ) );
		}
		if ( $tokens[ $last ]['line'] === $tokens[ $closer ]['line'] && ! $this->oneSpace( $tokens[ $closer - 1 ] ) ) {
			$file->addError( 'One space before the closing parenthesis of %s; found %s.', $closer, 'SpaceBeforeCloseParenthesis', array( $tokens[ $ptr ]['content'], $this->describe( $tokens[ $closer - 1 ] ) ) );
		}
	}

	/**
	 * Whether a token is one space.
	 *
	 * @param array<string, mixed> $token The token.
	 * @return bool
	 */
	private function oneSpace( $token ) {
		return T_WHITESPACE === $token['code'] && ' ' === $token['content'];
	}

	/**
	 * What stands there instead, for the message.
	 *
	 * @param array<string, mixed> $token The token.
	 * @return string
	 */
	private function describe( $token ) {
		return T_WHITESPACE === $token['code'] ? strlen( $token['content'] ) . ' spaces' : 'none';
	}
}

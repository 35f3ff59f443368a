<?php
/**
 * What the HotlineWordPress sniffs share: reading function calls, their arguments, the scope a
 * token is in. Written for PHP_CodeSniffer 3.7 (Debian bookworm's php-codesniffer) and later 3.x.
 *
 * @package HotlineWidget
 */

namespace HotlineWordPress;

use PHP_CodeSniffer\Files\File;
use PHP_CodeSniffer\Util\Tokens;

/**
 * Static helpers.
 */
final class Helpers {

	/** Tokens that can stand before a name and make it no plain function call. */
	const NOT_A_CALL_BEFORE = array(
		T_OBJECT_OPERATOR,
		T_NULLSAFE_OBJECT_OPERATOR,
		T_DOUBLE_COLON,
		T_FUNCTION,
		T_NEW,
		T_CONST,
		T_USE,
		T_GOTO,
		T_INSTEADOF,
		T_AS,
	);

	/**
	 * The next token that is not white space or a comment, up to $end (exclusive); null if none.
	 *
	 * @param File     $file  The file.
	 * @param int      $start Where to start (included).
	 * @param int|null $end   Where to stop (excluded).
	 * @return int|null
	 */
	public static function nextCode( File $file, $start, $end = null ) {
		$found = $file->findNext( Tokens::$emptyTokens, $start, $end, true );
		return false === $found ? null : $found;
	}

	/**
	 * The previous token that is not white space or a comment; null if none.
	 *
	 * @param File $file  The file.
	 * @param int  $start Where to start (included).
	 * @return int|null
	 */
	public static function previousCode( File $file, $start ) {
		$found = $file->findPrevious( Tokens::$emptyTokens, $start, null, true );
		return false === $found ? null : $found;
	}

	/**
	 * When the token is the name of a call of a global function (`name(` and not a method, a
	 * declaration or `new`), the name in lower case, without a leading `\`; null otherwise.
	 *
	 * @param File $file The file.
	 * @param int  $ptr  The token.
	 * @return string|null
	 */
	public static function functionCallName( File $file, $ptr ) {
		$tokens = $file->getTokens();
		if ( T_STRING !== $tokens[ $ptr ]['code'] ) {
			return null;
		}
		$next = self::nextCode( $file, $ptr + 1 );
		if ( null === $next || T_OPEN_PARENTHESIS !== $tokens[ $next ]['code'] ) {
			return null;
		}
		$previous = self::previousCode( $file, $ptr - 1 );
		if ( null !== $previous && T_NS_SEPARATOR === $tokens[ $previous ]['code'] ) {
			$before = self::previousCode( $file, $previous - 1 );
			// `\name(` is the global function; `Some\name(` is not.
			if ( null !== $before && in_array( $tokens[ $before ]['code'], array( T_STRING, T_NAMESPACE ), true ) ) {
				return null;
			}
			$previous = $before;
		}
		if ( null !== $previous && in_array( $tokens[ $previous ]['code'], self::NOT_A_CALL_BEFORE, true ) ) {
			return null;
		}
		return strtolower( $tokens[ $ptr ]['content'] );
	}

	/**
	 * The opening parenthesis after a name.
	 *
	 * @param File $file The file.
	 * @param int  $ptr  The name.
	 * @return int|null
	 */
	public static function openParenthesis( File $file, $ptr ) {
		$tokens = $file->getTokens();
		$next   = self::nextCode( $file, $ptr + 1 );
		return ( null !== $next && T_OPEN_PARENTHESIS === $tokens[ $next ]['code'] && isset( $tokens[ $next ]['parenthesis_closer'] ) ) ? $next : null;
	}

	/**
	 * Past a bracketed group that starts at $ptr (parentheses, square brackets, short arrays,
	 * braces): the token after its closer. Other tokens: the next token.
	 *
	 * @param File $file The file.
	 * @param int  $ptr  The token.
	 * @return int
	 */
	public static function skipGroup( File $file, $ptr ) {
		$tokens = $file->getTokens();
		$token  = $tokens[ $ptr ];
		if ( isset( $token['parenthesis_closer'] ) && $token['parenthesis_closer'] > $ptr && T_OPEN_PARENTHESIS === $token['code'] ) {
			return $token['parenthesis_closer'] + 1;
		}
		if ( isset( $token['bracket_closer'] ) && $token['bracket_closer'] > $ptr ) {
			return $token['bracket_closer'] + 1;
		}
		if ( T_OPEN_CURLY_BRACKET === $token['code'] && isset( $token['scope_closer'] ) && $token['scope_closer'] > $ptr ) {
			return $token['scope_closer'] + 1;
		}
		return $ptr + 1;
	}

	/**
	 * The arguments of a call: [ [first token, last token], ... ], white space and comments at
	 * either end left out. $opener is the call's `(`.
	 *
	 * @param File $file   The file.
	 * @param int  $opener The opening parenthesis.
	 * @return array<int, array{0: int, 1: int}>
	 */
	public static function arguments( File $file, $opener ) {
		$tokens = $file->getTokens();
		$closer = $tokens[ $opener ]['parenthesis_closer'];
		$out    = array();
		$start  = $opener + 1;
		$ptr    = $start;
		while ( $ptr <= $closer ) {
			if ( $ptr === $closer || T_COMMA === $tokens[ $ptr ]['code'] ) {
				$first = self::nextCode( $file, $start, $ptr );
				if ( null !== $first ) {
					$last  = $file->findPrevious( Tokens::$emptyTokens, $ptr - 1, $first, true );
					$out[] = array( $first, false === $last ? $first : $last );
				}
				$start = $ptr + 1;
				++$ptr;
				continue;
			}
			$ptr = self::skipGroup( $file, $ptr );
		}
		return $out;
	}

	/**
	 * Whether an argument is one plain string literal (no interpolation): its value, or null.
	 *
	 * @param File              $file     The file.
	 * @param array{0:int,1:int} $argument The argument's first and last token.
	 * @return string|null
	 */
	public static function literalString( File $file, $argument ) {
		$tokens               = $file->getTokens();
		list( $first, $last ) = $argument;
		if ( $first !== $last || T_CONSTANT_ENCAPSED_STRING !== $tokens[ $first ]['code'] ) {
			return null;
		}
		$content = $tokens[ $first ]['content'];
		$quote   = $content[0];
		$inner   = substr( $content, 1, -1 );
		if ( "'" === $quote ) {
			return str_replace( array( '\\\\', "\\'" ), array( '\\', "'" ), $inner );
		}
		return stripcslashes( $inner );
	}

	/**
	 * The function or closure a token is in (innermost), or null at file level. Arrow functions
	 * count too.
	 *
	 * @param File $file The file.
	 * @param int  $ptr  The token.
	 * @return int|null
	 */
	public static function enclosingFunction( File $file, $ptr ) {
		$tokens = $file->getTokens();
		$found  = null;
		foreach ( $tokens[ $ptr ]['conditions'] as $owner => $code ) {
			if ( T_FUNCTION === $code || T_CLOSURE === $code ) {
				$found = $owner;
			}
		}
		// Arrow functions are no condition: look for one whose body holds the token.
		$start = null === $found ? 0 : $tokens[ $found ]['scope_opener'];
		for ( $fn = $file->findPrevious( T_FN, $ptr - 1, $start ); false !== $fn; $fn = $file->findPrevious( T_FN, $fn - 1, $start ) ) {
			if ( isset( $tokens[ $fn ]['scope_closer'] ) && $tokens[ $fn ]['scope_closer'] >= $ptr ) {
				return $fn;
			}
		}
		return $found;
	}

	/**
	 * Whether a token is inside a class, interface, trait or enum (or an anonymous class).
	 *
	 * @param File $file The file.
	 * @param int  $ptr  The token.
	 * @return bool
	 */
	public static function inObject( File $file, $ptr ) {
		$tokens = $file->getTokens();
		foreach ( $tokens[ $ptr ]['conditions'] as $code ) {
			if ( isset( Tokens::$ooScopeTokens[ $code ] ) ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The calls a token is an argument of, innermost first: [ [name in lower case, `(`], ... ].
	 * A parenthesis that is not a call's (grouping, a control structure) is named ''.
	 *
	 * @param File $file The file.
	 * @param int  $ptr  The token.
	 * @return array<int, array{0: string, 1: int}>
	 */
	public static function enclosingCalls( File $file, $ptr ) {
		$tokens = $file->getTokens();
		if ( empty( $tokens[ $ptr ]['nested_parenthesis'] ) ) {
			return array();
		}
		$out = array();
		foreach ( array_reverse( $tokens[ $ptr ]['nested_parenthesis'], true ) as $opener => $closer ) {
			$name     = '';
			$previous = self::previousCode( $file, $opener - 1 );
			if ( null !== $previous ) {
				$code = $tokens[ $previous ]['code'];
				if ( T_STRING === $code ) {
					$name = (string) self::functionCallName( $file, $previous );
				} elseif ( in_array( $code, array( T_ISSET, T_EMPTY, T_UNSET, T_EVAL, T_EXIT, T_ARRAY, T_LIST ), true ) ) {
					$name = strtolower( $tokens[ $previous ]['content'] );
				}
			}
			$out[] = array( $name, $opener );
		}
		return $out;
	}

	/**
	 * The end of a variable's access: past its subscripts (`$a['x'][0]`) and property fetches
	 * (`$a->b`), but not a method call's parentheses.
	 *
	 * @param File $file The file.
	 * @param int  $ptr  The variable.
	 * @return int The access's last token.
	 */
	public static function endOfAccess( File $file, $ptr ) {
		$tokens = $file->getTokens();
		$end    = $ptr;
		while ( true ) {
			$next = self::nextCode( $file, $end + 1 );
			if ( null === $next ) {
				return $end;
			}
			if ( T_OPEN_SQUARE_BRACKET === $tokens[ $next ]['code'] && isset( $tokens[ $next ]['bracket_closer'] ) ) {
				$end = $tokens[ $next ]['bracket_closer'];
				continue;
			}
			if ( in_array( $tokens[ $next ]['code'], array( T_OBJECT_OPERATOR, T_NULLSAFE_OBJECT_OPERATOR ), true ) ) {
				$name = self::nextCode( $file, $next + 1 );
				if ( null !== $name && T_STRING === $tokens[ $name ]['code'] ) {
					$after = self::nextCode( $file, $name + 1 );
					if ( null !== $after && T_OPEN_PARENTHESIS === $tokens[ $after ]['code'] ) {
						return $end;
					}
					$end = $name;
					continue;
				}
			}
			return $end;
		}
	}

	/**
	 * The text of tokens from $start to $end (included), without white space and comments.
	 *
	 * @param File $file  The file.
	 * @param int  $start The first token.
	 * @param int  $end   The last token.
	 * @return string
	 */
	public static function codeText( File $file, $start, $end ) {
		$tokens = $file->getTokens();
		$text   = '';
		for ( $i = $start; $i <= $end; $i++ ) {
			if ( ! isset( Tokens::$emptyTokens[ $tokens[ $i ]['code'] ] ) ) {
				$text .= $tokens[ $i ]['content'];
			}
		}
		return $text;
	}
}

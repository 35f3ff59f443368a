<?php
/**
 * Every output is escaped: what `echo`, `print`, `<?=`, `printf()`, `vprintf()` and `exit()`
 * write must be a literal, a number, a cast to a number, or the result of an escaping function
 * (esc_html(), esc_attr(), esc_url(), wp_kses() ...), alone or joined with `.` and `,`, in either
 * branch of a ternary. `_e()` and `_ex()` print a translation unescaped and are refused. Like
 * WordPress.Security.EscapeOutput, in fewer cases.
 *
 * @package HotlineWidget
 */

namespace HotlineWordPress\Sniffs\Security;

use HotlineWordPress\Helpers;
use PHP_CodeSniffer\Files\File;
use PHP_CodeSniffer\Sniffs\Sniff;
use PHP_CodeSniffer\Util\Tokens;

/**
 * HotlineWordPress.Security.EscapeOutput
 */
final class EscapeOutputSniff implements Sniff {

	/** Functions whose result is safe to print as it is. */
	const ESCAPING = array(
		'esc_attr',
		'esc_attr__',
		'esc_attr_x',
		'esc_html',
		'esc_html__',
		'esc_html_x',
		'esc_js',
		'esc_textarea',
		'esc_url',
		'esc_xml',
		'wp_kses',
		'wp_kses_post',
		'wp_kses_data',
		'wp_kses_one_attr',
		'tag_escape',
		'sanitize_html_class',
		// Numbers and WordPress's own already-escaped markup.
		'absint',
		'intval',
		'floatval',
		'boolval',
		'count',
		'number_format_i18n',
		'checked',
		'selected',
		'disabled',
		'wp_readonly',
		'get_the_id',
	);

	/** Functions whose result is safe when every argument is. */
	const PASS_THROUGH = array( 'sprintf', 'implode', 'join', 'trim', 'strtoupper', 'strtolower' );

	/** Functions that print their arguments, all of which must be safe. */
	const PRINTING = array( 'printf', 'vprintf' );

	/** Functions that print a translation without escaping it, and what to use instead. */
	const UNSAFE_PRINTING = array(
		'_e'  => 'esc_html_e() or esc_attr_e()',
		'_ex' => 'esc_html_x() or esc_attr_x() with echo',
	);

	/**
	 * The tokens this sniff looks at.
	 *
	 * @return int[]
	 */
	public function register() {
		return array( T_ECHO, T_PRINT, T_OPEN_TAG_WITH_ECHO, T_EXIT, T_STRING );
	}

	/**
	 * Checks one output.
	 *
	 * @param File $file The file.
	 * @param int  $ptr  The token.
	 * @return void
	 */
	public function process( File $file, $ptr ) {
		$tokens = $file->getTokens();
		$code   = $tokens[ $ptr ]['code'];
		if ( T_STRING === $code ) {
			$name = Helpers::functionCallName( $file, $ptr );
			if ( null === $name ) {
				return;
			}
			if ( isset( self::UNSAFE_PRINTING[ $name ] ) ) {
				$file->addError( '%s() prints a translation without escaping it: use %s.', $ptr, 'UnsafePrintingFunction', array( $name, self::UNSAFE_PRINTING[ $name ] ) );
				return;
			}
			if ( in_array( $name, self::PRINTING, true ) ) {
				$opener = Helpers::openParenthesis( $file, $ptr );
				foreach ( Helpers::arguments( $file, $opener ) as $argument ) {
					$this->checkExpression( $file, $argument[0], $argument[1] );
				}
			}
			return;
		}
		if ( T_EXIT === $code ) {
			$opener = Helpers::openParenthesis( $file, $ptr );
			if ( null !== $opener ) {
				foreach ( Helpers::arguments( $file, $opener ) as $argument ) {
					$this->checkExpression( $file, $argument[0], $argument[1] );
				}
			}
			return;
		}
		// echo, print, <?= : up to the end of the statement.
		$end = $ptr + 1;
		while ( isset( $tokens[ $end ] ) && ! in_array( $tokens[ $end ]['code'], array( T_SEMICOLON, T_CLOSE_TAG ), true ) ) {
			$end = Helpers::skipGroup( $file, $end );
		}
		$first = Helpers::nextCode( $file, $ptr + 1, $end );
		if ( null !== $first ) {
			$this->checkExpression( $file, $first, $end - 1 );
		}
	}

	/**
	 * Reports every part of an output expression that is not known to be safe.
	 *
	 * @param File $file  The file.
	 * @param int  $start The first token.
	 * @param int  $end   The last token (included).
	 * @return void
	 */
	private function checkExpression( File $file, $start, $end ) {
		$tokens = $file->getTokens();

		// A ternary: its condition is not printed, its branches are.
		$then  = null;
		$else  = null;
		$depth = 0;
		for ( $i = $start; $i <= $end; $i = Helpers::skipGroup( $file, $i ) ) {
			if ( T_INLINE_THEN === $tokens[ $i ]['code'] ) {
				if ( 0 === $depth && null === $then ) {
					$then = $i;
				}
				++$depth;
			} elseif ( T_INLINE_ELSE === $tokens[ $i ]['code'] ) {
				--$depth;
				if ( 0 === $depth && null === $else ) {
					$else = $i;
				}
			}
		}
		if ( null !== $then && null !== $else ) {
			$after_then = Helpers::nextCode( $file, $then + 1, $end + 1 );
			if ( $after_then === $else ) {
				// `a ?: b` prints a.
				$this->checkRange( $file, $start, $then - 1 );
			} else {
				$this->checkRange( $file, $then + 1, $else - 1 );
			}
			$this->checkRange( $file, $else + 1, $end );
			return;
		}
		$this->checkParts( $file, $start, $end );
	}

	/**
	 * A range that may be empty, or white space only.
	 *
	 * @param File $file  The file.
	 * @param int  $start The first token.
	 * @param int  $end   The last token (included).
	 * @return void
	 */
	private function checkRange( File $file, $start, $end ) {
		$first = Helpers::nextCode( $file, $start, $end + 1 );
		if ( null !== $first ) {
			$this->checkExpression( $file, $first, $end );
		}
	}

	/**
	 * The parts of an expression with no ternary at its top level.
	 *
	 * @param File $file  The file.
	 * @param int  $start The first token.
	 * @param int  $end   The last token (included).
	 * @return void
	 */
	private function checkParts( File $file, $start, $end ) {
		$tokens    = $file->getTokens();
		$separator = array( T_STRING_CONCAT, T_COMMA, T_COALESCE );
		$safe      = array( T_CONSTANT_ENCAPSED_STRING, T_LNUMBER, T_DNUMBER, T_TRUE, T_FALSE, T_NULL, T_START_NOWDOC, T_NOWDOC, T_END_NOWDOC, T_LINE );
		$skip_part = false;
		$i         = $start;
		while ( $i <= $end ) {
			$token = $tokens[ $i ];
			$code  = $token['code'];
			if ( isset( Tokens::$emptyTokens[ $code ] ) ) {
				++$i;
				continue;
			}
			if ( in_array( $code, $separator, true ) || isset( Tokens::$arithmeticTokens[ $code ] ) || isset( Tokens::$comparisonTokens[ $code ] ) || isset( Tokens::$booleanOperators[ $code ] ) || T_BOOLEAN_NOT === $code ) {
				$skip_part = false;
				++$i;
				continue;
			}
			if ( $skip_part ) {
				$i = Helpers::skipGroup( $file, $i );
				continue;
			}
			if ( in_array( $code, $safe, true ) ) {
				++$i;
				continue;
			}
			if ( in_array( $code, array( T_INT_CAST, T_DOUBLE_CAST, T_BOOL_CAST ), true ) ) {
				// A number or a boolean, whatever follows.
				$skip_part = true;
				++$i;
				continue;
			}
			if ( T_OPEN_PARENTHESIS === $code && isset( $token['parenthesis_closer'] ) ) {
				$this->checkRange( $file, $i + 1, $token['parenthesis_closer'] - 1 );
				$i = $token['parenthesis_closer'] + 1;
				continue;
			}
			if ( T_NS_SEPARATOR === $code ) {
				++$i;
				continue;
			}
			if ( T_STRING === $code ) {
				$name = Helpers::functionCallName( $file, $i );
				if ( null !== $name ) {
					$opener = Helpers::openParenthesis( $file, $i );
					if ( in_array( $name, self::PASS_THROUGH, true ) ) {
						foreach ( Helpers::arguments( $file, $opener ) as $argument ) {
							$this->checkExpression( $file, $argument[0], $argument[1] );
						}
						$i = $tokens[ $opener ]['parenthesis_closer'] + 1;
						continue;
					}
					if ( 'array_map' === $name ) {
						// array_map( 'esc_html', ... ): every item escaped.
						$arguments = Helpers::arguments( $file, $opener );
						$callback  = array() === $arguments ? null : Helpers::literalString( $file, $arguments[0] );
						if ( null !== $callback && in_array( strtolower( $callback ), self::ESCAPING, true ) ) {
							$i = $tokens[ $opener ]['parenthesis_closer'] + 1;
							continue;
						}
					}
					if ( in_array( $name, self::ESCAPING, true ) ) {
						$i = $tokens[ $opener ]['parenthesis_closer'] + 1;
						continue;
					}
				}
				if ( null === $name && 'PHP_EOL' === $token['content'] ) {
					++$i;
					continue;
				}
			}
			if ( in_array( $code, array( T_DOUBLE_QUOTED_STRING, T_START_HEREDOC ), true ) && ! $this->interpolates( $file, $i ) ) {
				$i = T_START_HEREDOC === $code && isset( $token['scope_closer'] ) ? $token['scope_closer'] + 1 : $i + 1;
				continue;
			}
			$file->addError(
				'All output must be escaped (esc_html(), esc_attr(), esc_url(), wp_kses() ...); found %s.',
				$i,
				'OutputNotEscaped',
				array( $this->describe( $file, $i ) )
			);
			$skip_part = true;
			$i         = Helpers::skipGroup( $file, $i );
		}
	}

	/**
	 * Whether a double-quoted string or a heredoc (from its start) has a variable in it.
	 *
	 * @param File $file The file.
	 * @param int  $ptr  The string's (first) token.
	 * @return bool
	 */
	private function interpolates( File $file, $ptr ) {
		$tokens = $file->getTokens();
		$text   = '';
		if ( T_START_HEREDOC === $tokens[ $ptr ]['code'] ) {
			for ( $i = $ptr + 1; isset( $tokens[ $i ] ) && T_END_HEREDOC !== $tokens[ $i ]['code']; $i++ ) {
				$text .= $tokens[ $i ]['content'];
			}
		} else {
			$text = $tokens[ $ptr ]['content'];
		}
		return 1 === preg_match( '/(?<!\\\\)(\$[A-Za-z_{]|\{\$)/', $text );
	}

	/**
	 * A short description of what was found, for the message.
	 *
	 * @param File $file The file.
	 * @param int  $ptr  The token.
	 * @return string
	 */
	private function describe( File $file, $ptr ) {
		$tokens = $file->getTokens();
		$name   = Helpers::functionCallName( $file, $ptr );
		if ( null !== $name ) {
			return "'" . $tokens[ $ptr ]['content'] . "()'";
		}
		return "'" . trim( $tokens[ $ptr ]['content'] ) . "'";
	}
}

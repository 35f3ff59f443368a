<?php
/**
 * Every gettext call (__(), _e(), _x(), _n(), esc_html__() ...) has literal strings for its text,
 * context and plural (the translators' tools read nothing else) and, as its text domain, the
 * literal 'hotline-widget'; so do load_plugin_textdomain() and wp_set_script_translations(). A
 * text with a placeholder (%s, %1$d ...) has a `translators:` comment just before the call.
 * Like WordPress.WP.I18n.
 *
 * @package HotlineWidget
 */

namespace HotlineWordPress\Sniffs\WP;

use HotlineWordPress\Helpers;
use PHP_CodeSniffer\Files\File;
use PHP_CodeSniffer\Sniffs\Sniff;
use PHP_CodeSniffer\Util\Tokens;

/**
 * HotlineWordPress.WP.I18n
 */
final class I18nSniff implements Sniff {

	/**
	 * The text domain.
	 *
	 * @var string
	 */
	public $text_domain = 'hotline-widget';

	/** Function => the roles of its arguments, in order ('text' is a translated string). */
	const GETTEXT = array(
		'__'                         => array( 'text', 'domain' ),
		'_e'                         => array( 'text', 'domain' ),
		'esc_html__'                 => array( 'text', 'domain' ),
		'esc_html_e'                 => array( 'text', 'domain' ),
		'esc_attr__'                 => array( 'text', 'domain' ),
		'esc_attr_e'                 => array( 'text', 'domain' ),
		'translate'                  => array( 'text', 'domain' ),
		'_x'                         => array( 'text', 'context', 'domain' ),
		'_ex'                        => array( 'text', 'context', 'domain' ),
		'esc_html_x'                 => array( 'text', 'context', 'domain' ),
		'esc_attr_x'                 => array( 'text', 'context', 'domain' ),
		'_n'                         => array( 'text', 'text', 'number', 'domain' ),
		'_nx'                        => array( 'text', 'text', 'number', 'context', 'domain' ),
		'_n_noop'                    => array( 'text', 'text', 'domain' ),
		'_nx_noop'                   => array( 'text', 'text', 'context', 'domain' ),
		// Not translations, but they name the text domain.
		'load_plugin_textdomain'     => array( 'domain' ),
		'wp_set_script_translations' => array( 'handle', 'domain' ),
	);

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
		if ( null === $name || ! isset( self::GETTEXT[ $name ] ) ) {
			return;
		}
		$roles     = self::GETTEXT[ $name ];
		$arguments = Helpers::arguments( $file, Helpers::openParenthesis( $file, $ptr ) );
		$texts     = array();
		foreach ( $roles as $index => $role ) {
			$argument = isset( $arguments[ $index ] ) ? $arguments[ $index ] : null;
			if ( 'domain' === $role ) {
				$this->checkDomain( $file, $ptr, $name, $argument );
				continue;
			}
			if ( ! in_array( $role, array( 'text', 'context' ), true ) ) {
				continue;
			}
			$value = null === $argument ? null : Helpers::literalString( $file, $argument );
			if ( null === $value ) {
				$file->addError( 'The %s of %s() must be one literal string: translators\' tools read nothing else.', null === $argument ? $ptr : $argument[0], 'NonLiteralText', array( $role, $name ) );
				continue;
			}
			if ( 'text' === $role ) {
				$texts[] = $value;
			}
		}
		foreach ( $texts as $text ) {
			if ( 1 === preg_match( '/%(?:[0-9]+\$)?[-+ 0\']*[0-9]*(?:\.[0-9]+)?[bcdeEfFgGosuxX]/', str_replace( '%%', '', $text ) ) && ! $this->hasTranslatorsComment( $file, $ptr ) ) {
				$file->addWarning( 'A text with a placeholder needs a /* translators: ... */ comment just before the %s() call, saying what the placeholder stands for.', $ptr, 'MissingTranslatorsComment', array( $name ) );
				break;
			}
		}
	}

	/**
	 * The text domain argument.
	 *
	 * @param File                    $file     The file.
	 * @param int                     $ptr      The function's name.
	 * @param string                  $name     The function.
	 * @param array{0:int,1:int}|null $argument The argument, or null when there is none.
	 * @return void
	 */
	private function checkDomain( File $file, $ptr, $name, $argument ) {
		if ( null === $argument ) {
			$file->addError( '%s() has no text domain: add \'%s\'.', $ptr, 'MissingTextDomain', array( $name, $this->text_domain ) );
			return;
		}
		$value = Helpers::literalString( $file, $argument );
		if ( null === $value ) {
			$file->addError( 'The text domain of %s() must be the literal \'%s\'; found %s.', $argument[0], 'NonLiteralTextDomain', array( $name, $this->text_domain, Helpers::codeText( $file, $argument[0], $argument[1] ) ) );
		} elseif ( $value !== $this->text_domain ) {
			$file->addError( 'The text domain of %s() must be \'%s\'; found \'%s\'.', $argument[0], 'TextDomainMismatch', array( $name, $this->text_domain, $value ) );
		}
	}

	/**
	 * Whether a `translators:` comment ends on the call's line or the line before it.
	 *
	 * @param File $file The file.
	 * @param int  $ptr  The function's name.
	 * @return bool
	 */
	private function hasTranslatorsComment( File $file, $ptr ) {
		$tokens = $file->getTokens();
		$line   = $tokens[ $ptr ]['line'];
		for ( $i = $ptr - 1; $i >= 0 && $tokens[ $i ]['line'] >= $line - 1; $i-- ) {
			if ( ! isset( Tokens::$commentTokens[ $tokens[ $i ]['code'] ] ) ) {
				continue;
			}
			// The whole comment: this token and the comment tokens before it.
			$text = '';
			for ( $j = $i; $j >= 0 && ( isset( Tokens::$commentTokens[ $tokens[ $j ]['code'] ] ) || T_WHITESPACE === $tokens[ $j ]['code'] ); $j-- ) {
				$text = $tokens[ $j ]['content'] . $text;
			}
			if ( false !== stripos( $text, 'translators:' ) ) {
				return true;
			}
			$i = $j + 1;
		}
		return false;
	}
}

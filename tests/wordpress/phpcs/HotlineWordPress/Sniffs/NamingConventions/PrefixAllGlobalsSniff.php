<?php
/**
 * Everything the plugin puts in WordPress's global space is prefixed, so that it cannot clash
 * with WordPress, a theme or another plugin: functions `hotline_widget_...`, classes, interfaces,
 * traits and enums `Hotline_Widget...`, constants (`const`, define()) `HOTLINE_WIDGET_...`,
 * variables at file level `$hotline_widget_...`, and the hooks it fires (do_action(),
 * apply_filters()) `hotline_widget_...`. A file with a namespace is left to its namespace. Like
 * WordPress.NamingConventions.PrefixAllGlobals.
 *
 * @package HotlineWidget
 */

namespace HotlineWordPress\Sniffs\NamingConventions;

use HotlineWordPress\Helpers;
use PHP_CodeSniffer\Files\File;
use PHP_CodeSniffer\Sniffs\Sniff;

/**
 * HotlineWordPress.NamingConventions.PrefixAllGlobals
 */
final class PrefixAllGlobalsSniff implements Sniff {

	/**
	 * The prefix, in any case.
	 *
	 * @var string
	 */
	public $prefix = 'hotline_widget';

	/** Functions that fire a hook named by their first argument. */
	const HOOKS = array( 'do_action', 'do_action_ref_array', 'do_action_deprecated', 'apply_filters', 'apply_filters_ref_array', 'apply_filters_deprecated' );

	/** Variables that are WordPress's or PHP's, not the plugin's. */
	const NOT_OURS = array( '$this', '$GLOBALS', '$_POST', '$_GET', '$_REQUEST', '$_COOKIE', '$_SERVER', '$_FILES', '$_ENV', '$_SESSION', '$argv', '$argc', '$http_response_header' );

	/**
	 * The tokens this sniff looks at.
	 *
	 * @return int[]
	 */
	public function register() {
		return array( T_FUNCTION, T_CLASS, T_INTERFACE, T_TRAIT, T_ENUM, T_CONST, T_STRING, T_VARIABLE );
	}

	/**
	 * Checks one declaration.
	 *
	 * @param File $file The file.
	 * @param int  $ptr  The token.
	 * @return void
	 */
	public function process( File $file, $ptr ) {
		if ( $this->declaresNamespace( $file ) ) {
			return;
		}
		$tokens = $file->getTokens();
		switch ( $tokens[ $ptr ]['code'] ) {
			case T_FUNCTION:
				if ( Helpers::inObject( $file, $ptr ) ) {
					return;
				}
				$name = $file->getDeclarationName( $ptr );
				if ( null !== $name && ! $this->prefixed( $name ) ) {
					$file->addError( 'The function %s() is global: its name must start with %s_.', $ptr, 'NonPrefixedFunctionFound', array( $name, $this->prefix ) );
				}
				return;
			case T_CLASS:
			case T_INTERFACE:
			case T_TRAIT:
			case T_ENUM:
				$name = $file->getDeclarationName( $ptr );
				if ( null !== $name && ! $this->prefixed( $name ) ) {
					$file->addError( 'The %s %s is global: its name must start with %s_ (in any case).', $ptr, 'NonPrefixedClassFound', array( $tokens[ $ptr ]['content'], $name, $this->prefix ) );
				}
				return;
			case T_CONST:
				if ( Helpers::inObject( $file, $ptr ) ) {
					return;
				}
				$name = Helpers::nextCode( $file, $ptr + 1 );
				// `const TYPE NAME =` (typed constants) names the last word before `=`.
				$equals = $file->findNext( T_EQUAL, $ptr + 1 );
				if ( false !== $equals ) {
					$name = Helpers::previousCode( $file, $equals - 1 );
				}
				if ( null !== $name && ! $this->prefixed( $tokens[ $name ]['content'] ) ) {
					$file->addError( 'The constant %s is global: its name must start with %s_.', $name, 'NonPrefixedConstantFound', array( $tokens[ $name ]['content'], strtoupper( $this->prefix ) ) );
				}
				return;
			case T_STRING:
				$this->checkCall( $file, $ptr );
				return;
			case T_VARIABLE:
				$this->checkVariable( $file, $ptr );
				return;
		}
	}

	/**
	 * define() and the hooks.
	 *
	 * @param File $file The file.
	 * @param int  $ptr  The name.
	 * @return void
	 */
	private function checkCall( File $file, $ptr ) {
		$name = Helpers::functionCallName( $file, $ptr );
		if ( 'define' !== $name && ! in_array( $name, self::HOOKS, true ) ) {
			return;
		}
		$arguments = Helpers::arguments( $file, Helpers::openParenthesis( $file, $ptr ) );
		if ( array() === $arguments ) {
			return;
		}
		$value = Helpers::literalString( $file, $arguments[0] );
		if ( 'define' === $name ) {
			if ( null === $value ) {
				$file->addWarning( 'define() with a name that is not a literal: its name cannot be checked for the prefix %s_.', $ptr, 'VariableConstantNameFound', array( strtoupper( $this->prefix ) ) );
			} elseif ( ! $this->prefixed( ltrim( $value, '\\' ) ) ) {
				$file->addError( 'The constant %s is global: its name must start with %s_.', $arguments[0][0], 'NonPrefixedConstantFound', array( $value, strtoupper( $this->prefix ) ) );
			}
			return;
		}
		if ( null === $value ) {
			// A hook name built from parts: its start must be the prefix.
			$tokens = $file->getTokens();
			$first  = $arguments[0][0];
			if ( T_CONSTANT_ENCAPSED_STRING === $tokens[ $first ]['code'] && $this->prefixed( substr( $tokens[ $first ]['content'], 1, -1 ) ) ) {
				return;
			}
			$file->addWarning( 'The hook name of %s() is not a literal starting with %s_: it cannot be checked.', $ptr, 'DynamicHooknameFound', array( $name, $this->prefix ) );
		} elseif ( ! $this->prefixed( $value ) ) {
			$file->addError( 'The hook %s fired by %s() must start with %s_.', $arguments[0][0], 'NonPrefixedHooknameFound', array( $value, $name, $this->prefix ) );
		}
	}

	/**
	 * A variable at file level (outside any function) is global.
	 *
	 * @param File $file The file.
	 * @param int  $ptr  The variable.
	 * @return void
	 */
	private function checkVariable( File $file, $ptr ) {
		$tokens = $file->getTokens();
		$name   = $tokens[ $ptr ]['content'];
		if ( in_array( $name, self::NOT_OURS, true ) || $this->prefixed( substr( $name, 1 ) ) ) {
			return;
		}
		if ( null !== Helpers::enclosingFunction( $file, $ptr ) || Helpers::inObject( $file, $ptr ) ) {
			return;
		}
		// A parameter of a closure or an arrow function declared at file level.
		if ( ! empty( $tokens[ $ptr ]['nested_parenthesis'] ) ) {
			foreach ( $tokens[ $ptr ]['nested_parenthesis'] as $opener => $closer ) {
				$owner = isset( $tokens[ $opener ]['parenthesis_owner'] ) ? $tokens[ $opener ]['parenthesis_owner'] : null;
				if ( null !== $owner && in_array( $tokens[ $owner ]['code'], array( T_CLOSURE, T_FN, T_FUNCTION ), true ) ) {
					return;
				}
				$previous = Helpers::previousCode( $file, $opener - 1 );
				if ( null !== $previous && T_USE === $tokens[ $previous ]['code'] ) {
					return;
				}
			}
		}
		$file->addError( 'The variable %s is global (set outside any function): its name must start with $%s_.', $ptr, 'NonPrefixedVariableFound', array( $name, $this->prefix ) );
	}

	/**
	 * Whether a name is the prefix (any case), or starts with it and `_`.
	 *
	 * @param string $name The name.
	 * @return bool
	 */
	private function prefixed( $name ) {
		$length = strlen( $this->prefix );
		return 0 === strncasecmp( $name, $this->prefix, $length ) && ( strlen( $name ) === $length || '_' === $name[ $length ] );
	}

	/**
	 * The file last asked about, and whether it declares a namespace.
	 *
	 * @var array{0: string, 1: bool}|null
	 */
	private $namespaced = null;

	/**
	 * Whether the file declares a namespace of its own (worked out once per file).
	 *
	 * @param File $file The file.
	 * @return bool
	 */
	private function declaresNamespace( File $file ) {
		if ( null === $this->namespaced || $this->namespaced[0] !== $file->getFilename() ) {
			$this->namespaced = array( $file->getFilename(), $this->findNamespace( $file ) );
		}
		return $this->namespaced[1];
	}

	/**
	 * Whether the file has a namespace declaration.
	 *
	 * @param File $file The file.
	 * @return bool
	 */
	private function findNamespace( File $file ) {
		$tokens = $file->getTokens();
		for ( $i = $file->findNext( T_NAMESPACE, 0 ); false !== $i; $i = $file->findNext( T_NAMESPACE, $i + 1 ) ) {
			$next = Helpers::nextCode( $file, $i + 1 );
			// `namespace\foo()` is an operator, not a declaration.
			if ( null !== $next && T_NS_SEPARATOR !== $tokens[ $next ]['code'] ) {
				return true;
			}
		}
		return false;
	}
}

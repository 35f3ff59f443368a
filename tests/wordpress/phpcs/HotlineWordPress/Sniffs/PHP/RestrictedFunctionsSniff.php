<?php
/**
 * PHP that a plugin has no business running: extract() (variables from data), create_function()
 * (eval in disguise), unserialize() (objects from data: use json_decode()), serialize() (use
 * wp_json_encode(); WordPress serializes options itself), the shell (exec(), system() ...), and
 * remote addresses read without WordPress's HTTP API (file_get_contents(), fopen() ... of a URL
 * or of the request's input; curl_*()). eval() and backticks are PHP_CodeSniffer's own
 * Squiz.PHP.Eval and Generic.PHP.BacktickOperator, in ../../../ruleset.xml. Like
 * WordPress.PHP.DontExtract, RestrictedPHPFunctions, DiscouragedPHPFunctions and
 * WordPress.WP.AlternativeFunctions.
 *
 * @package HotlineWidget
 */

namespace HotlineWordPress\Sniffs\PHP;

use HotlineWordPress\Helpers;
use PHP_CodeSniffer\Files\File;
use PHP_CodeSniffer\Sniffs\Sniff;

/**
 * HotlineWordPress.PHP.RestrictedFunctions
 */
final class RestrictedFunctionsSniff implements Sniff {

	/** Function => [ error code, message ]. */
	const REFUSED = array(
		'extract'         => array( 'Extract', 'extract() makes variables out of data: read the array\'s keys instead.' ),
		'create_function' => array( 'CreateFunction', 'create_function() is eval(): use a closure.' ),
		'unserialize'     => array( 'Unserialize', 'unserialize() can make objects out of data: use json_decode(), or maybe_unserialize() on what WordPress stored.' ),
		'exec'            => array( 'ShellExec', 'exec() runs a shell command.' ),
		'shell_exec'      => array( 'ShellExec', 'shell_exec() runs a shell command.' ),
		'system'          => array( 'ShellExec', 'system() runs a shell command.' ),
		'passthru'        => array( 'ShellExec', 'passthru() runs a shell command.' ),
		'proc_open'       => array( 'ShellExec', 'proc_open() runs a shell command.' ),
		'popen'           => array( 'ShellExec', 'popen() runs a shell command.' ),
		'pcntl_exec'      => array( 'ShellExec', 'pcntl_exec() runs a program.' ),
		'curl_init'       => array( 'Curl', 'curl_init(): use WordPress\'s HTTP API (wp_remote_get(), wp_remote_post()).' ),
		'curl_exec'       => array( 'Curl', 'curl_exec(): use WordPress\'s HTTP API (wp_remote_get(), wp_remote_post()).' ),
	);

	/** Function => [ error code, message ], as warnings. */
	const DISCOURAGED = array(
		'serialize' => array( 'Serialize', 'serialize(): use wp_json_encode(); WordPress serializes what it stores itself.' ),
	);

	/** Functions that read a file, or a URL when they are given one. */
	const FILE_READERS = array( 'file_get_contents', 'file', 'fopen', 'readfile', 'fsockopen', 'get_headers', 'getimagesize', 'simplexml_load_file' );

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
		if ( null === $name ) {
			return;
		}
		if ( isset( self::REFUSED[ $name ] ) ) {
			$file->addError( self::REFUSED[ $name ][1], $ptr, self::REFUSED[ $name ][0] );
			return;
		}
		if ( isset( self::DISCOURAGED[ $name ] ) ) {
			$file->addWarning( self::DISCOURAGED[ $name ][1], $ptr, self::DISCOURAGED[ $name ][0] );
			return;
		}
		if ( ! in_array( $name, self::FILE_READERS, true ) ) {
			return;
		}
		$arguments = Helpers::arguments( $file, Helpers::openParenthesis( $file, $ptr ) );
		if ( array() === $arguments ) {
			return;
		}
		$tokens               = $file->getTokens();
		list( $first, $last ) = $arguments[0];
		for ( $i = $first; $i <= $last; $i++ ) {
			$content = $tokens[ $i ]['content'];
			$remote  = in_array( $tokens[ $i ]['code'], array( T_CONSTANT_ENCAPSED_STRING, T_DOUBLE_QUOTED_STRING ), true ) && 1 === preg_match( '~^["\'](https?|ftps?|//)~i', $content );
			$input   = T_VARIABLE === $tokens[ $i ]['code'] && in_array( $content, array( '$_GET', '$_POST', '$_REQUEST', '$_COOKIE', '$_SERVER' ), true );
			$fetch   = T_STRING === $tokens[ $i ]['code'] && in_array( Helpers::functionCallName( $file, $i ), array( 'home_url', 'site_url', 'admin_url', 'plugins_url', 'content_url', 'includes_url', 'get_permalink', 'rest_url' ), true );
			if ( $remote || $input || $fetch ) {
				$file->addError( '%s() of a URL (or of the request\'s input): use WordPress\'s HTTP API, wp_remote_get().', $ptr, 'RemoteFile', array( $name ) );
				return;
			}
		}
	}
}

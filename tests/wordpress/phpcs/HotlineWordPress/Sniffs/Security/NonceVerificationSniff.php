<?php
/**
 * The request's input ($_POST, $_GET, $_REQUEST, $_COOKIE, $_FILES) is read only in a function
 * that has verified a nonce before (check_admin_referer(), check_ajax_referer(),
 * wp_verify_nonce()), or as the nonce handed to one of them. isset() and empty() may come before
 * the verification, as long as the function verifies one. Writes and unset() are no reads.
 * $_SERVER is left out: it is the server's description of the request, not a form's input that
 * a forged request could carry. Like WordPress.Security.NonceVerification, but stricter: every
 * finding is an error (WPCS only warns for $_GET and $_REQUEST), and $_COOKIE counts too.
 *
 * @package HotlineWidget
 */

namespace HotlineWordPress\Sniffs\Security;

use HotlineWordPress\Helpers;
use PHP_CodeSniffer\Files\File;
use PHP_CodeSniffer\Sniffs\Sniff;

/**
 * HotlineWordPress.Security.NonceVerification
 */
final class NonceVerificationSniff implements Sniff {

	/** The superglobals a forged request can fill. */
	const INPUT = array( '$_POST', '$_GET', '$_REQUEST', '$_COOKIE', '$_FILES' );

	/** The functions that verify a nonce. */
	const VERIFYING = array( 'check_admin_referer', 'check_ajax_referer', 'wp_verify_nonce' );

	/**
	 * The tokens this sniff looks at.
	 *
	 * @return int[]
	 */
	public function register() {
		return array( T_VARIABLE );
	}

	/**
	 * Checks one read of a superglobal.
	 *
	 * @param File $file The file.
	 * @param int  $ptr  The variable.
	 * @return void
	 */
	public function process( File $file, $ptr ) {
		$tokens = $file->getTokens();
		$name   = $tokens[ $ptr ]['content'];
		if ( ! in_array( $name, self::INPUT, true ) ) {
			return;
		}
		$only_checked = false;
		foreach ( Helpers::enclosingCalls( $file, $ptr ) as $call ) {
			if ( in_array( $call[0], array( 'isset', 'empty', 'array_key_exists', 'key_exists' ), true ) ) {
				$only_checked = true;
			}
			if ( 'unset' === $call[0] ) {
				return;
			}
		}
		if ( ! $only_checked && ! ValidatedSanitizedInputSniff::isRead( $file, $ptr ) ) {
			return;
		}
		// The nonce itself, handed to the function that verifies it.
		foreach ( Helpers::enclosingCalls( $file, $ptr ) as $call ) {
			if ( in_array( $call[0], self::VERIFYING, true ) ) {
				return;
			}
		}
		$function = Helpers::enclosingFunction( $file, $ptr );
		$start    = null === $function ? 0 : $tokens[ $function ]['scope_opener'];
		// A check that the key is there may come first; then the verification is anywhere in the function.
		$end = $ptr;
		if ( $only_checked ) {
			$end = null === $function ? $file->numTokens : $tokens[ $function ]['scope_closer'];
		}
		for ( $i = $start; $i < $end; $i++ ) {
			if ( T_STRING === $tokens[ $i ]['code'] && in_array( Helpers::functionCallName( $file, $i ), self::VERIFYING, true ) ) {
				return;
			}
		}
		$file->addError(
			'%s is read with no nonce verified before it in this function (check_admin_referer(), check_ajax_referer() or wp_verify_nonce()).',
			$ptr,
			'Missing',
			array( $name )
		);
	}
}

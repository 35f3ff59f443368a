<?php
/**
 * The WordPress plugin's checker (includes/checks.php, plain PHP) from the command line, for
 * tests/node/wordpress-checks.test.mjs: php check.php <plugin folder> < cases.json
 *
 * Standard input: { "siteOrigin": "https://…", "cases": [ { "country": "GBR", … }, … ] }, each
 * case the script's data-* attributes as text, by their HotlineWidgetConfig names. Standard
 * output: [ { "problems": [ … ], "kept": { key: value } }, … ] in the same order.
 */

define( 'ABSPATH', __DIR__ . '/' );

$plugin = $argv[1] ?? '';
if ( ! is_file( $plugin . '/includes/checks.php' ) ) {
	fwrite( STDERR, "usage: php check.php <plugin folder>\n" );
	exit( 2 );
}
require $plugin . '/includes/checks.php';

$input   = json_decode( stream_get_contents( STDIN ) );
$results = array();
foreach ( $input->cases as $case ) {
	$result    = hotline_widget_check_settings( get_object_vars( $case ), $input->siteOrigin );
	$results[] = array(
		'problems' => $result['problems'],
		'kept'     => (object) $result['settings'],
	);
}
echo json_encode( $results, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );

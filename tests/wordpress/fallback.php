<?php
/**
 * The WordPress plugin's fallback lookup (includes/render.php, hotline_widget_fallback) from the
 * command line, for tests/node/wordpress-lint.test.mjs: php fallback.php <plugin folder> < pairs.json
 * Standard input: [ [ "GB", "en" ], … ]; standard output: the fallback of each, as a JSON list.
 */

define( 'ABSPATH', __DIR__ . '/' );

$plugin = $argv[1] ?? '';
define( 'HOTLINE_WIDGET_DIR', $plugin );
require $plugin . '/includes/checks.php';
require $plugin . '/includes/render.php';

$out = array();
foreach ( json_decode( stream_get_contents( STDIN ) ) as $pair ) {
	$out[] = hotline_widget_fallback( $pair[0], $pair[1] );
}
echo json_encode( $out, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );

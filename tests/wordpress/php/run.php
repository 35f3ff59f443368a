<?php
// Runs a fixture script inside the WordPress of argv[1], as WordPress runs for a request: wp-load.php
// (so the active plugins and theme are loaded) and the admin's includes (plugin, post and taxonomy
// functions). The fixture gets `$args` (JSON on standard input) and returns a value, which is
// written as JSON to argv[3]. Started by tests/wordpress/site.mjs's run().
[, $docroot, $fixture, $out] = $argv;
$args = json_decode(stream_get_contents(STDIN), true);

$url = parse_url(getenv('WORDPRESS_TEST_URL'));
$_SERVER['HTTP_HOST'] = $url['host'] . ':' . $url['port'];
$_SERVER['SERVER_NAME'] = $url['host'];
$_SERVER['REQUEST_URI'] = '/';

// A fatal error goes to the debug log, which site.mjs shows, not into WordPress's "critical error" page.
define('WP_DISABLE_FATAL_ERROR_HANDLER', true);
require $docroot . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';

$result = require $fixture;
file_put_contents($out, json_encode($result, JSON_UNESCAPED_SLASHES));

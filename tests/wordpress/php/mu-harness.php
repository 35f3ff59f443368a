<?php
/**
 * Plugin Name: Test harness
 * Description: Copied into wp-content/mu-plugins by tests/wordpress/site.mjs. The test machine has no
 * network: every HTTP request WordPress or a plugin makes to a host other than the site's own is
 * answered here with a 503, without leaving the machine (so WordPress's update checks fail quietly
 * instead of warning on every admin page), and its URL is appended to the file named by
 * WORDPRESS_TEST_OUTGOING (site.outgoing() reads it).
 */
add_filter('pre_http_request', static function ($answer, $args, $url) {
    $host = parse_url($url, PHP_URL_HOST);
    if ($host === parse_url(home_url(), PHP_URL_HOST)) {
        return $answer;
    }
    if (defined('WORDPRESS_TEST_OUTGOING')) {
        file_put_contents(WORDPRESS_TEST_OUTGOING, $url . "\n", FILE_APPEND | LOCK_EX);
    }
    return ['headers' => [], 'body' => '', 'response' => ['code' => 503, 'message' => 'Not on the test machine'], 'cookies' => [], 'filename' => null];
}, 1, 3);

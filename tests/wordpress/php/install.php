<?php
// Installs WordPress in the copy whose wp-config.php is beside wp-load.php in argv[1], as
// wp-admin/install.php does, without a browser: wp_install() for the site and its administrator,
// then the other users (the author: no manage_options), no avatars (Gravatar is another host) and
// the permalink structure. Reads its settings as JSON on standard input; writes what it made as
// JSON to argv[2]. Started by tests/wordpress/site.mjs.
[, $docroot, $out] = $argv;
$settings = json_decode(stream_get_contents(STDIN), true);

$url = parse_url($settings['url']);
$_SERVER['HTTP_HOST'] = $url['host'] . ':' . $url['port'];
$_SERVER['SERVER_NAME'] = $url['host'];
$_SERVER['REQUEST_URI'] = '/wp-admin/install.php';

define('WP_INSTALLING', true);
require $docroot . '/wp-load.php';

// Pluggable: the "your new site" email has nowhere to go on a test machine.
function wp_new_blog_notification($blog_title, $blog_url, $user_id, $password) {}

require_once ABSPATH . 'wp-admin/includes/upgrade.php';

if (is_blog_installed()) {
    fwrite(STDERR, "WordPress is already installed in this database\n");
    exit(1);
}

$admin = $settings['users']['admin'];
$installed = wp_install($settings['title'], $admin['login'], $admin['email'], true, '', wp_slash($admin['password']), $settings['language'] ?? '');

$users = ['admin' => $installed['user_id']];
foreach ($settings['users'] as $key => $user) {
    if ($key === 'admin') continue;
    $id = wp_insert_user([
        'user_login' => $user['login'],
        'user_pass' => $user['password'],
        'user_email' => $user['email'],
        'role' => $user['role'],
        'display_name' => $user['login'],
    ]);
    if (is_wp_error($id)) {
        fwrite(STDERR, "wp_insert_user({$user['login']}): " . $id->get_error_message() . "\n");
        exit(1);
    }
    $users[$key] = $id;
}

// Avatars come from Gravatar: a page's requests to another host are then a plugin's, not the admin bar's.
update_option('show_avatars', 0);

if (($settings['permalinks'] ?? '') !== '') {
    global $wp_rewrite;
    $wp_rewrite->set_permalink_structure($settings['permalinks']);
    flush_rewrite_rules(false);
}

file_put_contents($out, json_encode([
    'users' => $users,
    'version' => get_bloginfo('version'),
    'theme' => get_stylesheet(),
    'home' => home_url('/'),
]));

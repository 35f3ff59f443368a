<?php
/**
 * What Roundcube shows of an HTML email: reads one or more HTML message bodies on standard input,
 * separated by NUL bytes, and prints each as Roundcube's message view would put it on the page
 * (NUL-separated too, in the same order).
 *
 * Roundcube's own code does the work, as installed by Debian's roundcube-core (1.6): the message
 * view (program/actions/mail/show.php, rcmail_action_mail_show::message_body) hands each HTML part
 * to rcmail_action_mail_index::print_body (program/actions/mail/index.php) with the arguments
 * below, which washes it with rcube_washtml (program/lib/Roundcube/rcube_washtml.php) and
 * Roundcube's callbacks for <body>, <style>, <form> and links. The message is not "safe" (remote
 * objects blocked), as for any sender the reader has not trusted. The part's container <div> is
 * added as show.php adds it.
 *
 *   php tests/mail/wash.php < message.html
 *
 * Needs php-cli and roundcube-core (Debian). ROUNDCUBE_PATH overrides where Roundcube is
 * (default /var/lib/roundcube/, Debian's). Nothing is sent anywhere and no database is opened.
 */

if (PHP_SAPI !== 'cli') {
    exit(1);
}

define('INSTALL_PATH', rtrim(getenv('ROUNDCUBE_PATH') ?: '/var/lib/roundcube', '/') . '/');

if (!is_file(INSTALL_PATH . 'program/include/clisetup.php')) {
    fwrite(STDERR, 'Roundcube is not installed at ' . INSTALL_PATH . ": apt-get install roundcube-core php-cli (Debian)\n");
    exit(3);
}

require INSTALL_PATH . 'program/include/clisetup.php';

// The message view's output (the web page), not the command line's: wash_html asks it for the
// address of the image that stands in for blocked remote images.
$rcmail->output = new rcmail_output_html('mail');

$input = stream_get_contents(STDIN);
$bodies = explode("\0", $input);
$washed = [];

foreach ($bodies as $number => $body) {
    $part = new rcube_message_part();
    $part->mime_id = (string) ($number + 1);
    $part->ctype_primary = 'text';
    $part->ctype_secondary = 'html';
    $part->mimetype = 'text/html';
    $part->charset = RCUBE_CHARSET;
    $part->size = strlen($body);
    $part->replaces = [];

    // As rcmail_action_mail_show::message_body builds them for the first part of a message.
    $container_id = 'message-htmlpart1';
    $body_args = [
        'safe' => false,
        'plain' => !$rcmail->config->get('prefer_html'),
        'css_prefix' => 'v1',
        'body_class' => 'rcmBody',
        'container_id' => $container_id,
        'container_attrib' => ['class' => 'message-htmlpart', 'id' => $container_id],
    ];

    $html = rcmail_action_mail_index::print_body($body, $part, $body_args);
    $washed[] = html::div($body_args['container_attrib'], $html);
}

echo implode("\0", $washed);

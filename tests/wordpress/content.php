<?php
// A fixture for site.run() (tests/wordpress/site.mjs): makes content with WordPress's own API and
// returns what a test needs to visit it. `$args`:
//   options:    { name: value }       update_option() for each (a plugin's settings)
//   tags:       [name]                tags made even if no post has them
//   categories: [name]                categories likewise
//   posts:      [{ title, content?, status? ('publish'), type? ('post'), author? (a login),
//                  tags? [name], categories? [name], meta? { key: value } }]
// Returns { posts: [{ id, title, permalink, tags, categories }], tags: { name: id }, categories: { name: id } }.
$made = ['posts' => [], 'tags' => new stdClass(), 'categories' => new stdClass()];

foreach (($args['options'] ?? []) as $name => $value) {
    update_option($name, $value);
}

$term = static function (string $name, string $taxonomy) use (&$made) {
    $key = $taxonomy === 'post_tag' ? 'tags' : 'categories';
    $found = term_exists($name, $taxonomy);
    $id = $found ? (int) $found['term_id'] : wp_insert_term($name, $taxonomy);
    if (is_wp_error($id)) throw new RuntimeException("wp_insert_term($name): " . $id->get_error_message());
    $id = is_array($id) ? (int) $id['term_id'] : $id;
    $made[$key]->$name = $id;
    return $id;
};
foreach (($args['tags'] ?? []) as $name) $term($name, 'post_tag');
foreach (($args['categories'] ?? []) as $name) $term($name, 'category');

foreach (($args['posts'] ?? []) as $post) {
    $author = get_user_by('login', $post['author'] ?? 'admin');
    $id = wp_insert_post([
        'post_title' => $post['title'],
        'post_content' => $post['content'] ?? '<!-- wp:paragraph --><p>' . esc_html($post['title']) . '</p><!-- /wp:paragraph -->',
        'post_status' => $post['status'] ?? 'publish',
        'post_type' => $post['type'] ?? 'post',
        'post_author' => $author ? $author->ID : 1,
        'post_category' => array_map(static fn ($name) => $term($name, 'category'), $post['categories'] ?? []) ?: [(int) get_option('default_category')],
        'tags_input' => array_map(static fn ($name) => $term($name, 'post_tag'), $post['tags'] ?? []),
        'meta_input' => $post['meta'] ?? [],
    ], true);
    if (is_wp_error($id)) throw new RuntimeException("wp_insert_post({$post['title']}): " . $id->get_error_message());
    $made['posts'][] = [
        'id' => $id,
        'title' => get_the_title($id),
        'permalink' => get_permalink($id),
        'tags' => wp_get_post_tags($id, ['fields' => 'names']),
        'categories' => wp_get_post_categories($id, ['fields' => 'names']),
    ];
}

return $made;

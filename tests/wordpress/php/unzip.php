<?php
// Unzips argv[1] into the folder argv[2] with PHP's ZipArchive (php-zip, which the WordPress tests
// need anyway), leaving out the entries named by argv[3...] (a name ending in / leaves out what is
// under it). Used by tests/wordpress/site.mjs to put a WordPress release from the npm registry together.
[, $zip, $into] = $argv;
$leftOut = array_slice($argv, 3);
$archive = new ZipArchive();
$opened = $archive->open($zip, ZipArchive::RDONLY);
if ($opened !== true) {
    fwrite(STDERR, "cannot open $zip (ZipArchive error $opened)\n");
    exit(1);
}
$names = [];
for ($i = 0; $i < $archive->numFiles; $i++) {
    $name = $archive->getNameIndex($i);
    foreach ($leftOut as $path) {
        if ($name === $path || (str_ends_with($path, '/') && str_starts_with($name, $path))) {
            continue 2;
        }
    }
    if (str_contains($name, '..') || str_starts_with($name, '/')) {
        fwrite(STDERR, "refusing the entry $name\n");
        exit(1);
    }
    $names[] = $name;
}
if (!$archive->extractTo($into, $names)) {
    fwrite(STDERR, "extracting $zip into $into failed: " . $archive->getStatusString() . "\n");
    exit(1);
}
$archive->close();
echo count($names), "\n";

# shellcheck shell=sh
# Run by build-rootfs.sh inside the image root (chroot) with /bin/sh -eu.
mkdir -p /fleetbase/api/storage/framework/cache /fleetbase/api/storage/framework/sessions \
  /fleetbase/api/storage/framework/views /fleetbase/api/storage/logs /fleetbase/api/storage/app/public \
  /fleetbase/api/bootstrap/cache /fleetbase/api/public /fleetbase/console
touch "/fleetbase/api/storage/logs/laravel-$(date +%Y-%m-%d).log"
chown -R www-data:www-data /fleetbase
chmod -R 755 /fleetbase/api/storage
chmod 0755 /usr/local/bin/docker-php-entrypoint /fleetbase/api/artisan
# upstream sets memory_limit in php.ini (600M), not from the environment
printf 'memory_limit = 600M\nexpose_php = Off\nupload_max_filesize = 600M\npost_max_size = 0\n' >/etc/php/8.2/cli/conf.d/90-fleetbase.ini
php -r 'exit(extension_loaded("pdo_mysql") && extension_loaded("redis") && function_exists("pcntl_exec") && function_exists("posix_kill") ? 0 : 1);'
test -f /usr/share/php/Dotenv/autoload.php
php -l /fleetbase/api/artisan >/dev/null
for f in /fleetbase/api/rehearsal/*.php; do php -l "$f" >/dev/null; done

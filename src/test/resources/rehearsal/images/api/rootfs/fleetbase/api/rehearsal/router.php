<?php
// Rehearsal stand-in for the API's HTTP side (Octane): the configuration is the snapshot taken when the server
// started (App::octane), as with Octane's long-lived workers; a changed .env reaches it only through a restart.

require_once __DIR__ . '/App.php';

use Rehearsal\App;

$config = is_file(App::OCTANE_SNAPSHOT) ? require App::OCTANE_SNAPSHOT : App::config();
$path = parse_url($_SERVER['REQUEST_URI'] ?? '/', PHP_URL_PATH) ?: '/';
$version = getenv('REHEARSAL_VERSION') ?: 'unknown';

function respond(int $status, array $body): void
{
    http_response_code($status);
    header('Content-Type: application/json');
    echo json_encode($body, JSON_UNESCAPED_SLASHES), "\n";
}

/** Laravel 10 TrustProxies: trusts only config/trustedproxy.php's proxies (none when absent; TRUSTED_PROXIES is not read). */
function client(): array
{
    $remote = $_SERVER['REMOTE_ADDR'] ?? '';
    $trusted = [];
    $file = App::BASE . '/config/trustedproxy.php';
    if (is_file($file)) {
        $cfg = require $file;
        $p = $cfg['proxies'] ?? null;
        $trusted = $p === '*' || $p === '**' ? ['*'] : (is_array($p) ? $p : (is_string($p) ? array_map('trim', explode(',', $p)) : []));
    }
    $isTrusted = fn (string $ip) => in_array('*', $trusted, true) || in_array($ip, $trusted, true);
    if (!$isTrusted($remote)) {
        return ['ip' => $remote, 'scheme' => 'http', 'trusted' => false];
    }
    $chain = array_map('trim', explode(',', $_SERVER['HTTP_X_FORWARDED_FOR'] ?? ''));
    $ip = $remote;
    for ($i = count($chain) - 1; $i >= 0; $i--) {
        if ($chain[$i] === '') {
            continue;
        }
        $ip = $chain[$i];
        if (!$isTrusted($ip)) {
            break;
        }
    }
    $scheme = strtolower($_SERVER['HTTP_X_FORWARDED_PROTO'] ?? 'http') === 'https' ? 'https' : 'http';
    return ['ip' => $ip, 'scheme' => $scheme, 'trusted' => true];
}

/** What a Laravel request through the web/API stack writes: a session (file driver by default) and a log line. */
function sessionAndLog(array $config, string $path): void
{
    $driver = $config['SESSION_DRIVER'] ?? 'file';
    $id = bin2hex(random_bytes(20));
    if ($driver === 'file') {
        $file = App::BASE . '/storage/framework/sessions/' . $id;
        if (@file_put_contents($file, serialize(['_token' => $id])) === false) {
            throw new RuntimeException("file_put_contents($file): Failed to open stream: No such file or directory");
        }
    } elseif ($driver === 'redis') {
        App::redis($config, 'REDIS_URL')->setex('laravel_session:' . $id, 7200, 'a:0:{}');
    }
    $channel = $config['LOG_CHANNEL'] ?? 'stack';
    $line = '[' . gmdate('Y-m-d H:i:s') . '] production.INFO: ' . $path . "\n";
    if ($channel === 'daily' || $channel === 'single' || $channel === 'stack') {
        $file = App::BASE . '/storage/logs/' . ($channel === 'daily' ? 'laravel-' . gmdate('Y-m-d') . '.log' : 'laravel.log');
        if (@file_put_contents($file, $line, FILE_APPEND) === false) {
            throw new UnexpectedValueException("The stream or file \"$file\" could not be opened in append mode: Failed to open stream: No such file or directory");
        }
    } else {
        file_put_contents('php://stderr', $line);
    }
}

try {
    if ($path === '/health') {
        if (getenv('REHEARSAL_NEVER_HEALTHY') === '1') {
            respond(503, ['status' => 'unhealthy', 'reason' => 'never-healthy variant']);
            return true;
        }
        App::pdo($config, 'fleetbase')->query('SELECT 1');
        App::redis($config, 'REDIS_URL')->ping();
        respond(200, ['status' => 'ok', 'version' => $version]);
        return true;
    }
    if (str_starts_with($path, '/storage/')) {
        $base = realpath(App::BASE . '/storage/app/public');
        $file = $base === false ? false : realpath($base . substr($path, strlen('/storage')));
        if ($file === false || !str_starts_with($file, $base . '/') || !is_file($file)) {
            respond(404, ['error' => 'not found']);
            return true;
        }
        header('Content-Type: ' . (mime_content_type($file) ?: 'application/octet-stream'));
        readfile($file);
        return true;
    }
    if ($path === '/int/v1/_rehearsal/request') {
        respond(200, client() + ['version' => $version]);
        return true;
    }
    if ($path === '/int/v1/_rehearsal/env') {
        $name = $_GET['name'] ?? '';
        if (!preg_match('/^[A-Z][A-Z0-9_]*$/', $name) || preg_match('/(KEY|PASSWORD|SECRET|TOKEN|_URL)$/', $name) && $name !== 'APP_URL') {
            respond(400, ['error' => 'only non-secret variables can be read']);
            return true;
        }
        respond(200, ['name' => $name, 'value' => $config[$name] ?? null]);
        return true;
    }
    foreach (['/int/v1' => 'int/v1', '/v1' => 'v1'] as $prefix => $family) {
        if ($path === $prefix || str_starts_with($path, $prefix . '/')) {
            sessionAndLog($config, $path);
            respond(200, ['family' => $family, 'path' => $path, 'version' => $version]);
            return true;
        }
    }
    if ($path === '/') {
        sessionAndLog($config, $path);
        respond(200, ['message' => 'Fleetbase API', 'version' => $version]);
        return true;
    }
    respond(404, ['error' => 'not found', 'path' => $path]);
} catch (Throwable $e) {
    file_put_contents('php://stderr', get_class($e) . ': ' . $e->getMessage() . "\n");
    respond(500, ['error' => get_class($e), 'message' => $e->getMessage()]);
}
return true;

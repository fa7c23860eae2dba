<?php
// Rehearsal stand-in for the Fleetbase API (fleetbase/fleetbase v0.7.55, core-api): the behaviour the deployment
// can observe, not the product. Facts from upstream: api/deploy.sh (command sequence), core-api src/routes.php
// (no /api prefix: /v1 public, /int/v1 internal, / hello, /health), storefront
// server/config/database.connections.php (its own database fleetbase_storefront), Laravel 10 (immutable .env,
// config cache, TrustProxies, queue:restart through the cache store, file sessions by default).

namespace Rehearsal;

require_once '/usr/share/php/Dotenv/autoload.php';

final class App
{
    public const BASE = '/fleetbase/api';
    private const CONFIG_CACHE = self::BASE . '/bootstrap/cache/config.php';
    private const ROUTE_CACHE = self::BASE . '/bootstrap/cache/routes-v7.php';
    public const OCTANE_SNAPSHOT = '/tmp/octane-config.php';

    /** What Laravel sees: the process environment wins over .env (immutable repository); a config cache wins over both. */
    public static function config(): array
    {
        if (is_file(self::CONFIG_CACHE)) {
            return require self::CONFIG_CACHE;
        }
        $values = [];
        $file = self::BASE . '/.env';
        if (is_file($file)) {
            $text = file_get_contents($file);
            if ($text === false) {
                throw new \RuntimeException("cannot read $file");
            }
            $values = \Dotenv\Dotenv::parse($text);
        }
        foreach (getenv() as $k => $v) {
            $values[$k] = $v;
        }
        return $values;
    }

    public static function console(array $args): int
    {
        $command = $args[0] ?? 'list';
        $options = [];
        foreach (array_slice($args, 1) as $a) {
            if (preg_match('/^--([a-z-]+)(?:=(.*))?$/', $a, $m)) {
                $options[$m[1]] = $m[2] ?? true;
            }
        }
        try {
            $config = self::config();
            switch ($command) {
                case 'octane:frankenphp':
                case 'octane:start':
                    return self::octane($config, $options);
                case 'mysql:createdb':
                    return self::createDatabases($config);
                case 'migrate':
                    self::requireForce($config, $options);
                    return self::migrate($config, self::pdo($config, 'fleetbase'), 'core')
                        + self::migrate($config, self::pdo($config, 'fleetbase_storefront'), 'storefront');
                case 'sandbox:migrate':
                    self::requireForce($config, $options);
                    return self::migrate($config, self::pdo($config, 'fleetbase_sandbox'), 'core');
                case 'fleetbase:seed':
                    return self::seed(self::pdo($config, 'fleetbase'));
                case 'fleetbase:create-permissions':
                    return self::permissions(self::pdo($config, 'fleetbase'));
                case 'schedule-monitor:sync':
                    self::pdo($config, 'fleetbase')->exec("CREATE TABLE IF NOT EXISTS monitored_scheduled_tasks (name VARCHAR(191) PRIMARY KEY, synced_at DATETIME)");
                    self::pdo($config, 'fleetbase')->exec("REPLACE INTO monitored_scheduled_tasks VALUES ('fleetbase:heartbeat', NOW())");
                    echo "Synced scheduled tasks.\n";
                    return 0;
                case 'registry:init':
                    self::redis($config, 'REDIS_URL')->set('fleetbase:registry:initialized', (string) time());
                    echo "Registry initialized.\n";
                    return 0;
                case 'storage:link':
                    // Laravel 10 StorageLinkCommand: public/storage -> storage/app/public; an existing link is reported, not an error
                    $link = self::BASE . '/public/storage';
                    if (file_exists($link) || is_link($link)) {
                        echo "\n  ERROR  The [$link] link already exists.\n\n";
                        return 0;
                    }
                    if (!@symlink(self::BASE . '/storage/app/public', $link)) {
                        throw new \RuntimeException("symlink(): cannot create $link");
                    }
                    echo "The [$link] link has been connected to [" . self::BASE . "/storage/app/public].\n";
                    return 0;
                case 'config:cache':
                    self::writePhp(self::CONFIG_CACHE, $config);
                    echo "Configuration cached successfully.\n";
                    return 0;
                case 'config:clear':
                    @unlink(self::CONFIG_CACHE);
                    echo "Configuration cache cleared successfully.\n";
                    return 0;
                case 'route:cache':
                    self::writePhp(self::ROUTE_CACHE, ['/', '/health', '/v1', '/int/v1', '/storage']);
                    echo "Routes cached successfully.\n";
                    return 0;
                case 'route:clear':
                    @unlink(self::ROUTE_CACHE);
                    return 0;
                case 'cache:clear':
                    self::cacheStore($config)?->del('laravel_cache');
                    echo "Application cache cleared successfully.\n";
                    return 0;
                case 'optimize:clear':
                    @unlink(self::CONFIG_CACHE);
                    @unlink(self::ROUTE_CACHE);
                    echo "Caches cleared successfully.\n";
                    return 0;
                case 'queue:restart':
                    // Laravel stores the signal in the cache store: with CACHE_DRIVER=null it reaches no worker.
                    self::cacheStore($config)?->set('illuminate:queue:restart', (string) microtime(true));
                    echo "Broadcasting queue restart signal.\n";
                    return 0;
                case 'queue:work':
                    return self::queueWork($config, $options);
                case 'queue:status':
                    self::redis($config, 'REDIS_URL')->ping();
                    echo "Queue connection OK.\n";
                    return 0;
                case 'schedule:work':
                case 'schedule:run':
                    return self::schedule($config, $command === 'schedule:work');
                case 'list':
                    echo "Rehearsal stand-in of the Fleetbase artisan console.\n";
                    return 0;
                default:
                    fwrite(STDERR, "\n  ERROR  Command \"$command\" is not defined.\n\n");
                    return 1;
            }
        } catch (\Throwable $e) {
            fwrite(STDERR, "\n  " . get_class($e) . ": " . $e->getMessage() . "\n\n");
            return 1;
        }
    }

    private static function requireForce(array $config, array $options): void
    {
        if (($config['APP_ENV'] ?? 'production') === 'production' && !isset($options['force'])) {
            throw new \RuntimeException('Application In Production. Use --force to run the command.');
        }
    }

    /** Octane keeps its workers: the configuration is read once at start and kept until the server restarts. */
    private static function octane(array $config, array $options): int
    {
        $host = is_string($options['host'] ?? null) ? $options['host'] : '127.0.0.1';
        $port = is_string($options['port'] ?? null) ? $options['port'] : '8000';
        $workers = max(1, min(4, (int) ($options['workers'] ?? 2)));
        self::writePhp(self::OCTANE_SNAPSHOT, $config);
        echo "INFO  Server running on [http://$host:$port] (rehearsal stand-in, $workers workers).\n";
        $env = getenv();
        $env['PHP_CLI_SERVER_WORKERS'] = (string) $workers;
        // Octane (FrankenPHP) stops gracefully on SIGTERM; PHP's built-in server as PID 1 would ignore it (the kernel
        // drops default-action signals to a namespace's init), so it runs as a child and the signal is passed on.
        $pid = pcntl_fork();
        if ($pid === 0) {
            pcntl_exec('/usr/bin/php', ['-S', "$host:$port", self::BASE . '/rehearsal/router.php'], $env);
            exit(127);
        }
        if ($pid < 0) {
            throw new \RuntimeException('cannot start the HTTP server');
        }
        self::onStop(fn () => posix_kill($pid, SIGTERM));
        pcntl_waitpid($pid, $status);
        echo "INFO  Server stopped.\n";
        return 0;
    }

    /** Laravel's worker and Octane stop on SIGTERM/SIGINT/SIGQUIT: run {@code $stop} when one arrives. */
    private static function onStop(callable $stop): void
    {
        pcntl_async_signals(true);
        foreach ([SIGTERM, SIGINT, SIGQUIT] as $signal) {
            pcntl_signal($signal, static fn () => $stop());
        }
    }

    /** A PDO connection from DATABASE_URL (mysql://user:password@host:port/db) to the named database. */
    public static function pdo(array $config, string $database): \PDO
    {
        $url = $config['DATABASE_URL'] ?? '';
        $parts = parse_url($url);
        if (!$parts || ($parts['scheme'] ?? '') !== 'mysql') {
            throw new \RuntimeException('DATABASE_URL is not set to a mysql:// URL');
        }
        $dsn = 'mysql:host=' . $parts['host'] . ';port=' . ($parts['port'] ?? 3306) . ($database === '' ? '' : ';dbname=' . $database)
            . ';charset=utf8mb4';
        return new \PDO($dsn, urldecode($parts['user'] ?? ''), urldecode($parts['pass'] ?? ''), [
            \PDO::ATTR_ERRMODE => \PDO::ERRMODE_EXCEPTION, \PDO::ATTR_TIMEOUT => 3]);
    }

    public static function redis(array $config, string $key): \Redis
    {
        $parts = parse_url($config[$key] ?? '');
        if (!$parts || !isset($parts['host'])) {
            throw new \RuntimeException("$key is not set to a redis:// URL");
        }
        $redis = new \Redis();
        $redis->connect($parts['host'], (int) ($parts['port'] ?? 6379), 2.0);
        if (isset($parts['pass'])) {
            $redis->auth(urldecode($parts['pass']));
        }
        $db = (int) ltrim($parts['path'] ?? '/0', '/');
        $redis->select($db);
        return $redis;
    }

    /** The cache store Laravel would use: redis when CACHE_DRIVER=redis, nothing for null. */
    private static function cacheStore(array $config): ?\Redis
    {
        $driver = $config['CACHE_DRIVER'] ?? 'file';
        if ($driver === 'redis') {
            return self::redis($config, isset($config['CACHE_URL']) ? 'CACHE_URL' : 'REDIS_URL');
        }
        return null;
    }

    private static function createDatabases(array $config): int
    {
        $pdo = self::pdo($config, '');
        foreach (['fleetbase', 'fleetbase_sandbox', 'fleetbase_storefront'] as $db) {
            $pdo->exec("CREATE DATABASE IF NOT EXISTS `$db` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            echo "Database $db created or already exists.\n";
        }
        return 0;
    }

    private const TABLES = [
        'core' => [
            '2023_01_01_000001_create_companies_table' => 'companies (id INT AUTO_INCREMENT PRIMARY KEY, uuid CHAR(36) UNIQUE, name VARCHAR(191) NOT NULL)',
            '2023_01_01_000002_create_users_table' => 'users (id INT AUTO_INCREMENT PRIMARY KEY, company_id INT, email VARCHAR(191) UNIQUE, name VARCHAR(191))',
            '2023_01_01_000003_create_permissions_table' => 'permissions (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(191) UNIQUE, guard_name VARCHAR(32))',
            '2023_01_01_000004_create_roles_table' => 'roles (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(191) UNIQUE)',
            '2023_01_01_000005_create_vehicles_table' => 'vehicles (id INT AUTO_INCREMENT PRIMARY KEY, plate VARCHAR(32) UNIQUE, company_id INT)',
            '2023_01_01_000006_create_orders_table' => 'orders (id INT AUTO_INCREMENT PRIMARY KEY, public_id VARCHAR(64) UNIQUE, company_id INT, status VARCHAR(32), created_at DATETIME)',
        ],
        'storefront' => [
            '2023_02_01_000001_create_stores_table' => 'stores (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(191) UNIQUE)',
            '2023_02_01_000002_create_products_table' => 'products (id INT AUTO_INCREMENT PRIMARY KEY, store_id INT, name VARCHAR(191))',
        ],
    ];

    /** Creates real tables, records them in `migrations`; a second run does nothing. */
    private static function migrate(array $config, \PDO $pdo, string $set): int
    {
        $pdo->exec('CREATE TABLE IF NOT EXISTS migrations (id INT AUTO_INCREMENT PRIMARY KEY, migration VARCHAR(191) UNIQUE, batch INT)');
        $done = $pdo->query('SELECT migration FROM migrations')->fetchAll(\PDO::FETCH_COLUMN);
        $batch = 1 + (int) $pdo->query('SELECT COALESCE(MAX(batch), 0) FROM migrations')->fetchColumn();
        $ran = 0;
        foreach (self::TABLES[$set] as $name => $ddl) {
            if (in_array($name, $done, true)) {
                continue;
            }
            $pdo->exec('CREATE TABLE IF NOT EXISTS ' . $ddl);
            $pdo->prepare('INSERT INTO migrations (migration, batch) VALUES (?, ?)')->execute([$name, $batch]);
            echo "Migrated: $name\n";
            $ran++;
        }
        if ($ran === 0) {
            echo "Nothing to migrate.\n";
        }
        return 0;
    }

    private static function seed(\PDO $pdo): int
    {
        $pdo->exec("INSERT IGNORE INTO companies (uuid, name) VALUES ('00000000-0000-4000-8000-000000000001', 'Marine Maroc')");
        $pdo->exec("INSERT IGNORE INTO roles (name) VALUES ('Administrator'), ('Operations Manager'), ('Driver')");
        echo "Database seeding completed successfully.\n";
        return 0;
    }

    private static function permissions(\PDO $pdo): int
    {
        $stmt = $pdo->prepare("INSERT IGNORE INTO permissions (name, guard_name) VALUES (?, 'sanctum')");
        foreach (['fleet-ops view order', 'fleet-ops create order', 'fleet-ops view vehicle', 'iam view user'] as $p) {
            $stmt->execute([$p]);
        }
        echo "Permissions created.\n";
        return 0;
    }

    /** Takes jobs from Redis until a newer queue:restart signal appears in the cache store (then exits 0). */
    private static function queueWork(array $config, array $options): int
    {
        $sleep = max(1, (int) ($options['sleep'] ?? 3));
        $maxTime = (int) ($options['max-time'] ?? 0);
        $queue = self::redis($config, 'REDIS_URL');
        $cache = self::cacheStore($config);
        $startedSignal = $cache?->get('illuminate:queue:restart');
        $started = time();
        $stopping = false;
        self::onStop(function () use (&$stopping) {
            $stopping = true;
        });
        echo "INFO  Processing jobs from the [default] queue.\n";
        while (!$stopping) {
            $job = $queue->brPop(['queues:default'], $sleep);
            if ($job) {
                echo "Processed job: " . $job[1] . "\n";
                $queue->incr('rehearsal:jobs:processed');
            }
            if ($cache !== null && $cache->get('illuminate:queue:restart') !== $startedSignal) {
                echo "INFO  Restart signal received.\n";
                return 0;
            }
            if ($maxTime > 0 && time() - $started >= $maxTime) {
                return 0;
            }
        }
        echo "INFO  Worker stopped (signal).\n";
        return 0;
    }

    private static function schedule(array $config, bool $loop): int
    {
        $stopping = false;
        if ($loop) {
            self::onStop(function () use (&$stopping) {
                $stopping = true;
            });
        }
        do {
            self::redis($config, 'REDIS_URL')->set('rehearsal:schedule:last-run', (string) time());
            if ($loop) {
                sleep(20);
            }
        } while ($loop && !$stopping);
        return 0;
    }

    private static function writePhp(string $path, array $value): void
    {
        $dir = dirname($path);
        if (!is_dir($dir) && !mkdir($dir, 0755, true)) {
            throw new \RuntimeException("cannot create $dir");
        }
        $tmp = $path . '.' . getmypid();
        if (file_put_contents($tmp, '<?php return ' . var_export($value, true) . ";\n") === false || !rename($tmp, $path)) {
            throw new \RuntimeException("cannot write $path");
        }
    }
}

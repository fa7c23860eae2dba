package ma.marinemaroc.fleet.services;

import ma.marinemaroc.fleet.edge.TestPki;
import ma.marinemaroc.fleet.testing.MariaDbServer;
import ma.marinemaroc.fleet.testing.Proc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app hosts' {@code config/database.php} ({@link LaravelDatabaseConfig}) with the scaled topology's environment
 * ({@link AppEnvironment#scaledContainerEnv}, the .env of {@link AppEnvironment#scaledDotenvText} read by Debian's
 * phpdotenv as Laravel reads it, container variables first) through PHP's real clients: PDO MySQL to a MariaDB that
 * takes TLS connections only (the managed MySQL's stand-in) and phpredis to a redis-server that speaks TLS only, with
 * a password (the managed Valkey / ElastiCache stand-in). The connections are made the way Laravel makes them
 * (laravel/framework 10: {@code Database/Connectors/MySqlConnector.php} builds {@code mysql:host=;port=;dbname=} and
 * passes the connection's {@code options}; {@code Redis/Connectors/PhpRedisConnector.php} prefixes the scheme to the
 * host, passes {@code context} to {@code connect} with phpredis 5.3+, then {@code auth} and {@code select}). A server
 * certificate from another CA is refused where the stack asks for verification.
 */
class LaravelDatabaseConfigTest {
    static final String AUTOLOAD = "/usr/share/php/Dotenv/autoload.php";
    static final String USER = "fleetbase";
    static final String DB_PASSWORD = "Managed-db_Pass.0123456789";
    static final String CACHE_PASSWORD = "Managed-cache_Pass.0123456789";
    /**
     * Laravel's env() ({@code Illuminate\Support\Env}): one repository of the default adapters plus putenv, immutable (a
     * variable already in the environment, the container's, wins over the .env); its value with true/false/empty/null
     * spelled as words converted.
     */
    static final String HARNESS = """
            <?php
            require '%s';
            $repo = Dotenv\\Repository\\RepositoryBuilder::createWithDefaultAdapters()
                ->addAdapter(Dotenv\\Repository\\Adapter\\PutenvAdapter::class)->immutable()->make();
            Dotenv\\Dotenv::create($repo, $argv[1])->load();
            function env($key, $default = null) {
                global $repo;
                $v = $repo->get($key);
                if ($v === null) { return $default; }
                switch (strtolower($v)) {
                    case 'true': case '(true)': return true;
                    case 'false': case '(false)': return false;
                    case 'empty': case '(empty)': return '';
                    case 'null': case '(null)': return null;
                }
                return $v;
            }
            $config = require $argv[2];
            $what = $argv[3];
            if ($what === 'mysql' || $what === 'sandbox') {
                $c = $config['connections'][$what];
                $pdo = new PDO(sprintf('mysql:host=%%s;port=%%s;dbname=%%s', $c['host'], $c['port'], $c['database']),
                    $c['username'], $c['password'], $c['options'] + [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
                $db = $pdo->query('SELECT DATABASE()')->fetchColumn();
                $cipher = $pdo->query("SHOW SESSION STATUS LIKE 'Ssl_cipher'")->fetch(PDO::FETCH_NUM)[1];
                echo "database=$db cipher=$cipher\\n";
            } else {
                $c = $config['redis'][$what];
                $client = new Redis();
                $host = isset($c['scheme']) ? $c['scheme'] . '://' . $c['host'] : $c['host'];
                $client->connect($host, $c['port'], 5.0, null, 0, 0.0, $c['context']);
                if (!empty($c['password'])) { $client->auth($c['password']); }
                $client->select((int) $c['database']);
                $client->set('fleet-config-test', $what);
                echo 'redis=' . $client->get('fleet-config-test') . ' db=' . $c['database'] . ' prefix='
                    . $config['redis']['options']['prefix'] . "\\n";
            }
            """.formatted(AUTOLOAD);

    static Path dir;
    static TestPki pki;
    static TestPki otherPki;
    static MariaDbServer mysql;
    static Proc.Background redis;
    static int redisPort;

    @BeforeAll
    static void servers() throws Exception {
        Proc.require("php");
        Proc.require("redis-server");
        Proc.require("redis-cli");
        assertThat(Path.of(AUTOLOAD)).as("php-vlucas-phpdotenv (.ci/setup.d/12-platform.sh)").exists();
        dir = Files.createTempDirectory("fleet-laravel-db");
        pki = TestPki.create(Files.createDirectories(dir.resolve("pki")));
        otherPki = TestPki.create(Files.createDirectories(dir.resolve("other-pki")));
        TestPki.ServerCert cert = pki.issue("managed", "127.0.0.1", "IP:127.0.0.1", 30);
        mysql = MariaDbServer.start(Files.createDirectories(dir.resolve("mysql")), List.of(
                "--ssl-cert=" + cert.cert(), "--ssl-key=" + cert.key(), "--ssl-ca=" + pki.caCert(),
                "--require-secure-transport=ON"));
        mysql.query("CREATE DATABASE fleetbase; CREATE DATABASE fleetbase_sandbox;\n"
                + "CREATE USER '" + USER + "'@'%' IDENTIFIED BY '" + DB_PASSWORD + "';\n"
                + "GRANT ALL PRIVILEGES ON `fleetbase%`.* TO '" + USER + "'@'%';\n");
        redisPort = Proc.freePort();
        Path redisDir = Files.createDirectories(dir.resolve("redis"));
        redis = Proc.start(List.of("redis-server", "--port", "0", "--tls-port", String.valueOf(redisPort),
                "--bind", "127.0.0.1", "--tls-cert-file", cert.cert().toString(), "--tls-key-file", cert.key().toString(),
                "--tls-ca-cert-file", pki.caCert().toString(), "--tls-auth-clients", "no",
                "--requirepass", CACHE_PASSWORD, "--save", "", "--appendonly", "no", "--dir", redisDir.toString()),
                redisDir, redisDir.resolve("redis.log"));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            Proc.Result ping = Proc.run(List.of("redis-cli", "--tls", "--cacert", pki.caCert().toString(), "-h",
                    "127.0.0.1", "-p", String.valueOf(redisPort), "--no-auth-warning", "-a", CACHE_PASSWORD, "ping"));
            if (ping.out().contains("PONG")) break;
            assertThat(redis.alive()).as("redis-server: %s", redis.output()).isTrue();
            assertThat(System.nanoTime()).as("redis-server did not answer in 30 s: %s", ping.all()).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    @AfterAll
    static void stop() {
        if (redis != null) redis.close();
        if (mysql != null) mysql.close();
        if (dir != null) Proc.run(List.of("rm", "-rf", dir.toString()));
    }

    /** Runs the harness for one connection: the container's variables, the .env, the rendered config, PHP's CA file. */
    static Proc.Result connect(String connection, Path databaseCa, boolean verifyCache, Path systemCa) throws Exception {
        Path app = Files.createTempDirectory(dir, "app");
        Files.writeString(app.resolve(".env"), AppEnvironment.scaledDotenvText("base64:AAAA", "127.0.0.1",
                String.valueOf(mysql.port()), USER, DB_PASSWORD, "127.0.0.1", String.valueOf(redisPort), CACHE_PASSWORD,
                "smtp", "uploads", "KEYID", "secret", "fleet-socket", 8000));
        Path config = app.resolve("database.php");
        Files.writeString(config, LaravelDatabaseConfig.render("Marine Maroc Fleet"));
        Path harness = app.resolve("harness.php");
        Files.writeString(harness, HARNESS);
        Map<String, String> env = new HashMap<>(AppEnvironment.scaledContainerEnv(
                new AppEnvironment.Settings("fleet.example.ma", "Marine Maroc Fleet",
                        new AppEnvironment.Smtp("smtp.example.ma", 587, "tls", "fleet", "fleet@example.ma")),
                new AppEnvironment.Scaled("fra1", Optional.empty(), Optional.of(databaseCa.toString()), verifyCache)));
        // php8.2-mysql and php8.2-redis enable their modules in the CLI's conf.d (.ci/setup.d/70-scaled.sh);
        // openssl.cafile stands in for the image's system CA bundle
        List<String> cmd = new ArrayList<>(List.of("php", "-d", "openssl.cafile=" + systemCa, harness.toString(),
                app.toString(), config.toString(), connection));
        return Proc.run(cmd, env, null, null, Duration.ofSeconds(60));
    }

    @Test
    void bothMysqlConnectionsUseTlsWithTheServersCaAndTheirOwnDatabase() throws Exception {
        Proc.Result main = connect("mysql", pki.caCert(), true, pki.caCert());
        assertThat(main.exit()).as(main.all()).isZero();
        assertThat(main.out()).contains("database=fleetbase ").containsPattern("cipher=\\S+");
        Proc.Result sandbox = connect("sandbox", pki.caCert(), true, pki.caCert());
        assertThat(sandbox.exit()).as(sandbox.all()).isZero();
        assertThat(sandbox.out()).contains("database=fleetbase_sandbox ").containsPattern("cipher=\\S+");
    }

    @Test
    void aDatabaseServerCertificateFromAnotherCaIsRefused() throws Exception {
        Proc.Result r = connect("mysql", otherPki.caCert(), true, pki.caCert());
        assertThat(r.exit()).as(r.all()).isNotZero();
        assertThat(r.all()).doesNotContain("database=").doesNotContain(DB_PASSWORD)
                .containsIgnoringCase("certificate verify failed");
    }

    @Test
    void redisConnectionsGoOverTlsWithThePasswordToTheirOwnDatabase() throws Exception {
        for (String connection : List.of("default", "cache")) {
            Proc.Result r = connect(connection, pki.caCert(), true, pki.caCert());
            assertThat(r.exit()).as(r.all()).isZero();
            assertThat(r.out()).contains("redis=" + connection).contains("prefix=marine_maroc_fleet_database_");
        }
        Proc.Result keys = Proc.run(List.of("redis-cli", "--tls", "--cacert", pki.caCert().toString(), "-h", "127.0.0.1",
                "-p", String.valueOf(redisPort), "--no-auth-warning", "-a", CACHE_PASSWORD, "-n", "1", "GET",
                "fleet-config-test"));
        assertThat(keys.out().trim()).as("the cache connection writes to database 1").isEqualTo("cache");
    }

    @Test
    void aCacheCertificateFromAnotherCaIsRefusedWhenVerifiedAndAcceptedWhenNot() throws Exception {
        // the image's CA bundle does not hold the server's CA: ElastiCache (verified) refuses, DigitalOcean's account
        // CA (not verified, still encrypted: the server speaks TLS only) connects
        Proc.Result verified = connect("default", pki.caCert(), true, otherPki.caCert());
        assertThat(verified.exit()).as(verified.all()).isNotZero();
        assertThat(verified.all()).containsIgnoringCase("certificate verify failed");
        Proc.Result unverified = connect("default", pki.caCert(), false, otherPki.caCert());
        assertThat(unverified.exit()).as(unverified.all()).isZero();
        assertThat(unverified.out()).contains("redis=default");
    }
}

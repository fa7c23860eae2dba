package ma.marinemaroc.fleet.testing;

import ma.marinemaroc.fleet.testing.Proc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A throw-away mariadbd on 127.0.0.1 and a private socket, with root reachable over the socket. */
public final class MariaDbServer implements AutoCloseable {
    private final Path dir;
    private final Path socket;
    private final int port;
    private final Process process;

    private MariaDbServer(Path dir, Path socket, int port, Process process) {
        this.dir = dir;
        this.socket = socket;
        this.port = port;
        this.process = process;
    }

    public static MariaDbServer start(Path dir) {
        return start(dir, List.of());
    }

    /** With more server options, e.g. TLS ({@code --ssl-cert=...}, {@code --require-secure-transport=ON}). */
    public static MariaDbServer start(Path dir, List<String> extraArgs) {
        Proc.require("mariadbd");
        Proc.require("mariadb-install-db");
        Proc.require("mariadb");
        try {
            Path data = dir.resolve("data");
            Files.createDirectories(data);
            Proc.Result install = Proc.run(List.of("mariadb-install-db", "--no-defaults", "--datadir=" + data,
                    "--user=root", "--auth-root-authentication-method=normal", "--skip-test-db"),
                    Map.of(), null, Duration.ofMinutes(2));
            if (install.exit() != 0) {
                throw new AssertionError("mariadb-install-db failed:\n" + install.all());
            }
            // its own temp folder: internal temporary tables live there, out of reach of anything that cleans /tmp
            // (seen: "Error on delete of '/tmp/#sql-temptable-...MAI'" while other programs ran)
            Path tmp = Files.createDirectories(dir.resolve("tmp"));
            Path socket = dir.resolve("mysqld.sock");
            int port = Proc.freePort();
            List<String> cmd = new ArrayList<>(List.of("mariadbd", "--no-defaults", "--datadir=" + data,
                    "--socket=" + socket, "--port=" + port, "--bind-address=127.0.0.1",
                    "--pid-file=" + dir.resolve("mysqld.pid"), "--tmpdir=" + tmp, "--user=root", "--skip-log-bin",
                    // test speed only: no durability needed for a throw-away server
                    "--innodb-flush-log-at-trx-commit=0", "--innodb-doublewrite=0",
                    "--innodb-buffer-pool-size=256M", "--log-error=" + dir.resolve("error.log")));
            cmd.addAll(extraArgs);
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("stdout.log").toFile()).start();
            MariaDbServer server = new MariaDbServer(dir, socket, port, p);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (true) {
                if (!p.isAlive()) {
                    throw new AssertionError("mariadbd exited:\n" + Files.readString(dir.resolve("error.log")));
                }
                if (Files.exists(socket) && server.tryQuery("SELECT 1").exit() == 0) {
                    return server;
                }
                if (System.nanoTime() > deadline) {
                    p.destroyForcibly();
                    throw new AssertionError("mariadbd did not start in 60 s");
                }
                Thread.sleep(200);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public Path socket() {
        return socket;
    }

    public int port() {
        return port;
    }

    public Path dir() {
        return dir;
    }

    public Proc.Result tryQuery(String sql) {
        return Proc.run(List.of("mariadb", "--no-defaults", "--socket=" + socket, "--user=root", "--batch",
                "--skip-column-names"), Map.of(), sql, Duration.ofMinutes(5));
    }

    /** Runs SQL as root (read from stdin) and returns the tab-separated output; fails on error. */
    public String query(String sql) {
        Proc.Result r = tryQuery(sql);
        if (r.exit() != 0) {
            throw new AssertionError("SQL failed: " + r.err() + "\n" + abbreviate(sql));
        }
        return r.out();
    }

    /** Runs SQL inside database {@code db}. */
    public String query(String db, String sql) {
        return query("USE `" + db + "`;\n" + sql);
    }

    private static String abbreviate(String s) {
        return s.length() > 2000 ? s.substring(0, 2000) + "..." : s;
    }


    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package ma.marinemaroc.fleet.services;

import ma.marinemaroc.fleet.quote.Shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The shell of the on-host steps {@link Services} runs, built from argument lists with {@link Shell} (never by
 * pasting values into script text). Each is idempotent and fails with its reason on stderr; the tests run every one
 * through shellcheck, and the rehearsal runs them for real.
 */
public final class DeployScripts {
    /** Name of the one-shot container that runs the database steps of a new API image. */
    public static final String MIGRATIONS_CONTAINER = "fleet-migrations";
    /** Root password as the database container sees it (a mounted secret file). */
    static final String ROOT_PASSWORD_IN_CONTAINER = "/run/fleet/secrets/root-password";

    private DeployScripts() {
    }

    /** Waits up to {@code seconds} for a container's health check to pass; fails the step otherwise. */
    public static String waitHealthy(String container, int seconds) {
        String c = Shell.quote(container);
        String status = "\"$(docker inspect -f '{{.State.Health.Status}}' " + c + ")\"";
        return "for _ in $(seq 1 " + Math.max(1, seconds / 5) + "); do [ " + status + " = healthy ] && break; sleep 5; done; "
                + "[ " + status + " = healthy ] || { echo " + Shell.quote(container + " is not healthy") + " >&2; "
                + "docker logs --tail 30 " + c + " >&2 || true; exit 1; }";
    }

    /** Runs an SQL file of the host as the database's root (password from the container's own secret file). */
    public static String databaseSetup(String container, String sqlFile) {
        return "docker exec -i " + Shell.quote(container) + " sh -c "
                + Shell.quote("MYSQL_PWD=\"$(cat " + ROOT_PASSWORD_IN_CONTAINER + ")\" exec mysql -uroot")
                + " < " + Shell.quote(sqlFile);
    }

    /** DR: the restore command, once per host (a marker file records it). */
    public static String restoreOnce(String container, String restore) {
        String marker = HostPaths.STATE + "/restored-on-first-boot";
        return Shell.script(List.of(
                "if [ -f " + marker + " ]; then echo 'already restored on this host'; exit 0; fi",
                waitHealthy(container, 300),
                restore,
                "sudo touch " + marker));
    }

    /**
     * DR and the move to the scaled topology, on host 0 of a managed database, which outlives its hosts: the restore
     * runs only into a database without Fleetbase tables (a new cluster), so a replaced host 0 never restores over live
     * data. {@code tableCount} prints how many tables the Fleetbase databases hold.
     */
    public static String restoreIntoEmpty(String tableCount, String restore) {
        return Shell.script(List.of(
                "tables=$(" + tableCount + ")",
                "case \"$tables\" in ''|*[!0-9]*) echo \"cannot count the database's tables (got '$tables')\" >&2; exit 1;; esac",
                "if [ \"$tables\" != 0 ]; then echo \"the database already holds $tables tables: no restore\"; exit 0; fi",
                restore));
    }

    /**
     * The managed database's variant of {@link #backupIfData(String, String)}: {@code tableCount} prints how many
     * tables the Fleetbase databases hold; a fresh database (0) needs no backup before its first migrations.
     */
    public static String backupIfTables(String tableCount, String backup) {
        return Shell.script(List.of(
                "tables=$(" + tableCount + ")",
                "case \"$tables\" in ''|*[!0-9]*) echo \"cannot count the database's tables (got '$tables')\" >&2; exit 1;; esac",
                "if [ \"$tables\" = 0 ]; then echo 'fresh database: no backup needed before the first migrations'; exit 0; fi",
                "echo \"backing up $tables tables before the migrations\"",
                backup));
    }

    /**
     * Takes a verified backup set before migrations of a new API image, unless the database holds no table yet (a
     * first deploy has nothing to protect).
     */
    public static String backupIfData(String container, String backup) {
        String count = "docker exec " + Shell.quote(container) + " sh -c "
                + Shell.quote("MYSQL_PWD=\"$(cat " + ROOT_PASSWORD_IN_CONTAINER + ")\" exec mysql -uroot -N -B -e "
                + "\"SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA LIKE 'fleetbase%'\"");
        return Shell.script(List.of(
                waitHealthy(container, 300),
                "tables=$(" + count + ")",
                "if [ \"$tables\" = 0 ]; then echo 'fresh database: no backup needed before the first migrations'; exit 0; fi",
                "echo \"backing up $tables tables before the migrations\"",
                backup));
    }

    /**
     * Before a stateful container's image changes: when the container runs and holds data, {@code guard} (a verified
     * backup set, a copy of the data folder); on a first deploy or a new host there is nothing to protect.
     */
    public static String guardIfRunning(String container, String guard) {
        String c = Shell.quote(container);
        return Shell.script(List.of(
                "if [ \"$(docker inspect -f '{{.State.Running}}' " + c + " 2>/dev/null || true)\" != true ]; then "
                        + "echo " + Shell.quote(container + " is not running here: nothing to protect") + "; exit 0; fi",
                guard));
    }

    /** A copy of a data folder next to the backups, the newest {@code keep} kept (Redis: AOF and RDB files). */
    public static String snapshotFolder(String folder, String into, int keep) {
        String f = Shell.quote(folder);
        String dir = Shell.quote(into);
        return String.join("; ",
                "sudo install -d -m 0700 " + dir,
                "snap=" + dir + "/$(date -u +%Y%m%dT%H%M%SZ)",
                "sudo cp -a " + f + " \"$snap.tmp\"",
                "sudo mv \"$snap.tmp\" \"$snap\"",
                "sudo find " + dir + " -mindepth 1 -maxdepth 1 -type d -name '20*' | sort | head -n -" + keep
                        + " | xargs -r sudo rm -rf --",
                "echo \"snapshot of " + folder + " in $snap\"");
    }

    /**
     * Runs artisan commands in a one-shot container of the API image, with the application's environment and
     * mounts on the private network: the new image's migrations run before its release takes traffic, while the
     * old release keeps serving. A container left by an interrupted run is removed first.
     */
    public static String oneShot(ServiceSpec app, String network, List<List<String>> artisan) {
        List<String> argv = new ArrayList<>(List.of("docker", "run", "--rm", "--name", MIGRATIONS_CONTAINER,
                "--network", network, "--memory", app.memoryMib() + "m", "--label", Services.LABEL_ROLE + "=migrations"));
        for (Map.Entry<String, String> e : new TreeMap<>(app.env()).entrySet()) {
            argv.add("-e");
            argv.add(e.getKey() + "=" + e.getValue());
        }
        for (ServiceSpec.Mount m : app.mounts()) {
            argv.add("-v");
            argv.add(m.source() + ":" + m.target() + (m.readOnly() ? ":ro" : ""));
        }
        if (!app.entrypoint().isEmpty()) {
            argv.add("--entrypoint");
            argv.add(app.entrypoint().get(0));
        }
        argv.add(app.image());
        List<String> commands = new ArrayList<>();
        for (List<String> a : artisan) commands.add(FleetServices.artisan(a));
        argv.addAll(List.of("sh", "-c", String.join(" && ", commands)));
        return Shell.script(List.of(
                "docker rm -f " + MIGRATIONS_CONTAINER + " >/dev/null 2>&1 || true",
                Shell.command(argv)));
    }

    /**
     * The health gate of a new release: waits until the container is healthy (or, without a health check, running
     * steadily); on time-out prints why (the last health output, the container's log tail) and fails the step, so
     * the edge never switches to it and the old release keeps serving.
     */
    public static String gate(String container, boolean hasHealthCheck, int seconds) {
        String c = Shell.quote(container);
        String wanted = hasHealthCheck ? "healthy" : "running";
        String state = hasHealthCheck ? "{{if .State.Health}}{{.State.Health.Status}}{{else}}{{.State.Status}}{{end}}"
                : "{{.State.Status}}";
        List<String> lines = new ArrayList<>();
        lines.add("deadline=$(( $(date +%s) + " + seconds + " ))");
        lines.add("while :; do s=$(docker inspect -f " + Shell.quote(state) + " " + c + "); "
                + "if [ \"$s\" = " + wanted + " ]; then break; fi; "
                + "if [ \"$s\" = exited ] || [ \"$s\" = dead ] || [ \"$(date +%s)\" -ge \"$deadline\" ]; then "
                + "echo " + Shell.quote(container + " did not become " + wanted + " within " + seconds + " s") + " >&2; "
                + "echo \"state: $s; last health checks:\" >&2; "
                + "docker inspect -f '{{if .State.Health}}{{range .State.Health.Log}}{{.ExitCode}}: {{.Output}}{{end}}{{end}}' " + c + " >&2 || true; "
                + "echo 'log tail:' >&2; docker logs --tail 50 " + c + " >&2 || true; exit 1; fi; "
                + "sleep 2; done");
        if (!hasHealthCheck) {
            // running is not enough: it must stay up (no restart) for ten seconds
            lines.add("sleep 10; [ \"$(docker inspect -f '{{.RestartCount}} {{.State.Status}}' " + c + ")\" = '0 running' ] "
                    + "|| { echo " + Shell.quote(container + " restarted or stopped after starting") + " >&2; "
                    + "docker logs --tail 50 " + c + " >&2 || true; exit 1; }");
        }
        lines.add("echo " + Shell.quote(container + " is " + wanted));
        return Shell.script(lines);
    }

    /**
     * Restarts a stateful container when one of its configuration files changed after it started (a reinstall on a
     * running host); a container created after the files (first deploy) is left alone.
     */
    public static String restartIfStale(String container, List<String> files) {
        List<String> quoted = files.stream().map(Shell::quote).toList();
        String c = Shell.quote(container);
        return Shell.script(List.of(
                "started=$(date -d \"$(docker inspect -f '{{.State.StartedAt}}' " + c + ")\" +%s)",
                "newest=$(sudo stat -c %Y " + String.join(" ", quoted) + " | sort -n | tail -n 1)",
                "if [ \"$newest\" -le \"$started\" ]; then echo " + Shell.quote(container + " already runs its current configuration") + "; exit 0; fi",
                "docker restart " + c + " >/dev/null",
                "echo " + Shell.quote("restarted " + container + " on new configuration")));
    }

    /** Checks the new NGINX configuration, then reloads it (in-flight requests finish on the old workers). */
    public static String reloadNginx(String container, String conf) {
        String c = Shell.quote(container);
        return Shell.script(List.of(
                "docker exec " + c + " nginx -t -q -c " + Shell.quote(conf),
                "docker exec " + c + " nginx -s reload -c " + Shell.quote(conf)));
    }
}

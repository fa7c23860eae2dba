package ma.marinemaroc.fleet.dbtuning;

import ma.marinemaroc.fleet.testing.MariaDbServer;
import ma.marinemaroc.fleet.testing.Proc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * fleet-db-indexes against a real MariaDB holding a generated fleet dataset on Fleetbase's real tables
 * (bench/index/generate.sh): every index created once, a second run changes nothing, the typical dashboard queries'
 * plans use them; and the failure paths (busy table, LOCK=NONE refused, name conflicts, missing tables).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseIndexesTest {
    static final Path GENERATOR = Path.of("bench/index/generate.sh");
    static final Path QUERIES = Path.of("bench/index/dashboard-queries.sql");
    static final int ORDERS = 30_000;

    @TempDir
    static Path dir;
    static MariaDbServer db;
    static Path script;
    static Map<String, String> plansBefore = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws IOException {
        db = MariaDbServer.start(dir.resolve("db"));
        generate("fleetbase", ORDERS);
        generate("faults", 2_000);
        script = write(dir.resolve("fleet-db-indexes"), DatabaseIndexes.render(testSettings(), FleetIndexes.ALL));
    }

    @AfterAll
    static void stop() {
        if (db != null) {
            db.close();
        }
    }

    static void generate(String database, int orders) {
        Proc.run(List.of("bash", GENERATOR.toString(), "--socket", db.socket().toString(), "--database", database,
                "--orders", Integer.toString(orders)), Map.of(), null, null, Duration.ofMinutes(5)).requireOk("generate.sh");
    }

    static DatabaseIndexes.Settings testSettings() {
        return new DatabaseIndexes.Settings("", "--no-defaults --socket=" + db.socket(), "root", "", "fleetbase", 1, 2, 2_000_000);
    }

    static Path write(Path file, String content) throws IOException {
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    static Proc.Result run(Path scriptFile, Map<String, String> env, String... args) {
        List<String> cmd = new ArrayList<>(List.of("bash", scriptFile.toString()));
        cmd.addAll(List.of(args));
        Map<String, String> e = new HashMap<>(Map.of("FLEET_DB_CLIENT", "mariadb",
                "FLEET_DB_LOCK_FILE", dir.resolve("indexes.lock").toString()));
        e.putAll(env);
        return Proc.run(cmd, e, null, null, Duration.ofMinutes(3));
    }

    static Proc.Result run(String... args) {
        return run(script, Map.of(), args);
    }

    /** Index name to its columns, for one table. */
    static Map<String, String> indexes(String database, String table) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : db.query("SELECT INDEX_NAME, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX) FROM "
                + "information_schema.STATISTICS WHERE TABLE_SCHEMA = '" + database + "' AND TABLE_NAME = '" + table
                + "' GROUP BY INDEX_NAME ORDER BY INDEX_NAME").split("\n")) {
            if (!line.isBlank()) {
                String[] f = line.split("\t");
                m.put(f[0], f[1]);
            }
        }
        return m;
    }

    static String schema(String database) {
        StringBuilder sb = new StringBuilder();
        for (String t : List.of("orders", "tracking_statuses", "api_request_logs", "drivers", "tracking_numbers")) {
            sb.append(db.query(database, "SHOW CREATE TABLE `" + t + "`")).append('\n');
        }
        return sb.toString();
    }

    /** (expected index, query) pairs of bench/index/dashboard-queries.sql. */
    static List<String[]> dashboardQueries() throws IOException {
        List<String[]> out = new ArrayList<>();
        String expect = null;
        for (String line : Files.readAllLines(QUERIES)) {
            if (line.startsWith("-- expect: ")) {
                expect = line.substring("-- expect: ".length()).trim();
            } else if (!line.isBlank() && !line.startsWith("--")) {
                assertThat(expect).as("every query names the index it should use: " + line).isNotNull();
                out.add(new String[]{expect, line});
                expect = null;
            }
        }
        return out;
    }

    /** The key EXPLAIN chooses for a single-table query. */
    static String plannedKey(String query) {
        String row = db.query("fleetbase", "EXPLAIN " + query).lines().findFirst().orElseThrow();
        return row.split("\t")[5];
    }

    @Test
    @Order(1)
    void productionRenderIsShellcheckClean() throws IOException {
        Path f = write(dir.resolve("production-render"), DatabaseIndexes.files(DatabaseIndexes.Settings.production()).get(0).content());
        Proc.run(List.of(Proc.require("shellcheck"), "-s", "bash", f.toString())).requireOk("shellcheck");
        assertThat(Files.readString(f)).contains("DB_EXEC=\"${FLEET_DB_EXEC-docker exec -i -e MYSQL_PWD fleet-database}\"",
                "DB_PASSWORD_FILE=\"${FLEET_DB_PASSWORD_FILE-/etc/fleet/mysql/secrets/root-password}\"");
    }

    @Test
    @Order(2)
    void checkModeReportsEveryIndexMissingAndChangesNothing() throws IOException {
        String before = schema("fleetbase");
        for (String[] q : dashboardQueries()) {
            plansBefore.put(q[1], plannedKey(q[1]));
        }
        Proc.Result r = run("--check");
        assertThat(r.exit()).as(r.all()).isEqualTo(3);
        for (IndexSpec i : FleetIndexes.ALL) {
            assertThat(r.err()).contains("missing: " + i.table() + "." + i.name());
        }
        Proc.Result dry = run("--dry-run");
        assertThat(dry.exit()).as(dry.all()).isZero();
        assertThat(dry.err()).contains("would run: ALTER TABLE `fleetbase`.`orders` ADD INDEX `fleet_orders_driver_status` "
                + "(`driver_assigned_uuid`,`status`), ALGORITHM=INPLACE, LOCK=NONE");
        assertThat(schema("fleetbase")).isEqualTo(before);
    }

    @Test
    @Order(3)
    void firstRunCreatesWhatIsMissingOnlineAndCountsAnEquivalentIndexAsPresent() {
        // an index that already leads with (company_uuid, driver_assigned_uuid), under another name (as a newer
        // upstream migration might add it): it must count as present, not be duplicated
        db.query("fleetbase", "ALTER TABLE orders ADD INDEX upstream_company_driver (company_uuid, driver_assigned_uuid, id)");
        Proc.Result r = run();
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.out()).contains("created " + (FleetIndexes.ALL.size() - 1) + ", present 1, skipped 0, deferred 0")
                .contains("analyzed: orders tracking_statuses");
        assertThat(r.err()).contains("present: orders (company_uuid,driver_assigned_uuid) as index upstream_company_driver")
                .contains("with LOCK=NONE");
        Map<String, String> orders = indexes("fleetbase", "orders");
        assertThat(orders).doesNotContainKey("idx_orders_company_driver");
        for (IndexSpec i : FleetIndexes.ALL) {
            if (!i.name().equals("idx_orders_company_driver")) {
                assertThat(indexes("fleetbase", i.table())).containsEntry(i.name(), String.join(",", i.columns()));
            }
        }
        // the statistics are fresh: ANALYZE ran (cardinality known for the new key)
        assertThat(db.query("SELECT CARDINALITY FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = 'fleetbase' "
                + "AND INDEX_NAME = 'fleet_orders_driver_status' AND SEQ_IN_INDEX = 1").trim()).isNotIn("", "NULL", "0");
    }

    @Test
    @Order(4)
    void secondRunChangesNothing() {
        String before = schema("fleetbase");
        Proc.Result r = run();
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.out()).contains("created 0, present " + FleetIndexes.ALL.size() + ", skipped 0, deferred 0; analyzed: none");
        assertThat(r.err()).doesNotContain("created:").doesNotContain("ALTER");
        assertThat(schema("fleetbase")).isEqualTo(before);
        assertThat(run("--check").exit()).isZero();
    }

    @Test
    @Order(5)
    void theDashboardQueriesUseTheIndexes() throws IOException {
        List<String[]> queries = dashboardQueries();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(FleetIndexes.ALL.size());
        assertThat(queries.stream().map(q -> q[0]).distinct())
                .as("every declared index has a query that needs it (the one we did not create is served by its equivalent)")
                .containsExactlyInAnyOrderElementsOf(FleetIndexes.ALL.stream().map(IndexSpec::name).toList());
        for (String[] q : queries) {
            String expected = q[0].equals("idx_orders_company_driver") ? "upstream_company_driver" : q[0];
            assertThat(plannedKey(q[1])).as(q[1]).isEqualTo(expected);
            assertThat(plansBefore.get(q[1])).as("before: " + q[1]).isNotEqualTo(q[0]);
        }
    }

    @Test
    @Order(6)
    void aBusyTableMakesTheScriptRetryThenFailWithoutChangingIt() throws Exception {
        // a transaction that has read `orders` holds its metadata lock until it ends
        Process holder = new ProcessBuilder(Proc.require("mariadb"), "--no-defaults", "--socket=" + db.socket(), "--user=root",
                "faults", "-e", "BEGIN; SELECT COUNT(*) FROM orders; SELECT SLEEP(60);")
                .redirectErrorStream(true).redirectOutput(dir.resolve("holder.log").toFile()).start();
        try {
            waitFor(() -> db.query("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE 'SELECT SLEEP(60)%'")
                    .trim().equals("1"));
            String before = schema("faults");
            Proc.Result r = run(script, Map.of("FLEET_DB_NAME", "faults"));
            assertThat(r.exit()).as(r.all()).isEqualTo(1);
            assertThat(r.err()).contains("orders is busy (metadata lock not granted within 1 s), attempt 1 of 2")
                    .contains("ERROR: gave up on orders.fleet_orders_company_status_created after 2 attempts");
            assertThat(schema("faults")).isEqualTo(before);
        } finally {
            holder.destroy();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    @Order(7)
    void whenTheServerRefusesLockNoneSmallTablesUseSharedAndLargeOnesAreDeferred() throws IOException {
        // MySQL 8 refuses LOCK=NONE on tables with ON ... CASCADE foreign keys (orders, tracking_statuses); MariaDB
        // allows it. A client wrapper answers like MySQL 8 for LOCK=NONE on those tables and passes the rest on.
        Path mysql8 = write(dir.resolve("mysql8-like"), """
                #!/usr/bin/env bash
                sql="$(cat)"
                if [[ "$sql" == *"LOCK=NONE"* && "$sql" =~ \\`(orders|tracking_statuses)\\`\\ ADD ]]; then
                  echo "ERROR 1846 (0A000) at line 1: LOCK=NONE is not supported. Reason: ON...CASCADE or ON...SET NULL. Try LOCK=SHARED." >&2
                  exit 1
                fi
                exec mariadb "$@" <<<"$sql"
                """);
        db.query("CREATE DATABASE refuse1; CREATE DATABASE refuse2");
        for (String d : List.of("refuse1", "refuse2")) {
            db.query(d, "CREATE TABLE orders LIKE faults.orders; INSERT INTO orders SELECT * FROM faults.orders;"
                    + "CREATE TABLE tracking_statuses LIKE faults.tracking_statuses;");
        }
        Proc.Result small = run(script, Map.of("FLEET_DB_NAME", "refuse1", "FLEET_DB_CLIENT", mysql8.toString()));
        assertThat(small.exit()).as(small.all()).isZero();
        assertThat(small.err()).contains("LOCK=NONE refused on orders (ERROR 1846")
                .contains("building with LOCK=SHARED (reads go on, writes wait)")
                .contains("created: orders.fleet_orders_driver_status (driver_assigned_uuid,status) with LOCK=SHARED")
                .doesNotContain("ERROR:");
        assertThat(indexes("refuse1", "orders")).containsKeys("fleet_orders_company_status_created", "fleet_orders_driver_status");

        Proc.Result large = run(script, Map.of("FLEET_DB_NAME", "refuse2", "FLEET_DB_CLIENT", mysql8.toString(),
                "FLEET_DB_MAX_SHARED_LOCK_ROWS", "100"));
        assertThat(large.exit()).as(large.all()).isZero();
        assertThat(large.err()).contains("WARNING: deferred orders.fleet_orders_company_status_created")
                .contains("run in a maintenance window: ALTER TABLE `refuse2`.`orders` ADD INDEX");
        assertThat(large.out()).contains("created 2, present 0, skipped 0, deferred 4");
        assertThat(indexes("refuse2", "orders")).doesNotContainKeys("fleet_orders_company_status_created");
    }

    @Test
    @Order(8)
    void missingTablesAndColumnsAreSkippedAndAForeignIndexOfTheSameNameIsLeftAlone() {
        db.query("CREATE DATABASE partial");
        db.query("partial", "CREATE TABLE orders (id INT PRIMARY KEY, company_uuid VARCHAR(191), status VARCHAR(191), "
                + "driver_assigned_uuid VARCHAR(191), KEY fleet_orders_driver_status (status))");
        Proc.Result r = run(script, Map.of("FLEET_DB_NAME", "partial"));
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.err()).contains("skip fleet_orders_company_status_created: orders has no column(s) created_at")
                .contains("skip fleet_tracking_statuses_number_created: table tracking_statuses does not exist in partial")
                .contains("skip fleet_orders_driver_status: orders already has an index of that name on other columns (status)");
        assertThat(indexes("partial", "orders")).containsEntry("fleet_orders_driver_status", "status");
        assertThat(r.out()).contains("created 1, present 0, skipped 5");
        assertThat(indexes("partial", "orders")).containsEntry("idx_orders_company_driver", "company_uuid,driver_assigned_uuid");
    }

    @Test
    @Order(9)
    void failuresSayWhy() throws IOException {
        Proc.Result noDb = run(script, Map.of("FLEET_DB_NAME", "nothere"));
        assertThat(noDb.exit()).isEqualTo(1);
        assertThat(noDb.err()).contains("ERROR: database nothere does not exist (run the migrations first)");

        Proc.Result noPassword = run(script, Map.of("FLEET_DB_PASSWORD_FILE", dir.resolve("no-such-file").toString()));
        assertThat(noPassword.exit()).isEqualTo(1);
        assertThat(noPassword.err()).contains("cannot read the password file");

        Proc.Result noServer = run(script, Map.of("FLEET_DB_CLIENT_OPTS", "--no-defaults --socket=" + dir.resolve("nope.sock")));
        assertThat(noServer.exit()).isEqualTo(1);
        assertThat(noServer.err()).contains("ERROR: cannot connect to the database");

        assertThat(run("--bogus").exit()).isEqualTo(2);
    }

    @Test
    void settingsAndSpecsRefuseValuesTheScriptCouldNotCarry() {
        assertThatThrownBy(() -> new IndexSpec("orders", "x; DROP TABLE orders", List.of("a"), "q", "s"))
                .hasMessageContaining("lower-case SQL identifier");
        assertThatThrownBy(() -> new IndexSpec("orders", "x", List.of("a", "a"), "q", "s")).hasMessageContaining("repeats");
        assertThatThrownBy(() -> new DatabaseIndexes.Settings("docker exec '$(reboot)'", "", "root", "", "fleetbase", 5, 3, 0))
                .hasMessageContaining("dbExec");
        assertThatThrownBy(() -> new DatabaseIndexes.Settings("", "", "root", "relative/file", "fleetbase", 5, 3, 0))
                .hasMessageContaining("passwordFile");
        DatabaseIndexes.File f = DatabaseIndexes.files(DatabaseIndexes.Settings.production()).get(0);
        assertThat(f.path()).isEqualTo("/opt/fleet/bin/fleet-db-indexes");
        assertThat(f.mode()).isEqualTo("0755");
        assertThat(DatabaseIndexes.applyCommand()).isEqualTo("sudo /opt/fleet/bin/fleet-db-indexes");
        assertThat(DatabaseIndexes.contentHash(DatabaseIndexes.Settings.production())).hasSize(64)
                .isNotEqualTo(DatabaseIndexes.contentHash(DatabaseIndexes.Settings.overSocket("/run/fleet/mysqld/mysqld.sock",
                        "/etc/fleet/mysql/secrets/root-password")));
        assertThat(FleetIndexes.ALL.stream().map(IndexSpec::name))
                .allMatch(n -> n.startsWith("fleet_") || n.equals("idx_orders_company_created") || n.equals("idx_orders_company_driver"));
    }

    static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met in 20 s");
            }
            Thread.sleep(100);
        }
    }
}

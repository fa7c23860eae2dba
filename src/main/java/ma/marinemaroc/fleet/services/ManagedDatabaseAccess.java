package ma.marinemaroc.fleet.services;

import ma.marinemaroc.fleet.quote.Shell;
import ma.marinemaroc.fleet.templates.Templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How host 0 of the scaled topology reaches the managed MySQL with the MySQL client tools. The backup scripts
 * (backups, restores, the restore drill) run the host's own tools through {@link #toolWrapper}. The index step and the
 * check before a pre-upgrade backup have no database container to {@code docker exec} into, so each of their tools
 * runs in a throw-away container of the client image on the host's network,
 * reading host, port, user, password and TLS settings from one option file, {@link #CLIENT_CNF} (root, 0400,
 * secret), named by {@code --defaults-extra-file} (which the MySQL and MariaDB tools take as their first option).
 * Tools that take the password as {@code MYSQL_PWD} get it passed by name ({@code -e MYSQL_PWD}); nothing secret is
 * ever on a command line.
 *
 * @param clientImage the image holding mysql and mysqldump (the stack's {@code images.database})
 * @param flavour     which client reads the option file: the spelling of the TLS options differs
 * @param caFile      the server's CA certificate on the host (the same path inside the client container); empty where
 *                    the cloud does not publish it: TLS is then required but the server is not verified
 * @param clientCnf   where the option file is ({@link #CLIENT_CNF} on the hosts; tests put it elsewhere)
 */
public record ManagedDatabaseAccess(String clientImage, Flavour flavour, Optional<String> caFile, String clientCnf) {
    /** Root-only folder of the client's option file. */
    public static final String DIR = HostPaths.ETC + "/db";
    public static final String CLIENT_CNF = DIR + "/client.cnf";
    /**
     * The backup scripts' {@code DB_EXEC} on host 0 ({@link #toolWrapper}): their tools run on the host (mydumper,
     * myloader, the MySQL 8 client) and reach the managed MySQL through it.
     */
    public static final String TOOL_WRAPPER = HostPaths.BIN + "/fleet-managed-db";
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}");
    private static final Pattern CNF_VALUE = Pattern.compile("[^\\n\\r\\x00\"\\\\]*");

    /** The client programs that read the option file. */
    public enum Flavour {
        /** MySQL 8 client tools (the stack's client image): {@code ssl-mode}. */
        MYSQL,
        /** MariaDB client tools (the tests' stand-in): {@code ssl}, {@code ssl-verify-server-cert}. */
        MARIADB
    }

    public ManagedDatabaseAccess {
        Objects.requireNonNull(clientImage, "clientImage");
        Objects.requireNonNull(flavour, "flavour");
        Objects.requireNonNull(caFile, "caFile");
        Objects.requireNonNull(clientCnf, "clientCnf");
        if (!clientCnf.matches("/[A-Za-z0-9._/-]+")) throw new IllegalArgumentException("clientCnf must be an absolute plain path");
    }

    /** On a host: the option file at {@link #CLIENT_CNF}. */
    public static ManagedDatabaseAccess onHost(String clientImage, Flavour flavour, Optional<String> caFile) {
        return new ManagedDatabaseAccess(clientImage, flavour, caFile, CLIENT_CNF);
    }

    /** The words before a client tool: a throw-away container of the client image with the option file's folders. */
    public String exec() {
        String dir = clientCnf.substring(0, clientCnf.lastIndexOf('/'));
        List<String> argv = new ArrayList<>(List.of("docker", "run", "--rm", "-i", "--network", "host", "-e", "MYSQL_PWD",
                "-v", dir + ":" + dir + ":ro"));
        caFile.ifPresent(ca -> {
            String caDir = ca.substring(0, ca.lastIndexOf('/'));
            argv.addAll(List.of("-v", caDir + ":" + caDir + ":ro"));
        });
        argv.add(clientImage);
        return Shell.command(argv);
    }

    /** The client options every tool gets first. */
    public String clientOptions() {
        return "--defaults-extra-file=" + clientCnf;
    }

    /**
     * The option file: the {@code [client]} group, which mysql, mysqldump (and their MariaDB counterparts) read.
     *
     * @throws IllegalArgumentException a value that cannot sit in an option file (a line break, a quote, a backslash,
     *                                  NUL); the message never holds the password
     */
    public String clientCnf(String host, int port, String user, String password) {
        check("host", host, false);
        check("user", user, false);
        check("password", password, true);
        if (port < 1 || port > 65535) throw new IllegalArgumentException("port must be 1..65535, got " + port);
        StringBuilder b = new StringBuilder("# The managed MySQL of this stack, for the client tools of host 0 (backups,\n"
                + "# restores, indexes). Rendered by the fleet-infra library. Root only: it holds the password.\n[client]\n");
        b.append("host=\"").append(host).append("\"\n");
        b.append("port=").append(port).append('\n');
        b.append("user=\"").append(user).append("\"\n");
        b.append("password=\"").append(password).append("\"\n");
        b.append("default-character-set=utf8mb4\n");
        if (flavour == Flavour.MYSQL) {
            b.append("ssl-mode=").append(caFile.isPresent() ? "VERIFY_IDENTITY" : "REQUIRED").append('\n');
            caFile.ifPresent(ca -> b.append("ssl-ca=\"").append(ca).append("\"\n"));
        } else {
            b.append("ssl\n");
            caFile.ifPresent(ca -> b.append("ssl-ca=\"").append(ca).append("\"\nssl-verify-server-cert\n"));
        }
        return b.toString();
    }

    /**
     * The wrapper at {@link #TOOL_WRAPPER} (0755, no secret): the backup scripts call every database tool as
     * {@code $DB_EXEC TOOL --defaults-file=<their private option file> ARGS...} with the user and password in that
     * file (backup.env's {@code DB_USER}/{@code DB_PASSWORD}); the wrapper adds the managed server's host, port and TLS
     * options after it: the MySQL client tools {@code --ssl-mode=VERIFY_IDENTITY --ssl-ca} (MariaDB's: {@code --ssl
     * --ssl-ca --ssl-verify-server-cert}), mydumper/myloader {@code --ssl --ca} (their only TLS options in 0.10).
     *
     * @throws IllegalArgumentException a host that is not a DNS name or an IPv4 address, a port out of range
     */
    public String toolWrapper(String host, int port) {
        if (host == null || !HOST.matcher(host).matches()) {
            throw new IllegalArgumentException("the managed database's host must be a DNS name or an IPv4 address, got '" + host + "'");
        }
        if (port < 1 || port > 65535) throw new IllegalArgumentException("port must be 1..65535, got " + port);
        List<String> client = new ArrayList<>();
        List<String> parallel = new ArrayList<>(List.of("--ssl"));
        if (flavour == Flavour.MYSQL) {
            client.add("--ssl-mode=" + (caFile.isPresent() ? "VERIFY_IDENTITY" : "REQUIRED"));
            caFile.ifPresent(ca -> client.add("--ssl-ca=" + ca));
        } else {
            client.add("--ssl");
            caFile.ifPresent(ca -> client.addAll(List.of("--ssl-ca=" + ca, "--ssl-verify-server-cert")));
        }
        caFile.ifPresent(ca -> parallel.add("--ca=" + ca));
        return Templates.render("services/fleet-managed-db.sh.mustache", Map.of(
                "host", Shell.quote(host), "port", Integer.toString(port),
                "clientTls", String.join(" ", client.stream().map(Shell::quote).toList()),
                "parallelToolTls", String.join(" ", parallel.stream().map(Shell::quote).toList())));
    }

    /**
     * Prints how many tables the Fleetbase databases hold (0 on a fresh managed database): the check before the backup
     * that precedes the migrations of a new API image.
     */
    public String tableCountCommand() {
        return "sudo " + exec() + " mysql " + clientOptions() + " -N -B -e "
                + Shell.quote("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA LIKE 'fleetbase%'");
    }

    private static void check(String what, String value, boolean secret) {
        Objects.requireNonNull(value, what);
        if (value.isEmpty() || !CNF_VALUE.matcher(value).matches()) {
            throw new IllegalArgumentException("the managed database's " + what + (secret ? "" : " '" + value + "'")
                    + " cannot be written to a client option file (empty, a line break, a quote, a backslash or NUL)");
        }
    }
}

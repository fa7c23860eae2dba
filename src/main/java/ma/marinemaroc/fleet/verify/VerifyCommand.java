package ma.marinemaroc.fleet.verify;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code verify}: post-deployment checks of the public edge, printed as a PASS/FAIL table. Exit code 0 when no
 * check failed, 1 when one did, 2 on a usage error.
 */
@Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Checks a deployed Fleet edge from the outside: DNS, certificate, HTTP->HTTPS redirect, "
                + "security headers, TLS versions, /health, internal ports closed, the Fleetbase API paths and the "
                + "websocket listener, and a security baseline (cookies, version leaks, directory listing, CORS, "
                + "HSTS, TLS grade).",
                "Exit code: 0 all checks passed, 1 a check failed, 2 usage error."})
public final class VerifyCommand implements Callable<Integer> {
    @Option(names = "--url", required = true, description = "Public URL, e.g. https://fleet.example.com")
    private URI url;

    @Option(names = "--expect-ip", description = "Address the domain must resolve to (DNS row skipped without it).")
    private String expectIp;

    @Option(names = "--min-days", defaultValue = "14", description = "Minimum remaining certificate validity (default ${DEFAULT-VALUE}).")
    private int minDays;

    @Option(names = "--resolve", description = "host:port:address to connect to instead of DNS (repeatable), like curl.")
    private List<String> resolve = new ArrayList<>();

    @Option(names = "--ca-file", description = "PEM file of trusted CAs instead of the system trust store.")
    private Path caFile;

    @Option(names = "--closed-ports", split = ",", defaultValue = "3306,6379,8000",
            description = "Ports that must not be reachable on the target address (default ${DEFAULT-VALUE}).")
    private List<Integer> closedPorts;

    @Option(names = "--timeout-ms", defaultValue = "5000", description = "Connect/read timeout (default ${DEFAULT-VALUE}).")
    private int timeoutMs;

    @Option(names = "--http-port", defaultValue = "80", description = "Plain HTTP port of the redirect check (default ${DEFAULT-VALUE}).")
    private int httpPort;

    @Option(names = "--health-path", defaultValue = "/health", description = "Health endpoint (default ${DEFAULT-VALUE}).")
    private String healthPath;

    @Option(names = "--health-max-ms", defaultValue = "500",
            description = "Slowest acceptable health answer, request to end of response (default ${DEFAULT-VALUE}).")
    private long healthMaxMs;

    @Option(names = "--api-paths", split = ",", defaultValue = "/int/v1/,/v1/",
            description = "Paths that must reach the API (JSON), not the console's HTML (default ${DEFAULT-VALUE}).")
    private List<String> apiPaths;

    @Option(names = "--socket-port", defaultValue = "38000",
            description = "TLS port of the websocket listener the console opens (default ${DEFAULT-VALUE}).")
    private int socketPort;

    @Option(names = "--socket-path", defaultValue = "/socketcluster/", description = "Websocket path (default ${DEFAULT-VALUE}).")
    private String socketPath;

    @Option(names = "--listing-paths", split = ",", defaultValue = "/storage/,/uploads/,/assets/,/static/",
            description = "Folders probed for a directory listing (default ${DEFAULT-VALUE}).")
    private List<String> listingPaths;

    @Option(names = "--legacy-tls-client", defaultValue = "auto",
            description = "Client that tries TLS 1.0/1.1: auto (JDK if this JVM can offer them, else openssl), jdk, openssl.")
    private String legacyTlsClient;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private PrintStream out = System.out;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return run(System.out, System.err, args);
    }

    /** Runs verify, printing the table to {@code out} and usage errors to {@code err}; returns the exit code. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        // Must happen before anything in this JVM uses TLS; see TlsClient.allowLegacyProtocolsInJdk.
        TlsClient.allowLegacyProtocolsInJdk();
        VerifyCommand command = new VerifyCommand();
        command.out = out;
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        Target target = target();
        LegacyTlsProbe.Client client = parseClient();
        if (caFile != null && !Files.isReadable(caFile)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--ca-file " + caFile + " is not readable");
        }
        TlsClient tls;
        try {
            tls = new TlsClient(target, caFile);
        } catch (GeneralSecurityException | IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot load trust material: " + e.getMessage());
        }
        VerifyChecks checks = new VerifyChecks(target, tls);
        List<CheckResult> rows = new ArrayList<>();
        rows.add(VerifyChecks.dns(target.host(), expectIp));
        rows.addAll(checks.certificate(minDays));
        rows.add(checks.httpRedirect());
        rows.addAll(checks.securityHeaders());
        Map<String, Boolean> accepted = new HashMap<>();
        rows.addAll(checks.protocols(new LegacyTlsProbe(target, tls, client), accepted));
        rows.add(checks.health(healthPath, healthMaxMs));
        rows.addAll(checks.closedPorts(closedPorts));
        FleetbaseRoutes routes = new FleetbaseRoutes(target, tls);
        for (String path : apiPaths) {
            rows.add(routes.api(path));
        }
        rows.add(routes.websocket(socketPort, socketPath));
        SecurityBaseline baseline = new SecurityBaseline(target, tls);
        List<String> probePaths = new ArrayList<>(List.of("/"));
        probePaths.addAll(apiPaths);
        probePaths.add(healthPath);
        Map<String, Object> answers = baseline.probe(probePaths.stream().distinct().toList(), apiPaths);
        rows.add(SecurityBaseline.cookies(answers));
        rows.add(SecurityBaseline.versionLeaks(answers));
        rows.add(SecurityBaseline.directoryListing(baseline.probe(listingPaths, List.of())));
        rows.add(SecurityBaseline.cors(answers));
        rows.add(SecurityBaseline.hsts(answers));
        rows.add(baseline.tlsGrade(accepted, SecurityBaseline.hstsMaxAge(answers)));
        out.print(ResultTable.format("verify " + target.httpsOrigin(), rows));
        out.flush();
        return rows.stream().anyMatch(CheckResult::failed) ? 1 : 0;
    }

    private Target target() {
        if (!"https".equalsIgnoreCase(url.getScheme()) || url.getHost() == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--url must be https://host[:port], got " + url);
        }
        if (!healthPath.startsWith("/") || !socketPath.startsWith("/")
                || !java.util.stream.Stream.concat(apiPaths.stream(), listingPaths.stream()).allMatch(p -> p.matches("/[A-Za-z0-9._~/-]*"))) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--health-path, --socket-path, --api-paths and --listing-paths must be paths starting with /");
        }
        if (socketPort < 1 || socketPort > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--socket-port must be 1..65535");
        }
        if (timeoutMs < 100 || minDays < 0 || healthMaxMs < 1 || httpPort < 1 || httpPort > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--timeout-ms >= 100, --min-days >= 0, --health-max-ms >= 1 and --http-port 1..65535 are required");
        }
        Map<String, String> overrides = new HashMap<>();
        for (String r : resolve) {
            String[] parts = r.split(":", 3);
            if (parts.length != 3 || !parts[1].matches("[0-9]{1,5}") || parts[2].isBlank()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--resolve must be host:port:address, got " + r);
            }
            overrides.put(parts[0].toLowerCase(Locale.ROOT) + ":" + parts[1], parts[2].replaceAll("^\\[|]$", ""));
        }
        int httpsPort = url.getPort() == -1 ? 443 : url.getPort();
        return new Target(url.getHost().toLowerCase(Locale.ROOT), httpsPort, httpPort, overrides, timeoutMs);
    }

    private LegacyTlsProbe.Client parseClient() {
        try {
            return LegacyTlsProbe.Client.valueOf(legacyTlsClient.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--legacy-tls-client must be auto, jdk or openssl");
        }
    }
}

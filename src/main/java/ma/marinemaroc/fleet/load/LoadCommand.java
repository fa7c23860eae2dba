package ma.marinemaroc.fleet.load;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code load}: drives virtual users against the deployed edge along a profile (by default the seed plan's k6
 * scenario), shows progress, writes {@code summary.json} and {@code latency.png}, and sets the exit code from the
 * thresholds (p95 latency, error rate). The bearer token comes from {@code --token-file} or {@value #TOKEN_ENV},
 * never from the command line.
 */
@Command(name = "load", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Load test of a deployed Fleet edge: virtual users along stages (default: the seed plan's k6 "
                + "scenario, ramp to 50 users over 2 min, hold 5 min, ramp down 2 min, 1 s think time).",
                "Exit code: 0 thresholds met, 1 a threshold failed, 2 usage error, 3 the run could not start or finish."})
public final class LoadCommand implements Callable<Integer> {
    public static final String TOKEN_ENV = "FLEET_LOAD_TOKEN";

    @Option(names = "--url", required = true, description = "URL to request (repeatable, one origin; each user requests them in turn).")
    private List<URI> urls;

    @Option(names = "--profile", description = "YAML profile file (stages, thinkTime, requestTimeout, thresholds); flags override it.")
    private Path profileFile;

    @Option(names = "--stages", description = "Stages as duration:users, e.g. 2m:50,5m:50,2m:0 (users move linearly to each target).")
    private String stages;

    @Option(names = "--vus", description = "Constant users (with --duration) instead of stages.")
    private Integer vus;

    @Option(names = "--duration", description = "How long --vus users run, e.g. 30s.")
    private String duration;

    @Option(names = "--think-time", description = "Pause after each response: 1s, or a range 0.5s-1.5s; 0s for back-to-back.")
    private String thinkTime;

    @Option(names = "--request-timeout", description = "A request without a whole answer by then is an error (default 10s).")
    private String requestTimeout;

    @Option(names = "--p95-ms", description = "Threshold: p95 latency below this many ms (default 500).")
    private Double p95Ms;

    @Option(names = "--max-error-rate", description = "Threshold: share of failed requests below this (default 0.01 = 1 %%).")
    private Double maxErrorRate;

    @Option(names = "--token-file", description = "File holding a bearer token sent as Authorization on every request "
            + "(or set " + TOKEN_ENV + "); never pass a token as an argument.")
    private Path tokenFile;

    @Option(names = "--ca-file", description = "PEM file of trusted CAs instead of the system trust store.")
    private Path caFile;

    @Option(names = "--resolve", description = "host:port:address to connect to instead of DNS (repeatable), like curl.")
    private List<String> resolve = new ArrayList<>();

    @Option(names = "--out", defaultValue = "load-out", description = "Folder for summary.json and latency.png (default ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--threads", description = "Event-loop threads (default: the number of CPUs).")
    private Integer threads;

    @Option(names = "--progress", defaultValue = "auto", description = "auto (one live line on a terminal, a line every 10 s otherwise), terminal, lines, quiet.")
    private String progress;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private PrintStream stdout = System.out;
    private PrintStream stderr = System.err;
    private Map<String, String> env = System.getenv();

    public static int run(String... args) {
        return run(System.out, System.err, System.getenv(), args);
    }

    /** Runs the command; {@code env} is where {@value #TOKEN_ENV} is looked up. Returns the exit code. */
    public static int run(PrintStream out, PrintStream err, Map<String, String> env, String... args) {
        System.setProperty("java.awt.headless", "true");
        LoadCommand c = new LoadCommand();
        c.stdout = out;
        c.stderr = err;
        c.env = env;
        CommandLine cli = new CommandLine(c);
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        LoadProfile profile;
        LoadTarget target;
        try {
            profile = profile();
            target = LoadTarget.of(urls, resolve, caFile, token());
        } catch (IllegalArgumentException | IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || n > 64) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be 1..64");
        }
        LoadRun.Progress.Mode mode = switch (progress.toLowerCase(Locale.ROOT)) {
            case "auto" -> System.console() != null ? LoadRun.Progress.Mode.TERMINAL : LoadRun.Progress.Mode.LINES;
            case "terminal" -> LoadRun.Progress.Mode.TERMINAL;
            case "lines" -> LoadRun.Progress.Mode.LINES;
            case "quiet" -> LoadRun.Progress.Mode.QUIET;
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "--progress must be auto, terminal, lines or quiet");
        };
        stderr.printf(Locale.ROOT, "load %s%s: %d stages over %.0f s, up to %d users, think %s-%s, thresholds p95 < %.0f ms, errors < %.2f %%; %d event loop(s), %s%n",
                target.origin(), target.paths(), profile.stages().size(), profile.total().toMillis() / 1000.0, profile.maxUsers(),
                profile.thinkMin(), profile.thinkMax(), profile.thresholds().p95Ms(), 100 * profile.thresholds().maxErrorRate(),
                n, LoadEngine.transport());
        LoadRun.Result result;
        try {
            result = LoadRun.run(target, profile, n, new LoadRun.Progress(stderr, mode));
        } catch (Exception e) {
            stderr.println("load: the run failed: " + e);
            return 3;
        }
        List<LoadReport.Check> checks = LoadReport.checks(result, profile.thresholds());
        try {
            LoadReport.write(out, LoadReport.summary(target, profile, result, checks), result, profile.thresholds());
        } catch (IOException | RuntimeException e) {
            stderr.println("load: cannot write the report to " + out + ": " + e);
            return 3;
        }
        stdout.print(LoadReport.text(target, profile, result, checks));
        stdout.println("report: " + out.resolve(LoadReport.SUMMARY) + ", " + out.resolve(LoadReport.CHART));
        stdout.flush();
        return checks.stream().allMatch(LoadReport.Check::pass) ? 0 : 1;
    }

    private LoadProfile profile() throws IOException {
        LoadProfile p = profileFile == null ? LoadProfile.seed() : LoadProfile.fromFile(profileFile);
        if (stages != null && vus != null) {
            throw new IllegalArgumentException("use either --stages or --vus/--duration");
        }
        if (stages != null) {
            p = p.withStages(LoadProfile.stages(stages));
        }
        if (vus != null || duration != null) {
            if (vus == null || duration == null) {
                throw new IllegalArgumentException("--vus and --duration go together");
            }
            // users start at once: a 100 ms ramp, then the constant stage
            p = p.withStages(List.of(new LoadProfile.Stage(Duration.ofMillis(100), vus),
                    new LoadProfile.Stage(LoadProfile.duration(duration), vus)));
        }
        if (thinkTime != null) {
            Duration[] t = LoadProfile.thinkTime(thinkTime);
            p = p.withThink(t[0], t[1]);
        }
        if (requestTimeout != null) {
            p = p.withRequestTimeout(LoadProfile.duration(requestTimeout));
        }
        if (p95Ms != null || maxErrorRate != null) {
            p = p.withThresholds(new LoadProfile.Thresholds(p95Ms != null ? p95Ms : p.thresholds().p95Ms(),
                    maxErrorRate != null ? maxErrorRate : p.thresholds().maxErrorRate()));
        }
        return p;
    }

    /** The bearer token from --token-file or the environment; null when neither is given. */
    private String token() throws IOException {
        String fromEnv = env.get(TOKEN_ENV);
        if (tokenFile != null && fromEnv != null && !fromEnv.isEmpty()) {
            throw new IllegalArgumentException("give the token either in --token-file or in " + TOKEN_ENV + ", not both");
        }
        if (tokenFile == null) {
            return fromEnv == null || fromEnv.isEmpty() ? null : fromEnv.trim();
        }
        if (!Files.isRegularFile(tokenFile) || !Files.isReadable(tokenFile)) {
            throw new IllegalArgumentException("--token-file " + tokenFile + " is not a readable file");
        }
        // only a POSIX file system has permission bits to check
        if (tokenFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(tokenFile, LinkOption.NOFOLLOW_LINKS);
            if (perms.contains(PosixFilePermission.OTHERS_READ)) {
                stderr.println("load: warning: " + tokenFile + " is readable by every user (chmod 600 it)");
            }
        }
        String token = Files.readString(tokenFile).trim();
        if (token.isEmpty()) {
            throw new IllegalArgumentException("--token-file " + tokenFile + " is empty");
        }
        return token;
    }
}

package ma.marinemaroc.fleet.plan;

import ma.marinemaroc.fleet.FleetStack;
import ma.marinemaroc.fleet.config.StackConfigException;
import ma.marinemaroc.fleet.config.StackFile;
import ma.marinemaroc.fleet.config.StackSettingsLoader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code plan}: runs the real program for a stack config file through Pulumi's mock engine (no cloud, no
 * credentials), prints the resource tree and writes the rendered on-host files to a folder. Fails with the same
 * config errors as a real preview.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Offline plan of a stack: resource tree on stdout, rendered on-host files in --out.")
public class PlanCommand implements Callable<Integer> {
    @Option(names = "--stack", defaultValue = "production", description = "Stack name (default: ${DEFAULT-VALUE}).")
    String stack;

    @Option(names = "--config-file", description = "Stack config file (default: Pulumi.<stack>.yaml, else stacks/Pulumi.<stack>.yaml).")
    Path configFile;

    @Option(names = "--out", defaultValue = "plan-out", description = "Folder for the plan text and rendered files (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--placeholder-secrets", description = "Stand in placeholders for secrets the file does not set "
            + "(committed stack files carry none; secrets live in the Pulumi backend).")
    boolean placeholderSecrets;

    @Option(names = "--project-file", defaultValue = "Pulumi.yaml", description = "Pulumi project file (default: ${DEFAULT-VALUE}).")
    Path projectFile;

    @Option(names = "--against", paramLabel = "<git rev>", description = "Also plan the config file as it is at this "
            + "git revision and print what the change does: image upgrades, migrations and the backups before them, "
            + "on-host steps that run again, containers replaced.")
    String against;

    private final PrintWriter stdout;
    private final PrintWriter stderr;

    PlanCommand(PrintWriter stdout, PrintWriter stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    public static int run(String... args) {
        var out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        var err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        return run(out, err, args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(new PlanCommand(out, err)).setOut(out).setErr(err).execute(args);
    }

    @Override
    public Integer call() throws IOException {
        Path file = configFile != null ? configFile
                : Files.exists(Path.of("Pulumi." + stack + ".yaml")) ? Path.of("Pulumi." + stack + ".yaml")
                : Path.of("stacks", "Pulumi." + stack + ".yaml");
        if (!Files.exists(file)) {
            stderr.println("error: stack config file " + file + " not found");
            return 2;
        }
        String project = projectName();
        StackFile config;
        try {
            config = StackFile.read(file);
            if (placeholderSecrets) config = config.withPlaceholderSecrets();
            StackSettingsLoader.load(config.source(), project, stack);
        } catch (StackConfigException e) {
            stderr.println("error: " + e.getMessage());
            return StackConfigException.EXIT_CODE;
        }
        PlanRun.Result result = PlanRun.run(config, project, stack, FleetStack::program);
        if (result.failed()) {
            result.errors().forEach(e -> stderr.println("error: " + e));
            result.exceptions().forEach(e -> stderr.println("error: " + e));
            return 1;
        }
        String text = PlanPrinter.print(stack, result);
        if (against != null) {
            StackFile before;
            try {
                before = StackFile.parse(file + "@" + against, gitShow(against, file));
                if (placeholderSecrets) before = before.withPlaceholderSecrets();
            } catch (IOException | StackConfigException e) {
                stderr.println("error: " + e.getMessage());
                return 2;
            }
            PlanRun.Result old = PlanRun.run(before, project, stack, FleetStack::program);
            if (old.failed()) {
                stderr.println("error: the plan at " + against + " fails: " + old.errors() + " " + old.exceptions());
                return 1;
            }
            text = PlanDiff.of(old, result).describe() + "\n" + text;
        }
        stdout.print(text);
        stdout.flush();
        int files = writeFiles(result, text);
        stderr.println("plan: " + file + " -> " + out + " (" + files + " rendered files)");
        return 0;
    }

    /** A file's text at a git revision ({@code git show rev:path}). */
    private static byte[] gitShow(String rev, Path file) throws IOException {
        Process p = new ProcessBuilder("git", "show", rev + ":./" + file.normalize()).redirectErrorStream(false).start();
        byte[] text = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (p.waitFor() != 0) throw new IOException("git show " + rev + ":" + file + " failed: " + err.strip());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return text;
    }

    private String projectName() throws IOException {
        if (!Files.exists(projectFile)) return "fleet";
        Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(projectFile));
        return doc instanceof Map<?, ?> m && m.get("name") != null ? String.valueOf(m.get("name")) : "fleet";
    }

    private int writeFiles(PlanRun.Result result, String text) throws IOException {
        Files.createDirectories(out);
        write(out.resolve("plan.txt"), text);
        int n = 0;
        for (RenderedFile f : RenderedFile.collect(result)) {
            Path target = out.resolve(f.secret() ? "secret" : "host").resolve(f.path().replaceFirst("^/+", ""));
            write(target, f.content());
            n++;
        }
        return n;
    }

    private static void write(Path target, String content) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), ".plan", ".tmp");
        Files.writeString(tmp, content);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}

package ma.marinemaroc.fleet.host.bootstrap;

import ma.marinemaroc.fleet.testing.Proc;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

/** Shared fixtures: committed test keys, the representative spec, stubs and cloud-init's own code. */
final class HostFixtures {

    private HostFixtures() {
    }

    static String resource(String name) {
        try (InputStream in = HostFixtures.class.getClassLoader().getResourceAsStream("host/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource host/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String key(String name) {
        return resource("keys/" + name + ".pub").strip();
    }

    /** Fixed spec used by the golden snapshot and the real-tool tests. */
    static BootstrapSpec.Builder representative() {
        return BootstrapSpec.builder()
                .hostname("fleet-prod")
                
                .sshPort(2222)
                .adminKey(key("ed25519"))
                .adminKey(key("rsa3072"))
                .bootstrapKey(key("deploy"))
                .extraFile(HostFile.root("/etc/fleet/host.conf", "FLEET_ENV=production\nFLEET_REGION=fra1\n", "0644"))
                .extraFile(new HostFile("/home/deploy/.fleet-motd", "Marine Maroc fleet host\n", "0600", "deploy:deploy"))
                .extraRuncmd("fleet-extra-step one two");
    }

    static Path write(Path file, String content, String mode) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        return file;
    }

    /** Installs the recording stub under each name in {@code dir}. */
    static Path stubs(Path dir, String... names) throws IOException {
        String stub = resource("stubs/stub.sh");
        for (String n : names) {
            write(dir.resolve(n), stub, "rwxr-xr-x");
        }
        return dir;
    }

    static Map<String, String> stubEnv(Path stubDir, Path log, Path state) {
        return Map.of("PATH", stubDir + ":" + System.getenv("PATH"), "STUB_LOG", log.toString(), "STUB_STATE", state.toString());
    }

    static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }

    /** The Python interpreter cloud-init itself runs on (from its shebang), so its modules import. */
    static String cloudInitPython() throws IOException {
        Proc.require("cloud-init");
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            Path exe = Path.of(dir, "cloud-init");
            if (Files.isExecutable(exe)) {
                String first = Files.readAllLines(exe).get(0);
                if (first.startsWith("#!")) {
                    return first.substring(2).strip().split("\\s+")[0];
                }
            }
        }
        return "/usr/bin/python3";
    }

    /** Writes {@code userData} and materializes it under {@code root} with cloud-init's own modules. */
    static void materialize(String userData, Path root) throws IOException {
        Path config = write(root.resolveSibling(root.getFileName() + ".yaml"), userData, "rw-------");
        Path helper = write(root.resolveSibling("materialize.py"), resource("materialize.py"), "rw-------");
        Proc.Result r = Proc.run(List.of(cloudInitPython(), helper.toString(), config.toString(), root.toString()));
        if (r.exit() != 0) {
            throw new AssertionError("cloud-init materialization failed:\n" + r.all());
        }
    }
}

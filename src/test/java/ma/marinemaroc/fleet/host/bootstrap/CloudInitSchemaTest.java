package ma.marinemaroc.fleet.host.bootstrap;

import ma.marinemaroc.fleet.testing.Proc;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** The real {@code cloud-init schema} validator and gpg check the rendered user-data. */
class CloudInitSchemaTest {

    @TempDir
    Path dir;

    private Proc.Result schema(String userData) throws IOException {
        Path file = HostFixtures.write(dir.resolve("user-data-" + System.nanoTime() + ".yaml"), userData, "rw-------");
        return Proc.run(List.of("cloud-init", "schema", "--config-file", file.toString()));
    }

    @Test
    void representativeRenderIsValid() throws IOException {
        Proc.Result r = schema(CloudInit.render(HostFixtures.representative().build()));
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.all()).contains("Valid cloud-config");
    }

    @Test
    void minimalArmRenderWithoutRebootIsValid() throws IOException {
        BootstrapSpec spec = BootstrapSpec.builder().hostname("fleet-dev").adminKey(HostFixtures.key("ecdsa521"))
                .dockerApt(new DockerApt("jammy", "arm64")).autoRebootAt(null).build();
        Proc.Result r = schema(CloudInit.render(spec));
        assertThat(r.exit()).as(r.all()).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void wrongTypedKeysAreRejected() throws IOException {
        String valid = CloudInit.render(HostFixtures.representative().build());
        Map<String, Object> doc = new Yaml().load(valid);
        doc.put("package_update", "yes please");
        Proc.Result r = schema("#cloud-config\n" + new Yaml().dump(doc));
        assertThat(r.exit()).as(r.all()).isNotZero();
        assertThat(r.all()).contains("package_update").contains("is not of type 'boolean'");

        Map<String, Object> doc2 = new Yaml().load(valid);
        Map<String, Object> user = new LinkedHashMap<>(((List<Map<String, Object>>) doc2.get("users")).get(0));
        user.put("lock_passwd", "maybe");
        doc2.put("users", List.of(user));
        Proc.Result r2 = schema("#cloud-config\n" + new Yaml().dump(doc2));
        assertThat(r2.exit()).as(r2.all()).isNotZero();
        assertThat(r2.all()).contains("lock_passwd");
    }

    @Test
    void embeddedDockerKeyHasThePinnedFingerprintAndValidSignatures() throws IOException {
        Path home = dir.resolve("gnupg");
        HostFixtures.write(home.resolve("placeholder"), "", "rw-------");
        java.nio.file.Files.setPosixFilePermissions(home, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        Path key = HostFixtures.write(dir.resolve("docker.asc"), Templates.raw("docker-archive-keyring.asc"), "rw-------");
        Map<String, String> env = Map.of("GNUPGHOME", home.toString());

        Proc.Result imported = Proc.run(List.of("gpg", "--batch", "--import", key.toString()), env, null);
        assertThat(imported.exit()).as(imported.all()).isZero();
        Proc.Result sigs = Proc.run(List.of("gpg", "--batch", "--with-colons", "--check-sigs", DockerApt.KEY_FINGERPRINT), env, null);
        assertThat(sigs.exit()).as(sigs.all()).isZero();
        List<String> lines = sigs.out().lines().toList();
        assertThat(lines).contains("fpr:::::::::" + DockerApt.KEY_FINGERPRINT + ":");
        assertThat(lines.stream().filter(l -> l.startsWith("sig:")).toList()).isNotEmpty().allMatch(l -> l.startsWith("sig:!:"));
        assertThat(lines.stream().filter(l -> l.startsWith("pub:")).findFirst().orElseThrow()).doesNotStartWith("pub:e:").doesNotStartWith("pub:r:");
        assertThat(lines.stream().filter(l -> l.startsWith("sub:")).toList()).isNotEmpty().noneMatch(l -> l.startsWith("sub:e:") || l.startsWith("sub:r:"));

        // a tampered key must not pass for Docker's
        String tampered = Templates.raw("docker-archive-keyring.asc").replace("mQINBFit2ioBEADhWpZ8", "mQINBFit2ioBEADhWpZ9");
        Path bad = HostFixtures.write(dir.resolve("bad.asc"), tampered, "rw-------");
        Proc.Result shown = Proc.run(List.of("gpg", "--batch", "--with-colons", "--show-keys", bad.toString()), env, null);
        assertThat(shown.exit() != 0 || !shown.out().contains(DockerApt.KEY_FINGERPRINT)).as(shown.all()).isTrue();
    }

    @Test
    void dockerSourceLineFollowsSpec() {
        BootstrapSpec spec = HostFixtures.representative().dockerApt(new DockerApt("noble", "arm64")).autoRebootAt(LocalTime.of(3, 30)).build();
        assertThat(CloudInit.render(spec)).contains("source: deb [arch=arm64 signed-by=$KEY_FILE] https://download.docker.com/linux/ubuntu noble stable\n");
        assertThat(BootstrapFiles.afterBoot(spec.autoRebootAt())).anyMatch(f -> f.content()
                .contains("Unattended-Upgrade::Automatic-Reboot-Time \"03:30\";"));
    }
}

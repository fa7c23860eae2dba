package ma.marinemaroc.fleet.host.bootstrap;

import ma.marinemaroc.fleet.testing.Proc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** The optional pinned host key, with key pairs made by the real ssh-keygen, checked by cloud-init and sshd. */
class SshHostKeyTest {

    @TempDir
    Path dir;

    private Path keygen(String name, String type, String passphrase) {
        Path key = dir.resolve(name);
        Proc.Result r = Proc.run(List.of("ssh-keygen", "-q", "-t", type, "-N", passphrase, "-C", "host", "-f", key.toString()));
        assertThat(r.exit()).as(r.all()).isZero();
        return key;
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p);
    }

    @Test
    void acceptsAMatchingUnencryptedEd25519Pair() throws IOException {
        Path k = keygen("a", "ed25519", "");
        SshHostKey hk = SshHostKey.of(read(k), read(Path.of(k + ".pub")));
        assertThat(hk.privateKey()).startsWith("-----BEGIN OPENSSH PRIVATE KEY-----\n").endsWith("-----END OPENSSH PRIVATE KEY-----\n");
        assertThat(hk.toString()).contains("private key redacted").doesNotContain(hk.privateKey().substring(40, 80));
    }

    @Test
    void rejectsMismatchedEncryptedOrNonEd25519Keys() throws IOException {
        Path a = keygen("a", "ed25519", "");
        Path b = keygen("b", "ed25519", "");
        assertThatThrownBy(() -> SshHostKey.of(read(a), read(Path.of(b + ".pub")))).hasMessageContaining("does not belong");
        Path enc = keygen("enc", "ed25519", "secret-passphrase");
        assertThatThrownBy(() -> SshHostKey.of(read(enc), read(Path.of(enc + ".pub")))).hasMessageContaining("passphrase-protected");
        Path rsa = keygen("rsa", "rsa", "");
        assertThatThrownBy(() -> SshHostKey.of(read(rsa), read(Path.of(rsa + ".pub")))).hasMessageContaining("must be ssh-ed25519");
        assertThatThrownBy(() -> SshHostKey.of("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----", read(Path.of(a + ".pub"))))
                .hasMessageContaining("OpenSSH format");
    }

    @Test
    @SuppressWarnings("unchecked")
    void renderedHostKeyIsSchemaValidAndSshdUsesOnlyIt() throws IOException {
        Path k = keygen("host", "ed25519", "");
        BootstrapSpec spec = HostFixtures.representative().build().withHostKey(read(k), read(Path.of(k + ".pub")));
        String userData = CloudInit.render(spec);

        Map<String, Object> doc = new Yaml().load(userData);
        Map<String, Object> keys = (Map<String, Object>) doc.get("ssh_keys");
        assertThat(keys.get("ed25519_private")).isEqualTo(read(k));
        assertThat(keys.get("ed25519_public")).isEqualTo(read(Path.of(k + ".pub")).strip());
        assertThat(doc).containsEntry("ssh_deletekeys", true).containsEntry("ssh_genkeytypes", List.of("ed25519"));

        Path file = HostFixtures.write(dir.resolve("user-data.yaml"), userData, "rw-------");
        Proc.Result schema = Proc.run(List.of("cloud-init", "schema", "--config-file", file.toString()));
        assertThat(schema.exit()).as(schema.all()).isZero();

        // sshd reads the drop-in's HostKey line (here it would load the key cloud-init installs at that path)
        Files.createDirectories(Path.of("/run/sshd"));
        Path dropins = Files.createDirectories(dir.resolve("sshd_config.d"));
        HostFixtures.write(dropins.resolve("10-fleet.conf"), SshdConfig.render(spec), "rw-r--r--");
        Path config = HostFixtures.write(dir.resolve("sshd_config"),
                HostFixtures.resource("ubuntu-sshd_config").replace("@DROPIN_DIR@", dropins.toString()), "rw-r--r--");
        Proc.Result effective = Proc.run(List.of("sshd", "-T", "-f", config.toString(), "-h", k.toString()));
        assertThat(effective.out().lines().toList()).as(effective.all()).contains("hostkey /etc/ssh/ssh_host_ed25519_key");
        assertThat(SshdConfig.render(HostFixtures.representative().build())).doesNotContain("HostKey");
        assertThat(Map.of("k", spec.toString()).get("k")).doesNotContain(read(k).substring(40, 80));
    }
}

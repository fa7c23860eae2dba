package ma.marinemaroc.fleet.host.bootstrap;

import ma.marinemaroc.fleet.testing.Proc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SshPublicKeyTest {

    @ParameterizedTest
    @ValueSource(strings = {"ed25519", "rsa3072", "ecdsa256", "ecdsa384", "ecdsa521", "deploy"})
    void acceptsCommittedKeysAndKeepsTheLine(String name) {
        String line = HostFixtures.key(name);
        SshPublicKey key = SshPublicKey.parse("  " + line + "\n");
        assertThat(key.line()).isEqualTo(line);
        assertThat(key.comment()).isEqualTo(name + "@fleet-test");
    }

    @ParameterizedTest
    @CsvSource({"ed25519,256,ssh-ed25519", "rsa,2048,ssh-rsa", "ecdsa,256,ecdsa-sha2-nistp256",
        "ecdsa,384,ecdsa-sha2-nistp384", "ecdsa,521,ecdsa-sha2-nistp521"})
    void acceptsFreshKeysFromSshKeygen(String type, int bits, String expectedType, @TempDir Path dir) throws IOException {
        Path priv = dir.resolve("id");
        Proc.Result r = Proc.run(List.of("ssh-keygen", "-q", "-t", type, "-b", Integer.toString(bits), "-N", "", "-C", "", "-f", priv.toString()));
        assertThat(r.exit()).as(r.all()).isZero();
        SshPublicKey key = SshPublicKey.parse(Files.readString(dir.resolve("id.pub")));
        assertThat(key.type()).isEqualTo(expectedType);
        assertThat(key.comment()).isEmpty();
        assertThatThrownBy(() -> SshPublicKey.parse(Files.readString(priv)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PRIVATE key");
    }

    @Test
    void rejectsShortRsa() {
        assertThatThrownBy(() -> SshPublicKey.parse(HostFixtures.key("rsa1024")))
                .hasMessageContaining("1024 bits").hasMessageContaining("2048");
    }

    @Test
    void rejectsTypeThatDoesNotMatchTheKeyData() {
        String[] ed = HostFixtures.key("ed25519").split(" ");
        assertThatThrownBy(() -> SshPublicKey.parse("ssh-rsa " + ed[1]))
                .hasMessageContaining("declares type ssh-rsa but its data is a ssh-ed25519 key");
        String[] p384 = HostFixtures.key("ecdsa384").split(" ");
        assertThatThrownBy(() -> SshPublicKey.parse("ecdsa-sha2-nistp256 " + p384[1]))
                .hasMessageContaining("but its data is a ecdsa-sha2-nistp384 key");
    }

    @Test
    void rejectsEcdsaBlobNamingAnotherCurve() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        for (byte[] field : List.of("ecdsa-sha2-nistp256".getBytes(StandardCharsets.US_ASCII),
                "nistp384".getBytes(StandardCharsets.US_ASCII), new byte[65])) {
            out.writeInt(field.length);
            out.write(field);
        }
        String b64 = Base64.getEncoder().encodeToString(bytes.toByteArray());
        assertThatThrownBy(() -> SshPublicKey.parse("ecdsa-sha2-nistp256 " + b64)).hasMessageContaining("names curve nistp384");
    }

    @Test
    void rejectsBrokenKeyData() {
        String[] ed = HostFixtures.key("ed25519").split(" ");
        byte[] blob = Base64.getDecoder().decode(ed[1]);
        String truncated = Base64.getEncoder().encodeToString(Arrays.copyOf(blob, blob.length - 4));
        String trailing = Base64.getEncoder().encodeToString(Arrays.copyOf(blob, blob.length + 3));
        assertThatThrownBy(() -> SshPublicKey.parse("ssh-ed25519 " + truncated)).hasMessageContaining("truncated");
        assertThatThrownBy(() -> SshPublicKey.parse("ssh-ed25519 " + trailing)).hasMessageContaining("trailing bytes");
        assertThatThrownBy(() -> SshPublicKey.parse("ssh-ed25519 AAAA!!!notbase64")).hasMessageContaining("not valid base64");
    }

    @Test
    void rejectsWrongShapes() {
        String ed = HostFixtures.key("ed25519");
        assertThatThrownBy(() -> SshPublicKey.parse("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> SshPublicKey.parse(null)).hasMessageContaining("empty");
        assertThatThrownBy(() -> SshPublicKey.parse("ssh-ed25519")).hasMessageContaining("'<type> <base64> [comment]'");
        assertThatThrownBy(() -> SshPublicKey.parse("from=\"10.0.0.1\" " + ed)).hasMessageContaining("unsupported ssh key type 'from=");
        assertThatThrownBy(() -> SshPublicKey.parse("ssh-dss AAAAB3NzaC1kc3M=")).hasMessageContaining("unsupported ssh key type 'ssh-dss'");
        assertThatThrownBy(() -> SshPublicKey.parse(ed + "\n" + ed)).hasMessageContaining("single line");
    }
}

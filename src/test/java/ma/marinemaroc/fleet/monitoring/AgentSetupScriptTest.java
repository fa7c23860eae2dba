package ma.marinemaroc.fleet.monitoring;

import ma.marinemaroc.fleet.testing.Proc;
import ma.marinemaroc.fleet.Stacks;
import ma.marinemaroc.fleet.config.StackSettings;
import ma.marinemaroc.fleet.config.StackSettingsLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * fleet-cloudwatch-agent-setup with real gpg: packages and signatures made with keys generated here stand in for
 * AWS's bucket (served by a curl stand-in from a directory); dpkg, the agent's ctl and systemctl are recording stubs.
 */
class AgentSetupScriptTest {
    static final String DEB = "ubuntu/amd64/latest/amazon-cloudwatch-agent.deb";

    @TempDir
    static Path keys;
    static String trustedFpr;
    static String otherFpr;

    @TempDir
    Path tmp;
    private Path bucket;
    private Path log;
    private Path configPath;
    private Path script;

    @BeforeAll
    static void keys() throws Exception {
        Proc.require("gpg");
        trustedFpr = generateKey("trusted", "CloudWatch Agent Test <trusted@example.invalid>");
        otherFpr = generateKey("other", "Someone Else <other@example.invalid>");
    }

    @AfterAll
    static void stopAgents() throws Exception {
        for (String home : List.of("trusted", "other")) {
            Proc.run(List.of("gpgconf", "--kill", "all"), Map.of("GNUPGHOME", keys.resolve(home).toString()), keys);
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        String content = CloudWatchAgent.hostFiles("staging.fleet.marinemaroc.ma", "eu-west-1").stream()
                .filter(f -> f.path().equals(CloudWatchAgent.SETUP_SCRIPT)).findFirst().orElseThrow().content();
        script = executable(tmp.resolve("fleet-cloudwatch-agent-setup"), content);
        bucket = Files.createDirectories(tmp.resolve("bucket"));
        log = tmp.resolve("calls.log");
        configPath = tmp.resolve("opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json");
        Files.writeString(tmp.resolve("cloudwatch-agent.json"), CloudWatchAgent.config());
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        // curl: serves https://bucket.test/<path> from the bucket directory, -o FILE; exit 22 when missing (as -f).
        executable(bin.resolve("curl"), """
                #!/usr/bin/env bash
                set -euo pipefail
                out=""; url=""
                while [[ $# -gt 0 ]]; do
                  case "$1" in
                    -o) out=$2; shift 2 ;;
                    --retry | --retry-delay) shift 2 ;;
                    -*) shift ;;
                    *) url=$1; shift ;;
                  esac
                done
                echo "curl $url" >>"$CALLS"
                src="$BUCKET/${url#https://bucket.test/}"
                [[ -f "$src" ]] || { echo "curl: (22) 404 $url" >&2; exit 22; }
                cp "$src" "$out"
                """);
        executable(bin.resolve("dpkg"), """
                #!/usr/bin/env bash
                echo "dpkg $*" >>"$CALLS"
                cp "${@: -1}" "$INSTALLED"
                """);
        for (String tool : List.of("systemctl", "apt-get", "aws")) {
            executable(bin.resolve(tool), "#!/usr/bin/env bash\necho \"" + tool + " $*\" >>\"$CALLS\"\n");
        }
        // The agent's ctl checks the configuration it is pointed at exists at that moment.
        executable(bin.resolve("amazon-cloudwatch-agent-ctl"), """
                #!/usr/bin/env bash
                echo "ctl $*" >>"$CALLS"
                f=${!#}
                cp "${f#file:}" "$LOADED"
                """);
    }

    @Test
    void installsTheVerifiedPackageThenLoadsTheConfigAndStartsTheTimer() throws Exception {
        byte[] deb = "fake agent package".getBytes();
        publish("trusted", deb);

        Proc.Result r = runSetup(trustedFpr);

        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(Files.readAllBytes(tmp.resolve("installed.deb"))).isEqualTo(deb);
        assertThat(Files.readString(configPath)).isEqualTo(CloudWatchAgent.config());
        assertThat(Files.readString(tmp.resolve("loaded.json"))).isEqualTo(CloudWatchAgent.config());
        List<String> calls = Files.readAllLines(log);
        assertThat(calls).containsSubsequence(
                "curl https://bucket.test/assets/amazon-cloudwatch-agent.gpg",
                "curl https://bucket.test/" + DEB,
                "curl https://bucket.test/" + DEB + ".sig",
                "ctl -a fetch-config -m ec2 -s -c file:" + configPath,
                "systemctl daemon-reload",
                "systemctl enable --now fleet-cert-metric.timer");
        assertThat(calls).anyMatch(c -> c.startsWith("dpkg -i -E "));
        assertThat(calls.indexOf(calls.stream().filter(c -> c.startsWith("dpkg")).findFirst().orElseThrow()))
                .isLessThan(calls.indexOf("ctl -a fetch-config -m ec2 -s -c file:" + configPath));
        assertThat(calls).as("the AWS CLI is already there").noneMatch(c -> c.startsWith("apt-get"));
        assertThat(r.err()).contains("package signature good (key " + trustedFpr + ")");
    }

    @Test
    void aTamperedPackageIsNotInstalled() throws Exception {
        publish("trusted", "genuine package".getBytes());
        Files.writeString(bucket.resolve(DEB), "tampered package");

        Proc.Result r = runSetup(trustedFpr);

        assertThat(r.exit()).as(r.all()).isEqualTo(1);
        assertThat(r.err()).contains("signature check failed");
        assertNothingInstalled();
    }

    @Test
    void aPackageSignedByAnotherKeyIsNotInstalledEvenIfTheBucketServesThatKey() throws Exception {
        publish("other", "package signed by someone else".getBytes());

        Proc.Result r = runSetup(trustedFpr);

        assertThat(r.exit()).as(r.all()).isEqualTo(1);
        assertThat(r.err()).contains("no good signature by key " + trustedFpr);
        assertNothingInstalled();
    }

    @Test
    void aMissingSignatureStopsTheSetup() throws Exception {
        publish("trusted", "package".getBytes());
        Files.delete(bucket.resolve(DEB + ".sig"));

        Proc.Result r = runSetup(trustedFpr);

        assertThat(r.exit()).as(r.all()).isNotZero();
        assertThat(r.err()).contains("download failed: https://bucket.test/" + DEB + ".sig");
        assertNothingInstalled();
    }

    private void assertNothingInstalled() throws Exception {
        List<String> calls = Files.exists(log) ? Files.readAllLines(log) : List.of();
        assertThat(calls).noneMatch(c -> c.startsWith("dpkg") || c.startsWith("ctl") || c.startsWith("systemctl"));
        assertThat(configPath).doesNotExist();
    }

    /** Puts the package, a detached signature by {@code signer} and {@code signer}'s public key in the bucket. */
    private void publish(String signer, byte[] deb) throws Exception {
        Path pkg = bucket.resolve(DEB);
        Files.createDirectories(pkg.getParent());
        Files.write(pkg, deb);
        Map<String, String> env = Map.of("GNUPGHOME", keys.resolve(signer).toString());
        Proc.Result sig = Proc.run(List.of("gpg", "--batch", "--yes", "--detach-sign", "-o", pkg + ".sig", pkg.toString()),
                env, tmp);
        assertThat(sig.exit()).as(sig.all()).isZero();
        Path key = Files.createDirectories(bucket.resolve("assets")).resolve("amazon-cloudwatch-agent.gpg");
        Proc.Result export = Proc.run(List.of("gpg", "--batch", "--armor", "--output", key.toString(), "--export"),
                env, tmp);
        assertThat(export.exit()).as(export.all()).isZero();
    }

    private Proc.Result runSetup(String pinnedFingerprint) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", tmp.resolve("bin") + ":" + System.getenv("PATH"));
        env.put("CALLS", log.toString());
        env.put("BUCKET", bucket.toString());
        env.put("INSTALLED", tmp.resolve("installed.deb").toString());
        env.put("LOADED", tmp.resolve("loaded.json").toString());
        env.put("AGENT_BASE_URL", "https://bucket.test");
        env.put("AGENT_KEY_FINGERPRINT", pinnedFingerprint);
        env.put("AGENT_ARCH", "amd64");
        env.put("AGENT_CONFIG_SOURCE", tmp.resolve("cloudwatch-agent.json").toString());
        env.put("AGENT_CONFIG_PATH", configPath.toString());
        env.put("AGENT_CTL", tmp.resolve("bin/amazon-cloudwatch-agent-ctl").toString());
        return Proc.run(List.of(script.toString()), env, tmp);
    }

    private static String generateKey(String home, String uid) throws Exception {
        Path dir = Files.createDirectory(keys.resolve(home));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        Map<String, String> env = Map.of("GNUPGHOME", dir.toString());
        Proc.Result gen = Proc.run(List.of("gpg", "--batch", "--passphrase", "", "--quick-gen-key", uid, "ed25519",
                "sign", "never"), env, keys);
        assertThat(gen.exit()).as(gen.all()).isZero();
        Proc.Result list = Proc.run(List.of("gpg", "--batch", "--with-colons", "--list-keys"), env, keys);
        return list.out().lines().filter(l -> l.startsWith("fpr:")).findFirst().orElseThrow().split(":")[9];
    }

    private static Path executable(Path path, String content) throws Exception {
        Files.writeString(path, content);
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
        return path;
    }
}

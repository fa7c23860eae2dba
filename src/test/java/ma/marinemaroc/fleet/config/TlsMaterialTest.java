package ma.marinemaroc.fleet.config;

import ma.marinemaroc.fleet.Stacks;
import ma.marinemaroc.fleet.plan.PlanRun;
import ma.marinemaroc.fleet.testing.Proc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provided certificate's chain and key, checked against a real PKI made with openssl for the test (root,
 * intermediate, leaves valid, expired, not yet valid, for another name; RSA, EC, PKCS#1, SEC1, encrypted and weak keys).
 * Every refusal goes through the loader and the real program in the engine (nothing registered); a good chain runs.
 */
class TlsMaterialTest {
    static final String DOMAIN = "fleet.marinemaroc.ma";
    @TempDir
    static Path pki;

    @BeforeAll
    static void makePki() throws Exception {
        Files.writeString(pki.resolve("ca.cnf"), """
                [ ca ]
                default_ca = test
                [ test ]
                dir = %s
                database = $dir/index.txt
                new_certs_dir = $dir
                serial = $dir/serial
                default_md = sha256
                policy = any
                copy_extensions = copy
                unique_subject = no
                [ any ]
                commonName = supplied
                [ leaf ]
                basicConstraints = CA:false
                """.formatted(pki));
        Files.writeString(pki.resolve("index.txt"), "");
        Files.writeString(pki.resolve("serial"), "1000\n");
        Files.writeString(pki.resolve("ca.ext"), "basicConstraints=critical,CA:true\nkeyUsage=critical,keyCertSign,cRLSign\n");
        openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "root.key",
                "-out", "root.pem", "-days", "3650", "-subj", "/CN=Test Root", "-addext",
                "basicConstraints=critical,CA:true", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
        openssl("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "int.key",
                "-out", "int.csr", "-subj", "/CN=Test Intermediate");
        openssl("x509", "-req", "-in", "int.csr", "-CA", "root.pem", "-CAkey", "root.key", "-CAcreateserial",
                "-out", "int.pem", "-days", "3000", "-extfile", "ca.ext");
        leaf("leaf", "rsa:2048", DOMAIN, null, null);
        leaf("wild", "rsa:2048", "*.marinemaroc.ma", null, null);
        leaf("other", "rsa:2048", "other.example.ma", null, null);
        leaf("expired", "rsa:2048", DOMAIN, "20200101000000Z", "20200201000000Z");
        leaf("future", "rsa:2048", DOMAIN, "20990101000000Z", "20991231000000Z");
        leaf("weak", "rsa:1024", DOMAIN, null, null);
        leaf("ec", "ec", DOMAIN, null, null);
        openssl("rsa", "-in", "leaf.key", "-traditional", "-out", "leaf-pkcs1.key");
        openssl("ec", "-in", "ec.key", "-out", "ec-sec1.key");
        openssl("pkey", "-in", "leaf.key", "-aes256", "-passout", "pass:secret", "-out", "leaf-encrypted.key");
    }

    private static void leaf(String name, String key, String cn, String start, String end) throws Exception {
        List<String> req = new ArrayList<>(List.of("req", "-new", "-newkey", key, "-nodes", "-keyout", name + ".key",
                "-out", name + ".csr", "-subj", "/CN=" + cn, "-addext", "subjectAltName=DNS:" + cn));
        if (key.equals("ec")) req.addAll(2 + 2, List.of("-pkeyopt", "ec_paramgen_curve:P-256"));
        openssl(req.toArray(String[]::new));
        List<String> sign = new ArrayList<>(List.of("ca", "-batch", "-config", "ca.cnf", "-extensions", "leaf",
                "-cert", "int.pem", "-keyfile", "int.key", "-in", name + ".csr", "-out", name + ".pem", "-notext"));
        if (start != null) sign.addAll(List.of("-startdate", start, "-enddate", end));
        else sign.addAll(List.of("-days", "90"));
        openssl(sign.toArray(String[]::new));
    }

    private static void openssl(String... args) {
        List<String> cmd = new ArrayList<>(List.of("openssl"));
        cmd.addAll(List.of(args));
        Proc.run(cmd, Map.of(), pki).requireOk(String.join(" ", cmd));
    }

    private static String read(String... names) throws Exception {
        StringBuilder b = new StringBuilder();
        for (String n : names) b.append(Files.readString(pki.resolve(n)));
        return b.toString();
    }

    private static StackFile provided(String chain, String key) {
        return Stacks.file("production").without("fleet:tls").with(Map.of("fleet:tls", "{\"mode\": \"provided\"}",
                "fleet:tlsCertificate", chain, "fleet:tlsPrivateKey", key), Set.of("fleet:tlsPrivateKey"));
    }

    private static void refused(String chain, String key, String... expected) {
        Refusals.assertRefused("production", provided(chain, key), List.of(expected), List.of(key));
    }

    private static final String HINT = "; use the full chain, leaf first, then each issuer (certbot's fullchain.pem)";
    private static final String KEY_HINT = "; use the unencrypted PEM key the certificate was issued for (PKCS#8, RSA or EC)";

    @Test
    void aGoodChainWithItsKeyRunsTheProgram() throws Exception {
        for (String[] pair : new String[][]{{"leaf.pem", "leaf.key"}, {"leaf.pem", "leaf-pkcs1.key"},
                {"ec.pem", "ec.key"}, {"ec.pem", "ec-sec1.key"}, {"wild.pem", "wild.key"}}) {
            StackFile f = provided(read(pair[0], "int.pem"), read(pair[1]));
            StackSettings s = StackSettingsLoader.load(f.source(), "fleet", "production");
            assertThat(s.tls().certificatePem()).isPresent();
        }
        PlanRun.Result r = Stacks.run("production", provided(read("leaf.pem", "int.pem", "root.pem"), read("leaf.key")));
        assertThat(r.failed()).as("%s %s", r.errors(), r.exceptions()).isFalse();
        assertThat(r.outputs()).containsEntry("certificateMode", "provided");
    }

    @Test
    void aChainOutOfOrderOrWithAGapIsRefused() throws Exception {
        refused(read("int.pem", "leaf.pem"), read("leaf.key"),
                "fleet:tlsCertificate: is not leaf first: certificate 2 (CN=fleet.marinemaroc.ma) names fleet.marinemaroc.ma "
                        + "but certificate 1 (CN=Test Intermediate) comes first" + HINT,
                "fleet:tlsCertificate: certificate 1 (CN=Test Intermediate) is not signed by certificate 2 "
                        + "(CN=fleet.marinemaroc.ma)" + HINT);
        refused(read("leaf.pem", "root.pem"), read("leaf.key"),
                "fleet:tlsCertificate: certificate 1 (CN=fleet.marinemaroc.ma) is not signed by certificate 2 (CN=Test Root)" + HINT);
        refused(read("leaf.pem", "int.pem", "other.pem"), read("leaf.key"),
                "fleet:tlsCertificate: certificate 2 (CN=Test Intermediate) is not signed by certificate 3 "
                        + "(CN=other.example.ma)" + HINT);
    }

    @Test
    void aCertificateForAnotherNameOrOutsideItsValidityIsRefused() throws Exception {
        refused(read("other.pem", "int.pem"), read("other.key"),
                "fleet:tlsCertificate: certificate 1 (CN=other.example.ma) is for other.example.ma, not fleet.marinemaroc.ma; "
                        + "use a certificate issued for fleet.marinemaroc.ma");
        refused(read("expired.pem", "int.pem"), read("expired.key"),
                "fleet:tlsCertificate: certificate 1 (CN=fleet.marinemaroc.ma) expired on 2020-02-01T00:00:00Z; use a current certificate");
        refused(read("future.pem", "int.pem"), read("future.key"),
                "fleet:tlsCertificate: certificate 1 (CN=fleet.marinemaroc.ma) is not valid before 2099-01-01T00:00:00Z; "
                        + "use a certificate valid now");
    }

    @Test
    void aKeyThatIsNotTheLeafsEncryptedOrWeakIsRefusedWithoutShowingIt() throws Exception {
        refused(read("leaf.pem", "int.pem"), read("other.key"),
                "fleet:tlsPrivateKey: (secret) does not belong to the certificate in fleet:tlsCertificate (its public key differs)" + KEY_HINT);
        refused(read("leaf.pem", "int.pem"), read("leaf-encrypted.key"),
                "fleet:tlsPrivateKey: (secret) is encrypted, and NGINX cannot ask for its passphrase; decrypt it "
                        + "(openssl pkey -in key.pem -out plain.pem)" + KEY_HINT);
        refused(read("weak.pem", "int.pem"), read("weak.key"),
                "fleet:tlsPrivateKey: (secret) is an RSA key of 1024 bits; use at least 2048");
        refused(read("leaf.pem", "int.pem"), "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n",
                "fleet:tlsPrivateKey: (secret) is not a readable PRIVATE KEY" + KEY_HINT);
        refused(read("leaf.pem", "int.pem"), read("leaf.pem"),
                "fleet:tlsPrivateKey: (secret) holds no PEM private key (-----BEGIN PRIVATE KEY-----)" + KEY_HINT);
    }
}

package ma.marinemaroc.fleet.edge;

import ma.marinemaroc.fleet.testing.Proc;
import ma.marinemaroc.fleet.tls.OcspResponder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OCSP stapling where the certificate names a responder (issue 17 part 5): the rendered TLS snippet in the real nginx
 * staples the answer of a real OCSP responder (openssl's, on loopback, signing with the test CA) into the handshake;
 * certificates without a responder (self-signed, today's Let's Encrypt) get no stapling.
 */
class OcspStaplingTest {
    @TempDir
    Path dir;

    @Test
    void nginxStaplesTheRespondersAnswer() throws Exception {
        int port = Proc.freePort();
        String url = "http://127.0.0.1:" + port;
        try (EdgeFixture edge = EdgeFixture.builder().ocspUrl(url).start(dir);
             Proc.Background responder = Proc.start(List.of(Proc.require("openssl"), "ocsp",
                     "-index", edge.pki.ocspIndex().toString(), "-port", Integer.toString(port),
                     "-CA", edge.pki.caCert().toString(), "-rsigner", edge.pki.caCert().toString(),
                     "-rkey", edge.pki.caKey().toString(), "-nmin", "10"), dir, dir.resolve("ocsp.log"))) {
            assertThat(Files.readString(edge.nginx.conf().resolveSibling("snippets/tls.conf"))).contains("ssl_stapling on;",
                    "ssl_stapling_verify on;", "ssl_trusted_certificate " + edge.pki.caCert());
            assertThat(OcspResponder.of(leaf(edge.cert.cert()))).contains(url);
            // nginx asks the responder on the first handshake and staples from then on
            String status = "";
            for (int i = 0; i < 20 && !status.contains("OCSP Response Status: successful"); i++) {
                status = edge.sClient("-tls1_3", "-status").out();
                if (!status.contains("OCSP Response Status: successful")) Thread.sleep(500);
            }
            assertThat(status).as("openssl s_client -status; responder log:\n%s", responder.output())
                    .contains("OCSP Response Status: successful", "Cert Status: good");
        }
    }

    @Test
    void withoutAResponderNothingIsStapled() throws Exception {
        try (EdgeFixture edge = EdgeFixture.builder().start(dir)) {
            assertThat(OcspResponder.of(leaf(edge.cert.cert()))).isEmpty();
            assertThat(Files.readString(edge.nginx.conf().resolveSibling("snippets/tls.conf"))).doesNotContain("ssl_stapling");
            assertThat(OcspResponder.staplingChain(Files.readString(edge.cert.fullchain()))).isEmpty();
        }
    }

    @Test
    void theStaplingChainIsTheIssuersAfterTheLeaf() throws Exception {
        TestPki pki = TestPki.create(Files.createDirectories(dir.resolve("pki")));
        TestPki.ServerCert c = pki.issueWithOcsp("s", "fleet.test", 30, "http://ocsp.example.test/");
        String chain = OcspResponder.staplingChain(Files.readString(c.fullchain())).orElseThrow();
        assertThat(chain.strip()).isEqualTo(Files.readString(pki.caCert()).strip());
        assertThat(OcspResponder.staplingChain(Files.readString(c.cert()))).as("the leaf alone: no issuer to verify with")
                .isEmpty();
    }

    /** The provided-certificate mode writes the issuers beside the chain and turns stapling on, only with a responder. */
    @Test
    void aProvidedCertificateWithAResponderIsStapled() throws Exception {
        TestPki pki = TestPki.create(Files.createDirectories(dir.resolve("pki")));
        TestPki.ServerCert with = pki.issueWithOcsp("with", "fleet.test", 30, "http://ocsp.example.test/");
        TestPki.ServerCert without = pki.issue("without", "fleet.test", 30);
        for (TestPki.ServerCert c : List.of(with, without)) {
            String pem = Files.readString(c.fullchain());
            String key = Files.readString(c.key());
            var holder = new java.util.concurrent.atomic.AtomicReference<ma.marinemaroc.fleet.tls.Certificate>();
            var r = ma.marinemaroc.fleet.plan.PlanRun.run(ma.marinemaroc.fleet.config.StackFile.parse("t",
                    "config: {}\n".getBytes(StandardCharsets.UTF_8)), "fleet", "t", ctx -> holder.set(
                    new ma.marinemaroc.fleet.tls.Certificate("certificate", ma.marinemaroc.fleet.tls.CertificateArgs
                            .builder("fleet.test", ma.marinemaroc.fleet.tls.CertificateArgs.Mode.PROVIDED)
                            .adminEmail("ops@example.test").certificatePem(pem)
                            .privateKey(com.pulumi.core.Output.of(key)).build(), null)));
            assertThat(r.failed()).as("%s", r.exceptions()).isFalse();
            TlsFiles tls = holder.get().tlsFiles();
            List<String> paths = holder.get().files().stream().map(f -> f.path()).toList();
            if (c == with) {
                assertThat(tls.ocspStapling()).isTrue();
                assertThat(paths).contains(tls.chain());
                assertThat(NginxConfig.render(EdgeSite.builder("fleet.test").tls(tls).build()).get(
                        "snippets/tls.conf")).contains("ssl_stapling on;", "ssl_trusted_certificate " + tls.chain() + ";");
            } else {
                assertThat(tls.ocspStapling()).isFalse();
                assertThat(paths).noneMatch(p -> p.endsWith("chain.pem") && !p.endsWith("fullchain.pem"));
            }
        }
    }

    private static X509Certificate leaf(Path pem) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Files.readString(pem).getBytes(StandardCharsets.US_ASCII)));
    }
}

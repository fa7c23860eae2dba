package ma.marinemaroc.fleet.monitoring.scripts;

import ma.marinemaroc.fleet.testing.Proc;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;

/** A throw-away self-signed certificate for 127.0.0.1 made with the real openssl, loaded into an SSLContext. */
record TestTls(Path certPem, SSLContext context) {

    static TestTls create(Path dir) throws Exception {
        Path key = dir.resolve("sink.key");
        Path cert = dir.resolve("sink.pem");
        Path p12 = dir.resolve("sink.p12");
        Proc.Result req = Proc.run(List.of(Proc.require("openssl"), "req", "-x509", "-newkey", "ec",
                "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
                "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
                "-addext", "basicConstraints=critical,CA:TRUE",
                "-keyout", key.toString(), "-out", cert.toString()), Map.of(), dir);
        if (req.exit() != 0) {
            throw new AssertionError("openssl req failed: " + req.all());
        }
        Proc.Result pkcs12 = Proc.run(List.of("openssl", "pkcs12", "-export", "-inkey", key.toString(),
                "-in", cert.toString(), "-out", p12.toString(), "-passout", "pass:sinkpass"), Map.of(), dir);
        if (pkcs12.exit() != 0) {
            throw new AssertionError("openssl pkcs12 failed: " + pkcs12.all());
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(p12)) {
            store.load(in, "sinkpass".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, "sinkpass".toCharArray());
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), null, null);
        return new TestTls(cert, ctx);
    }
}

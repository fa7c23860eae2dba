package ma.marinemaroc.fleet.edge;

import ma.marinemaroc.fleet.testing.Proc;
import java.nio.file.Path;
import java.util.List;

/** A throw-away CA and server certificates made with the openssl CLI. */
public final class TestPki {
    private final Path dir;
    private final Path caCert;
    private final Path caKey;

    /** A server certificate: leaf, key, and leaf + CA as NGINX's ssl_certificate. */
    public record ServerCert(Path cert, Path key, Path fullchain) {
    }

    private TestPki(Path dir) {
        this.dir = dir;
        this.caCert = dir.resolve("ca.pem");
        this.caKey = dir.resolve("ca-key.pem");
    }

    public static TestPki create(Path dir) {
        TestPki pki = new TestPki(dir);
        openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                "-keyout", pki.caKey.toString(), "-out", pki.caCert.toString(), "-days", "30",
                "-subj", "/CN=Fleet Test CA", "-addext", "basicConstraints=critical,CA:TRUE",
                "-addext", "keyUsage=critical,keyCertSign,cRLSign");
        return pki;
    }

    public Path caCert() {
        return caCert;
    }

    public ServerCert issue(String name, String dnsName, int days) {
        return issue(name, dnsName, "DNS:" + dnsName, days);
    }

    /** @param san subjectAltName value, e.g. {@code IP:127.0.0.1} */
    public ServerCert issue(String name, String commonName, String san, int days) {
        return issue(name, commonName, san, days, null);
    }

    /** A certificate naming an OCSP responder (Authority Information Access), recorded in {@link #ocspIndex()}. */
    public ServerCert issueWithOcsp(String name, String dnsName, int days, String ocspUrl) {
        return issue(name, dnsName, "DNS:" + dnsName, days, ocspUrl);
    }

    /** The CA database an {@code openssl ocsp} responder reads: every certificate issued with an OCSP URL, valid. */
    public Path ocspIndex() {
        return dir.resolve("index.txt");
    }

    private ServerCert issue(String name, String commonName, String san, int days, String ocspUrl) {
        Path key = dir.resolve(name + "-key.pem");
        Path csr = dir.resolve(name + ".csr");
        Path cert = dir.resolve(name + ".pem");
        Path ext = dir.resolve(name + ".ext");
        Path fullchain = dir.resolve(name + "-fullchain.pem");
        try {
            java.nio.file.Files.writeString(ext, "subjectAltName=" + san + "\nbasicConstraints=CA:FALSE\n"
                    + "keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n"
                    + (ocspUrl == null ? "" : "authorityInfoAccess=OCSP;URI:" + ocspUrl + "\n"));
            openssl("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                    "-keyout", key.toString(), "-out", csr.toString(), "-subj", "/CN=" + commonName);
            openssl("x509", "-req", "-in", csr.toString(), "-CA", caCert.toString(), "-CAkey", caKey.toString(),
                    "-CAcreateserial", "-days", Integer.toString(days), "-extfile", ext.toString(),
                    "-out", cert.toString());
            java.nio.file.Files.writeString(fullchain,
                    java.nio.file.Files.readString(cert) + java.nio.file.Files.readString(caCert));
            if (ocspUrl != null) {
                // index.txt line: status, expiry (YYMMDDHHMMSSZ), revocation (empty), serial, file, subject
                String serial = opensslOut("x509", "-in", cert.toString(), "-noout", "-serial").trim().replace("serial=", "");
                String end = opensslOut("x509", "-in", cert.toString(), "-noout", "-enddate").trim().replace("notAfter=", "");
                var t = java.time.ZonedDateTime.parse(end.replaceAll(" +", " "),
                        java.time.format.DateTimeFormatter.ofPattern("MMM d HH:mm:ss yyyy z", java.util.Locale.ROOT));
                String expiry = t.format(java.time.format.DateTimeFormatter.ofPattern("yyMMddHHmmss")) + "Z";
                java.nio.file.Files.writeString(ocspIndex(), "V\t" + expiry + "\t\t" + serial + "\tunknown\t/CN="
                        + commonName + "\n", java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new ServerCert(cert, key, fullchain);
    }

    public Path caKey() {
        return caKey;
    }

    private static String opensslOut(String... args) {
        List<String> cmd = new java.util.ArrayList<>();
        cmd.add(Proc.require("openssl"));
        cmd.addAll(List.of(args));
        return Proc.run(cmd).requireOk("openssl " + args[0]).out();
    }

    private static void openssl(String... args) {
        List<String> cmd = new java.util.ArrayList<>();
        cmd.add(Proc.require("openssl"));
        cmd.addAll(List.of(args));
        Proc.run(cmd).requireOk("openssl " + args[0]);
    }
}

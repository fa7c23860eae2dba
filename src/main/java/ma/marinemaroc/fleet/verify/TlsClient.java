package ma.marinemaroc.fleet.verify;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** TLS connections to the target with the JDK: trust from a CA file or the system store, one protocol set each. */
final class TlsClient {
    static final String[] MODERN = {"TLSv1.3", "TLSv1.2"};
    private static final String DISABLED_PROPERTY = "jdk.tls.disabledAlgorithms";

    private final Target target;
    private final X509ExtendedTrustManager trust;

    TlsClient(Target target, Path caFile) throws GeneralSecurityException, IOException {
        this.target = target;
        this.trust = trustManager(caFile);
    }

    /**
     * Lets this JVM offer TLS 1.0/1.1 (the JDK disables them through {@value #DISABLED_PROPERTY}) so that their
     * refusal by the server can be tested. Only effective before the JVM's first TLS use; {@link #jdkCanOffer}
     * tells whether it worked. Every other connection of verify enables TLS 1.2/1.3 only.
     */
    static void allowLegacyProtocolsInJdk() {
        String disabled = Security.getProperty(DISABLED_PROPERTY);
        if (disabled == null) {
            return;
        }
        String kept = Arrays.stream(disabled.split(","))
                .map(String::trim)
                .filter(a -> !a.equals("TLSv1") && !a.equals("TLSv1.1"))
                .collect(Collectors.joining(", "));
        Security.setProperty(DISABLED_PROPERTY, kept);
    }

    /** Whether this JVM can send a ClientHello for the protocol (checked offline with an SSLEngine). */
    static boolean jdkCanOffer(String protocol) {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[]{new RecordingTrustManager(trustManager(null))}, null);
            SSLEngine engine = ctx.createSSLEngine("probe.invalid", 443);
            engine.setUseClientMode(true);
            engine.setEnabledProtocols(new String[]{protocol});
            engine.beginHandshake();
            ByteBuffer out = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
            engine.wrap(ByteBuffer.allocate(0), out);
            return out.position() > 0;
        } catch (GeneralSecurityException | IOException | IllegalArgumentException e) {
            return false;
        }
    }

    static X509ExtendedTrustManager trustManager(Path caFile) throws GeneralSecurityException, IOException {
        KeyStore store = null;
        if (caFile != null) {
            store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            int i = 0;
            try (InputStream in = Files.newInputStream(caFile)) {
                for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    store.setCertificateEntry("ca-" + i++, c);
                }
            }
            if (i == 0) {
                throw new GeneralSecurityException("no certificate in " + caFile);
            }
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        for (TrustManager tm : tmf.getTrustManagers()) {
            if (tm instanceof X509ExtendedTrustManager x) {
                return x;
            }
        }
        throw new GeneralSecurityException("no X509 trust manager available");
    }

    /** A completed handshake on the HTTPS port with the given protocols; the trust verdict is in {@code recorder}. */
    SSLSocket connect(String[] protocols, RecordingTrustManager recorder) throws IOException, GeneralSecurityException {
        return connect(target.httpsPort(), protocols, recorder);
    }

    /** As {@link #connect(String[], RecordingTrustManager)} on another TLS port of the same host (e.g. the socket's). */
    SSLSocket connect(int port, String[] protocols, RecordingTrustManager recorder) throws IOException, GeneralSecurityException {
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, new TrustManager[]{recorder}, null);
        Socket plain = new Socket();
        try {
            plain.connect(new InetSocketAddress(target.address(port), port), target.timeoutMs());
            plain.setSoTimeout(target.timeoutMs());
            SSLSocket s = (SSLSocket) ctx.getSocketFactory().createSocket(plain, target.host(), port, true);
            SSLParameters p = s.getSSLParameters();
            p.setProtocols(protocols);
            p.setEndpointIdentificationAlgorithm("HTTPS");
            p.setApplicationProtocols(new String[]{"http/1.1"});
            if (target.host().contains(".") && !target.host().matches("[0-9.]+|.*:.*")) {
                p.setServerNames(List.of(new SNIHostName(target.host())));
            }
            s.setSSLParameters(p);
            s.startHandshake();
            return s;
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }

    /** A modern (TLS 1.2/1.3) connection that records, but does not enforce, the trust verdict. */
    SSLSocket connectModern() throws IOException, GeneralSecurityException {
        return connect(MODERN, newRecorder());
    }

    RecordingTrustManager newRecorder() {
        return new RecordingTrustManager(trust);
    }
}

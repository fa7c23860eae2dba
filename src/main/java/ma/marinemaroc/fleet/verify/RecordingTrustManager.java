package ma.marinemaroc.fleet.verify;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

/**
 * Runs the real trust checks (chain to the trusted CAs, host name when the socket asks for HTTPS identification)
 * but records the verdict instead of failing the handshake, so every check can still report on its own.
 */
final class RecordingTrustManager extends X509ExtendedTrustManager {
    private final X509ExtendedTrustManager delegate;
    private volatile X509Certificate[] chain;
    private volatile CertificateException problem;

    RecordingTrustManager(X509ExtendedTrustManager delegate) {
        this.delegate = delegate;
    }

    X509Certificate[] chain() {
        return chain;
    }

    /** null when the chain was trusted and matched the host name. */
    CertificateException problem() {
        return problem;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        this.chain = chain;
        try {
            delegate.checkServerTrusted(chain, authType, socket);
        } catch (CertificateException e) {
            problem = e;
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        this.chain = chain;
        try {
            delegate.checkServerTrusted(chain, authType, engine);
        } catch (CertificateException e) {
            problem = e;
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
        this.chain = chain;
        try {
            delegate.checkServerTrusted(chain, authType);
        } catch (CertificateException e) {
            problem = e;
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        throw new CertificateException("verify is a client only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        throw new CertificateException("verify is a client only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("verify is a client only");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return delegate.getAcceptedIssuers();
    }
}

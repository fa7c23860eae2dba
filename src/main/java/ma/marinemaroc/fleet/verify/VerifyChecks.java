package ma.marinemaroc.fleet.verify;

import ma.marinemaroc.fleet.edge.SecurityHeaders;

import javax.net.ssl.SSLSocket;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The individual checks of {@code verify}; each returns rows and never throws. */
final class VerifyChecks {
    private final Target target;
    private final TlsClient tls;

    VerifyChecks(Target target, TlsClient tls) {
        this.target = target;
        this.tls = tls;
    }

    static CheckResult dns(String host, String expectIp) {
        String name = "DNS " + host;
        if (expectIp == null) {
            return CheckResult.skip(name, "not requested (no --expect-ip)");
        }
        try {
            InetAddress expected = InetAddress.getByName(expectIp);
            InetAddress[] found = InetAddress.getAllByName(host);
            List<String> ips = Arrays.stream(found).map(InetAddress::getHostAddress).toList();
            return Arrays.asList(found).contains(expected)
                    ? CheckResult.pass(name, "resolves to " + String.join(", ", ips))
                    : CheckResult.fail(name, "resolves to " + String.join(", ", ips) + ", expected " + expectIp);
        } catch (UnknownHostException e) {
            return CheckResult.fail(name, "does not resolve: " + e.getMessage());
        }
    }

    /** Chain trust + host name (one row) and remaining validity (another row). */
    List<CheckResult> certificate(int minDays) {
        String trustRow = "certificate trusted for " + target.host();
        String expiryRow = "certificate valid >= " + minDays + " days";
        RecordingTrustManager recorder = tls.newRecorder();
        try (SSLSocket ignored = tls.connect(TlsClient.MODERN, recorder)) {
            X509Certificate[] chain = recorder.chain();
            if (chain == null || chain.length == 0) {
                return List.of(CheckResult.fail(trustRow, "no certificate received"), CheckResult.fail(expiryRow, "no certificate"));
            }
            X509Certificate leaf = chain[0];
            String who = "subject " + leaf.getSubjectX500Principal().getName() + ", issuer " + leaf.getIssuerX500Principal().getName();
            CheckResult trust = recorder.problem() == null
                    ? CheckResult.pass(trustRow, who)
                    : CheckResult.fail(trustRow, recorder.problem().getMessage() + "; " + who);
            return List.of(trust, expiry(expiryRow, leaf, minDays));
        } catch (IOException | GeneralSecurityException e) {
            return List.of(CheckResult.fail(trustRow, "TLS 1.2/1.3 handshake failed: " + e.getMessage()),
                    CheckResult.fail(expiryRow, "no certificate"));
        }
    }

    static CheckResult expiry(String row, X509Certificate leaf, int minDays) {
        Instant now = Instant.now();
        Instant notAfter = leaf.getNotAfter().toInstant();
        LocalDate until = LocalDate.ofInstant(notAfter, ZoneOffset.UTC);
        long daysLeft = Duration.between(now, notAfter).toDays();
        if (leaf.getNotBefore().toInstant().isAfter(now)) {
            return CheckResult.fail(row, "not valid before " + leaf.getNotBefore().toInstant());
        }
        if (notAfter.isBefore(now)) {
            return CheckResult.fail(row, "expired on " + until);
        }
        return daysLeft < minDays
                ? CheckResult.fail(row, "expires " + until + ", in " + daysLeft + " days (< " + minDays + ")")
                : CheckResult.pass(row, "expires " + until + ", in " + daysLeft + " days");
    }

    CheckResult httpRedirect() {
        String row = "http:// redirects to https://";
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(target.address(target.httpPort()), target.httpPort()), target.timeoutMs());
            s.setSoTimeout(target.timeoutMs());
            HttpProbe.Response r = HttpProbe.get(s, target.authority(target.httpPort(), false), "/verify-redirect?probe=1");
            String location = r.first("Location");
            String expected = target.httpsOrigin() + "/verify-redirect?probe=1";
            if ((r.status() == 301 || r.status() == 308) && expected.equals(location)) {
                return CheckResult.pass(row, r.status() + " -> " + location);
            }
            return CheckResult.fail(row, "got " + r.status() + (location == null ? " without Location" : " -> " + location)
                    + ", expected 301 -> " + expected);
        } catch (IOException e) {
            return CheckResult.fail(row, "http://" + target.authority(target.httpPort(), false) + ": " + e);
        }
    }

    List<CheckResult> securityHeaders() {
        List<CheckResult> rows = new ArrayList<>();
        try (SSLSocket s = tls.connectModern()) {
            HttpProbe.Response r = HttpProbe.get(s, target.authority(target.httpsPort(), true), "/");
            for (String header : SecurityHeaders.REQUIRED) {
                String value = r.first(header);
                rows.add(value == null || value.isBlank()
                        ? CheckResult.fail("header " + header, "missing on GET / (" + r.status() + ")")
                        : CheckResult.pass("header " + header, value));
            }
        } catch (IOException | GeneralSecurityException e) {
            for (String header : SecurityHeaders.REQUIRED) {
                rows.add(CheckResult.fail("header " + header, "GET / failed: " + e.getMessage()));
            }
        }
        return rows;
    }

    List<CheckResult> protocols(LegacyTlsProbe probe) {
        return protocols(probe, new java.util.HashMap<>());
    }

    /** As above; {@code accepted} receives each protocol's outcome (for the TLS grade). */
    List<CheckResult> protocols(LegacyTlsProbe probe, java.util.Map<String, Boolean> accepted) {
        List<CheckResult> rows = new ArrayList<>();
        for (String p : List.of("TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3")) {
            boolean mustAccept = p.equals("TLSv1.2") || p.equals("TLSv1.3");
            String row = (p.equals("TLSv1") ? "TLS 1.0" : p.replace("TLSv", "TLS ")) + (mustAccept ? " accepted" : " refused");
            try {
                LegacyTlsProbe.Outcome o = probe.probe(p);
                accepted.put(p, o.accepted());
                rows.add(o.accepted() == mustAccept ? CheckResult.pass(row, o.detail()) : CheckResult.fail(row, o.detail()));
            } catch (LegacyTlsProbe.CannotTest e) {
                rows.add(CheckResult.fail(row, "cannot test: " + e.getMessage()));
            }
        }
        return rows;
    }

    CheckResult health(String path, long maxMs) {
        String row = "GET " + path + " 200 < " + maxMs + " ms";
        try (SSLSocket s = tls.connectModern()) {
            HttpProbe.Response r = HttpProbe.get(s, target.authority(target.httpsPort(), true), path);
            String detail = r.status() + " in " + r.elapsedMs() + " ms";
            return r.status() == 200 && r.elapsedMs() < maxMs ? CheckResult.pass(row, detail) : CheckResult.fail(row, detail);
        } catch (SocketTimeoutException e) {
            return CheckResult.fail(row, "no answer within " + target.timeoutMs() + " ms");
        } catch (IOException | GeneralSecurityException e) {
            return CheckResult.fail(row, e.toString());
        }
    }

    List<CheckResult> closedPorts(List<Integer> ports) {
        List<CheckResult> rows = new ArrayList<>();
        InetAddress address;
        try {
            address = target.address(target.httpsPort());
        } catch (UnknownHostException e) {
            for (int port : ports) {
                rows.add(CheckResult.fail("port " + port + " closed", "cannot resolve " + target.host()));
            }
            return rows;
        }
        for (int port : ports) {
            String row = "port " + port + " closed";
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(address, port), Math.min(target.timeoutMs(), 3000));
                rows.add(CheckResult.fail(row, "open on " + address.getHostAddress()));
            } catch (SocketTimeoutException e) {
                rows.add(CheckResult.pass(row, "no answer on " + address.getHostAddress() + " (filtered)"));
            } catch (IOException e) {
                rows.add(CheckResult.pass(row, "not reachable on " + address.getHostAddress() + " (" + e.getMessage() + ")"));
            }
        }
        return rows;
    }
}

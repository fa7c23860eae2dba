package ma.marinemaroc.fleet.verify;

import javax.net.ssl.SSLSocket;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The passive checks of an OWASP ZAP baseline scan that apply to this stack, on the answers of a few probe
 * requests (rule ids in the row details): cookie flags (10010, 10011, 10054), version leaks in {@code Server} and
 * {@code X-Powered-By} (10036, 10037), directory listing (10033, here by probing likely folders), CORS that lets
 * any site read credentialed answers (10098 / 40040), HSTS of at least one year (10035) — and a TLS grade by the
 * SSL Labs rating guide's caps, with the reasons for every mark-down.
 */
final class SecurityBaseline {
    /** The Origin header the probes send: a site that must not be trusted. */
    static final String FOREIGN_ORIGIN = "https://verify-probe.invalid";
    static final long ONE_YEAR = 31_536_000L;
    /** SSL Labs gives A+ from six months of HSTS on. */
    static final long SIX_MONTHS = 15_552_000L;
    /** Laravel's CSRF cookie is meant to be read by the page's JavaScript (it has no HttpOnly by design). */
    static final Set<String> SCRIPT_READABLE_COOKIES = Set.of("XSRF-TOKEN");
    private static final Pattern VERSION = Pattern.compile("[/ (]v?\\d+(\\.\\d+)*");
    private static final Pattern MAX_AGE = Pattern.compile("(?i)max-age\\s*=\\s*\"?(\\d+)");
    private static final Pattern LISTING = Pattern.compile("(?is)<title>\\s*(Index of /|Directory listing for)|<h1>\\s*Index of /");

    private final Target target;
    private final TlsClient tls;

    SecurityBaseline(Target target, TlsClient tls) {
        this.target = target;
        this.tls = tls;
    }

    /** GETs each path over TLS 1.2/1.3 with a foreign Origin; a failed probe is kept as its error. */
    Map<String, Object> probe(List<String> paths, List<String> jsonPaths) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String path : paths) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Origin", FOREIGN_ORIGIN);
            headers.put("Accept", jsonPaths.contains(path) ? "application/json" : "text/html,*/*");
            try (SSLSocket s = tls.connectModern()) {
                out.put(path, HttpProbe.get(s, target.authority(target.httpsPort(), true), path, headers));
            } catch (IOException | GeneralSecurityException e) {
                out.put(path, e.toString());
            }
        }
        return out;
    }

    private static List<Map.Entry<String, HttpProbe.Response>> answers(Map<String, Object> probes) {
        List<Map.Entry<String, HttpProbe.Response>> r = new ArrayList<>();
        probes.forEach((k, v) -> {
            if (v instanceof HttpProbe.Response resp) {
                r.add(Map.entry(k, resp));
            }
        });
        return r;
    }

    private static String failedProbes(Map<String, Object> probes) {
        List<String> f = new ArrayList<>();
        probes.forEach((k, v) -> {
            if (v instanceof String err) {
                f.add(k + ": " + err);
            }
        });
        return String.join("; ", f);
    }

    static CheckResult cookies(Map<String, Object> probes) {
        String row = "cookies Secure, HttpOnly, SameSite";
        List<String> problems = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (var e : answers(probes)) {
            for (String header : e.getValue().headers().getOrDefault("set-cookie", List.of())) {
                String name = header.split("=", 2)[0].trim();
                Set<String> attrs = attributes(header);
                seen.add(name + " (" + e.getKey() + ")");
                List<String> missing = new ArrayList<>();
                if (!attrs.contains("secure")) missing.add("Secure [ZAP 10011]");
                if (!attrs.contains("httponly") && !SCRIPT_READABLE_COOKIES.contains(name)) missing.add("HttpOnly [ZAP 10010]");
                String sameSite = attrs.stream().filter(a -> a.startsWith("samesite=")).findFirst().orElse(null);
                if (sameSite == null) {
                    missing.add("SameSite [ZAP 10054]");
                } else if (sameSite.equals("samesite=none") && !attrs.contains("secure")) {
                    missing.add("SameSite=None needs Secure");
                }
                if (!missing.isEmpty()) {
                    problems.add(name + " on " + e.getKey() + " lacks " + String.join(", ", missing));
                }
            }
        }
        if (!problems.isEmpty()) return CheckResult.fail(row, String.join("; ", problems));
        if (answers(probes).isEmpty()) return CheckResult.fail(row, "no probe answered: " + failedProbes(probes));
        return CheckResult.pass(row, seen.isEmpty() ? "no cookie set on " + probes.keySet() : "ok: " + String.join(", ", seen)
                + (seen.stream().anyMatch(s -> s.startsWith("XSRF-TOKEN")) ? " (XSRF-TOKEN readable by script by design)" : ""));
    }

    /** Lower-case attribute names (and name=value for SameSite) of one Set-Cookie header. */
    static Set<String> attributes(String setCookie) {
        Set<String> attrs = new java.util.HashSet<>();
        String[] parts = setCookie.split(";");
        for (int i = 1; i < parts.length; i++) {
            String a = parts[i].trim().toLowerCase(Locale.ROOT).replaceAll("\\s*=\\s*", "=");
            attrs.add(a.startsWith("samesite=") ? a : a.split("=", 2)[0]);
        }
        return attrs;
    }

    static CheckResult versionLeaks(Map<String, Object> probes) {
        String row = "no version in Server / X-Powered-By";
        List<String> problems = new ArrayList<>();
        Set<String> servers = new java.util.TreeSet<>();
        for (var e : answers(probes)) {
            for (String server : e.getValue().headers().getOrDefault("server", List.of())) {
                servers.add(server);
                if (VERSION.matcher(server).find()) {
                    problems.add("Server: " + server + " on " + e.getKey() + " [ZAP 10036]");
                }
            }
            for (String powered : e.getValue().headers().getOrDefault("x-powered-by", List.of())) {
                problems.add("X-Powered-By: " + powered + " on " + e.getKey() + " [ZAP 10037]");
            }
        }
        if (!problems.isEmpty()) return CheckResult.fail(row, String.join("; ", new java.util.LinkedHashSet<>(problems)));
        if (answers(probes).isEmpty()) return CheckResult.fail(row, "no probe answered: " + failedProbes(probes));
        return CheckResult.pass(row, "Server: " + (servers.isEmpty() ? "(none)" : String.join(", ", servers)) + "; no X-Powered-By");
    }

    static CheckResult directoryListing(Map<String, Object> probes) {
        String row = "no directory listing";
        List<String> listed = new ArrayList<>();
        for (var e : answers(probes)) {
            if (LISTING.matcher(e.getValue().body()).find()) {
                listed.add(e.getKey() + " (" + e.getValue().status() + ")");
            }
        }
        if (!listed.isEmpty()) return CheckResult.fail(row, "a directory index is served at " + String.join(", ", listed) + " [ZAP 10033]");
        if (answers(probes).isEmpty()) return CheckResult.fail(row, "no probe answered: " + failedProbes(probes));
        return CheckResult.pass(row, "none of " + probes.keySet() + " lists a directory");
    }

    static CheckResult cors(Map<String, Object> probes) {
        String row = "no CORS for any origin with credentials";
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (var e : answers(probes)) {
            String origin = e.getValue().first("Access-Control-Allow-Origin");
            String creds = e.getValue().first("Access-Control-Allow-Credentials");
            boolean withCredentials = creds != null && creds.trim().equalsIgnoreCase("true");
            if (origin == null) continue;
            if (origin.trim().equals("*") && withCredentials) {
                problems.add(e.getKey() + ": Access-Control-Allow-Origin * with Allow-Credentials true");
            } else if (origin.trim().equalsIgnoreCase(FOREIGN_ORIGIN) && withCredentials) {
                problems.add(e.getKey() + ": reflects any Origin (" + FOREIGN_ORIGIN + ") with Allow-Credentials true: "
                        + "every site can read signed-in answers");
            } else {
                notes.add(e.getKey() + ": Allow-Origin " + origin + (withCredentials ? " with credentials" : " without credentials"));
            }
        }
        if (!problems.isEmpty()) return CheckResult.fail(row, String.join("; ", problems) + " [ZAP 10098]");
        if (answers(probes).isEmpty()) return CheckResult.fail(row, "no probe answered: " + failedProbes(probes));
        return CheckResult.pass(row, notes.isEmpty() ? "no Access-Control-Allow-Origin for " + FOREIGN_ORIGIN : String.join("; ", notes));
    }

    /** max-age of the first Strict-Transport-Security header on the answers, or -1. */
    static long hstsMaxAge(Map<String, Object> probes) {
        for (var e : answers(probes)) {
            String v = e.getValue().first("Strict-Transport-Security");
            if (v != null) {
                Matcher m = MAX_AGE.matcher(v);
                return m.find() ? Long.parseLong(m.group(1)) : 0;
            }
        }
        return -1;
    }

    static CheckResult hsts(Map<String, Object> probes) {
        String row = "HSTS max-age >= 1 year";
        List<String> problems = new ArrayList<>();
        String shown = null;
        for (var e : answers(probes)) {
            String v = e.getValue().first("Strict-Transport-Security");
            if (v == null) {
                problems.add("missing on " + e.getKey());
                continue;
            }
            shown = v;
            Matcher m = MAX_AGE.matcher(v);
            long age = m.find() ? Long.parseLong(m.group(1)) : -1;
            if (age < ONE_YEAR) {
                problems.add(e.getKey() + ": max-age " + (age < 0 ? "absent" : age + " s") + " < " + ONE_YEAR + " s");
            }
        }
        if (!problems.isEmpty()) return CheckResult.fail(row, String.join("; ", problems) + " [ZAP 10035]");
        if (shown == null) return CheckResult.fail(row, "no probe answered: " + failedProbes(probes));
        return CheckResult.pass(row, shown);
    }

    /** A grade and the reasons it is not higher. */
    record Grade(String grade, List<String> reasons) {
        static final List<String> ORDER = List.of("F", "C", "B", "A-", "A", "A+");

        Grade cap(String to, String reason) {
            List<String> r = new ArrayList<>(reasons);
            r.add(reason + " -> " + to);
            return new Grade(ORDER.indexOf(to) < ORDER.indexOf(grade) ? to : grade, r);
        }
    }

    /**
     * TLS grade after the SSL Labs rating guide's caps, from real handshakes ({@code openssl s_client}): SSL 3 or
     * NULL/anonymous suites F; RC4 or 64-bit block ciphers (3DES, SWEET32) C; TLS 1.0/1.1, no forward secrecy, no
     * AEAD suite, DH parameters under 2048 bits, an RSA key under 2048 bits B; some suites without forward secrecy A-;
     * A+ needs HSTS of six months or more. Passes at A or A+.
     */
    CheckResult tlsGrade(Map<String, Boolean> protocolAccepted, long hstsMaxAge) {
        String row = "TLS grade A or better (SSL Labs caps)";
        Grade g = new Grade("A", List.of());
        try {
            List<String> untested = new ArrayList<>();
            // protocols
            LegacyTlsProbe.SClient ssl3 = tryArgs(List.of("-ssl3", "-cipher", "ALL:@SECLEVEL=0"), untested, "SSL 3");
            if (ssl3 != null && ssl3.accepted()) g = g.cap("F", "SSL 3 accepted (POODLE)");
            if (Boolean.TRUE.equals(protocolAccepted.get("TLSv1"))) g = g.cap("B", "TLS 1.0 accepted");
            if (Boolean.TRUE.equals(protocolAccepted.get("TLSv1.1"))) g = g.cap("B", "TLS 1.1 accepted");
            boolean tls13 = Boolean.TRUE.equals(protocolAccepted.get("TLSv1.3"));
            // cipher classes, offered one class at a time at TLS 1.2
            if (accepts("aNULL:eNULL:@SECLEVEL=0", untested, "NULL/anonymous suites")) g = g.cap("F", "NULL or anonymous suites accepted");
            if (accepts("RC4:@SECLEVEL=0", untested, "RC4")) g = g.cap("C", "RC4 accepted");
            if (accepts("3DES:DES:IDEA:RC2:@SECLEVEL=0", untested, "64-bit block ciphers")) g = g.cap("C", "64-bit block cipher (3DES) accepted (SWEET32)");
            boolean fs = tls13 || accepts("kECDHE:kDHE:@SECLEVEL=0", untested, "forward-secret suites");
            boolean nonFs = accepts("kRSA:@SECLEVEL=0", untested, "static-RSA suites");
            if (!fs) g = g.cap("B", "no forward secrecy");
            else if (nonFs) g = g.cap("A-", "suites without forward secrecy (static RSA) accepted");
            boolean aead = tls13 || accepts("AESGCM:CHACHA20:AESCCM:@SECLEVEL=0", untested, "AEAD suites");
            if (!aead) g = g.cap("B", "no AEAD suite");
            LegacyTlsProbe.SClient dhe = tryArgs(List.of("-tls1_2", "-cipher", "kDHE:@SECLEVEL=0"), untested, "DHE");
            if (dhe != null && dhe.accepted()) {
                Matcher m = Pattern.compile("Server Temp Key: DH, (\\d+) bits").matcher(dhe.output());
                if (m.find() && Integer.parseInt(m.group(1)) < 2048) g = g.cap("B", "DH parameters of " + m.group(1) + " bits (< 2048)");
            }
            X509Certificate leaf = leaf();
            if (leaf != null && leaf.getPublicKey() instanceof RSAKey rsa && rsa.getModulus().bitLength() < 2048) {
                g = g.cap("B", "RSA key of " + rsa.getModulus().bitLength() + " bits (< 2048)");
            } else if (leaf != null && leaf.getPublicKey() instanceof ECKey ec && ec.getParams().getCurve().getField().getFieldSize() < 256) {
                g = g.cap("B", "EC key under 256 bits");
            }
            if (g.grade().equals("A") && hstsMaxAge >= SIX_MONTHS) {
                g = new Grade("A+", g.reasons());
            }
            String detail = g.grade() + (g.reasons().isEmpty() ? ": " + (tls13 ? "TLS 1.3 and " : "") + "TLS 1.2, forward secrecy and AEAD only"
                    + (g.grade().equals("A+") ? ", HSTS >= 6 months" : ", HSTS under 6 months keeps it from A+")
                    : ": " + String.join("; ", g.reasons()));
            if (!untested.isEmpty()) {
                detail += " (this openssl cannot offer " + String.join(", ", untested) + ": not tested)";
            }
            return g.grade().startsWith("A") && !g.grade().equals("A-") ? CheckResult.pass(row, detail) : CheckResult.fail(row, detail);
        } catch (LegacyTlsProbe.CannotTest e) {
            return CheckResult.fail(row, "cannot test: " + e.getMessage());
        }
    }

    private boolean accepts(String cipher, List<String> untested, String what) throws LegacyTlsProbe.CannotTest {
        LegacyTlsProbe.SClient r = tryArgs(List.of("-tls1_2", "-cipher", cipher), untested, what);
        return r != null && r.accepted();
    }

    /** null when this openssl cannot offer it (recorded in {@code untested}). */
    private LegacyTlsProbe.SClient tryArgs(List<String> args, List<String> untested, String what) throws LegacyTlsProbe.CannotTest {
        LegacyTlsProbe.SClient r = LegacyTlsProbe.sClient(target, args);
        String o = r.output();
        if (o.contains("no ciphers available") || o.contains("no cipher match") || o.contains("Unknown option")
                || o.contains("unknown option") || o.contains("no protocols available")) {
            untested.add(what);
            return null;
        }
        return r;
    }

    private X509Certificate leaf() {
        RecordingTrustManager recorder = tls.newRecorder();
        try (SSLSocket ignored = tls.connect(TlsClient.MODERN, recorder)) {
            X509Certificate[] chain = recorder.chain();
            return chain == null || chain.length == 0 ? null : chain[0];
        } catch (IOException | GeneralSecurityException e) {
            return null;
        }
    }

}

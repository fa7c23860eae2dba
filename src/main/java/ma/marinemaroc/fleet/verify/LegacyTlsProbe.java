package ma.marinemaroc.fleet.verify;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Does the server complete a handshake with exactly one protocol version? Uses the JDK when this JVM can offer the
 * version, else {@code openssl s_client} (allowed to offer legacy versions with {@code @SECLEVEL=0}), so a refusal
 * is always the server's and never the client's.
 */
final class LegacyTlsProbe {
    enum Client { AUTO, JDK, OPENSSL }

    /** accepted: the handshake completed; detail says how it ended and with which client. */
    record Outcome(boolean accepted, String detail) {
    }

    static final class CannotTest extends Exception {
        CannotTest(String message) {
            super(message);
        }
    }

    private static final Map<String, String> OPENSSL_FLAGS =
            Map.of("TLSv1", "-tls1", "TLSv1.1", "-tls1_1", "TLSv1.2", "-tls1_2", "TLSv1.3", "-tls1_3");

    private final Target target;
    private final TlsClient tls;
    private final Client client;

    LegacyTlsProbe(Target target, TlsClient tls, Client client) {
        this.target = target;
        this.tls = tls;
        this.client = client;
    }

    Outcome probe(String protocol) throws CannotTest {
        boolean jdk = TlsClient.jdkCanOffer(protocol);
        if (client == Client.JDK && !jdk) {
            throw new CannotTest("this JVM cannot offer " + protocol + " (jdk.tls.disabledAlgorithms was read before verify could relax it)");
        }
        if (client == Client.JDK || (client == Client.AUTO && jdk)) {
            return withJdk(protocol);
        }
        return withOpenssl(protocol);
    }

    private Outcome withJdk(String protocol) throws CannotTest {
        try (SSLSocket s = tls.connect(new String[]{protocol}, tls.newRecorder())) {
            return new Outcome(true, "handshake completed: " + s.getSession().getProtocol() + " "
                    + s.getSession().getCipherSuite() + " (jdk)");
        } catch (SSLException e) {
            return new Outcome(false, "handshake refused: " + e.getMessage() + " (jdk)");
        } catch (IOException | GeneralSecurityException e) {
            throw new CannotTest("cannot connect: " + e);
        }
    }

    private Outcome withOpenssl(String protocol) throws CannotTest {
        SClient r = sClient(target, List.of(OPENSSL_FLAGS.get(protocol), "-cipher", "DEFAULT:@SECLEVEL=0"));
        if (r.output().contains("no protocols available")) {
            throw new CannotTest("this openssl cannot offer " + protocol);
        }
        boolean accepted = r.accepted();
        return new Outcome(accepted, (accepted ? "handshake completed" : "handshake refused: " + firstErrorLine(r.output()))
                + " (openssl)");
    }

    /** What one {@code openssl s_client} handshake printed. */
    record SClient(int exit, String output) {
        boolean accepted() {
            return exit == 0 && output.contains("Cipher is ") && !output.contains("Cipher is (NONE)");
        }

        /** The negotiated cipher ({@code New, TLSv1.2, Cipher is X}), or null. */
        String cipher() {
            for (String line : output.split("\n")) {
                int i = line.indexOf("Cipher is ");
                if (i >= 0 && !line.contains("(NONE)")) {
                    return line.substring(i + "Cipher is ".length()).trim();
                }
            }
            return null;
        }
    }

    /**
     * One handshake with {@code openssl s_client} against the target's HTTPS port (SNI = the host name), with the
     * given extra arguments (protocol flag, -cipher ...). Fails when nothing answers on the port.
     */
    static SClient sClient(Target target, List<String> args) throws CannotTest {
        String openssl = findOpenssl();
        InetAddress address;
        try {
            address = target.address(target.httpsPort());
        } catch (IOException e) {
            throw new CannotTest("cannot resolve " + target.host() + ": " + e.getMessage());
        }
        String host = address.getHostAddress();
        List<String> cmd = new ArrayList<>(List.of(openssl, "s_client",
                "-connect", (host.contains(":") ? "[" + host + "]" : host) + ":" + target.httpsPort()));
        cmd.addAll(args);
        if (!target.host().matches("[0-9.]+|.*:.*")) {
            cmd.addAll(List.of("-servername", target.host()));
        }
        String output;
        int exit;
        try {
            Path log = Files.createTempFile("fleet-verify-sclient", ".log");
            try {
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile())
                        .redirectInput(new File("/dev/null")).start();
                if (!p.waitFor(Math.max(target.timeoutMs(), 1000) + 2000L, TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly();
                    throw new CannotTest("openssl s_client timed out");
                }
                exit = p.exitValue();
                output = Files.readString(log, StandardCharsets.ISO_8859_1);
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new CannotTest("cannot run openssl: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CannotTest("interrupted");
        }
        if (output.contains("connect:errno") || output.contains("Connection refused")) {
            throw new CannotTest("cannot connect: " + firstErrorLine(output));
        }
        return new SClient(exit, output);
    }

    static String firstErrorLine(String output) {
        for (String line : output.split("\n")) {
            if (line.contains("alert") || line.contains("error")) {
                int i = line.indexOf("SSL routines:");
                return (i >= 0 ? line.substring(i) : line).trim();
            }
        }
        return "no handshake";
    }

    static String findOpenssl() throws CannotTest {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path p = Path.of(dir, "openssl");
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        throw new CannotTest("openssl is not installed and this JVM cannot offer legacy TLS");
    }
}

package ma.marinemaroc.fleet.rehearsal;

import ma.marinemaroc.fleet.FleetStack;
import ma.marinemaroc.fleet.config.StackFile;
import ma.marinemaroc.fleet.plan.PlanMocks;
import ma.marinemaroc.fleet.plan.PlanRun;
import ma.marinemaroc.fleet.testing.Proc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real program ({@link FleetStack#program}) run in Pulumi's mock engine ({@link PlanRun}) for the rehearsal: the
 * plan's mocks ({@link PlanMocks}, salted per resource name for a replaced host or a rotated key), except that a
 * self-signed certificate is a real one (openssl, ECDSA P-256, for the recorded DNS names: NGINX must serve it).
 * Generated material is kept per instance, so two runs of the same config record the same graph.
 */
public final class RehearsalPlan {
    public static final String PROJECT = "fleet";
    public static final String STACK = "rehearsal";
    public static final String CONFIG = "rehearsal/Pulumi.rehearsal.yaml";
    /** The logical names the program gives the droplet and the deploy key (salted: replaced host, rotated key). */
    public static final String DROPLET = "host-droplet";
    public static final String DEPLOY_KEY = "host-deploy-key";
    /** The key the user-data authorizes, restricted to the forced command that installs the other keys. */
    public static final String BOOTSTRAP_KEY = "host-bootstrap-key";

    /** Per logical name, the salt {@link PlanMocks} gives it. */
    private final Map<String, String> salts = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> generated = new ConcurrentHashMap<>();

    /** The rehearsal stack file with placeholder secrets, optionally with overrides. */
    public static StackFile stackFile(Map<String, String> overrides) {
        try {
            return StackFile.read(ImageBuilder.resource(CONFIG)).withPlaceholderSecrets().with(overrides, java.util.Set.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * From now on the resource {@code name} gets other provider-computed values (PlanMocks' salt): a
     * {@code tls:PrivateKey} another key (a rotated deploy key), a droplet another id (a replaced host).
     */
    public void salt(String name, String salt) {
        salts.put(name, salt);
    }

    public PlanRun.Result run(StackFile file) {
        return run(file, STACK);
    }

    public PlanRun.Result run(StackFile file, String stack) {
        return PlanRun.run(file, PROJECT, stack, FleetStack::program, new Mocks(Map.copyOf(salts)));
    }

    /** The self-signed certificates generated so far (PEM), the trust anchors of the rehearsal's clients. */
    public List<String> certificatePems() {
        return generated.entrySet().stream().filter(e -> e.getKey().startsWith("cert:"))
                .map(e -> String.valueOf(e.getValue().get("certPem"))).sorted().toList();
    }

    private final class Mocks extends PlanMocks {
        Mocks(Map<String, String> salts) {
            super(salts);
        }

        @Override
        public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
            switch (args.type) {
                case "tls:index/privateKey:PrivateKey" -> {
                    if (!"ECDSA".equals(args.inputs.get("algorithm"))) return super.newResourceAsync(args);
                    Map<String, Object> state = new HashMap<>(args.inputs);
                    state.putAll(generated.computeIfAbsent("key:" + args.name, k -> ecdsaKey()));
                    return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(args.name + "-id"), state));
                }
                case "tls:index/selfSignedCert:SelfSignedCert" -> {
                    Map<String, Object> state = new HashMap<>(args.inputs);
                    String keyPem = String.valueOf(args.inputs.get("privateKeyPem"));
                    @SuppressWarnings("unchecked")
                    List<Object> names = (List<Object>) args.inputs.getOrDefault("dnsNames", List.of());
                    int hours = ((Number) args.inputs.get("validityPeriodHours")).intValue();
                    state.putAll(generated.computeIfAbsent("cert:" + args.name + ":" + names + ":" + keyPem.hashCode(),
                            k -> selfSigned(keyPem, names.stream().map(String::valueOf).toList(), hours)));
                    state.put("readyForRenewal", false);
                    return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(args.name + "-id"), state));
                }
                default -> {
                    return super.newResourceAsync(args);
                }
            }
        }
    }

    private static Map<String, Object> ecdsaKey() {
        Path dir = tempDir();
        try {
            Path key = dir.resolve("key.pem");
            Proc.run(List.of("openssl", "ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", key.toString()))
                    .requireOk("generating an ECDSA key");
            return Map.of("privateKeyPem", Files.readString(key), "publicKeyFingerprintSha256", "SHA256:rehearsal-ecdsa");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Proc.run(List.of("rm", "-rf", dir.toString()));
        }
    }

    /** What the tls provider's SelfSignedCert returns, made by openssl for the recorded key and names. */
    private static Map<String, Object> selfSigned(String keyPem, List<String> dnsNames, int hours) {
        if (!keyPem.contains("PRIVATE KEY-----") || keyPem.contains("\nmock\n")) {
            throw new IllegalStateException("the certificate's key is not a real key: the rehearsal mocks generate ECDSA keys only");
        }
        Path dir = tempDir();
        try {
            Path key = dir.resolve("key.pem");
            Path cert = dir.resolve("cert.pem");
            Files.writeString(key, keyPem);
            String cn = dnsNames.isEmpty() ? "rehearsal" : dnsNames.get(0);
            List<String> cmd = new ArrayList<>(List.of("openssl", "req", "-x509", "-new", "-key", key.toString(), "-out", cert.toString(),
                    "-days", String.valueOf(Math.max(1, hours / 24)), "-subj", "/CN=" + cn + "/O=Marine Maroc",
                    "-addext", "keyUsage=critical,digitalSignature,keyEncipherment", "-addext", "extendedKeyUsage=serverAuth"));
            if (!dnsNames.isEmpty()) cmd.addAll(List.of("-addext", "subjectAltName=" + String.join(",", dnsNames.stream().map(n -> "DNS:" + n).toList())));
            Proc.run(cmd).requireOk("making the self-signed certificate");
            String end = Proc.run(List.of("openssl", "x509", "-in", cert.toString(), "-noout", "-enddate")).requireOk("reading it").out().trim();
            return Map.of("certPem", Files.readString(cert), "validityEndTime", end.substring(end.indexOf('=') + 1),
                    "validityStartTime", java.time.Instant.now().toString(), "keyAlgorithm", "ECDSA");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Proc.run(List.of("rm", "-rf", dir.toString()));
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("rehearsal-tls");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

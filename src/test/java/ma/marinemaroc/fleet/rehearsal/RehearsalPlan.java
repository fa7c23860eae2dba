package ma.marinemaroc.fleet.rehearsal;

import com.pulumi.core.Output;
import com.pulumi.core.internal.OutputData;
import com.pulumi.test.Mocks;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import com.pulumi.test.internal.PulumiTestInternal;
import ma.marinemaroc.fleet.FleetStack;
import ma.marinemaroc.fleet.config.StackFile;
import ma.marinemaroc.fleet.plan.EngineRuns;
import ma.marinemaroc.fleet.plan.MockSshKeys;
import ma.marinemaroc.fleet.plan.PlanMocks;
import ma.marinemaroc.fleet.plan.PlanRun;
import ma.marinemaroc.fleet.plan.RecordedResource;
import ma.marinemaroc.fleet.plan.RecordingMonitor;
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
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real program ({@link FleetStack#program}) run in Pulumi's mock engine for the rehearsal: the plan's mocks
 * ({@link PlanMocks}), except that a self-signed certificate is a real one (openssl, ECDSA P-256, for the recorded DNS
 * names: NGINX must serve it) and that chosen {@code tls:PrivateKey}s can get another seed (a rotated deploy key).
 * Generated material is kept per instance, so two runs of the same config record the same graph.
 */
public final class RehearsalPlan {
    public static final String PROJECT = "fleet";
    public static final String STACK = "rehearsal";
    public static final String CONFIG = "rehearsal/Pulumi.rehearsal.yaml";

    private final Map<String, String> keySeeds = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> generated = new ConcurrentHashMap<>();

    /** The rehearsal stack file with placeholder secrets, optionally with overrides. */
    public static StackFile stackFile(Map<String, String> overrides) {
        try {
            return StackFile.read(ImageBuilder.resource(CONFIG)).withPlaceholderSecrets().with(overrides, java.util.Set.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** From now on the tls PrivateKey {@code resourceName} is generated from {@code seed} (e.g. a rotated deploy key). */
    public void seedKey(String resourceName, String seed) {
        keySeeds.put(resourceName, seed);
    }

    public PlanRun.Result run(StackFile file) {
        return run(file, STACK);
    }

    public PlanRun.Result run(StackFile file, String stack) {
        Mocks mocks = new Mocks();
        synchronized (PlanRun.class) {
            var holder = new RecordingMonitor[1];
            try {
                TestResult r = EngineRuns.await(PulumiTestInternal.builder()
                        .options(TestOptions.builder().projectName(PROJECT).stackName(stack).preview(false).build())
                        .config(file.values(), file.secretKeys())
                        .mocks(mocks)
                        .monitorDecorator(m -> holder[0] = new RecordingMonitor(mocks, PulumiTestInternal.mockLog()))
                        .build()
                        .runTestAsync(FleetStack::program));
                Map<String, Object> outputs = new TreeMap<>();
                r.outputs().forEach((k, v) -> outputs.put(k, value(v)));
                return new PlanRun.Result(holder[0].recorded(), outputs, new ArrayList<>(r.errors()), List.copyOf(r.exceptions()));
            } finally {
                PulumiTestInternal.cleanup();
            }
        }
    }

    /** The self-signed certificates generated so far (PEM), the trust anchors of the rehearsal's clients. */
    public List<String> certificatePems() {
        return generated.entrySet().stream().filter(e -> e.getKey().startsWith("cert:"))
                .map(e -> String.valueOf(e.getValue().get("certPem"))).sorted().toList();
    }

    /** The name of the tls PrivateKey whose OpenSSH key the on-host commands connect with. */
    public static String deployKeyResource(PlanRun.Result graph) {
        String key = graph.ofType(Driver.COMMAND).stream()
                .map(c -> ((Map<?, ?>) c.plainInput("connection")).get("privateKey")).map(String::valueOf).findFirst()
                .orElseThrow(() -> new AssertionError("no remote command in the graph"));
        return graph.ofType("tls:index/privateKey:PrivateKey").stream().map(RecordedResource::name)
                .filter(n -> MockSshKeys.of(n).privateOpenssh().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("the commands' key is not one of the graph's tls PrivateKeys"));
    }

    private static Object value(Output<?> o) {
        OutputData<?> d = PulumiTestInternal.extractOutputData(o);
        if (!d.isKnown()) return RecordedResource.UNKNOWN;
        Object v = d.getValueNullable();
        return d.isSecret() ? new RecordedResource.Secret(v) : v;
    }

    private final class Mocks extends PlanMocks {
        @Override
        public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
            switch (args.type) {
                case "tls:index/privateKey:PrivateKey" -> {
                    Map<String, Object> state = new HashMap<>(args.inputs);
                    if ("ECDSA".equals(args.inputs.get("algorithm"))) {
                        state.putAll(generated.computeIfAbsent("key:" + args.name, k -> ecdsaKey()));
                    } else {
                        MockSshKeys.Pair pair = MockSshKeys.of(keySeeds.getOrDefault(args.name, args.name));
                        state.put("publicKeyOpenssh", pair.publicLine() + "\n");
                        state.put("privateKeyOpenssh", pair.privateOpenssh());
                        state.put("privateKeyPem", "-----BEGIN PRIVATE KEY-----\nmock\n-----END PRIVATE KEY-----\n");
                        state.put("publicKeyFingerprintSha256", "SHA256:mock-" + keySeeds.getOrDefault(args.name, args.name));
                    }
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

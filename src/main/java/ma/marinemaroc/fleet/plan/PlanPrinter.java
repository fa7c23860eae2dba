package ma.marinemaroc.fleet.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints a recorded plan as a deterministic resource tree (type, name, inputs, options), so that its text diffs
 * cleanly in a pull request. Secrets print as [secret]; long or multi-line values as their size and hash.
 */
public final class PlanPrinter {
    private static final int MAX_INLINE = 100;
    private static final java.util.Set<String> SCRIPT_KEYS = java.util.Set.of("create", "update", "delete");

    private PlanPrinter() {
    }

    public static String print(String stack, PlanRun.Result result) {
        StringBuilder sb = new StringBuilder();
        List<RecordedResource> all = result.resources();
        long count = all.stream().filter(r -> !r.type().equals("pulumi:pulumi:Stack")).count();
        sb.append("Plan of stack '").append(stack).append("': ").append(count)
                .append(" resources (offline: Pulumi mock engine, provider-computed values are stand-ins)\n\n");
        String stackUrn = all.stream().filter(r -> r.type().equals("pulumi:pulumi:Stack")).map(RecordedResource::urn)
                .findFirst().orElse("");
        for (RecordedResource r : children(all, stackUrn)) {
            print(sb, all, r, 0);
        }
        // Resources registered without a parent (providers are created stack-level).
        for (RecordedResource r : children(all, "")) {
            if (!r.type().equals("pulumi:pulumi:Stack")) print(sb, all, r, 0);
        }
        sb.append("\nOutputs:\n");
        result.outputs().forEach((k, v) -> sb.append("  ").append(k).append(": ").append(format(v)).append('\n'));
        return sb.toString();
    }

    private static List<RecordedResource> children(List<RecordedResource> all, String parentUrn) {
        return all.stream().filter(r -> r.parentUrn().equals(parentUrn))
                .sorted(Comparator.comparing(RecordedResource::type).thenComparing(RecordedResource::name))
                .toList();
    }

    private static void print(StringBuilder sb, List<RecordedResource> all, RecordedResource r, int depth) {
        String ind = "  ".repeat(depth);
        sb.append(ind).append(r.custom() ? "+ " : "# ").append(r.type()).append("  ").append(r.name());
        List<String> opts = new ArrayList<>();
        if (!r.version().isEmpty()) opts.add("plugin " + r.version());
        if (!r.provider().isEmpty()) opts.add("provider " + providerName(r.provider()));
        if (!r.ignoreChanges().isEmpty()) opts.add("ignoreChanges " + r.ignoreChanges());
        if (r.deleteBeforeReplace()) opts.add("deleteBeforeReplace");
        if (r.protect()) opts.add("protect");
        if (!r.additionalSecretOutputs().isEmpty()) opts.add("secretOutputs " + r.additionalSecretOutputs());
        if (!opts.isEmpty()) sb.append("  (").append(String.join("; ", opts)).append(')');
        sb.append('\n');
        if (!r.dependencies().isEmpty()) {
            sb.append(ind).append("    ").append(r.custom() ? "dependsOn: " : "component dependsOn: ")
                    .append(dependencyNames(all, r)).append('\n');
        }
        if (r.custom()) {
            r.inputs().forEach((k, v) -> {
                if (k.startsWith("__")) return;
                // Shell steps are what reviewers most need to read: shown whole when they are one line.
                String shown = SCRIPT_KEYS.contains(k) && v instanceof String s && !s.contains("\n") ? s : format(v);
                sb.append(ind).append("    ").append(k).append(": ").append(shown).append('\n');
            });
        }
        for (RecordedResource c : children(all, r.urn())) print(sb, all, c, depth + 1);
    }

    /**
     * What a resource waits for: the logical names of the resources in its dependency list (explicit dependsOn and
     * the resources its inputs come from), sorted; a name two resources share carries its type's short name.
     */
    static String dependencyNames(List<RecordedResource> all, RecordedResource r) {
        Map<String, Long> nameCount = all.stream().collect(Collectors.groupingBy(RecordedResource::name, Collectors.counting()));
        return r.dependencies().stream().distinct().map(urn -> all.stream().filter(x -> x.urn().equals(urn)).findFirst()
                        .map(x -> nameCount.getOrDefault(x.name(), 0L) > 1
                                ? x.name() + " (" + x.type().substring(x.type().lastIndexOf(':') + 1) + ")" : x.name())
                        .orElse(urn))
                .sorted().collect(Collectors.joining(", ", "[", "]"));
    }

    private static String providerName(String providerRef) {
        // urn::id of the provider resource: keep the logical name only.
        String urn = providerRef.contains("::") ? providerRef.substring(0, providerRef.lastIndexOf("::")) : providerRef;
        return urn.substring(urn.lastIndexOf("::") + 2);
    }

    static String format(Object v) {
        if (v == null) return "null";
        if (v instanceof RecordedResource.Secret) return "[secret]";
        if (v instanceof String s) {
            if (s.length() > MAX_INLINE || s.contains("\n")) {
                return "<" + s.lines().count() + " lines, " + s.getBytes(StandardCharsets.UTF_8).length
                        + " bytes, sha256:" + sha(s) + ">";
            }
            return s;
        }
        if (v instanceof List<?> l) {
            String inline = l.stream().map(PlanPrinter::format).collect(Collectors.joining(", ", "[", "]"));
            return inline;
        }
        if (v instanceof Map<?, ?> m) {
            if ("asset".equals(m.get("kind")) && m.get("text") instanceof String t) {
                return "asset " + format(t);
            }
            return m.entrySet().stream().filter(e -> !String.valueOf(e.getKey()).startsWith("__"))
                    .sorted(Map.Entry.comparingByKey(Comparator.comparing(String::valueOf)))
                    .map(e -> e.getKey() + "=" + format(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return String.valueOf(v);
    }

    static String sha(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

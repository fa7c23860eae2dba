package ma.marinemaroc.fleet.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What deploying one recorded program over another would do, resource by resource, with the providers' rules:
 * a {@code command:remote:Command} whose {@code triggers} changed is replaced (its {@code create} runs), one whose
 * other inputs changed runs its {@code update}; a Docker object whose inputs changed is replaced (pulumi-docker's
 * container inputs all force a replacement); anything else is updated or replaced as its provider decides (listed).
 * Also the image changes, read from the containers. The plan command prints it for reviewers
 * ({@code bin/fleet plan --against <git rev>}), the lifecycle tests assert it.
 *
 * @param replacedSteps  on-host steps whose create runs again
 * @param updatedSteps   on-host steps that only run their (no-op) update
 * @param replacedDocker Docker objects (containers, network) replaced
 * @param changedCloud   other resources with changed inputs
 * @param added          resources only the new program registers
 * @param removed        resources only the old program registers
 * @param images         per service (container name prefix), old image -> new image
 */
public record PlanDiff(List<String> replacedSteps, List<String> updatedSteps, List<String> replacedDocker,
                       List<String> changedCloud, List<String> added, List<String> removed,
                       Map<String, String[]> images) {
    static final String COMMAND = "command:remote:Command";

    public static PlanDiff of(PlanRun.Result before, PlanRun.Result after) {
        Map<String, RecordedResource> old = index(before);
        Map<String, RecordedResource> now = index(after);
        TreeSet<String> replaced = new TreeSet<>();
        TreeSet<String> updated = new TreeSet<>();
        TreeSet<String> docker = new TreeSet<>();
        TreeSet<String> cloud = new TreeSet<>();
        TreeSet<String> added = new TreeSet<>();
        TreeSet<String> removed = new TreeSet<>();
        for (var e : now.entrySet()) {
            RecordedResource b = e.getValue();
            RecordedResource a = old.get(e.getKey());
            if (a == null) {
                added.add(b.name());
                continue;
            }
            Map<String, Object> ai = RecordedResource.unwrapInputs(a);
            Map<String, Object> bi = RecordedResource.unwrapInputs(b);
            if (ai.equals(bi)) continue;
            if (b.type().equals(COMMAND)) {
                (Objects.equals(ai.get("triggers"), bi.get("triggers")) ? updated : replaced).add(b.name());
            } else if (b.type().startsWith("docker:index/")) {
                docker.add(b.name());
            } else {
                cloud.add(b.name());
            }
        }
        old.keySet().stream().filter(k -> !now.containsKey(k)).forEach(k -> removed.add(old.get(k).name()));
        Map<String, String[]> images = new TreeMap<>();
        Map<String, String> was = images(before);
        images(after).forEach((svc, img) -> {
            String prev = was.get(svc);
            if (prev != null && !prev.equals(img)) images.put(svc, new String[]{prev, img});
        });
        return new PlanDiff(List.copyOf(replaced), List.copyOf(updated), List.copyOf(docker), List.copyOf(cloud),
                List.copyOf(added), List.copyOf(removed), images);
    }

    /** Custom resources by type and logical name (URNs also carry the parent chain, which a rename may change). */
    private static Map<String, RecordedResource> index(PlanRun.Result r) {
        Map<String, RecordedResource> out = new LinkedHashMap<>();
        for (RecordedResource x : r.resources()) {
            if (x.custom()) out.put(x.type() + "::" + x.name(), x);
        }
        return out;
    }

    /** Image per container, keyed by its name without the release suffix. */
    private static Map<String, String> images(PlanRun.Result r) {
        Map<String, String> out = new TreeMap<>();
        for (RecordedResource c : r.ofType("docker:index/container:Container")) {
            String name = String.valueOf(c.plainInput("name")).replaceFirst("-[0-9a-f]{8}$", "");
            out.put(name, String.valueOf(c.plainInput("image")));
        }
        return out;
    }

    public boolean isEmpty() {
        return replacedSteps.isEmpty() && updatedSteps.isEmpty() && replacedDocker.isEmpty() && changedCloud.isEmpty()
                && added.isEmpty() && removed.isEmpty();
    }

    /** The summary a reviewer reads before the resource tree. */
    public String describe() {
        StringBuilder sb = new StringBuilder("What this change does (compared with the other plan):\n");
        if (isEmpty()) return sb.append("  nothing: no resource changes, nothing runs on the host\n").toString();
        images.forEach((svc, pair) -> sb.append("  image ").append(svc).append(": ").append(pair[0]).append(" -> ")
                .append(pair[1]).append('\n'));
        if (replacedSteps.contains("services-migrations")) {
            sb.append("  migrations run (one-shot container of the new API image)");
            if (replacedSteps.contains("services-backup-before-migrations")) sb.append(", after a verified backup set");
            sb.append('\n');
        }
        for (String guard : replacedSteps) {
            if (guard.startsWith("services-backup-before-") && !guard.equals("services-backup-before-migrations")) {
                sb.append("  guarded: ").append(guard).append(" takes a backup before the replacement\n");
            }
        }
        line(sb, "on-host steps that run again", replacedSteps);
        line(sb, "on-host steps that only log in again (no-op update)", updatedSteps);
        line(sb, "containers and networks replaced", replacedDocker);
        line(sb, "cloud resources changed (the provider decides update or replace)", changedCloud);
        line(sb, "added", added);
        line(sb, "removed", removed);
        return sb.toString();
    }

    private static void line(StringBuilder sb, String what, List<String> names) {
        if (names.isEmpty()) return;
        sb.append("  ").append(what).append(" (").append(names.size()).append("): ").append(String.join(", ", names)).append('\n');
    }
}

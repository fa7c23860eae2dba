package ma.marinemaroc.fleet;

import ma.marinemaroc.fleet.plan.PlanRun;
import ma.marinemaroc.fleet.plan.RecordedResource;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The resource graph a program registered, as the engine orders it: a resource is created only after everything in
 * its dependency list (explicit {@code dependsOn} and the resources its inputs come from), transitively.
 */
public final class Graph {
    public static final String COMMAND = "command:remote:Command";
    public static final String CONTAINER = "docker:index/container:Container";

    private final PlanRun.Result result;
    private final Map<String, RecordedResource> byUrn;

    public Graph(PlanRun.Result result) {
        this.result = result;
        this.byUrn = result.resources().stream().collect(Collectors.toMap(RecordedResource::urn, r -> r, (a, b) -> a));
    }

    public PlanRun.Result result() {
        return result;
    }

    /** The one custom resource of that logical name (commands, containers by resource name). */
    public RecordedResource named(String name) {
        return find(name).orElseThrow(() -> new AssertionError("no resource named " + name));
    }

    public Optional<RecordedResource> find(String name) {
        List<RecordedResource> l = result.resources().stream().filter(r -> r.custom() && r.name().equals(name)).toList();
        if (l.size() > 1) throw new AssertionError("several resources named " + name);
        return l.stream().findFirst();
    }

    /** The container whose {@code name} input starts with {@code prefix} (release names end in a hash). */
    public RecordedResource container(String prefix) {
        List<RecordedResource> l = containers(prefix);
        if (l.size() != 1) throw new AssertionError("expected one container named " + prefix + "*, found " + l.size());
        return l.get(0);
    }

    public List<RecordedResource> containers(String prefix) {
        return result.ofType(CONTAINER).stream().filter(c -> {
            String n = String.valueOf(c.plainInput("name"));
            return n.equals(prefix) || n.matches(java.util.regex.Pattern.quote(prefix) + "-[0-9a-f]{8}");
        }).toList();
    }

    public List<RecordedResource> all(Predicate<RecordedResource> p) {
        return result.resources().stream().filter(p).toList();
    }

    /** Every resource {@code r} waits for, transitively. */
    public Set<String> ancestors(RecordedResource r) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(r.dependencies());
        while (!todo.isEmpty()) {
            String urn = todo.pop();
            if (!seen.add(urn)) continue;
            RecordedResource d = byUrn.get(urn);
            if (d != null) todo.addAll(d.dependencies());
        }
        return seen;
    }

    /** Whether {@code first} is created before {@code then} (a dependency path leads from then to first). */
    public boolean before(RecordedResource first, RecordedResource then) {
        return ancestors(then).contains(first.urn());
    }

    /**
     * Checks chains of resources that must be created in order; returns one line per pair that is not ordered (an
     * empty list when the graph complies).
     */
    public List<String> orderViolations(List<List<RecordedResource>> chains) {
        List<String> out = new ArrayList<>();
        for (List<RecordedResource> chain : chains) {
            for (int i = 0; i + 1 < chain.size(); i++) {
                RecordedResource a = chain.get(i);
                RecordedResource b = chain.get(i + 1);
                if (!before(a, b)) out.add(b.name() + " does not wait for " + a.name());
            }
        }
        return out;
    }
}

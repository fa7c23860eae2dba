package ma.marinemaroc.fleet.rehearsal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one pass of the driver did, in order: a step per resource (what was decided and whether it was applied on
 * the host or only recorded, as for cloud resources), every remote command run, and the failure that stopped the
 * pass, if any.
 */
public final class PassReport {
    /** Pulumi's step kinds. */
    public enum Action { CREATE, UPDATE, REPLACE, DELETE, SAME }

    /**
     * @param name      logical name
     * @param type      type token
     * @param action    what the diff decided
     * @param onHost    applied on the rehearsal host (false: a cloud resource, only recorded)
     * @param changed   the input keys that differ from the previous pass (empty for CREATE and SAME)
     */
    public record Step(String urn, String name, String type, Action action, boolean onHost, Set<String> changed) {
    }

    /** One run of a remote command: which resource, which script (create/update/delete), its exit and output. */
    public record CommandRun(String name, String phase, String script, int exit, String stdout, String stderr, long millis) {
        public boolean ok() {
            return exit == 0;
        }
    }

    private final int pass;
    private final List<Step> steps = new ArrayList<>();
    private final List<CommandRun> commands = new ArrayList<>();
    private final java.util.LinkedHashMap<String, String> failures = new java.util.LinkedHashMap<>();
    private final List<String> skipped = new ArrayList<>();

    PassReport(int pass) {
        this.pass = pass;
    }

    void step(Step s) {
        steps.add(s);
    }

    void command(CommandRun c) {
        commands.add(c);
    }

    void fail(String resource, String message) {
        failures.put(resource, message);
    }

    void skip(String resource) {
        skipped.add(resource);
    }

    public int pass() {
        return pass;
    }

    public List<Step> steps() {
        return List.copyOf(steps);
    }

    public List<CommandRun> commands() {
        return List.copyOf(commands);
    }

    /** Every failure: resource name to message (with the step's output), in the order they happened. */
    public Map<String, String> failures() {
        return java.util.Collections.unmodifiableMap(failures);
    }

    /** The first failure, if any. */
    public Optional<String> failure() {
        return failures.values().stream().findFirst();
    }

    public Optional<String> failedResource() {
        return failures.keySet().stream().findFirst();
    }

    /** Resources not attempted because something they depend on failed ({@code --continue-on-error}). */
    public List<String> skipped() {
        return List.copyOf(skipped);
    }

    public boolean succeeded() {
        return failures.isEmpty();
    }

    public List<Step> steps(Action action) {
        return steps.stream().filter(s -> s.action() == action).toList();
    }

    /** Steps that changed something on the host (not SAME, not cloud-only). */
    public List<Step> hostChanges() {
        return steps.stream().filter(s -> s.onHost() && s.action() != Action.SAME).toList();
    }

    public Optional<Step> step(String name) {
        return steps.stream().filter(s -> s.name().equals(name)).reduce((a, b) -> b);
    }

    /** Position of the first step for a resource name (order of application), or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < steps.size(); i++) if (steps.get(i).name().equals(name) && steps.get(i).action() != Action.DELETE) return i;
        return -1;
    }

    /** A readable summary: counts, every host change, every command run, the failure. */
    public String summary() {
        StringBuilder b = new StringBuilder("pass ").append(pass).append(": ");
        for (Action a : Action.values()) b.append(a.name().toLowerCase()).append(' ').append(steps(a).size()).append(", ");
        b.append(commands.size()).append(" commands run").append(failures.isEmpty() ? "" : ", FAILED at " + failures.keySet()).append('\n');
        for (Step s : steps) {
            if (s.action() != Action.SAME) {
                b.append("  ").append(s.action()).append(s.onHost() ? " " : " (cloud, recorded) ").append(s.name())
                        .append(s.changed().isEmpty() ? "" : " " + s.changed()).append('\n');
            }
        }
        for (CommandRun c : commands) {
            b.append("  ran ").append(c.name()).append(" [").append(c.phase()).append("] exit ").append(c.exit())
                    .append(" in ").append(c.millis()).append(" ms\n");
        }
        if (!skipped.isEmpty()) b.append("skipped (a dependency failed): ").append(skipped).append('\n');
        failures.forEach((r, m) -> b.append("failure of ").append(r).append(":\n").append(m).append('\n'));
        return b.toString();
    }

    @Override
    public String toString() {
        return summary();
    }
}

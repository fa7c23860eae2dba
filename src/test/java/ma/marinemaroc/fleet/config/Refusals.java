package ma.marinemaroc.fleet.config;

import ma.marinemaroc.fleet.Stacks;
import ma.marinemaroc.fleet.plan.PlanRun;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Assertions shared by the config tests: a configuration is refused with exactly these lines, before any resource. */
final class Refusals {
    private Refusals() {
    }

    /**
     * The loader reports exactly {@code expected} ({@code key: message} each, in order), and the real program in the
     * engine fails with the same lines (naming the stack), no stack trace, and registers nothing but the stack itself.
     *
     * @param secretValues values that must appear in no message
     */
    static void assertRefused(String stack, StackFile f, List<String> expected, List<String> secretValues) {
        StackConfigException e = assertThrows(StackConfigException.class,
                () -> StackSettingsLoader.load(f.source(), "fleet", stack));
        assertThat(e.problems()).extracting(ConfigProblem::toString).containsExactlyElementsOf(expected);
        for (String s : secretValues) assertThat(e.getMessage()).doesNotContain(s);

        PlanRun.Result r = Stacks.run(stack, f);
        assertThat(r.failed()).isTrue();
        assertThat(r.resources()).allMatch(res -> res.type().equals("pulumi:pulumi:Stack"));
        String log = String.join("\n", r.errors());
        for (ConfigProblem p : e.problems()) assertThat(log).contains(p.render("stack '" + stack + "'"));
        assertThat(log).doesNotContain("\tat ", "Exception");
        for (String s : secretValues) assertThat(log).doesNotContain(s);
    }
}

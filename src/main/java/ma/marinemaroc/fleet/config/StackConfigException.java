package ma.marinemaroc.fleet.config;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown before any resource is declared when the stack config has problems; lists all of them. */
public class StackConfigException extends RuntimeException {
    private final transient List<ConfigProblem> problems;

    public StackConfigException(String stack, List<ConfigProblem> problems) {
        super(format(stack, problems));
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }

    private static String format(String stack, List<ConfigProblem> problems) {
        return "stack config of '" + stack + "' has " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + " (nothing was created):\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
    }
}

package ma.marinemaroc.fleet.config;

import com.pulumi.exceptions.RunException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown before any resource is declared when the stack config has problems; lists all of them, one line each.
 *
 * <p>It is a {@link RunException}: the Pulumi Java SDK's runner logs a {@code RunException} as an engine error with
 * its message only, no stack trace (DeploymentImpl.DefaultRunner#handleExceptionAsync), so {@code pulumi preview}
 * prints exactly the lines below. Command-line tools exit with {@link #EXIT_CODE}.
 */
public class StackConfigException extends RunException {
    /** Exit code of a command-line run that stopped on a config error (usage-style error, as in sysexits' spirit). */
    public static final int EXIT_CODE = 2;

    private final transient List<ConfigProblem> problems;
    private final String origin;

    /**
     * @param origin the file the config came from, or {@code stack 'name'} in a real Pulumi run
     * @param stack  the stack name
     */
    public StackConfigException(String origin, String stack, List<ConfigProblem> problems) {
        super(format(origin, stack, problems));
        this.problems = List.copyOf(problems);
        this.origin = origin;
    }

    public List<ConfigProblem> problems() {
        return problems;
    }

    public String origin() {
        return origin;
    }

    /** The report lines without the heading: {@code <origin>: config.<key>: <message>}. */
    public List<String> lines() {
        return problems.stream().map(p -> p.render(origin)).toList();
    }

    private static String format(String origin, String stack, List<ConfigProblem> problems) {
        return "stack config of '" + stack + "' has " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + " (nothing was created):\n"
                + problems.stream().map(p -> p.render(origin)).collect(Collectors.joining("\n"));
    }
}

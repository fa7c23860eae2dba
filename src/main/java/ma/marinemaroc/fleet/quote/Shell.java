package ma.marinemaroc.fleet.quote;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Shell commands built from argument lists (one quoting function, a few combinators), so that a value can never
 * change the shape of a command. POSIX sh semantics; every on-host step is also run through shellcheck by the tests.
 */
public final class Shell {
    private Shell() {
    }

    /** One word for sh: left as is when it is made only of safe characters, else single-quoted. */
    public static String quote(String word) {
        Objects.requireNonNull(word, "shell word");
        if (word.indexOf('\0') >= 0) throw new IllegalArgumentException("a shell word cannot contain NUL");
        if (!word.isEmpty() && word.chars().allMatch(Shell::safe)) return word;
        return "'" + word.replace("'", "'\"'\"'") + "'";
    }

    private static boolean safe(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "@%+=:,./_-".indexOf(c) >= 0;
    }

    /** A simple command from its argument words. */
    public static String command(List<String> argv) {
        if (argv.isEmpty()) throw new IllegalArgumentException("empty command");
        return argv.stream().map(Shell::quote).collect(Collectors.joining(" "));
    }

    public static String command(String... argv) {
        return command(Arrays.asList(argv));
    }

    /** {@code a && b && c}: stops at the first failure. */
    public static String and(String... commands) {
        return String.join(" && ", commands);
    }

    /** Commands run in order in a script with {@code set -eu}, separated by "; ". */
    public static String script(List<String> commands) {
        return "set -eu; " + String.join("; ", commands);
    }
}

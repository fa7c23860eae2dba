package ma.marinemaroc.fleet.backup.scripts;

import java.util.List;
import java.util.regex.Pattern;

/** POSIX shell single-quoting for values rendered into sourced configuration files. */
final class ShellQuote {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");

    private ShellQuote() {
    }

    /** {@code value} as one shell word: bare when it is plain, else single-quoted. */
    static String quote(String value) {
        if (value.contains("\n") || value.contains("\r") || value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a line break or NUL cannot be rendered into a shell file");
        }
        if (!value.isEmpty() && PLAIN.matcher(value).matches()) {
            return value;
        }
        return "'" + value.replace("'", "'\\''") + "'";
    }

    /** The words joined by spaces, as one quoted shell word (the scripts split it again on spaces). */
    static String quoteWords(List<String> words) {
        return quote(String.join(" ", words));
    }
}

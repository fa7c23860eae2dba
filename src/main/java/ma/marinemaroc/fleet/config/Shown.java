package ma.marinemaroc.fleet.config;

/**
 * How a (non-secret) value appears in an error message: in single quotes, control and line-break characters written
 * as escapes ({@code \n}, {@code \u0000}) so that a message is always one readable line, long values shortened.
 */
public final class Shown {
    static final int MAX = 60;

    private Shown() {
    }

    public static String q(String v) {
        StringBuilder b = new StringBuilder("'");
        int shown = 0;
        for (int i = 0; i < v.length(); i++) {
            if (shown >= MAX) {
                b.append("...");
                break;
            }
            b.append(escape(v.charAt(i)));
            shown++;
        }
        return b.append('\'').toString();
    }

    /** One character as it is shown: printable as itself, the rest as an escape. */
    public static String escape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '\0' -> "\\0";
            default -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u00a0'
                    ? String.format("\\u%04X", (int) c) : String.valueOf(c);
        };
    }

    /** A character named for a message: {@code ':'}, {@code a newline}, {@code U+0000 (NUL)}. */
    public static String named(char c) {
        return switch (c) {
            case '\n', '\r', '\u0085', '\u2028', '\u2029' -> "a line break (" + escape(c) + ")";
            case '\0' -> "a NUL character (\\0)";
            case '\t' -> "a tab";
            case ' ' -> "a space";
            default -> Character.isISOControl(c) ? String.format("the control character U+%04X", (int) c)
                    : "'" + c + "'";
        };
    }
}

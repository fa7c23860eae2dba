package ma.marinemaroc.fleet.quote;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Values written to a Laravel {@code .env} file, quoted for vlucas/phpdotenv 5 (what Laravel 10 reads it with):
 * every value is double-quoted, with {@code \\}, {@code "} and {@code $} escaped (an unescaped {@code $} starts a
 * variable reference: {@code x${APP_KEY}} would send the app's key wherever the value goes) and newline, carriage
 * return and tab written as escapes. Other control characters cannot be represented and are refused; config
 * validation refuses them earlier with the key's name. Tested against the real phpdotenv.
 */
public final class Dotenv {
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

    private Dotenv() {
    }

    public static String quote(String value) {
        Objects.requireNonNull(value, "value");
        StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                case '$' -> sb.append("\\$");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        throw new IllegalArgumentException("a .env value cannot hold control character U+"
                                + String.format("%04X", (int) c));
                    }
                    sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    /** {@code NAME="value"} lines in the map's order, each ending in a newline. */
    public static String lines(Map<String, String> values) {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> {
            if (!NAME.matcher(k).matches()) throw new IllegalArgumentException("not a variable name: " + k);
            sb.append(k).append('=').append(quote(v)).append('\n');
        });
        return sb.toString();
    }
}

package ma.marinemaroc.fleet.quote;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Values written into NGINX's configuration. {@link #string} makes one double-quoted argument of any printable text:
 * NGINX's parser turns {@code \\} and {@code \"} back into {@code \} and {@code "} inside quotes, and {@code ;},
 * {@code {}}, {@code #} and spaces are plain characters there. Two things cannot be written safely and are refused: a
 * {@code $} (NGINX expands variables in most arguments and has no escape for it) and control characters (a newline in
 * a header value would split the header). {@link #name} is for host names, which go unquoted into
 * {@code server_name}. Tested against the real nginx ({@code QuoteNginxTest}).
 */
public final class Nginx {
    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");

    private Nginx() {
    }

    /** One double-quoted argument holding {@code value} exactly; refuses what cannot be represented. */
    public static String string(String value) {
        Objects.requireNonNull(value, "value");
        StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '$') {
                throw new IllegalArgumentException("an nginx value cannot hold '$' (nginx would expand it as a variable)");
            }
            if (c < 0x20 || c == 0x7f) {
                throw new IllegalArgumentException("an nginx value cannot hold control character U+" + String.format("%04X", (int) c));
            }
            if (c == '\\' || c == '"') sb.append('\\');
            sb.append(c);
        }
        return sb.append('"').toString();
    }

    /** A lower-case DNS name as it goes unquoted into {@code server_name}; anything else is refused. */
    public static String name(String host) {
        Objects.requireNonNull(host, "host");
        if (host.length() > 253 || !HOST.matcher(host).matches()) {
            throw new IllegalArgumentException("not a lower-case DNS name for nginx's server_name: '" + host + "'");
        }
        return host;
    }
}

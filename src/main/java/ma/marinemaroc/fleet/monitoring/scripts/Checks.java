package ma.marinemaroc.fleet.monitoring.scripts;

import java.util.regex.Pattern;

/** Validation helpers shared by the settings records; every message names the offending field. */
final class Checks {
    /** A pragmatic mail address: local part and a dotted domain, no spaces, quotes or angle brackets. */
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final Pattern HOSTNAME =
            Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    /** Absolute path without whitespace, quotes, backslashes or shell metacharacters other than glob stars. */
    private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._/@+*-]*");

    private Checks() {
    }

    static String email(String field, String value) {
        if (value == null || !EMAIL.matcher(value).matches() || value.contains("..")) {
            throw new IllegalArgumentException(field + " is not a valid e-mail address: " + value);
        }
        return value;
    }

    static String host(String field, String value) {
        if (value == null || value.length() > 253
                || !(HOSTNAME.matcher(value).matches() || IPV6.matcher(value).matches())) {
            throw new IllegalArgumentException(field + " is not a valid host name or IP address: " + value);
        }
        return value;
    }

    static String path(String field, String value, boolean globAllowed) {
        if (value == null || value.length() < 2 || !PATH.matcher(value).matches() || value.endsWith("/")
                || value.contains("/../") || value.endsWith("/..") || value.contains("//")) {
            throw new IllegalArgumentException(field + " must be an absolute file path without spaces, quotes or "
                    + "shell metacharacters: " + value);
        }
        if (!globAllowed && value.contains("*")) {
            throw new IllegalArgumentException(field + " must not contain a glob: " + value);
        }
        return value;
    }

    static int range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max + "; got " + value);
        }
        return value;
    }

    /** One line of printable text (no control characters) that is safe inside single quotes in a conf file. */
    static String line(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(field + " is longer than " + maxLength + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\'') {
                throw new IllegalArgumentException(field + " must be one line without control characters or "
                        + "single quotes: " + value.replace("\n", "\\n"));
            }
        }
        return value;
    }
}

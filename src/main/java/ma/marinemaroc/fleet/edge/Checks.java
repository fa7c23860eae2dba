package ma.marinemaroc.fleet.edge;

import java.util.regex.Pattern;

/** Validation shared by the edge settings records; every message names the offending field. */
final class Checks {
    private static final Pattern DOMAIN = Pattern.compile(
            "(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern HOST_PORT = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?:[0-9]{1,5}");
    private static final Pattern ABSOLUTE_PATH = Pattern.compile("/[A-Za-z0-9._/@+-]*");
    private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern URL = Pattern.compile("https://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~/-]*)?");

    private Checks() {
    }

    static String domain(String field, String value) {
        require(field, value);
        if (!DOMAIN.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be a lower-case DNS name such as fleet.example.com, got '" + value + "'");
        }
        return value;
    }

    static String hostPort(String field, String value) {
        require(field, value);
        if (!HOST_PORT.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be host:port (e.g. fleet-application:8000), got '" + value + "'");
        }
        port(field, Integer.parseInt(value.substring(value.lastIndexOf(':') + 1)));
        return value;
    }

    static String absolutePath(String field, String value) {
        require(field, value);
        if (!ABSOLUTE_PATH.matcher(value).matches() || value.contains("/../") || value.endsWith("/..")) {
            throw new IllegalArgumentException(field + " must be an absolute path of [A-Za-z0-9._/@+-], got '" + value + "'");
        }
        return value;
    }

    static String ipv4(String field, String value) {
        require(field, value);
        if (!IPV4.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be an IPv4 address, got '" + value + "'");
        }
        return value;
    }

    static String email(String field, String value) {
        require(field, value);
        if (!EMAIL.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be an e-mail address, got '" + value + "'");
        }
        return value;
    }

    static String httpsUrl(String field, String value) {
        require(field, value);
        if (!URL.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be an https:// URL without query or quotes, got '" + value + "'");
        }
        return value;
    }

    static int port(String field, int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(field + " must be a TCP port 1..65535, got " + port);
        }
        return port;
    }

    /** A single-line value that is safe inside a double-quoted nginx string or a shell function body line. */
    static String singleLine(String field, String value, String forbidden) {
        require(field, value);
        for (char c : value.toCharArray()) {
            if (c < 0x20 || c == 0x7f || forbidden.indexOf(c) >= 0) {
                throw new IllegalArgumentException(field + " must be one line without any of [" + forbidden
                        + "] or control characters, got '" + value + "'");
            }
        }
        return value;
    }

    static void require(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw new IllegalArgumentException(field + " is required");
        }
    }
}

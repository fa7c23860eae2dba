package ma.marinemaroc.fleet.edge;

import java.util.List;

/** The response headers the edge adds to every HTTPS response, and that {@code verify} checks for. */
public final class SecurityHeaders {
    public static final String HSTS = "Strict-Transport-Security";
    public static final String HSTS_VALUE = "max-age=63072000; includeSubDomains";
    public static final String FRAME_OPTIONS = "X-Frame-Options";
    public static final String CONTENT_TYPE_OPTIONS = "X-Content-Type-Options";
    public static final String REFERRER_POLICY = "Referrer-Policy";
    public static final String CSP = "Content-Security-Policy";
    public static final String PERMISSIONS_POLICY = "Permissions-Policy";

    /** Every header that must be present on every HTTPS response. */
    public static final List<String> REQUIRED =
            List.of(HSTS, FRAME_OPTIONS, CONTENT_TYPE_OPTIONS, REFERRER_POLICY, CSP, PERMISSIONS_POLICY);

    private SecurityHeaders() {
    }
}

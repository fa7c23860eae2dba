package ma.marinemaroc.fleet.edge;

import java.util.Objects;
import ma.marinemaroc.fleet.fleetbase.FleetbaseContract;
import java.util.regex.Pattern;

/**
 * Everything {@link NginxConfig} needs to render the edge of one deployment. Build with {@link #builder(String)};
 * defaults are the production values (docker upstreams, Let's Encrypt live paths, ports 80/443 on all addresses).
 *
 * @param domain                the public name (server_name, certificate, CSP, redirects)
 * @param upstreams             console / API / socket upstreams
 * @param tls                   certificate, key, optional chain and OCSP stapling
 * @param acmeWebroot           directory served under /.well-known/acme-challenge/ on plain HTTP
 * @param clientMaxBodySize     NGINX size, e.g. 600M
 * @param apiRateLimit          per-IP limit on /api
 * @param listen                bind address and ports
 * @param resolver              DNS resolver for NGINX (docker's 127.0.0.11), or null for none
 * @param accessLog             access log path
 * @param errorLog              error log path ("stderr" allowed)
 * @param workerUser            {@code user} directive, or null to leave it out
 * @param contentSecurityPolicy CSP header value; null renders {@link #defaultContentSecurityPolicy()}
 * @param standalone            pid/temp paths for a config run outside the container, or null (production)
 * @param confDir               absolute folder the files are installed in (nginx runs with {@code -c confDir/nginx.conf})
 * @param mimeTypes             absolute path of the mime.types file the image ships
 * @param loadBalanced          behind the cloud's load balancer (scaled topology: no TLS here), or null (the single
 *                              host: NGINX terminates TLS)
 */
public record EdgeSite(
        String domain,
        Upstreams upstreams,
        TlsFiles tls,
        String acmeWebroot,
        String clientMaxBodySize,
        RateLimit apiRateLimit,
        Listen listen,
        String resolver,
        String accessLog,
        String errorLog,
        String workerUser,
        String contentSecurityPolicy,
        Standalone standalone,
        String confDir,
        String mimeTypes,
        LoadBalanced loadBalanced) {

    public static final String DEFAULT_WEBROOT = "/var/www/certbot";
    public static final String DEFAULT_BODY_SIZE = "600M";
    public static final String DOCKER_RESOLVER = "127.0.0.11";
    public static final String DEFAULT_CONF_DIR = "/etc/fleet/nginx";
    public static final String DEFAULT_MIME_TYPES = "/etc/nginx/mime.types";
    private static final Pattern SIZE = Pattern.compile("[1-9][0-9]{0,6}[kKmMgG]?");
    private static final Pattern USER = Pattern.compile("[a-z_][a-z0-9_-]{0,31}");

    public EdgeSite {
        Checks.domain("domain", domain);
        Objects.requireNonNull(upstreams, "upstreams is required");
        Objects.requireNonNull(tls, "tls is required");
        Checks.absolutePath("acmeWebroot", acmeWebroot);
        Checks.require("clientMaxBodySize", clientMaxBodySize);
        if (!SIZE.matcher(clientMaxBodySize).matches()) {
            throw new IllegalArgumentException("clientMaxBodySize must be an NGINX size like 600M, got '" + clientMaxBodySize + "'");
        }
        Objects.requireNonNull(apiRateLimit, "apiRateLimit is required");
        Objects.requireNonNull(listen, "listen is required");
        if (resolver != null) {
            Checks.ipv4("resolver", resolver);
        }
        logPath("accessLog", accessLog);
        logPath("errorLog", errorLog);
        if (workerUser != null && !USER.matcher(workerUser).matches()) {
            throw new IllegalArgumentException("workerUser must be a user name, got '" + workerUser + "'");
        }
        if (contentSecurityPolicy != null) {
            Checks.singleLine("contentSecurityPolicy", contentSecurityPolicy, "\"\\${}");
        }
        Checks.absolutePath("confDir", confDir);
        Checks.absolutePath("mimeTypes", mimeTypes);
    }

    private static void logPath(String field, String value) {
        if (!"stderr".equals(value)) {
            Checks.absolutePath(field, value);
        }
    }

    public static Builder builder(String domain) {
        return new Builder(domain);
    }

    /** The production site for a domain with every default. */
    public static EdgeSite production(String domain) {
        return builder(domain).build();
    }

    /** https://domain, with the port when it is not 443. */
    public String httpsOrigin() {
        return "https://" + domain + portSuffix();
    }

    String portSuffix() {
        return listen.httpsPort() == 443 ? "" : ":" + listen.httpsPort();
    }

    /**
     * Self for scripts, styles (inline allowed: Ember addons inject styles); connections to the API on this origin,
     * the websocket on its own port ({@code wss://<domain>:38000}, where the console build opens it) and the OSRM
     * routing host the console calls from the browser.
     */
    public String defaultContentSecurityPolicy() {
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob: https:; font-src 'self' data:; "
                + "connect-src 'self' https://" + domain + portSuffix() + " wss://" + domain + portSuffix()
                + " wss://" + domain + ":" + listen.websocketPort() + " " + FleetbaseContract.OSRM_HOST + "; "
                + "worker-src 'self' blob:; frame-ancestors 'self'; base-uri 'self'; form-action 'self'; object-src 'none'";
    }

    /** The same site with other upstreams (the release names of the running containers). */
    public EdgeSite withUpstreams(Upstreams u) {
        return new EdgeSite(domain, u, tls, acmeWebroot, clientMaxBodySize, apiRateLimit, listen, resolver, accessLog,
                errorLog, workerUser, contentSecurityPolicy, standalone, confDir, mimeTypes, loadBalanced);
    }

    public String effectiveContentSecurityPolicy() {
        return contentSecurityPolicy == null ? defaultContentSecurityPolicy() : contentSecurityPolicy;
    }

    public static final class Builder {
        private final String domain;
        private Upstreams upstreams = Upstreams.PRODUCTION;
        private TlsFiles tls;
        private String acmeWebroot = DEFAULT_WEBROOT;
        private String clientMaxBodySize = DEFAULT_BODY_SIZE;
        private RateLimit apiRateLimit = RateLimit.DEFAULT;
        private Listen listen = Listen.PRODUCTION;
        private String resolver = DOCKER_RESOLVER;
        private String accessLog = "/var/log/nginx/access.log";
        private String errorLog = "/var/log/nginx/error.log";
        private String workerUser = "nginx";
        private String contentSecurityPolicy;
        private Standalone standalone;
        private String confDir = DEFAULT_CONF_DIR;
        private String mimeTypes = DEFAULT_MIME_TYPES;
        private LoadBalanced loadBalanced;

        private Builder(String domain) {
            this.domain = domain;
        }

        public Builder upstreams(Upstreams v) { this.upstreams = v; return this; }
        public Builder tls(TlsFiles v) { this.tls = v; return this; }
        public Builder acmeWebroot(String v) { this.acmeWebroot = v; return this; }
        public Builder clientMaxBodySize(String v) { this.clientMaxBodySize = v; return this; }
        public Builder apiRateLimit(RateLimit v) { this.apiRateLimit = v; return this; }
        public Builder listen(Listen v) { this.listen = v; return this; }
        /** null: no resolver directive. */
        public Builder resolver(String v) { this.resolver = v; return this; }
        public Builder accessLog(String v) { this.accessLog = v; return this; }
        public Builder errorLog(String v) { this.errorLog = v; return this; }
        /** null: no user directive (workers run as the master's default). */
        public Builder workerUser(String v) { this.workerUser = v; return this; }
        public Builder contentSecurityPolicy(String v) { this.contentSecurityPolicy = v; return this; }
        public Builder standalone(Standalone v) { this.standalone = v; return this; }
        public Builder confDir(String v) { this.confDir = v; return this; }
        public Builder mimeTypes(String v) { this.mimeTypes = v; return this; }
        /** Behind the cloud's load balancer (scaled topology); null: NGINX terminates TLS. */
        public Builder loadBalanced(LoadBalanced v) { this.loadBalanced = v; return this; }

        public EdgeSite build() {
            TlsFiles t = tls != null ? tls : TlsFiles.letsEncrypt(Checks.domain("domain", domain));
            return new EdgeSite(domain, upstreams, t, acmeWebroot, clientMaxBodySize, apiRateLimit, listen, resolver,
                    accessLog, errorLog, workerUser, contentSecurityPolicy, standalone, confDir, mimeTypes, loadBalanced);
        }
    }
}

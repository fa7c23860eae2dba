package ma.marinemaroc.fleet.edge;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.marinemaroc.fleet.fleetbase.FleetbaseContract;

/**
 * Renders the NGINX configuration of the httpd container from templates/edge/nginx/. The result maps file names
 * relative to the configuration folder ({@link EdgeSite#confDir()}, /etc/fleet/nginx, mounted read-only and passed
 * to nginx with {@code -c}) to their content: {@code nginx.conf} (main + http context), {@code conf.d/fleet.conf}
 * (upstreams and server blocks) and the snippets every server or location includes ({@code snippets/tls.conf},
 * {@code snippets/proxy.conf}, {@code snippets/security-headers.conf}), each written once. {@code nginx.conf}
 * includes the image's {@code mime.types}. The routes come from {@link ma.marinemaroc.fleet.fleetbase.FleetbaseContract}.
 */
public final class NginxConfig {
    public static final String MAIN_FILE = "nginx.conf";
    public static final String SITE_FILE = "conf.d/fleet.conf";
    public static final String TLS_SNIPPET = "snippets/tls.conf";
    public static final String PROXY_SNIPPET = "snippets/proxy.conf";
    public static final String HEADERS_SNIPPET = "snippets/security-headers.conf";
    /** Mozilla intermediate (v5.7) TLS 1.2 ECDHE suites; TLS 1.3 suites are OpenSSL's defaults. */
    public static final String CIPHERS = String.join(":",
            "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-RSA-AES128-GCM-SHA256",
            "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-RSA-AES256-GCM-SHA384",
            "ECDHE-ECDSA-CHACHA20-POLY1305", "ECDHE-RSA-CHACHA20-POLY1305");
    static final String PRODUCTION_PID = "/var/run/nginx.pid";

    private NginxConfig() {
    }

    public static Map<String, String> render(EdgeSite site) {
        Map<String, Object> scope = scope(site);
        Map<String, String> files = new LinkedHashMap<>();
        if (site.loadBalanced() != null) {
            // behind the cloud's load balancer (scaled topology): plain HTTP, no TLS snippet
            files.put(MAIN_FILE, EdgeTemplates.render("nginx/nginx.conf.mustache", scope));
            files.put(SITE_FILE, EdgeTemplates.render("nginx/fleet-load-balanced.conf.mustache", scope));
            files.put(PROXY_SNIPPET, EdgeTemplates.render("nginx/proxy.conf.mustache", scope));
            files.put(HEADERS_SNIPPET, EdgeTemplates.render("nginx/security-headers.conf.mustache", scope));
            return Collections.unmodifiableMap(files);
        }
        files.put(MAIN_FILE, EdgeTemplates.render("nginx/nginx.conf.mustache", scope));
        files.put(SITE_FILE, EdgeTemplates.render("nginx/fleet.conf.mustache", scope));
        files.put(TLS_SNIPPET, EdgeTemplates.render("nginx/tls.conf.mustache", scope));
        files.put(PROXY_SNIPPET, EdgeTemplates.render("nginx/proxy.conf.mustache", scope));
        files.put(HEADERS_SNIPPET, EdgeTemplates.render("nginx/security-headers.conf.mustache", scope));
        return Collections.unmodifiableMap(files);
    }

    private static Map<String, Object> scope(EdgeSite site) {
        Map<String, Object> s = new HashMap<>();
        s.put("domain", ma.marinemaroc.fleet.quote.Nginx.name(site.domain()));
        s.put("workerUser", site.workerUser());
        s.put("pidFile", site.standalone() == null ? PRODUCTION_PID : site.standalone().pidFile());
        s.put("errorLog", site.errorLog());
        s.put("accessLog", site.accessLog());
        s.put("clientMaxBodySize", site.clientMaxBodySize());
        s.put("rateLimit", site.apiRateLimit());
        s.put("resolver", site.resolver());
        s.put("standalone", site.standalone());
        s.put("upstreams", site.upstreams());
        s.put("listenHttp", site.listen().http());
        s.put("listenHttps", site.listen().https());
        s.put("listenWebsocket", site.listen().websocket());
        s.put("websocketPort", site.listen().websocketPort());
        s.put("confDir", site.confDir());
        s.put("snippetDir", site.confDir() + "/snippets");
        s.put("mimeTypes", site.mimeTypes());
        s.put("apiPrefixes", FleetbaseContract.API_ROUTES.stream().map(r -> Map.of("prefix", r.prefix(),
                "purpose", r.purpose(), "limited", !r.prefix().equals("/storage/"))).toList());
        s.put("healthPaths", List.of(FleetbaseContract.HEALTH_PATH, FleetbaseContract.SEED_HEALTH_PATH));
        s.put("healthPath", FleetbaseContract.HEALTH_PATH);
        s.put("socketPath", FleetbaseContract.SOCKET_PATH);
        s.put("acmeWebroot", site.acmeWebroot());
        s.put("httpsOrigin", site.httpsOrigin());
        s.put("tls", site.tls());
        s.put("ciphers", CIPHERS);
        s.put("hsts", SecurityHeaders.HSTS_VALUE);
        s.put("csp", ma.marinemaroc.fleet.quote.Nginx.string(site.effectiveContentSecurityPolicy()));
        // what the API is told about the scheme: https on the single host (TLS ends here); behind the load balancer
        // what it says, when the connection comes from the private network
        s.put("forwardedProto", site.loadBalanced() == null ? "https" : "$fleet_forwarded_proto");
        s.put("trustedCidr", site.loadBalanced() == null ? null : site.loadBalanced().trustedCidr());
        s.put("socketHealthPath", FleetbaseContract.SOCKET_HEALTH_PATH);
        return s;
    }
}

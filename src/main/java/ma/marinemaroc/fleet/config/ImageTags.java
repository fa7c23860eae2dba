package ma.marinemaroc.fleet.config;

import java.util.LinkedHashMap;
import java.util.Map;

/** Pinned container images (repository:tag or @digest; never "latest"). */
public record ImageTags(String api, String console, String socket, String database, String cache, String httpd) {
    public static final ImageTags DEFAULTS = new ImageTags(
            "fleetbase/fleetbase-api:v0.7.55",
            "fleetbase/fleetbase-console:v0.7.55",
            "socketcluster/socketcluster:v17.4.0",
            "mysql:8.0.40",
            "redis:7.2.6-alpine",
            "nginx:1.27.3-alpine");

    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("api", api);
        m.put("console", console);
        m.put("socket", socket);
        m.put("database", database);
        m.put("cache", cache);
        m.put("httpd", httpd);
        return m;
    }
}

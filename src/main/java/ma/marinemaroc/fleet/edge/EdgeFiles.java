package ma.marinemaroc.fleet.edge;

import java.util.LinkedHashMap;
import java.util.Map;

/** The NGINX configuration of the httpd container, as absolute host paths under {@link EdgeSite#confDir()}. */
public final class EdgeFiles {
    private EdgeFiles() {
    }

    /** Absolute path to content, for every rendered file of the site. */
    public static Map<String, String> files(EdgeSite site) {
        Map<String, String> out = new LinkedHashMap<>();
        NginxConfig.render(site).forEach((rel, content) -> out.put(site.confDir() + "/" + rel, content));
        return out;
    }
}

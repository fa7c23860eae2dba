package ma.marinemaroc.fleet.edge;

import ma.marinemaroc.fleet.config.StackSettings;
import ma.marinemaroc.fleet.host.RemoteFile;
import ma.marinemaroc.fleet.services.HostPaths;

import java.util.ArrayList;
import java.util.List;

/** The NGINX configuration of the httpd container, installed under /etc/fleet/nginx and mounted read-only. */
public final class EdgeFiles {
    private EdgeFiles() {
    }

    public static EdgeSite site(StackSettings s, TlsFiles tls) {
        return EdgeSite.builder(s.dns().domain()).tls(tls).build();
    }

    public static List<RemoteFile.Spec> specs(EdgeSite site) {
        List<RemoteFile.Spec> out = new ArrayList<>();
        NginxConfig.render(site).forEach((rel, content) ->
                out.add(RemoteFile.Spec.of(HostPaths.NGINX_DIR + "/" + rel, content, "0644")));
        return out;
    }
}

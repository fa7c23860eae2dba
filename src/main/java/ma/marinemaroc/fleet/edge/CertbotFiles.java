package ma.marinemaroc.fleet.edge;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders the certbot (letsencrypt mode) files from templates/edge/certbot/, keyed by their absolute path on the
 * host: the issue script, the deploy hook that reloads NGINX, and the renewal service + timer.
 *
 * <p>First boot: run {@code fleet-cert-issue --placeholder-only} before starting fleet-httpd (NGINX cannot start
 * without certificate files: this puts a short-lived self-signed one at the live path), start fleet-httpd, then
 * run {@code fleet-cert-issue} to obtain the real certificate through the webroot and reload NGINX.
 */
public final class CertbotFiles {
    public static final String ISSUE_SCRIPT = "/opt/fleet/bin/fleet-cert-issue";
    public static final String DEPLOY_HOOK_NAME = "fleet-reload-nginx";
    public static final String RENEW_SERVICE = "/etc/systemd/system/fleet-cert-renew.service";
    public static final String RENEW_TIMER = "/etc/systemd/system/fleet-cert-renew.timer";

    private CertbotFiles() {
    }

    /** Path of the deploy hook: certbot runs every executable in {@code <configDir>/renewal-hooks/deploy/}. */
    public static String deployHookPath(CertbotSettings s) {
        return s.configDir() + "/renewal-hooks/deploy/" + DEPLOY_HOOK_NAME;
    }

    public static Map<String, String> render(CertbotSettings settings) {
        Map<String, Object> scope = new HashMap<>();
        scope.put("s", settings);
        scope.put("deployHook", deployHookPath(settings));
        scope.put("issueScript", ISSUE_SCRIPT);
        scope.put("deployHookName", DEPLOY_HOOK_NAME);
        scope.put("acmeServerOrEmpty", settings.acmeServer() == null ? "" : settings.acmeServer());
        Map<String, String> files = new LinkedHashMap<>();
        files.put(ISSUE_SCRIPT, EdgeTemplates.render("certbot/fleet-cert-issue.mustache", scope));
        files.put(deployHookPath(settings), EdgeTemplates.render("certbot/fleet-reload-nginx.mustache", scope));
        files.put(RENEW_SERVICE, EdgeTemplates.render("certbot/fleet-cert-renew.service.mustache", scope));
        files.put(RENEW_TIMER, EdgeTemplates.render("certbot/fleet-cert-renew.timer.mustache", scope));
        return Collections.unmodifiableMap(files);
    }

    /** File mode for a rendered path: scripts 0755, units 0644. */
    public static int mode(String path) {
        return path.endsWith(".service") || path.endsWith(".timer") ? 0644 : 0755;
    }
}

package ma.marinemaroc.fleet.edge;

/**
 * Settings of the certbot (letsencrypt mode) files rendered by {@link CertbotFiles}. Build with
 * {@link #builder(String, String)}; defaults are the host conventions.
 *
 * @param domain              certificate name and the only name on it
 * @param adminEmail          ACME account contact (expiry notices)
 * @param webroot             directory NGINX serves under /.well-known/acme-challenge/ (also mounted into fleet-httpd)
 * @param acmeServer          ACME directory URL, or null for certbot's default (Let's Encrypt production)
 * @param certbot             certbot executable
 * @param configDir           certbot --config-dir (/etc/letsencrypt)
 * @param workDir             certbot --work-dir
 * @param logsDir             certbot --logs-dir
 * @param nginxTestCommand    shell command that checks the NGINX config (run by the deploy hook before reloading)
 * @param nginxReloadCommand  shell command that reloads NGINX
 * @param alertCommand        alert script, called as {@code alertCommand <subject> -} with the body on stdin
 * @param renewDelaySeconds   RandomizedDelaySec of the twice-daily timer
 */
public record CertbotSettings(
        String domain,
        String adminEmail,
        String webroot,
        String acmeServer,
        String certbot,
        String configDir,
        String workDir,
        String logsDir,
        String nginxTestCommand,
        String nginxReloadCommand,
        String alertCommand,
        int renewDelaySeconds) {

    public static final String DEFAULT_TEST_COMMAND = "docker exec fleet-httpd nginx -t -c /etc/fleet/nginx/nginx.conf";
    public static final String DEFAULT_RELOAD_COMMAND = "docker exec fleet-httpd nginx -s reload -c /etc/fleet/nginx/nginx.conf";

    public CertbotSettings {
        Checks.domain("domain", domain);
        Checks.email("adminEmail", adminEmail);
        Checks.absolutePath("webroot", webroot);
        if (acmeServer != null) {
            Checks.httpsUrl("acmeServer", acmeServer);
        }
        Checks.absolutePath("certbot", certbot);
        Checks.absolutePath("configDir", configDir);
        Checks.absolutePath("workDir", workDir);
        Checks.absolutePath("logsDir", logsDir);
        Checks.singleLine("nginxTestCommand", nginxTestCommand, "");
        Checks.singleLine("nginxReloadCommand", nginxReloadCommand, "");
        Checks.absolutePath("alertCommand", alertCommand);
        if (renewDelaySeconds < 0 || renewDelaySeconds > 43_200) {
            throw new IllegalArgumentException("renewDelaySeconds must be 0..43200 (12 h), got " + renewDelaySeconds);
        }
    }

    public static Builder builder(String domain, String adminEmail) {
        return new Builder(domain, adminEmail);
    }

    /** Where certbot keeps the current certificate; point {@link EdgeSite} at these. */
    public TlsFiles liveFiles() {
        return TlsFiles.letsEncrypt(configDir, domain);
    }

    public static final class Builder {
        private final String domain;
        private final String adminEmail;
        private String webroot = EdgeSite.DEFAULT_WEBROOT;
        private String acmeServer;
        private String certbot = "/usr/bin/certbot";
        private String configDir = "/etc/letsencrypt";
        private String workDir = "/var/lib/letsencrypt";
        private String logsDir = "/var/log/letsencrypt";
        private String nginxTestCommand = DEFAULT_TEST_COMMAND;
        private String nginxReloadCommand = DEFAULT_RELOAD_COMMAND;
        private String alertCommand = "/opt/fleet/bin/fleet-alert";
        private int renewDelaySeconds = 3600;

        private Builder(String domain, String adminEmail) {
            this.domain = domain;
            this.adminEmail = adminEmail;
        }

        public Builder webroot(String v) { this.webroot = v; return this; }
        /** null: certbot's default server. */
        public Builder acmeServer(String v) { this.acmeServer = v; return this; }
        public Builder certbot(String v) { this.certbot = v; return this; }
        public Builder configDir(String v) { this.configDir = v; return this; }
        public Builder workDir(String v) { this.workDir = v; return this; }
        public Builder logsDir(String v) { this.logsDir = v; return this; }
        public Builder nginxTestCommand(String v) { this.nginxTestCommand = v; return this; }
        public Builder nginxReloadCommand(String v) { this.nginxReloadCommand = v; return this; }
        public Builder alertCommand(String v) { this.alertCommand = v; return this; }
        public Builder renewDelaySeconds(int v) { this.renewDelaySeconds = v; return this; }

        public CertbotSettings build() {
            return new CertbotSettings(domain, adminEmail, webroot, acmeServer, certbot, configDir, workDir, logsDir,
                    nginxTestCommand, nginxReloadCommand, alertCommand, renewDelaySeconds);
        }
    }
}

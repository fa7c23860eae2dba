/**
 * The public edge: NGINX in the {@code fleet-httpd} container and its Let's Encrypt certificate.
 *
 * <ul>
 *   <li>{@link ma.marinemaroc.fleet.edge.NginxConfig#render(ma.marinemaroc.fleet.edge.EdgeSite)}: {@code nginx.conf}
 *       and {@code conf.d/fleet.conf}, relative to /etc/nginx in the container ({@code mime.types} comes from the
 *       image). The container needs, read-only: the host's /etc/letsencrypt at /etc/letsencrypt (certbot's live
 *       links are relative, so mount the whole directory) and the ACME webroot (/var/www/certbot) at the same path.
 *       Upstream host names are resolved when NGINX starts: start fleet-httpd after console, application and socket.</li>
 *   <li>{@link ma.marinemaroc.fleet.edge.CertbotFiles#render(ma.marinemaroc.fleet.edge.CertbotSettings)}: the issue
 *       script, the deploy hook and the renewal service/timer, keyed by host path. First boot:
 *       {@code fleet-cert-issue --placeholder-only}, start fleet-httpd, {@code fleet-cert-issue}, then enable
 *       {@code fleet-cert-renew.timer} (and disable the certbot package's own {@code certbot.timer}).</li>
 *   <li>{@link ma.marinemaroc.fleet.edge.SecurityHeaders#REQUIRED}: the headers the edge sets and
 *       {@code verify} checks.</li>
 * </ul>
 */
package ma.marinemaroc.fleet.edge;

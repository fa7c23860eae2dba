package ma.marinemaroc.fleet.services;

/** Where the platform's files live on the host (see README "On the host"). */
public final class HostPaths {
    public static final String ETC = "/etc/fleet";
    public static final String BIN = "/opt/fleet/bin";
    public static final String STATE = "/var/lib/fleet";
    public static final String LOGS = "/var/log/fleet";

    public static final String APP_ENV = ETC + "/app.env";
    public static final String MYSQL_ROOT_PASSWORD = ETC + "/mysql/root-password";
    public static final String MYSQL_APP_PASSWORD = ETC + "/mysql/app-password";
    public static final String MYSQL_CNF = ETC + "/mysql/conf.d/fleet.cnf";
    public static final String MYSQL_INITDB = ETC + "/mysql/initdb";
    public static final String MYSQL_SANDBOX_SQL = MYSQL_INITDB + "/10-sandbox.sql";
    public static final String REDIS_CONF = ETC + "/redis/redis.conf";
    public static final String CONSOLE_CONFIG = ETC + "/console/fleetbase.config.json";
    public static final String NGINX_DIR = ETC + "/nginx";
    public static final String STORAGE = STATE + "/storage";
    public static final String NGINX_LOGS = LOGS + "/nginx";
    public static final String LETSENCRYPT = "/etc/letsencrypt";
    /** Certificates the stack provides itself (self-signed and provided modes). */
    public static final String OWN_TLS = ETC + "/tls";
    public static final String ACME_WEBROOT = "/var/www/certbot";
    public static final String BACKUP_ENV = ETC + "/backup.env";
    public static final String ALERT_ENV = ETC + "/alert.env";
    public static final String SYSTEMD = "/etc/systemd/system";

    /** uid the mysql and redis images run as; their secret files are owned by it (mode 0400). */
    public static final int MYSQL_UID = 999;
    public static final int REDIS_UID = 999;

    private HostPaths() {
    }
}

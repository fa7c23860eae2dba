package ma.marinemaroc.fleet.services;

/**
 * Where the platform's files live on the host (see README "On the host"). Containers bind folders, not single
 * files, wherever the image lets them, so a file replaced on the host (temp file + rename = a new inode) is what a
 * running process sees; the two single files the API image forces ({@code .env}, {@code config/trustedproxy.php})
 * belong to release-named containers, which are replaced whenever those files change.
 */
public final class HostPaths {
    public static final String ETC = "/etc/fleet";
    public static final String BIN = "/opt/fleet/bin";
    public static final String STATE = "/var/lib/fleet";
    public static final String LOGS = "/var/log/fleet";

    // the API image (application, queue, scheduler)
    public static final String APP_DIR = ETC + "/app";
    public static final String APP_ENV = APP_DIR + "/app.env";
    public static final String TRUSTED_PROXY = APP_DIR + "/trustedproxy.php";
    public static final String PHP_INI_DIR = APP_DIR + "/php";
    public static final String PHP_INI = PHP_INI_DIR + "/zz-fleet.ini";
    public static final String STORAGE = STATE + "/storage";
    public static final String STORAGE_APP = STORAGE + "/app";
    public static final String API_LOGS = LOGS + "/api";

    // database
    public static final String MYSQL_SECRETS = ETC + "/mysql/secrets";
    public static final String MYSQL_ROOT_PASSWORD = MYSQL_SECRETS + "/root-password";
    public static final String MYSQL_APP_PASSWORD = MYSQL_SECRETS + "/app-password";
    public static final String MYSQL_CONF_DIR = ETC + "/mysql/conf.d";
    public static final String MYSQL_CNF = MYSQL_CONF_DIR + "/fleet.cnf";
    public static final String MYSQL_INITDB = ETC + "/mysql/initdb";
    public static final String MYSQL_INIT_SQL = MYSQL_INITDB + "/10-databases.sql";
    public static final String MYSQL_DATA = STATE + "/mysql";
    /** The server's unix socket folder, shared with the host (backup tools connect through it). */
    public static final String MYSQL_SOCKET_DIR = "/run/fleet/mysqld";

    // cache
    public static final String REDIS_DIR = ETC + "/redis";
    public static final String REDIS_CONF = REDIS_DIR + "/redis.conf";
    public static final String REDIS_DATA = STATE + "/redis";

    // edge
    public static final String NGINX_DIR = ETC + "/nginx";
    public static final String NGINX_LOGS = LOGS + "/nginx";
    public static final String LETSENCRYPT = "/etc/letsencrypt";
    /** Certificates the stack provides itself (self-signed and provided modes). */
    public static final String OWN_TLS = ETC + "/tls";
    public static final String ACME_WEBROOT = "/var/www/certbot";

    public static final String BACKUP_ENV = ETC + "/backup.env";
    public static final String ALERT_ENV = ETC + "/alert.env";
    public static final String SYSTEMD = "/etc/systemd/system";
    public static final String TMPFILES = "/etc/tmpfiles.d/fleet.conf";

    /** uid the mysql and redis images run as; their secret files are owned by it (mode 0400). */
    public static final int MYSQL_UID = 999;
    public static final int REDIS_UID = 999;
    /** www-data in the API image. */
    public static final int WWW_DATA_UID = 33;

    private HostPaths() {
    }
}

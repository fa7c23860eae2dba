package ma.marinemaroc.fleet.services;

import com.google.gson.GsonBuilder;
import com.pulumi.core.Output;
import ma.marinemaroc.fleet.config.Secrets;
import ma.marinemaroc.fleet.config.StackSettings;
import ma.marinemaroc.fleet.host.RemoteFile;
import ma.marinemaroc.fleet.templates.Templates;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The services' configuration files, rendered from templates; the ones holding secrets are secret outputs. */
public final class ServiceFiles {
    private ServiceFiles() {
    }

    public static List<RemoteFile.Spec> all(StackSettings s, Sizing z) {
        List<RemoteFile.Spec> files = new ArrayList<>();
        Secrets sec = s.secrets();
        files.add(RemoteFile.Spec.secret(HostPaths.APP_ENV, appEnv(s), "0600", "root:root"));
        files.add(RemoteFile.Spec.secret(HostPaths.MYSQL_ROOT_PASSWORD, sec.dbRootPassword(), "0400", uid(HostPaths.MYSQL_UID)));
        files.add(RemoteFile.Spec.secret(HostPaths.MYSQL_APP_PASSWORD, sec.dbPassword(), "0400", uid(HostPaths.MYSQL_UID)));
        files.add(RemoteFile.Spec.secret(HostPaths.REDIS_CONF, sec.redisPassword().applyValue(pw -> redisConf(s, z, pw)),
                "0400", uid(HostPaths.REDIS_UID)));
        files.add(RemoteFile.Spec.of(HostPaths.MYSQL_CNF, mysqlCnf(z), "0644"));
        files.add(RemoteFile.Spec.of(HostPaths.MYSQL_SANDBOX_SQL, Templates.render("services/sandbox.sql.mustache",
                Map.of("appUser", "fleetbase")), "0644"));
        files.add(RemoteFile.Spec.of(HostPaths.CONSOLE_CONFIG, consoleConfig(s), "0644"));
        return files;
    }

    private static String uid(int uid) {
        return uid + ":" + uid;
    }

    static Output<String> appEnv(StackSettings s) {
        Secrets sec = s.secrets();
        Output<String> smtp = sec.smtpPassword().orElse(Output.of(""));
        return Output.tuple(sec.appKey(), sec.dbPassword(), sec.redisPassword(), smtp).applyValue(t -> {
            Map<String, Object> m = new HashMap<>();
            m.put("stack", s.stack());
            m.put("domain", s.dns().domain());
            m.put("appKey", t.t1);
            m.put("dbPasswordUrl", url(t.t2));
            m.put("redisPasswordUrl", url(t.t3));
            m.put("smtpHost", s.smtp().host());
            m.put("smtpPort", s.smtp().port());
            m.put("mailEncryption", "smtps".equals(s.smtp().tlsMode()) ? "ssl" : "tls");
            m.put("smtpUser", s.smtp().user());
            m.put("smtpPassword", t.t4);
            m.put("smtpFrom", s.smtp().from());
            return Templates.render("services/app.env.mustache", m);
        }).asSecret();
    }

    static String redisConf(StackSettings s, Sizing z, String password) {
        return Templates.render("services/redis.conf.mustache", Map.of(
                "stack", s.stack(), "redisPassword", password, "maxMemoryMib", z.redisMaxMemoryMib()));
    }

    static String mysqlCnf(Sizing z) {
        int limit = z.limit("database");
        return Templates.render("services/mysql.cnf.mustache", Map.of(
                "hostMib", z.hostMib(), "limitMib", limit, "bufferPoolMib", z.innodbBufferPoolMib(),
                "redoMib", Math.max(256, Math.min(2048, z.innodbBufferPoolMib() / 2)),
                // ~4 MiB per connection outside the buffer pool.
                "maxConnections", Math.max(50, Math.min(300, (limit - z.innodbBufferPoolMib()) / 4))));
    }

    static String consoleConfig(StackSettings s) {
        Map<String, Object> cfg = new LinkedHashMap<>();
        cfg.put("API_HOST", "https://" + s.dns().domain());
        cfg.put("SOCKETCLUSTER_HOST", s.dns().domain());
        cfg.put("SOCKETCLUSTER_PORT", 443);
        cfg.put("SOCKETCLUSTER_SECURE", true);
        cfg.put("SOCKETCLUSTER_PATH", "/socketcluster/");
        return new GsonBuilder().setPrettyPrinting().create().toJson(cfg) + "\n";
    }

    private static String url(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }
}

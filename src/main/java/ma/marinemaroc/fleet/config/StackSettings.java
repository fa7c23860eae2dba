package ma.marinemaroc.fleet.config;

import java.util.Map;

/**
 * Everything a stack needs, read and validated in one place ({@link StackSettingsLoader}). On a scaled stack
 * ({@link #scaled()} present) {@link Secrets#dbRootPassword()} is null, and on DigitalOcean so are
 * {@link Secrets#dbPassword()} and {@link Secrets#redisPassword()} (the managed engines generate them);
 * {@link #dataVolumeGb()} and {@link #availabilityZone()} do not apply.
 */
public record StackSettings(
        String project,
        String stack,
        String environment,
        Cloud cloud,
        String region,
        HostSize hostSize,
        String image,
        int dataVolumeGb,
        java.util.Optional<String> availabilityZone,
        DnsSettings dns,
        String adminEmail,
        SshSettings ssh,
        ImageTags images,
        BackupSettings backup,
        TlsSettings tls,
        String alertEmail,
        MonitoringSettings monitoring,
        SmtpSettings smtp,
        String timezone,
        Secrets secrets,
        java.util.Optional<ScaledSettings> scaled) {

    /** A {@code fleet:topology: scaled} stack: app hosts behind a load balancer on managed data stores. */
    public boolean isScaled() {
        return scaled.isPresent();
    }

    /** Tags/labels put on every taggable cloud resource. */
    public Map<String, String> tags() {
        // a fixed order: the map reaches the engine (provider default tags, labels), and Map.of's order changes from
        // one JVM run to the next
        var tags = new java.util.LinkedHashMap<String, String>();
        tags.put("managed-by", "pulumi");
        tags.put("project", project);
        tags.put("stack", stack);
        return java.util.Collections.unmodifiableMap(tags);
    }

    /** DigitalOcean tags are plain names ("key:value" is allowed). */
    public java.util.List<String> doTags() {
        return java.util.List.of("project:" + project, "stack:" + stack, "managed-by:pulumi");
    }

    /** A short name prefix for resources: project-stack. */
    public String prefix() {
        return project + "-" + stack;
    }

    public String url() {
        return "https://" + dns.domain();
    }
}

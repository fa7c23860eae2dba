package ma.marinemaroc.fleet.services;

import java.util.List;
import java.util.Objects;

/**
 * A shell step other components hand to {@link Services} to run on the host at a given point of the rollout. Like
 * every on-host step it runs on the first deploy, on a new host, and again only when its script or its triggers
 * change (see {@link Services} for the rules).
 *
 * @param name     logical name (unique in the stack)
 * @param phase    when it runs
 * @param script   the command (no secrets: it is shown in previews)
 * @param triggers values whose change re-runs the step
 */
public record HostStep(String name, Phase phase, String script, List<Object> triggers) {
    /** Where in the rollout a step runs. */
    public enum Phase {
        /** once the files are installed, before any container starts (e.g. the metadata block for containers) */
        BEFORE_CONTAINERS,
        /** after the migrations of an API image, before its release starts (e.g. the database's indexes) */
        AFTER_MIGRATIONS,
        /** once the files are installed, before NGINX starts (e.g. a placeholder certificate) */
        BEFORE_HTTPD,
        /** once everything runs and the DNS name exists (e.g. issuing the Let's Encrypt certificate) */
        AFTER_START
    }

    public HostStep {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(script, "script");
        triggers = List.copyOf(triggers);
    }
}

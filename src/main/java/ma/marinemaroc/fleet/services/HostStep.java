package ma.marinemaroc.fleet.services;

import java.util.List;

/**
 * A shell step run on the host over SSH by the services layer, at a given point of the rollout. It runs on the
 * first deploy and again only when its triggers change.
 *
 * @param name     logical name (unique in the stack)
 * @param script   the command (no secrets: it is shown in previews)
 * @param triggers values whose change re-runs the step
 */
public record HostStep(String name, String script, List<Object> triggers) {
    public HostStep {
        triggers = List.copyOf(triggers);
    }
}

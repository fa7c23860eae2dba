package ma.marinemaroc.fleet.services;

import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import ma.marinemaroc.fleet.edge.EdgeSite;
import ma.marinemaroc.fleet.fleetbase.FleetbaseContract;
import ma.marinemaroc.fleet.host.HostAccess;
import ma.marinemaroc.fleet.host.RemoteFile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Inputs of {@link Services}: the whole on-host side of one platform host. Build with {@link #builder()}; required
 * inputs are checked by {@link Builder#build()} with a message naming the input.
 *
 * @param access             how to reach the host (required)
 * @param authorizedKeys     the admin user's wanted authorized_keys (team keys and the deploy key), installed first
 *                           through the bootstrap key (required)
 * @param services           the containers, in start order (required, at least the database and httpd)
 * @param stateVolume        the block volume state lives on, mounted before anything writes state; empty = state on
 *                           the root disk
 * @param files              every other rendered file (TLS, backup, monitoring, the services' own configuration)
 * @param edge               the NGINX site; its upstreams are replaced by the running releases' container names
 *                           (required)
 * @param steps              steps other components run at a phase of the rollout
 * @param afterStartDependsOn what the {@link HostStep.Phase#AFTER_START} steps also wait for (the DNS record, which
 *                           ACME validation needs)
 * @param firstBootRestore   DR: the command that restores the newest backup once, before the API first starts
 * @param preUpgradeBackup   the command that takes and verifies a backup set before migrations of a new API image
 *                           or an image change of a stateful service run; empty = none (tests)
 * @param databaseSteps      artisan commands run once per new API image, before its release takes traffic; default
 *                           {@link FleetbaseContract#DATABASE_STEPS}
 * @param timezone           IANA zone the host runs in (timers fire in it); default UTC
 * @param labels             labels on every Docker object (project, stack, ...)
 * @param gateSeconds        how long a new release may take to pass its health check; default 300
 * @param appHost            an app host of the scaled topology (no database or cache container, the database steps
 *                           on host 0 only); empty: the single host
 */
public record ServicesArgs(HostAccess access, Output<String> authorizedKeys, List<ServiceSpec> services,
                           Optional<StateVolume> stateVolume, List<RemoteFile.Spec> files, EdgeSite edge, List<HostStep> steps,
                           List<Resource> afterStartDependsOn, Optional<String> firstBootRestore,
                           Optional<String> preUpgradeBackup, List<List<String>> databaseSteps, String timezone,
                           Map<String, String> labels, int gateSeconds, Optional<AppHost> appHost) {

    public ServicesArgs {
        services = List.copyOf(services);
        files = List.copyOf(files);
        steps = List.copyOf(steps);
        afterStartDependsOn = List.copyOf(afterStartDependsOn);
        databaseSteps = List.copyOf(databaseSteps);
        // sorted: label order reaches the engine, and Map.copyOf's order changes from one JVM run to the next
        labels = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(labels));
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private HostAccess access;
        private Output<String> authorizedKeys;
        private final List<ServiceSpec> services = new ArrayList<>();
        private Optional<StateVolume> stateVolume = Optional.empty();
        private final List<RemoteFile.Spec> files = new ArrayList<>();
        private EdgeSite edge;
        private final List<HostStep> steps = new ArrayList<>();
        private final List<Resource> afterStartDependsOn = new ArrayList<>();
        private Optional<String> firstBootRestore = Optional.empty();
        private Optional<String> preUpgradeBackup = Optional.empty();
        private List<List<String>> databaseSteps = FleetbaseContract.DATABASE_STEPS;
        private String timezone = "UTC";
        private final Map<String, String> labels = new LinkedHashMap<>();
        private int gateSeconds = 300;
        private Optional<AppHost> appHost = Optional.empty();

        private Builder() {
        }

        public Builder access(HostAccess v) { access = v; return this; }
        public Builder authorizedKeys(Output<String> v) { authorizedKeys = v; return this; }
        public Builder services(List<ServiceSpec> v) { services.addAll(v); return this; }
        public Builder stateVolume(StateVolume v) { stateVolume = Optional.of(v); return this; }
        public Builder files(List<RemoteFile.Spec> v) { files.addAll(v); return this; }
        public Builder edge(EdgeSite v) { edge = v; return this; }
        public Builder steps(List<HostStep> v) { steps.addAll(v); return this; }
        public Builder afterStartDependsOn(List<? extends Resource> v) { afterStartDependsOn.addAll(v); return this; }
        public Builder firstBootRestore(String command) { firstBootRestore = Optional.ofNullable(command); return this; }
        public Builder preUpgradeBackup(String command) { preUpgradeBackup = Optional.ofNullable(command); return this; }
        public Builder databaseSteps(List<List<String>> v) { databaseSteps = List.copyOf(v); return this; }
        public Builder timezone(String v) { timezone = v; return this; }
        public Builder labels(Map<String, String> v) { labels.putAll(v); return this; }
        public Builder gateSeconds(int v) { gateSeconds = v; return this; }
        public Builder appHost(AppHost v) { appHost = Optional.of(v); return this; }

        public ServicesArgs build() {
            List<String> missing = new ArrayList<>();
            if (access == null) missing.add("access");
            if (authorizedKeys == null) missing.add("authorizedKeys");
            if (edge == null) missing.add("edge");
            if (!missing.isEmpty()) throw new IllegalArgumentException("ServicesArgs: missing " + String.join(", ", missing));
            List<ServiceRole> requiredRoles = appHost.isEmpty()
                    ? List.of(ServiceRole.DATABASE, ServiceRole.HTTPD, ServiceRole.APPLICATION, ServiceRole.CONSOLE, ServiceRole.SOCKET)
                    : appHost.get().leader() ? List.of(ServiceRole.HTTPD, ServiceRole.APPLICATION, ServiceRole.CONSOLE, ServiceRole.SOCKET)
                    : List.of(ServiceRole.HTTPD, ServiceRole.APPLICATION, ServiceRole.CONSOLE);
            for (ServiceRole required : requiredRoles) {
                if (services.stream().noneMatch(s -> s.role() == required)) {
                    throw new IllegalArgumentException("ServicesArgs.services: no " + required.key() + " service");
                }
            }
            Objects.requireNonNull(timezone, "timezone");
            if (!timezone.matches("[A-Za-z0-9_+/-]{1,64}")) {
                throw new IllegalArgumentException("ServicesArgs.timezone: not an IANA zone name: " + timezone);
            }
            if (gateSeconds < 10 || gateSeconds > 3600) {
                throw new IllegalArgumentException("ServicesArgs.gateSeconds: 10..3600, got " + gateSeconds);
            }
            if (appHost.isPresent()) {
                for (ServiceRole managed : List.of(ServiceRole.DATABASE, ServiceRole.CACHE)) {
                    if (services.stream().anyMatch(s -> s.role() == managed)) {
                        throw new IllegalArgumentException("ServicesArgs.services: an app host runs no " + managed.key()
                                + " container (a managed service)");
                    }
                }
                if (stateVolume.isPresent()) throw new IllegalArgumentException("ServicesArgs: an app host keeps no state volume");
                if (!appHost.get().leader() && (firstBootRestore.isPresent() || preUpgradeBackup.isPresent())) {
                    throw new IllegalArgumentException("ServicesArgs: only host 0 restores and backs up");
                }
            }
            return new ServicesArgs(access, authorizedKeys, services, stateVolume, files, edge, steps, afterStartDependsOn,
                    firstBootRestore, preUpgradeBackup, databaseSteps, timezone, labels, gateSeconds, appHost);
        }
    }
}

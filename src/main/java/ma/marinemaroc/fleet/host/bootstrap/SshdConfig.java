package ma.marinemaroc.fleet.host.bootstrap;

import java.util.Map;

/** The sshd drop-in {@value BootstrapFiles#SSHD_DROP_IN}: key-only login for the admin user on the spec's port. */
public final class SshdConfig {

    private SshdConfig() {
    }

    public static String render(BootstrapSpec spec) {
        return Templates.render("sshd-10-fleet.conf.mustache", Map.of("sshPort", spec.sshPort(), "adminUser", spec.adminUser(),
                "pinnedHostKey", spec.hostKey().isPresent()));
    }
}

package ma.marinemaroc.fleet.host;

import ma.marinemaroc.fleet.config.StackSettings;
import ma.marinemaroc.fleet.host.bootstrap.BootstrapSpec;
import ma.marinemaroc.fleet.host.bootstrap.CloudInit;

/** Maps the stack settings onto the first-boot bootstrap (cloud-init) of the host. */
public final class HostBootstrap {
    private HostBootstrap() {
    }

    public static BootstrapSpec spec(StackSettings s) {
        return BootstrapSpec.builder()
                .hostname(s.prefix())
                .timezone(s.timezone())
                .adminKeys(s.ssh().publicKeys())
                .sshPort(s.ssh().port())
                .memoryMiB(s.hostSize().memoryMib())
                .build();
    }

    /** The user-data renderer the {@link Host} calls once the generated keys are known. */
    public static UserDataRenderer userData(StackSettings s) {
        BootstrapSpec base = spec(s);
        return keys -> CloudInit.render(base.withDeployKey(keys.deployPublicKey())
                .withHostKey(keys.hostPrivateKey(), keys.hostPublicKey()));
    }
}

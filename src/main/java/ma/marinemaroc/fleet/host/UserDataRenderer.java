package ma.marinemaroc.fleet.host;

/**
 * Renders the host's cloud-init user-data once the keys generated during the deployment are known: the deploy
 * key Pulumi's on-host steps log in with, and the host's own SSH key pair, which the on-host steps pin.
 */
@FunctionalInterface
public interface UserDataRenderer {
    String render(HostKeys keys);

    /**
     * @param deployPublicKey   authorized for the admin user (OpenSSH line)
     * @param hostPrivateKey    the host's ED25519 private key (OpenSSH PEM), installed by cloud-init
     * @param hostPublicKey     its public half (OpenSSH line), pinned by the on-host steps
     */
    record HostKeys(String deployPublicKey, String hostPrivateKey, String hostPublicKey) {
    }
}

package ma.marinemaroc.fleet.config;

import java.util.List;
import java.util.Optional;

/**
 * @param publicKeys   OpenSSH public keys of the platform team (authorized for the admin user)
 * @param port         the SSH port the host listens on
 * @param allowedCidrs source ranges allowed to reach SSH through the cloud firewall
 * @param hostKey      pinned host public key ("ssh-ed25519 AAAA..."), checked by on-host commands when set
 */
public record SshSettings(List<String> publicKeys, int port, List<String> allowedCidrs, Optional<String> hostKey) {
    public SshSettings {
        publicKeys = List.copyOf(publicKeys);
        allowedCidrs = List.copyOf(allowedCidrs);
    }
}

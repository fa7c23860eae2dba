package ma.marinemaroc.fleet.config;

import com.pulumi.core.Output;

import java.util.Optional;

/**
 * Secret settings, held only as secret outputs so that Pulumi encrypts them in state and masks them. (The provided
 * certificate itself is public and lives in {@link TlsSettings}; only its key is here.)
 */
public record Secrets(Output<String> dbRootPassword, Output<String> dbPassword, Output<String> redisPassword,
                      Output<String> appKey, Optional<Output<String>> smtpPassword,
                      Optional<Output<String>> tlsPrivateKey) {
}

package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * DigitalOcean-managed TLS certificate ({@code digitalocean:index/certificate:Certificate}) for load balancers; not the
 * on-host certificate component {@code ma.marinemaroc.fleet.tls.Certificate}, hence the Do prefix. Type
 * {@code lets_encrypt}: DigitalOcean issues and renews it for domains whose zone is a DigitalOcean domain;
 * {@code custom} (the default): leafCertificate + privateKey (+ certificateChain), the key always sent as a secret.
 *
 * <p>id is the certificate name (upstream uses the name because the UUID changes on every renewal); refer to it from
 * forwarding rules by name. Every input forces replacement. Not bound as output: privateKey (the state keeps only a
 * hash; still listed in SECRET_OUTPUTS as the schema marks it secret).
 */
@ResourceType(type = DoCertificate.TOKEN)
public class DoCertificate extends CustomResource {

    /** Pulumi type token. */
    public static final String TOKEN = "digitalocean:index/certificate:Certificate";

    /** Properties registered with {@code additionalSecretOutputs}. */
    public static final List<String> SECRET_OUTPUTS =
            List.of("privateKey");

    @Export(name = "domains", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> domains;

    @Export(name = "name", refs = {String.class}, tree = "[0]")
    private Output<String> name;

    @Export(name = "notAfter", refs = {String.class}, tree = "[0]")
    private Output<String> notAfter;

    @Export(name = "sha1Fingerprint", refs = {String.class}, tree = "[0]")
    private Output<String> sha1Fingerprint;

    @Export(name = "state", refs = {String.class}, tree = "[0]")
    private Output<String> state;

    @Export(name = "type", refs = {String.class}, tree = "[0]")
    private Output<String> type;

    @Export(name = "uuid", refs = {String.class}, tree = "[0]")
    private Output<String> uuid;

    public Output<List<String>> domains() {
        return domains;
    }

    public Output<String> name() {
        return name;
    }

    /** Expiry time. */
    public Output<String> notAfter() {
        return notAfter;
    }

    public Output<String> sha1Fingerprint() {
        return sha1Fingerprint;
    }

    /** {@code pending} until issued, then {@code verified}. */
    public Output<String> state() {
        return state;
    }

    public Output<String> type() {
        return type;
    }

    /** Current UUID (changes on every Let's Encrypt renewal). */
    public Output<String> uuid() {
        return uuid;
    }

    public DoCertificate(String name, DoCertificateArgs args) {
        this(name, args, null);
    }

    /** Caller options are kept; the plugin version and {@link #SECRET_OUTPUTS} are added. */
    public DoCertificate(String name, DoCertificateArgs args, @Nullable CustomResourceOptions options) {
        super(TOKEN, name, Objects.requireNonNull(args, "args"),
                DigitalOceanPlugin.resourceOptions(options, SECRET_OUTPUTS));
    }
}

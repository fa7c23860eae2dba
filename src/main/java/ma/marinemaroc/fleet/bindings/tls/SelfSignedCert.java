package ma.marinemaroc.fleet.bindings.tls;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * Self-signed certificate ({@code tls:index/selfSignedCert:SelfSignedCert}); replaced on the next update
 * once readyForRenewal is true. Not bound as output: subject.
 */
@ResourceType(type = SelfSignedCert.TOKEN)
public class SelfSignedCert extends CustomResource {

    /** Pulumi type token. */
    public static final String TOKEN = "tls:index/selfSignedCert:SelfSignedCert";

    /** Properties registered with {@code additionalSecretOutputs}. */
    public static final List<String> SECRET_OUTPUTS =
            List.of("privateKeyPem");

    @Export(name = "allowedUses", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> allowedUses;

    @Export(name = "certPem", refs = {String.class}, tree = "[0]")
    private Output<String> certPem;

    @Export(name = "dnsNames", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> dnsNames;

    @Export(name = "earlyRenewalHours", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> earlyRenewalHours;

    @Export(name = "ipAddresses", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> ipAddresses;

    @Export(name = "isCaCertificate", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> isCaCertificate;

    @Export(name = "keyAlgorithm", refs = {String.class}, tree = "[0]")
    private Output<String> keyAlgorithm;

    @Export(name = "maxPathLength", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> maxPathLength;

    @Export(name = "privateKeyPem", refs = {String.class}, tree = "[0]")
    private Output<String> privateKeyPem;

    @Export(name = "readyForRenewal", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> readyForRenewal;

    @Export(name = "setAuthorityKeyId", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> setAuthorityKeyId;

    @Export(name = "setSubjectKeyId", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> setSubjectKeyId;

    @Export(name = "uris", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> uris;

    @Export(name = "validityEndTime", refs = {String.class}, tree = "[0]")
    private Output<String> validityEndTime;

    @Export(name = "validityPeriodHours", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> validityPeriodHours;

    @Export(name = "validityStartTime", refs = {String.class}, tree = "[0]")
    private Output<String> validityStartTime;

    public Output<List<String>> allowedUses() {
        return allowedUses;
    }

    /** Certificate PEM (ends with a newline). */
    public Output<String> certPem() {
        return certPem;
    }

    public Output<List<String>> dnsNames() {
        return dnsNames;
    }

    public Output<Integer> earlyRenewalHours() {
        return earlyRenewalHours;
    }

    public Output<List<String>> ipAddresses() {
        return ipAddresses;
    }

    public Output<Boolean> isCaCertificate() {
        return isCaCertificate;
    }

    public Output<String> keyAlgorithm() {
        return keyAlgorithm;
    }

    public Output<Integer> maxPathLength() {
        return maxPathLength;
    }

    /** Always a secret Output. */
    public Output<String> privateKeyPem() {
        return privateKeyPem.asSecret();
    }

    /** True when the next update replaces it. */
    public Output<Boolean> readyForRenewal() {
        return readyForRenewal;
    }

    public Output<Boolean> setAuthorityKeyId() {
        return setAuthorityKeyId;
    }

    public Output<Boolean> setSubjectKeyId() {
        return setSubjectKeyId;
    }

    public Output<List<String>> uris() {
        return uris;
    }

    /** RFC 3339 expiry time. */
    public Output<String> validityEndTime() {
        return validityEndTime;
    }

    public Output<Integer> validityPeriodHours() {
        return validityPeriodHours;
    }

    /** RFC 3339 start time. */
    public Output<String> validityStartTime() {
        return validityStartTime;
    }

    public SelfSignedCert(String name, SelfSignedCertArgs args) {
        this(name, args, null);
    }

    /** Caller options are kept; the plugin version and {@link #SECRET_OUTPUTS} are added. */
    public SelfSignedCert(String name, SelfSignedCertArgs args, @Nullable CustomResourceOptions options) {
        super(TOKEN, name, Objects.requireNonNull(args, "args"),
                TlsPlugin.resourceOptions(options, SECRET_OUTPUTS));
    }
}

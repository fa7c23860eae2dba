package ma.marinemaroc.fleet.bindings.tls;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.RequiredInputs;

/**
 * Inputs of {@link SelfSignedCert}.
 */
public final class SelfSignedCertArgs extends ResourceArgs {

    @Import(name = "allowedUses", required = true)
    private Output<List<String>> allowedUses;

    @Import(name = "dnsNames")
    private @Nullable Output<List<String>> dnsNames;

    @Import(name = "earlyRenewalHours")
    private @Nullable Output<Integer> earlyRenewalHours;

    @Import(name = "ipAddresses")
    private @Nullable Output<List<String>> ipAddresses;

    @Import(name = "isCaCertificate")
    private @Nullable Output<Boolean> isCaCertificate;

    @Import(name = "maxPathLength")
    private @Nullable Output<Integer> maxPathLength;

    @Import(name = "privateKeyPem", required = true)
    private Output<String> privateKeyPem;

    @Import(name = "setAuthorityKeyId")
    private @Nullable Output<Boolean> setAuthorityKeyId;

    @Import(name = "setSubjectKeyId")
    private @Nullable Output<Boolean> setSubjectKeyId;

    @Import(name = "subject")
    private @Nullable Output<SelfSignedCertSubjectArgs> subject;

    @Import(name = "uris")
    private @Nullable Output<List<String>> uris;

    @Import(name = "validityPeriodHours", required = true)
    private Output<Integer> validityPeriodHours;

    private SelfSignedCertArgs() {
    }

    /** snake_case key usages, e.g. {@code digital_signature}, {@code server_auth}. */
    public Output<List<String>> allowedUses() {
        return allowedUses;
    }

    /** SAN DNS names. */
    public Optional<Output<List<String>>> dnsNames() {
        return Optional.ofNullable(dnsNames);
    }

    /** Renew this many hours before expiry (default 0). */
    public Optional<Output<Integer>> earlyRenewalHours() {
        return Optional.ofNullable(earlyRenewalHours);
    }

    /** SAN IP addresses. */
    public Optional<Output<List<String>>> ipAddresses() {
        return Optional.ofNullable(ipAddresses);
    }

    /** Default false. */
    public Optional<Output<Boolean>> isCaCertificate() {
        return Optional.ofNullable(isCaCertificate);
    }

    /** CA only. */
    public Optional<Output<Integer>> maxPathLength() {
        return Optional.ofNullable(maxPathLength);
    }

    /** PrivateKey.privateKeyPem. Secret. */
    public Output<String> privateKeyPem() {
        return privateKeyPem;
    }

    public Optional<Output<Boolean>> setAuthorityKeyId() {
        return Optional.ofNullable(setAuthorityKeyId);
    }

    public Optional<Output<Boolean>> setSubjectKeyId() {
        return Optional.ofNullable(setSubjectKeyId);
    }

    /** Subject distinguished name. */
    public Optional<Output<SelfSignedCertSubjectArgs>> subject() {
        return Optional.ofNullable(subject);
    }

    /** SAN URIs. */
    public Optional<Output<List<String>>> uris() {
        return Optional.ofNullable(uris);
    }

    /** Lifetime in hours. */
    public Output<Integer> validityPeriodHours() {
        return validityPeriodHours;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final SelfSignedCertArgs $ = new SelfSignedCertArgs();

        private Builder() {
        }

        public Builder allowedUses(@Nullable Output<List<String>> allowedUses) {
            $.allowedUses = allowedUses;
            return this;
        }

        public Builder allowedUses(List<String> allowedUses) {
            return allowedUses(Output.of(allowedUses));
        }

        public Builder allowedUses(String... allowedUses) {
            return allowedUses(List.of(allowedUses));
        }

        public Builder dnsNames(@Nullable Output<List<String>> dnsNames) {
            $.dnsNames = dnsNames;
            return this;
        }

        public Builder dnsNames(List<String> dnsNames) {
            return dnsNames(Output.of(dnsNames));
        }

        public Builder dnsNames(String... dnsNames) {
            return dnsNames(List.of(dnsNames));
        }

        public Builder earlyRenewalHours(@Nullable Output<Integer> earlyRenewalHours) {
            $.earlyRenewalHours = earlyRenewalHours;
            return this;
        }

        public Builder earlyRenewalHours(Integer earlyRenewalHours) {
            return earlyRenewalHours(Output.of(earlyRenewalHours));
        }

        public Builder ipAddresses(@Nullable Output<List<String>> ipAddresses) {
            $.ipAddresses = ipAddresses;
            return this;
        }

        public Builder ipAddresses(List<String> ipAddresses) {
            return ipAddresses(Output.of(ipAddresses));
        }

        public Builder ipAddresses(String... ipAddresses) {
            return ipAddresses(List.of(ipAddresses));
        }

        public Builder isCaCertificate(@Nullable Output<Boolean> isCaCertificate) {
            $.isCaCertificate = isCaCertificate;
            return this;
        }

        public Builder isCaCertificate(Boolean isCaCertificate) {
            return isCaCertificate(Output.of(isCaCertificate));
        }

        public Builder maxPathLength(@Nullable Output<Integer> maxPathLength) {
            $.maxPathLength = maxPathLength;
            return this;
        }

        public Builder maxPathLength(Integer maxPathLength) {
            return maxPathLength(Output.of(maxPathLength));
        }

        /** Stored as a secret Output. */
        public Builder privateKeyPem(@Nullable Output<String> privateKeyPem) {
            $.privateKeyPem = privateKeyPem == null ? null : privateKeyPem.asSecret();
            return this;
        }

        /** Stored as a secret Output. */
        public Builder privateKeyPem(String privateKeyPem) {
            return privateKeyPem(Output.ofSecret(privateKeyPem));
        }

        public Builder setAuthorityKeyId(@Nullable Output<Boolean> setAuthorityKeyId) {
            $.setAuthorityKeyId = setAuthorityKeyId;
            return this;
        }

        public Builder setAuthorityKeyId(Boolean setAuthorityKeyId) {
            return setAuthorityKeyId(Output.of(setAuthorityKeyId));
        }

        public Builder setSubjectKeyId(@Nullable Output<Boolean> setSubjectKeyId) {
            $.setSubjectKeyId = setSubjectKeyId;
            return this;
        }

        public Builder setSubjectKeyId(Boolean setSubjectKeyId) {
            return setSubjectKeyId(Output.of(setSubjectKeyId));
        }

        public Builder subject(@Nullable Output<SelfSignedCertSubjectArgs> subject) {
            $.subject = subject;
            return this;
        }

        public Builder subject(SelfSignedCertSubjectArgs subject) {
            return subject(Output.of(subject));
        }

        public Builder uris(@Nullable Output<List<String>> uris) {
            $.uris = uris;
            return this;
        }

        public Builder uris(List<String> uris) {
            return uris(Output.of(uris));
        }

        public Builder uris(String... uris) {
            return uris(List.of(uris));
        }

        public Builder validityPeriodHours(@Nullable Output<Integer> validityPeriodHours) {
            $.validityPeriodHours = validityPeriodHours;
            return this;
        }

        public Builder validityPeriodHours(Integer validityPeriodHours) {
            return validityPeriodHours(Output.of(validityPeriodHours));
        }

        public SelfSignedCertArgs build() {
            RequiredInputs.check($.allowedUses, "SelfSignedCertArgs", "allowedUses");
            RequiredInputs.check($.privateKeyPem, "SelfSignedCertArgs", "privateKeyPem");
            RequiredInputs.check($.validityPeriodHours, "SelfSignedCertArgs", "validityPeriodHours");
            return $;
        }
    }
}

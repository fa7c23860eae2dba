package ma.marinemaroc.fleet.bindings.tls;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.RequiredInputs;
import ma.marinemaroc.fleet.bindings.SchemaType;

/**
 * Distinguished name of a {@link SelfSignedCert}.
 */
@SchemaType("tls:index/SelfSignedCertSubject:SelfSignedCertSubject")
public final class SelfSignedCertSubjectArgs extends ResourceArgs {

    @Import(name = "commonName")
    private @Nullable Output<String> commonName;

    @Import(name = "country")
    private @Nullable Output<String> country;

    @Import(name = "emailAddress")
    private @Nullable Output<String> emailAddress;

    @Import(name = "locality")
    private @Nullable Output<String> locality;

    @Import(name = "organization")
    private @Nullable Output<String> organization;

    @Import(name = "organizationalUnit")
    private @Nullable Output<String> organizationalUnit;

    @Import(name = "postalCode")
    private @Nullable Output<String> postalCode;

    @Import(name = "province")
    private @Nullable Output<String> province;

    @Import(name = "serialNumber")
    private @Nullable Output<String> serialNumber;

    @Import(name = "streetAddresses")
    private @Nullable Output<List<String>> streetAddresses;

    private SelfSignedCertSubjectArgs() {
    }

    public Optional<Output<String>> commonName() {
        return Optional.ofNullable(commonName);
    }

    public Optional<Output<String>> country() {
        return Optional.ofNullable(country);
    }

    public Optional<Output<String>> emailAddress() {
        return Optional.ofNullable(emailAddress);
    }

    public Optional<Output<String>> locality() {
        return Optional.ofNullable(locality);
    }

    public Optional<Output<String>> organization() {
        return Optional.ofNullable(organization);
    }

    public Optional<Output<String>> organizationalUnit() {
        return Optional.ofNullable(organizationalUnit);
    }

    public Optional<Output<String>> postalCode() {
        return Optional.ofNullable(postalCode);
    }

    public Optional<Output<String>> province() {
        return Optional.ofNullable(province);
    }

    public Optional<Output<String>> serialNumber() {
        return Optional.ofNullable(serialNumber);
    }

    public Optional<Output<List<String>>> streetAddresses() {
        return Optional.ofNullable(streetAddresses);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final SelfSignedCertSubjectArgs $ = new SelfSignedCertSubjectArgs();

        private Builder() {
        }

        public Builder commonName(@Nullable Output<String> commonName) {
            $.commonName = commonName;
            return this;
        }

        public Builder commonName(String commonName) {
            return commonName(Output.of(commonName));
        }

        public Builder country(@Nullable Output<String> country) {
            $.country = country;
            return this;
        }

        public Builder country(String country) {
            return country(Output.of(country));
        }

        public Builder emailAddress(@Nullable Output<String> emailAddress) {
            $.emailAddress = emailAddress;
            return this;
        }

        public Builder emailAddress(String emailAddress) {
            return emailAddress(Output.of(emailAddress));
        }

        public Builder locality(@Nullable Output<String> locality) {
            $.locality = locality;
            return this;
        }

        public Builder locality(String locality) {
            return locality(Output.of(locality));
        }

        public Builder organization(@Nullable Output<String> organization) {
            $.organization = organization;
            return this;
        }

        public Builder organization(String organization) {
            return organization(Output.of(organization));
        }

        public Builder organizationalUnit(@Nullable Output<String> organizationalUnit) {
            $.organizationalUnit = organizationalUnit;
            return this;
        }

        public Builder organizationalUnit(String organizationalUnit) {
            return organizationalUnit(Output.of(organizationalUnit));
        }

        public Builder postalCode(@Nullable Output<String> postalCode) {
            $.postalCode = postalCode;
            return this;
        }

        public Builder postalCode(String postalCode) {
            return postalCode(Output.of(postalCode));
        }

        public Builder province(@Nullable Output<String> province) {
            $.province = province;
            return this;
        }

        public Builder province(String province) {
            return province(Output.of(province));
        }

        public Builder serialNumber(@Nullable Output<String> serialNumber) {
            $.serialNumber = serialNumber;
            return this;
        }

        public Builder serialNumber(String serialNumber) {
            return serialNumber(Output.of(serialNumber));
        }

        public Builder streetAddresses(@Nullable Output<List<String>> streetAddresses) {
            $.streetAddresses = streetAddresses;
            return this;
        }

        public Builder streetAddresses(List<String> streetAddresses) {
            return streetAddresses(Output.of(streetAddresses));
        }

        public Builder streetAddresses(String... streetAddresses) {
            return streetAddresses(List.of(streetAddresses));
        }

        public SelfSignedCertSubjectArgs build() {
            return $;
        }
    }
}

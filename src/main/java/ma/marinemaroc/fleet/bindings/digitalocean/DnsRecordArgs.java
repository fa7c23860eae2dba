package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.RequiredInputs;

/**
 * Inputs of {@link DnsRecord}.
 */
public final class DnsRecordArgs extends ResourceArgs {

    @Import(name = "domain", required = true)
    private Output<String> domain;

    @Import(name = "flags")
    private @Nullable Output<Integer> flags;

    @Import(name = "name")
    private @Nullable Output<String> name;

    @Import(name = "port")
    private @Nullable Output<Integer> port;

    @Import(name = "priority")
    private @Nullable Output<Integer> priority;

    @Import(name = "tag")
    private @Nullable Output<String> tag;

    @Import(name = "ttl")
    private @Nullable Output<Integer> ttl;

    @Import(name = "type", required = true)
    private Output<String> type;

    @Import(name = "value", required = true)
    private Output<String> value;

    @Import(name = "weight")
    private @Nullable Output<Integer> weight;

    private DnsRecordArgs() {
    }

    /** Domain name, e.g. {@code example.ma}; forces replacement. */
    public Output<String> domain() {
        return domain;
    }

    /** CAA flags. */
    public Optional<Output<Integer>> flags() {
        return Optional.ofNullable(flags);
    }

    /** Host part, e.g. {@code fleet} or {@code @}. */
    public Optional<Output<String>> name() {
        return Optional.ofNullable(name);
    }

    /** SRV port. */
    public Optional<Output<Integer>> port() {
        return Optional.ofNullable(port);
    }

    /** MX/SRV priority. */
    public Optional<Output<Integer>> priority() {
        return Optional.ofNullable(priority);
    }

    /** CAA tag. */
    public Optional<Output<String>> tag() {
        return Optional.ofNullable(tag);
    }

    /** TTL in seconds. */
    public Optional<Output<Integer>> ttl() {
        return Optional.ofNullable(ttl);
    }

    /** A, AAAA, CAA, CNAME, MX, NS, TXT or SRV; forces replacement. */
    public Output<String> type() {
        return type;
    }

    /** Record value, e.g. an IPv4 address. */
    public Output<String> value() {
        return value;
    }

    /** SRV weight. */
    public Optional<Output<Integer>> weight() {
        return Optional.ofNullable(weight);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final DnsRecordArgs $ = new DnsRecordArgs();

        private Builder() {
        }

        public Builder domain(@Nullable Output<String> domain) {
            $.domain = domain;
            return this;
        }

        public Builder domain(String domain) {
            return domain(Output.of(domain));
        }

        public Builder flags(@Nullable Output<Integer> flags) {
            $.flags = flags;
            return this;
        }

        public Builder flags(Integer flags) {
            return flags(Output.of(flags));
        }

        public Builder name(@Nullable Output<String> name) {
            $.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        public Builder port(@Nullable Output<Integer> port) {
            $.port = port;
            return this;
        }

        public Builder port(Integer port) {
            return port(Output.of(port));
        }

        public Builder priority(@Nullable Output<Integer> priority) {
            $.priority = priority;
            return this;
        }

        public Builder priority(Integer priority) {
            return priority(Output.of(priority));
        }

        public Builder tag(@Nullable Output<String> tag) {
            $.tag = tag;
            return this;
        }

        public Builder tag(String tag) {
            return tag(Output.of(tag));
        }

        public Builder ttl(@Nullable Output<Integer> ttl) {
            $.ttl = ttl;
            return this;
        }

        public Builder ttl(Integer ttl) {
            return ttl(Output.of(ttl));
        }

        public Builder type(@Nullable Output<String> type) {
            $.type = type;
            return this;
        }

        public Builder type(String type) {
            return type(Output.of(type));
        }

        public Builder value(@Nullable Output<String> value) {
            $.value = value;
            return this;
        }

        public Builder value(String value) {
            return value(Output.of(value));
        }

        public Builder weight(@Nullable Output<Integer> weight) {
            $.weight = weight;
            return this;
        }

        public Builder weight(Integer weight) {
            return weight(Output.of(weight));
        }

        public DnsRecordArgs build() {
            RequiredInputs.check($.domain, "DnsRecordArgs", "domain");
            RequiredInputs.check($.type, "DnsRecordArgs", "type");
            RequiredInputs.check($.value, "DnsRecordArgs", "value");
            return $;
        }
    }
}

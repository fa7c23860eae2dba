package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.RequiredInputs;
import ma.marinemaroc.fleet.bindings.SchemaType;

/**
 * One listener of a {@link LoadBalancer}: entry port/protocol to target port/protocol. HTTP(S) rules also carry
 * websocket upgrades. Not bound: certificateId (deprecated: the id changes when DigitalOcean renews a Let's Encrypt
 * certificate; use certificateName).
 */
@SchemaType("digitalocean:index/LoadBalancerForwardingRule:LoadBalancerForwardingRule")
public final class LoadBalancerForwardingRuleArgs extends ResourceArgs {

    @Import(name = "certificateName")
    private @Nullable Output<String> certificateName;

    @Import(name = "entryPort", required = true)
    private Output<Integer> entryPort;

    @Import(name = "entryProtocol", required = true)
    private Output<String> entryProtocol;

    @Import(name = "targetPort", required = true)
    private Output<Integer> targetPort;

    @Import(name = "targetProtocol", required = true)
    private Output<String> targetProtocol;

    @Import(name = "tlsPassthrough")
    private @Nullable Output<Boolean> tlsPassthrough;

    private LoadBalancerForwardingRuleArgs() {
    }

    /**
     * Name of the {@link DoCertificate} that terminates TLS ({@code https}, {@code http2}, {@code http3} entries);
     * stable across renewals.
     */
    public Optional<Output<String>> certificateName() {
        return Optional.ofNullable(certificateName);
    }

    /** Port the load balancer listens on. */
    public Output<Integer> entryPort() {
        return entryPort;
    }

    /** {@code http}, {@code https}, {@code http2}, {@code http3}, {@code tcp} or {@code udp}. */
    public Output<String> entryProtocol() {
        return entryProtocol;
    }

    /** Port on the Droplets. */
    public Output<Integer> targetPort() {
        return targetPort;
    }

    /** {@code http}, {@code https}, {@code http2}, {@code tcp} or {@code udp}. */
    public Output<String> targetProtocol() {
        return targetProtocol;
    }

    /** Pass TLS through to the Droplets unterminated (default false). */
    public Optional<Output<Boolean>> tlsPassthrough() {
        return Optional.ofNullable(tlsPassthrough);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final LoadBalancerForwardingRuleArgs $ = new LoadBalancerForwardingRuleArgs();

        private Builder() {
        }

        public Builder certificateName(@Nullable Output<String> certificateName) {
            $.certificateName = certificateName;
            return this;
        }

        public Builder certificateName(String certificateName) {
            return certificateName(Output.of(certificateName));
        }

        public Builder entryPort(@Nullable Output<Integer> entryPort) {
            $.entryPort = entryPort;
            return this;
        }

        public Builder entryPort(Integer entryPort) {
            return entryPort(Output.of(entryPort));
        }

        public Builder entryProtocol(@Nullable Output<String> entryProtocol) {
            $.entryProtocol = entryProtocol;
            return this;
        }

        public Builder entryProtocol(String entryProtocol) {
            return entryProtocol(Output.of(entryProtocol));
        }

        public Builder targetPort(@Nullable Output<Integer> targetPort) {
            $.targetPort = targetPort;
            return this;
        }

        public Builder targetPort(Integer targetPort) {
            return targetPort(Output.of(targetPort));
        }

        public Builder targetProtocol(@Nullable Output<String> targetProtocol) {
            $.targetProtocol = targetProtocol;
            return this;
        }

        public Builder targetProtocol(String targetProtocol) {
            return targetProtocol(Output.of(targetProtocol));
        }

        public Builder tlsPassthrough(@Nullable Output<Boolean> tlsPassthrough) {
            $.tlsPassthrough = tlsPassthrough;
            return this;
        }

        public Builder tlsPassthrough(Boolean tlsPassthrough) {
            return tlsPassthrough(Output.of(tlsPassthrough));
        }

        public LoadBalancerForwardingRuleArgs build() {
            RequiredInputs.check($.entryPort, "LoadBalancerForwardingRuleArgs", "entryPort");
            RequiredInputs.check($.entryProtocol, "LoadBalancerForwardingRuleArgs", "entryProtocol");
            RequiredInputs.check($.targetPort, "LoadBalancerForwardingRuleArgs", "targetPort");
            RequiredInputs.check($.targetProtocol, "LoadBalancerForwardingRuleArgs", "targetProtocol");
            return $;
        }
    }
}

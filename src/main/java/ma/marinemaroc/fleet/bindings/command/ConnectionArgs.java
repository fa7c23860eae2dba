package ma.marinemaroc.fleet.bindings.command;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.RequiredInputs;
import ma.marinemaroc.fleet.bindings.SchemaType;

/**
 * SSH connection of remote commands ({@code command:remote:Connection}). privateKey, password and
 * privateKeyPassword are always secret Outputs. {@link Builder#build()} fills the schema defaults
 * (port 22, user root, dialErrorLimit 10, perDialTimeout 15) like the generated SDKs. Not bound: proxy.
 */
@SchemaType("command:remote:Connection")
public final class ConnectionArgs extends ResourceArgs {

    @Import(name = "agentSocketPath")
    private @Nullable Output<String> agentSocketPath;

    @Import(name = "dialErrorLimit")
    private @Nullable Output<Integer> dialErrorLimit;

    @Import(name = "host", required = true)
    private Output<String> host;

    @Import(name = "hostKey")
    private @Nullable Output<String> hostKey;

    @Import(name = "password")
    private @Nullable Output<String> password;

    @Import(name = "perDialTimeout")
    private @Nullable Output<Integer> perDialTimeout;

    @Import(name = "port")
    private @Nullable Output<Double> port;

    @Import(name = "privateKey")
    private @Nullable Output<String> privateKey;

    @Import(name = "privateKeyPassword")
    private @Nullable Output<String> privateKeyPassword;

    @Import(name = "user")
    private @Nullable Output<String> user;

    private ConnectionArgs() {
    }

    /** SSH agent socket (default $SSH_AUTH_SOCK). */
    public Optional<Output<String>> agentSocketPath() {
        return Optional.ofNullable(agentSocketPath);
    }

    /** Dial attempts (default 10; -1 unlimited). */
    public Optional<Output<Integer>> dialErrorLimit() {
        return Optional.ofNullable(dialErrorLimit);
    }

    /** Host address. */
    public Output<String> host() {
        return host;
    }

    /** Expected host public key; not checked when unset. */
    public Optional<Output<String>> hostKey() {
        return Optional.ofNullable(hostKey);
    }

    /** Password authentication. Secret. */
    public Optional<Output<String>> password() {
        return Optional.ofNullable(password);
    }

    /** Seconds per dial (default 15). */
    public Optional<Output<Integer>> perDialTimeout() {
        return Optional.ofNullable(perDialTimeout);
    }

    /** Port; a NUMBER in the schema (default 22). */
    public Optional<Output<Double>> port() {
        return Optional.ofNullable(port);
    }

    /** PEM/OpenSSH private key text. Secret. */
    public Optional<Output<String>> privateKey() {
        return Optional.ofNullable(privateKey);
    }

    /** Private key passphrase. Secret. */
    public Optional<Output<String>> privateKeyPassword() {
        return Optional.ofNullable(privateKeyPassword);
    }

    /** User (default root). */
    public Optional<Output<String>> user() {
        return Optional.ofNullable(user);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final ConnectionArgs $ = new ConnectionArgs();

        private Builder() {
        }

        public Builder agentSocketPath(@Nullable Output<String> agentSocketPath) {
            $.agentSocketPath = agentSocketPath;
            return this;
        }

        public Builder agentSocketPath(String agentSocketPath) {
            return agentSocketPath(Output.of(agentSocketPath));
        }

        public Builder dialErrorLimit(@Nullable Output<Integer> dialErrorLimit) {
            $.dialErrorLimit = dialErrorLimit;
            return this;
        }

        public Builder dialErrorLimit(Integer dialErrorLimit) {
            return dialErrorLimit(Output.of(dialErrorLimit));
        }

        public Builder host(@Nullable Output<String> host) {
            $.host = host;
            return this;
        }

        public Builder host(String host) {
            return host(Output.of(host));
        }

        public Builder hostKey(@Nullable Output<String> hostKey) {
            $.hostKey = hostKey;
            return this;
        }

        public Builder hostKey(String hostKey) {
            return hostKey(Output.of(hostKey));
        }

        /** Stored as a secret Output. */
        public Builder password(@Nullable Output<String> password) {
            $.password = password == null ? null : password.asSecret();
            return this;
        }

        /** Stored as a secret Output. */
        public Builder password(String password) {
            return password(Output.ofSecret(password));
        }

        public Builder perDialTimeout(@Nullable Output<Integer> perDialTimeout) {
            $.perDialTimeout = perDialTimeout;
            return this;
        }

        public Builder perDialTimeout(Integer perDialTimeout) {
            return perDialTimeout(Output.of(perDialTimeout));
        }

        public Builder port(@Nullable Output<Double> port) {
            $.port = port;
            return this;
        }

        public Builder port(Double port) {
            return port(Output.of(port));
        }

        /** Stored as a secret Output. */
        public Builder privateKey(@Nullable Output<String> privateKey) {
            $.privateKey = privateKey == null ? null : privateKey.asSecret();
            return this;
        }

        /** Stored as a secret Output. */
        public Builder privateKey(String privateKey) {
            return privateKey(Output.ofSecret(privateKey));
        }

        /** Stored as a secret Output. */
        public Builder privateKeyPassword(@Nullable Output<String> privateKeyPassword) {
            $.privateKeyPassword = privateKeyPassword == null ? null : privateKeyPassword.asSecret();
            return this;
        }

        /** Stored as a secret Output. */
        public Builder privateKeyPassword(String privateKeyPassword) {
            return privateKeyPassword(Output.ofSecret(privateKeyPassword));
        }

        public Builder user(@Nullable Output<String> user) {
            $.user = user;
            return this;
        }

        public Builder user(String user) {
            return user(Output.of(user));
        }

        /** Convenience for integer ports. */
        public Builder port(int port) {
            return port(Output.of((double) port));
        }

        public ConnectionArgs build() {
            RequiredInputs.check($.host, "ConnectionArgs", "host");
            if ($.dialErrorLimit == null) {
                $.dialErrorLimit = Output.of(10);
            }
            if ($.perDialTimeout == null) {
                $.perDialTimeout = Output.of(15);
            }
            if ($.port == null) {
                $.port = Output.of(22.0);
            }
            if ($.user == null) {
                $.user = Output.of("root");
            }
            return $;
        }
    }
}

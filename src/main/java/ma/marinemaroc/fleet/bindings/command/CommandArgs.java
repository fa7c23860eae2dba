package ma.marinemaroc.fleet.bindings.command;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.RequiredInputs;

/**
 * Inputs of {@link Command}.
 */
public final class CommandArgs extends ResourceArgs {

    @Import(name = "addPreviousOutputInEnv")
    private @Nullable Output<Boolean> addPreviousOutputInEnv;

    @Import(name = "connection", required = true)
    private Output<ConnectionArgs> connection;

    @Import(name = "create")
    private @Nullable Output<String> create;

    @Import(name = "delete")
    private @Nullable Output<String> delete;

    @Import(name = "environment")
    private @Nullable Output<Map<String, String>> environment;

    @Import(name = "logging")
    private @Nullable Output<String> logging;

    @Import(name = "stdin")
    private @Nullable Output<String> stdin;

    @Import(name = "triggers")
    private @Nullable Output<List<Object>> triggers;

    @Import(name = "update")
    private @Nullable Output<String> update;

    private CommandArgs() {
    }

    /** Export previous stdout/stderr as PULUMI_COMMAND_STDOUT/STDERR (default true). */
    public Optional<Output<Boolean>> addPreviousOutputInEnv() {
        return Optional.ofNullable(addPreviousOutputInEnv);
    }

    /** SSH connection (the whole object is sent as a secret). Secret. */
    public Output<ConnectionArgs> connection() {
        return connection;
    }

    /** Command run on create. */
    public Optional<Output<String>> create() {
        return Optional.ofNullable(create);
    }

    /** Command run on destroy. */
    public Optional<Output<String>> delete() {
        return Optional.ofNullable(delete);
    }

    /** Environment variables (sshd must AcceptEnv them). */
    public Optional<Output<Map<String, String>>> environment() {
        return Optional.ofNullable(environment);
    }

    /** {@code stdout}, {@code stderr}, {@code stdoutAndStderr} or {@code none}. */
    public Optional<Output<String>> logging() {
        return Optional.ofNullable(logging);
    }

    /** Text piped to stdin; pass a secret Output for secrets. */
    public Optional<Output<String>> stdin() {
        return Optional.ofNullable(stdin);
    }

    /** Any values; a change replaces the command. */
    public Optional<Output<List<Object>>> triggers() {
        return Optional.ofNullable(triggers);
    }

    /** Command run on update (defaults to create). */
    public Optional<Output<String>> update() {
        return Optional.ofNullable(update);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final CommandArgs $ = new CommandArgs();

        private Builder() {
        }

        public Builder addPreviousOutputInEnv(@Nullable Output<Boolean> addPreviousOutputInEnv) {
            $.addPreviousOutputInEnv = addPreviousOutputInEnv;
            return this;
        }

        public Builder addPreviousOutputInEnv(Boolean addPreviousOutputInEnv) {
            return addPreviousOutputInEnv(Output.of(addPreviousOutputInEnv));
        }

        /** Stored as a secret Output. */
        public Builder connection(@Nullable Output<ConnectionArgs> connection) {
            $.connection = connection == null ? null : connection.asSecret();
            return this;
        }

        /** Stored as a secret Output. */
        public Builder connection(ConnectionArgs connection) {
            return connection(Output.ofSecret(connection));
        }

        public Builder create(@Nullable Output<String> create) {
            $.create = create;
            return this;
        }

        public Builder create(String create) {
            return create(Output.of(create));
        }

        public Builder delete(@Nullable Output<String> delete) {
            $.delete = delete;
            return this;
        }

        public Builder delete(String delete) {
            return delete(Output.of(delete));
        }

        public Builder environment(@Nullable Output<Map<String, String>> environment) {
            $.environment = environment;
            return this;
        }

        public Builder environment(Map<String, String> environment) {
            return environment(Output.of(environment));
        }

        public Builder logging(@Nullable Output<String> logging) {
            $.logging = logging;
            return this;
        }

        public Builder logging(String logging) {
            return logging(Output.of(logging));
        }

        public Builder stdin(@Nullable Output<String> stdin) {
            $.stdin = stdin;
            return this;
        }

        public Builder stdin(String stdin) {
            return stdin(Output.of(stdin));
        }

        public Builder triggers(@Nullable Output<List<Object>> triggers) {
            $.triggers = triggers;
            return this;
        }

        public Builder triggers(List<Object> triggers) {
            return triggers(Output.of(triggers));
        }

        public Builder triggers(Object... triggers) {
            return triggers(List.of(triggers));
        }

        public Builder update(@Nullable Output<String> update) {
            $.update = update;
            return this;
        }

        public Builder update(String update) {
            return update(Output.of(update));
        }

        public CommandArgs build() {
            RequiredInputs.check($.connection, "CommandArgs", "connection");
            return $;
        }
    }
}

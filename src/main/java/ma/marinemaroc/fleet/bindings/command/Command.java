package ma.marinemaroc.fleet.bindings.command;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * Command run over SSH ({@code command:remote:Command}). Changing triggers replaces it; other changes run
 * {@code update} (or {@code create}). Besides {@code connection} (as the generated SDK does),
 * {@code stdout} and {@code stderr} are registered as secret outputs because the stack feeds secrets to
 * some commands (stdin/environment) and their output must never reach the state file in plain text.
 */
@ResourceType(type = Command.TOKEN)
public class Command extends CustomResource {

    /** Pulumi type token. */
    public static final String TOKEN = "command:remote:Command";

    /** Properties registered with {@code additionalSecretOutputs}. */
    public static final List<String> SECRET_OUTPUTS =
            List.of("connection", "stdout", "stderr");

    @Export(name = "addPreviousOutputInEnv", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> addPreviousOutputInEnv;

    @Export(name = "create", refs = {String.class}, tree = "[0]")
    private Output<String> create;

    @Export(name = "delete", refs = {String.class}, tree = "[0]")
    private Output<String> delete;

    @Export(name = "environment", refs = {Map.class, String.class}, tree = "[0,1,1]")
    private Output<Map<String, String>> environment;

    @Export(name = "logging", refs = {String.class}, tree = "[0]")
    private Output<String> logging;

    @Export(name = "stderr", refs = {String.class}, tree = "[0]")
    private Output<String> stderr;

    @Export(name = "stdin", refs = {String.class}, tree = "[0]")
    private Output<String> stdin;

    @Export(name = "stdout", refs = {String.class}, tree = "[0]")
    private Output<String> stdout;

    @Export(name = "triggers", refs = {List.class, Object.class}, tree = "[0,1]")
    private Output<List<Object>> triggers;

    @Export(name = "update", refs = {String.class}, tree = "[0]")
    private Output<String> update;

    public Output<Boolean> addPreviousOutputInEnv() {
        return addPreviousOutputInEnv;
    }

    public Output<String> create() {
        return create;
    }

    public Output<String> delete() {
        return delete;
    }

    public Output<Map<String, String>> environment() {
        return environment;
    }

    public Output<String> logging() {
        return logging;
    }

    /** Captured stderr. Always a secret Output. */
    public Output<String> stderr() {
        return stderr.asSecret();
    }

    public Output<String> stdin() {
        return stdin;
    }

    /** Captured stdout. Always a secret Output. */
    public Output<String> stdout() {
        return stdout.asSecret();
    }

    public Output<List<Object>> triggers() {
        return triggers;
    }

    public Output<String> update() {
        return update;
    }

    public Command(String name, CommandArgs args) {
        this(name, args, null);
    }

    /** Caller options are kept; the plugin version and {@link #SECRET_OUTPUTS} are added. */
    public Command(String name, CommandArgs args, @Nullable CustomResourceOptions options) {
        super(TOKEN, name, Objects.requireNonNull(args, "args"),
                CommandPlugin.resourceOptions(options, SECRET_OUTPUTS));
    }
}

package ma.marinemaroc.fleet.config;

/**
 * One invalid or missing config value.
 *
 * @param key     the full key path as Pulumi names it ({@code fleet:smtp.user}, {@code fleet:sshAllowedCidrs[1]},
 *                {@code digitalocean:token}); empty for a problem of the file itself (syntax, encoding)
 * @param message what is wrong, with the bad value (never a secret's) and what would be accepted
 */
public record ConfigProblem(String key, String message) {
    /** Where the value sits in the stack file ({@code config.fleet:smtp.user}); empty for file-level problems. */
    public String yamlPath() {
        return key.isEmpty() ? "" : "config." + key;
    }

    /** One line of the report: {@code <origin>: config.<key>: <message>}. */
    public String render(String origin) {
        return origin + ": " + (key.isEmpty() ? "" : yamlPath() + ": ") + message;
    }

    @Override
    public String toString() {
        return key.isEmpty() ? message : key + ": " + message;
    }
}

package ma.marinemaroc.fleet.config;

import java.util.Arrays;
import java.util.Optional;

/** The cloud the host runs on. */
public enum Cloud {
    DIGITALOCEAN("digitalocean"),
    AWS("aws");

    private final String key;

    Cloud(String key) {
        this.key = key;
    }

    /** The value used in stack config ({@code fleet:cloud}). */
    public String key() {
        return key;
    }

    public static Optional<Cloud> parse(String value) {
        return Arrays.stream(values()).filter(c -> c.key.equals(value)).findFirst();
    }
}

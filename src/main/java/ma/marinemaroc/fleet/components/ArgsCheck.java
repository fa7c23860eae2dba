package ma.marinemaroc.fleet.components;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects every problem of a component's inputs and reports them at once, each naming the input, before any
 * resource of the component is declared. Used by the Args classes' {@code validate()} (which the components call,
 * so inputs filled by reflection in a multi-language program are checked too).
 */
final class ArgsCheck {
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private final String component;
    private final List<String> problems = new ArrayList<>();

    ArgsCheck(String component) {
        this.component = component;
    }

    ArgsCheck required(String input, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) problems.add(input + " is required");
        return this;
    }

    ArgsCheck range(String input, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) problems.add(input + " must be " + min + ".." + max + ", got " + value);
        return this;
    }

    ArgsCheck dnsLabel(String input, String value) {
        if (value != null && !LABEL.matcher(value).matches()) {
            problems.add(input + " must be one DNS label (a-z, 0-9, '-', at most 63), got '" + value + "'");
        }
        return this;
    }

    ArgsCheck that(boolean ok, String problem) {
        if (!ok) problems.add(problem);
        return this;
    }

    void done() {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(component + ": " + String.join("; ", problems));
        }
    }
}

package ma.marinemaroc.fleet.bindings;

/** Checks used by the binding builders for schema-required inputs. */
public final class RequiredInputs {
    private RequiredInputs() {
    }

    /**
     * Fails with {@code "<owner>.<property> is required"} when {@code value} is null.
     *
     * @throws IllegalStateException if the input was not set
     */
    public static void check(Object value, String owner, String property) {
        if (value == null) {
            throw new IllegalStateException(owner + "." + property + " is required");
        }
    }
}

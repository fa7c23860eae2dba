package ma.marinemaroc.fleet.dbtuning;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One secondary index the platform's queries need.
 *
 * @param table   table in the Fleetbase database
 * @param name    index name; the name upstream uses when an upstream migration creates the same index guarded by
 *                that very name (so it skips ours), else a {@code fleet_} name no upstream migration creates
 * @param columns key columns in order
 * @param serves  the query shape it serves (README, script comments)
 * @param source  the upstream file that defines the columns or the query
 */
public record IndexSpec(String table, String name, List<String> columns, String serves, String source) {
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,63}");

    public IndexSpec {
        identifier("table", table);
        identifier("name", name);
        columns = List.copyOf(columns);
        if (columns.isEmpty() || columns.size() > 16) {
            throw new IllegalArgumentException("index " + name + " needs 1 to 16 columns");
        }
        columns.forEach(c -> identifier("column of " + name, c));
        if (columns.stream().distinct().count() != columns.size()) {
            throw new IllegalArgumentException("index " + name + " repeats a column");
        }
        if (serves == null || serves.isBlank() || serves.contains("\n") || source == null || source.isBlank()) {
            throw new IllegalArgumentException("index " + name + " needs one line of 'serves' and a source");
        }
    }

    static void identifier(String what, String value) {
        if (value == null || !IDENTIFIER.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be a lower-case SQL identifier, got '" + value + "'");
        }
    }

    /** {@code table name col1,col2}: one line of the script's index list. */
    String line() {
        return table + " " + name + " " + String.join(",", columns);
    }
}

package ma.marinemaroc.fleet.backup.scripts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates the subset of systemd {@code OnCalendar=} expressions the backup timers accept:
 * {@code [WEEKDAYS] [YEAR-MONTH-DAY] HOUR:MINUTE[:SECOND] [UTC]} where every numeric component is
 * {@code *} or a comma list of {@code N}, {@code N..M}, {@code N/STEP}, {@code N..M/STEP}, and WEEKDAYS is a comma list of day names or {@code Day..Day} ranges; or
 * one of the shorthands {@code hourly}, {@code daily}, {@code weekly}, {@code monthly}.
 */
public final class OnCalendar {
    static final String SUPPORTED = "supported: [Mon..Sun[,...]] [YYYY-MM-DD, each part * or N, N..M, N/STEP, "
            + "lists with ','] HH:MM[:SS] [UTC], or hourly, daily, weekly, monthly; e.g. '*-*-* 02:00:00' or "
            + "'Sun *-*-* 04:00:00'";

    private static final List<String> SHORTHANDS = List.of("hourly", "daily", "weekly", "monthly");
    private static final Map<String, Integer> DAYS = Map.ofEntries(
            Map.entry("mon", 1), Map.entry("monday", 1), Map.entry("tue", 2), Map.entry("tuesday", 2),
            Map.entry("wed", 3), Map.entry("wednesday", 3), Map.entry("thu", 4), Map.entry("thursday", 4),
            Map.entry("fri", 5), Map.entry("friday", 5), Map.entry("sat", 6), Map.entry("saturday", 6),
            Map.entry("sun", 7), Map.entry("sunday", 7));
    private static final Pattern ITEM = Pattern.compile("(\\*|\\d+)(?:\\.\\.(\\d+))?(?:/(\\d+))?");

    private OnCalendar() {
    }

    /**
     * Returns {@code expression} trimmed when it is a supported OnCalendar expression.
     *
     * @param field name used in the error message (e.g. "backupSchedule")
     * @throws IllegalArgumentException with a message naming the field, the expression and the fault
     */
    public static String validate(String field, String expression) {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException(field + " must not be empty (" + SUPPORTED + ")");
        }
        String expr = expression.trim();
        try {
            check(expr);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": '" + expr + "' is not a supported systemd OnCalendar "
                    + "expression: " + e.getMessage() + " (" + SUPPORTED + ")", e);
        }
        return expr;
    }

    private static void check(String expr) {
        if (SHORTHANDS.contains(expr)) {
            return;
        }
        if (expr.contains("\n") || expr.contains(";")) {
            throw new IllegalArgumentException("it contains a line break or ';'");
        }
        String[] tokens = expr.split("\\s+");
        int i = 0;
        int n = tokens.length;
        if (n > 0 && tokens[n - 1].equals("UTC")) {
            n--;
        }
        if (i < n && Character.isLetter(tokens[i].charAt(0))) {
            checkWeekdays(tokens[i]);
            i++;
        }
        if (i < n && tokens[i].contains("-")) {
            checkDate(tokens[i]);
            i++;
        }
        if (i >= n) {
            throw new IllegalArgumentException("the time HH:MM[:SS] is missing");
        }
        checkTime(tokens[i]);
        i++;
        if (i < n) {
            throw new IllegalArgumentException("unexpected '" + tokens[i] + "' after the time");
        }
    }

    private static void checkWeekdays(String spec) {
        for (String part : spec.split(",", -1)) {
            String[] range = part.split("\\.\\.", -1);
            if (range.length > 2) {
                throw new IllegalArgumentException("bad weekday range '" + part + "'");
            }
            int first = day(range[0]);
            if (range.length == 2 && day(range[1]) < first) {
                throw new IllegalArgumentException("weekday range '" + part + "' runs backwards");
            }
        }
    }

    private static int day(String name) {
        Integer d = DAYS.get(name.toLowerCase(Locale.ROOT));
        if (d == null) {
            throw new IllegalArgumentException("'" + name + "' is not a weekday (Mon, Tue, Wed, Thu, Fri, Sat, Sun)");
        }
        return d;
    }

    private static void checkDate(String date) {
        String[] parts = date.split("-", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("the date '" + date + "' must be YEAR-MONTH-DAY");
        }
        component("year", parts[0], 1970, 2199);
        component("month", parts[1], 1, 12);
        component("day", parts[2], 1, 31);
    }

    private static void checkTime(String time) {
        String[] parts = time.split(":", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException("the time '" + time + "' must be HH:MM or HH:MM:SS");
        }
        component("hour", parts[0], 0, 23);
        component("minute", parts[1], 0, 59);
        if (parts.length == 3) {
            component("second", parts[2], 0, 59);
        }
    }

    private static void component(String what, String spec, int min, int max) {
        if (spec.equals("*")) {
            return;
        }
        for (String item : spec.split(",", -1)) {
            Matcher m = ITEM.matcher(item);
            if (!m.matches()) {
                throw new IllegalArgumentException(what + " '" + item + "' is not N, N..M, N/STEP or *");
            }
            if (m.group(1).equals("*")) {
                throw new IllegalArgumentException(what + " '" + item + "': '*' cannot be combined (use 0/STEP)");
            }
            int from = bounded(what, m.group(1), min, max);
            if (m.group(2) != null && bounded(what, m.group(2), min, max) < from) {
                throw new IllegalArgumentException(what + " range '" + item + "' runs backwards");
            }
            if (m.group(3) != null && Long.parseLong(m.group(3)) < 1) {
                throw new IllegalArgumentException(what + " step in '" + item + "' must be at least 1");
            }
        }
    }

    private static int bounded(String what, String digits, int min, int max) {
        long v = digits.length() > 9 ? Long.MAX_VALUE : Long.parseLong(digits);
        if (v < min || v > max) {
            throw new IllegalArgumentException(what + " " + digits + " is out of range " + min + ".." + max);
        }
        return (int) v;
    }
}

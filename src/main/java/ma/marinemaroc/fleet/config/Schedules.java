package ma.marinemaroc.fleet.config;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates the subset of systemd OnCalendar expressions the stack accepts for its timers:
 * {@code hourly|daily|weekly} or {@code [Dow[,Dow..]] *-*-* HH:MM[:SS]} where HH may be {@code *}, a number, a list
 * ({@code 0,12}) or a repetition ({@code 00/4}); minutes likewise.
 */
public final class Schedules {
    private static final Set<String> SHORTHANDS = Set.of("hourly", "daily", "weekly");
    private static final String DOW = "(Mon|Tue|Wed|Thu|Fri|Sat|Sun)";
    private static final Pattern DAYS = Pattern.compile(DOW + "((,|\\.\\.)" + DOW + ")*");
    private static final Pattern FIELD = Pattern.compile("\\*|\\d{1,2}(/\\d{1,2})?(,\\d{1,2})*");

    private Schedules() {
    }

    public static Optional<String> check(String v) {
        if (SHORTHANDS.contains(v)) return Optional.empty();
        String[] parts = v.trim().split("\\s+");
        int i = 0;
        if (parts.length == 3) {
            if (!DAYS.matcher(parts[0]).matches()) return bad(v, "unknown weekday '" + parts[0] + "'");
            i = 1;
        } else if (parts.length != 2) {
            return bad(v, "expected '[Weekday] *-*-* HH:MM[:SS]'");
        }
        if (!parts[i].equals("*-*-*")) return bad(v, "only '*-*-*' dates are supported");
        String[] hms = parts[i + 1].split(":");
        if (hms.length < 2 || hms.length > 3) return bad(v, "time must be HH:MM or HH:MM:SS");
        int[] max = {23, 59, 59};
        String[] names = {"hour", "minute", "second"};
        for (int k = 0; k < hms.length; k++) {
            if (!FIELD.matcher(hms[k]).matches()) return bad(v, "invalid " + names[k] + " '" + hms[k] + "'");
            if (!hms[k].equals("*")) {
                for (String n : hms[k].split("[,/]")) {
                    if (Integer.parseInt(n) > max[k]) return bad(v, names[k] + " " + n + " is out of range 0-" + max[k]);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> bad(String v, String why) {
        return Optional.of("'" + v + "' is not a supported systemd OnCalendar schedule: " + why
                + " (e.g. '*-*-* 02:00:00', '*-*-* 00/1:00:00', 'Sun *-*-* 04:00:00', 'daily')");
    }
}

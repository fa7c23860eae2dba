package ma.marinemaroc.fleet.config;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static ma.marinemaroc.fleet.config.Shown.q;

/**
 * The systemd {@code OnCalendar=} expressions the stack accepts for its timers (the host runs them as systemd timers):
 * {@code hourly}, {@code daily}, {@code weekly}, {@code monthly}, or {@code [WEEKDAYS] [*-*-*] HH:MM[:SS] [UTC]} where
 * WEEKDAYS is a comma list of days or forward ranges ({@code Mon..Fri}) and each time component is {@code *} or a comma
 * list of {@code N}, {@code N..M}, {@code N/STEP}, {@code N..M/STEP}. Only recurring schedules: no fixed dates. Every
 * expression accepted here is accepted by {@code systemd-analyze calendar} and by the backup scripts' own check
 * ({@code backup.scripts.OnCalendar}); tests hold both to it.
 */
public final class Schedules {
    public static final String RULE = "systemd OnCalendar: `hourly`, `daily`, `weekly`, `monthly` or "
            + "`[Mon..Sun[,…]] [*-*-*] HH:MM[:SS] [UTC]`, each time part `*`, `N`, `N..M`, `N/STEP` or a `,` list";
    private static final List<String> SHORTHANDS = List.of("hourly", "daily", "weekly", "monthly");
    private static final Map<String, Integer> DAYS = Map.ofEntries(
            Map.entry("mon", 1), Map.entry("monday", 1), Map.entry("tue", 2), Map.entry("tuesday", 2),
            Map.entry("wed", 3), Map.entry("wednesday", 3), Map.entry("thu", 4), Map.entry("thursday", 4),
            Map.entry("fri", 5), Map.entry("friday", 5), Map.entry("sat", 6), Map.entry("saturday", 6),
            Map.entry("sun", 7), Map.entry("sunday", 7));
    private static final Pattern ITEM = Pattern.compile("(\\d{1,2})(?:\\.\\.(\\d{1,2}))?(?:/(\\d{1,2}))?");

    private Schedules() {
    }

    public static Optional<String> check(String v) {
        return problem(v).map(why -> q(v) + " is not a supported systemd OnCalendar schedule: " + why
                + "; use e.g. '*-*-* 02:00:00', '*-*-* 00/1:00:00' (hourly), 'Sun *-*-* 04:00:00' or 'daily'");
    }

    private static Optional<String> problem(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isISOControl(c)) return Optional.of("it contains " + Shown.named(c));
        }
        if (SHORTHANDS.contains(v)) return Optional.empty();
        String[] t = v.trim().split(" +");
        int i = 0;
        int n = t.length;
        if (n > 0 && t[n - 1].equals("UTC")) n--;
        if (i < n && Character.isLetter(t[i].charAt(0))) {
            Optional<String> p = weekdays(t[i]);
            if (p.isPresent()) return p;
            i++;
        }
        if (i < n && t[i].contains("-")) {
            if (!t[i].equals("*-*-*")) return Optional.of("the date '" + t[i] + "' is not *-*-* (only recurring schedules)");
            i++;
        }
        if (i >= n) return Optional.of("the time HH:MM[:SS] is missing");
        Optional<String> p = time(t[i]);
        if (p.isPresent()) return p;
        if (i + 1 < n) return Optional.of("unexpected '" + t[i + 1] + "' after the time");
        return Optional.empty();
    }

    private static Optional<String> weekdays(String spec) {
        for (String part : spec.split(",", -1)) {
            String[] range = part.split("\\.\\.", -1);
            if (range.length > 2) return Optional.of("bad weekday range '" + part + "'");
            Integer first = DAYS.get(range[0].toLowerCase(Locale.ROOT));
            if (first == null) return Optional.of("unknown weekday '" + range[0] + "' (Mon, Tue, Wed, Thu, Fri, Sat, Sun)");
            if (range.length == 2) {
                Integer last = DAYS.get(range[1].toLowerCase(Locale.ROOT));
                if (last == null) return Optional.of("unknown weekday '" + range[1] + "' (Mon, Tue, Wed, Thu, Fri, Sat, Sun)");
                if (last < first) return Optional.of("the weekday range '" + part + "' runs backwards");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> time(String spec) {
        String[] parts = spec.split(":", -1);
        if (parts.length < 2 || parts.length > 3) return Optional.of("the time '" + spec + "' is not HH:MM or HH:MM:SS");
        String[] names = {"hour", "minute", "second"};
        int[] max = {23, 59, 59};
        for (int k = 0; k < parts.length; k++) {
            if (parts[k].equals("*")) continue;
            for (String item : parts[k].split(",", -1)) {
                Matcher m = ITEM.matcher(item);
                if (!m.matches()) return Optional.of("the " + names[k] + " '" + item + "' is not *, N, N..M or N/STEP");
                int from = Integer.parseInt(m.group(1));
                if (from > max[k]) return Optional.of("the " + names[k] + " " + from + " is out of range 0.." + max[k]);
                if (m.group(2) != null) {
                    int to = Integer.parseInt(m.group(2));
                    if (to > max[k]) return Optional.of("the " + names[k] + " " + to + " is out of range 0.." + max[k]);
                    if (to < from) return Optional.of("the " + names[k] + " range '" + item + "' runs backwards");
                }
                if (m.group(3) != null && Integer.parseInt(m.group(3)) < 1) {
                    return Optional.of("the " + names[k] + " step in '" + item + "' is 0");
                }
            }
        }
        return Optional.empty();
    }
}

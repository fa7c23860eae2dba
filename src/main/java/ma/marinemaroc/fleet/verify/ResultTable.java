package ma.marinemaroc.fleet.verify;

import java.util.List;

/** The aligned CHECK / RESULT / DETAIL table printed by {@code verify}. */
final class ResultTable {
    private ResultTable() {
    }

    static String format(String title, List<CheckResult> rows) {
        int width = "CHECK".length();
        for (CheckResult r : rows) {
            width = Math.max(width, r.check().length());
        }
        StringBuilder sb = new StringBuilder();
        sb.append(title).append('\n');
        String fmt = "%-" + width + "s  %-6s  %s%n";
        sb.append(String.format(fmt, "CHECK", "RESULT", "DETAIL"));
        sb.append(String.format(fmt, "-".repeat(width), "------", "-".repeat(6)));
        for (CheckResult r : rows) {
            sb.append(String.format(fmt, r.check(), r.status(), r.detail()));
        }
        long failed = rows.stream().filter(CheckResult::failed).count();
        long skipped = rows.stream().filter(r -> r.status() == CheckResult.Status.SKIP).count();
        sb.append(failed == 0
                ? "verify: OK (" + (rows.size() - skipped) + " checks passed" + (skipped > 0 ? ", " + skipped + " not requested" : "") + ")"
                : "verify: FAILED (" + failed + " of " + rows.size() + " checks failed)");
        sb.append('\n');
        return sb.toString();
    }
}

package ma.marinemaroc.fleet.verify;

/** One row of the verify table. */
public record CheckResult(String check, Status status, String detail) {
    public enum Status { PASS, FAIL, SKIP }

    public CheckResult {
        if (check == null || check.isBlank() || status == null) {
            throw new IllegalArgumentException("check and status are required");
        }
        detail = detail == null ? "" : detail.replaceAll("\\s+", " ").trim();
    }

    public static CheckResult pass(String check, String detail) {
        return new CheckResult(check, Status.PASS, detail);
    }

    public static CheckResult fail(String check, String detail) {
        return new CheckResult(check, Status.FAIL, detail);
    }

    public static CheckResult skip(String check, String detail) {
        return new CheckResult(check, Status.SKIP, detail);
    }

    public boolean failed() {
        return status == Status.FAIL;
    }
}

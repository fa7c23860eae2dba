package ma.marinemaroc.fleet.plan;

import ma.marinemaroc.fleet.Stacks;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What a reviewer reads before the resource tree: upgrades, migrations, guards, what runs again. */
class PlanDiffTest {
    static PlanDiff against(Map<String, String> change) {
        PlanRun.Result after = Stacks.runWith("production", change, Set.of());
        assertThat(after.failed()).as("%s %s", after.errors(), after.exceptions()).isFalse();
        return PlanDiff.of(Stacks.run("production"), after);
    }

    @Test
    void anApiUpgradeShowsTheImagesTheBackupTheMigrationsAndTheNewReleases() {
        PlanDiff d = against(Map.of("fleet:images", "{\"api\": \"fleetbase/fleetbase-api:v0.7.56\"}"));
        String text = d.describe();
        assertThat(text).contains("image fleet-application: fleetbase/fleetbase-api:v0.7.55 -> fleetbase/fleetbase-api:v0.7.56",
                "image fleet-queue-1: ", "image fleet-scheduler: ",
                "migrations run (one-shot container of the new API image), after a verified backup set");
        assertThat(d.replacedSteps()).contains("services-backup-before-migrations", "services-migrations",
                "services-gate-application", "database-indexes");
        assertThat(d.replacedDocker()).contains("services-fleet-application", "services-fleet-queue-1", "services-fleet-scheduler")
                .doesNotContain("services-fleet-database", "services-fleet-cache", "services-fleet-httpd",
                        "services-fleet-console", "services-fleet-socket");
        // the edge switches to the new release: its configuration names it, then NGINX reloads
        assertThat(d.replacedSteps()).contains("services-file-etc-fleet-nginx-conf.d-fleet.conf", "services-reload-httpd");
        assertThat(d.replacedSteps()).doesNotContain("certificate-issue", "services-database-setup");
    }

    @Test
    void aDatabaseImageChangeIsGuardedByABackupFirst() {
        PlanDiff d = against(Map.of("fleet:images", "{\"database\": \"mysql:8.0.41\"}"));
        assertThat(d.describe()).contains("image fleet-database: mysql:8.0.40 -> mysql:8.0.41",
                "guarded: services-backup-before-database-image takes a backup before the replacement");
        assertThat(d.replacedDocker()).containsExactly("services-fleet-database");
        assertThat(d.replacedSteps()).contains("services-backup-before-database-image").doesNotContain("services-migrations");
    }

    @Test
    void nothingChangedSaysSo() {
        PlanDiff d = PlanDiff.of(Stacks.run("production"), Stacks.run("production", Stacks.file("production")));
        assertThat(d.isEmpty()).isTrue();
        assertThat(d.describe()).contains("nothing: no resource changes, nothing runs on the host");
    }

    /** {@code bin/fleet plan --against <git rev>}: the committed file at HEAD against itself changes nothing. */
    @Test
    void thePlanCommandComparesWithAGitRevision(@org.junit.jupiter.api.io.TempDir Path out) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = PlanCommand.run(new PrintWriter(o), new PrintWriter(e), "--stack", "production", "--placeholder-secrets",
                "--against", "HEAD", "--out", out.toString());
        assertThat(code).as(e.toString()).isZero();
        assertThat(o.toString()).startsWith("What this change does (compared with the other plan):\n  nothing")
                .contains("Plan of stack 'production'");
        int bad = PlanCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(e), "--stack", "production",
                "--placeholder-secrets", "--against", "no-such-revision", "--out", out.toString());
        assertThat(bad).isEqualTo(2);
        assertThat(e.toString()).contains("git show no-such-revision:");
    }
}

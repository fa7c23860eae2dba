package ma.marinemaroc.fleet.plan;

import ma.marinemaroc.fleet.FleetStack;
import ma.marinemaroc.fleet.Stacks;
import ma.marinemaroc.fleet.config.StackFile;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Many consecutive engine runs complete. Without {@link EngineRuns}' nudging, a plain join stalled here after 67 runs
 * of the production program (2 cores, Java 17, common-pool parallelism 2); with it, 400 runs completed.
 */
class EngineRunsTest {
    @Test
    void manyConsecutiveRunsAllComplete() {
        StackFile f = Stacks.file("production");
        for (int i = 0; i < 120; i++) {
            PlanRun.Result r = PlanRun.run(f, "fleet", "production", FleetStack::program);
            assertThat(r.failed()).isFalse();
            assertThat(r.resources()).hasSizeGreaterThan(80);
        }
    }

    @Test
    void aFailedRunReportsItsCause() {
        CompletableFuture<Object> failed = CompletableFuture.failedFuture(new IllegalArgumentException("boom"));
        assertThatThrownBy(() -> EngineRuns.await(failed)).hasMessageContaining("failed").hasRootCauseMessage("boom");
    }
}

package ma.marinemaroc.fleet.services;

import ma.marinemaroc.fleet.Stacks;
import ma.marinemaroc.fleet.plan.RecordedResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every shell step the program runs on a host (every stack, every remote command) passes shellcheck. */
class ShellStepsTest {
    @Test
    void everyRemoteStepPassesShellcheck(@TempDir Path dir) throws Exception {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String stack : Stacks.FILES.keySet()) {
            for (RecordedResource c : Stacks.run(stack).ofType("command:remote:Command")) {
                for (String key : List.of("create", "delete", "update")) {
                    Object script = c.plainInput(key);
                    if (script == null) continue;
                    Path f = dir.resolve(stack + "-" + c.name().replaceAll("[^A-Za-z0-9.-]", "_") + "-" + key + ".sh");
                    Files.writeString(f, "#!/bin/bash\n" + script + "\n");
                    Process p = new ProcessBuilder("shellcheck", "-s", "bash", f.toString()).redirectErrorStream(true).start();
                    String out = new String(p.getInputStream().readAllBytes());
                    if (p.waitFor() != 0) failures.add(stack + " " + c.name() + " " + key + ":\n" + out);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(60);
        assertThat(failures).isEmpty();
    }
}

package ma.marinemaroc.fleet.edge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden snapshots of rendered files under src/test/resources/edge/golden/. After an intended template change,
 * regenerate them and review the diff:
 * {@code mvn -B -ntp test -Dtest='ma.marinemaroc.fleet.edge.*Test' -Dgolden.update=true}
 */
final class Golden {
    static final Path ROOT = Path.of("src/test/resources/edge/golden");

    private Golden() {
    }

    static void check(String relative, String actual) {
        Path file = ROOT.resolve(relative);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual);
                return;
            }
            assertThat(file).as("golden file %s missing: run with -Dgolden.update=true", file).exists();
            assertThat(actual).as("rendered %s differs from %s (regenerate with -Dgolden.update=true if intended)",
                    relative, file).isEqualTo(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

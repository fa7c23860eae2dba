package ma.marinemaroc.fleet.rehearsal;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One stand-in image: {@code rehearsal/images/<name>/recipe.yaml} (the image repository it stands in for, Debian
 * packages, image config) with optional {@code pre.sh} (before the packages), {@code rootfs/} (files) and
 * {@code post.sh} (after the files).
 *
 * @param name          folder name
 * @param dir           the recipe folder
 * @param repository    the image repository it is tagged as (the tag comes from the stack's pinned reference)
 * @param packages      Debian packages
 * @param env           image ENV, {@code K=V}
 * @param workdir       WORKDIR
 * @param entrypoint    ENTRYPOINT (empty: none)
 * @param cmd           CMD
 * @param exposedPorts  EXPOSE
 */
public record ImageRecipe(String name, Path dir, String repository, List<String> packages, List<String> env,
                          String workdir, List<String> entrypoint, List<String> cmd, List<String> exposedPorts) {
    private static final Set<String> KEYS = Set.of("repository", "packages", "config");
    private static final Set<String> CONFIG_KEYS = Set.of("env", "workdir", "entrypoint", "cmd", "exposedPorts");

    public static ImageRecipe read(Path dir) {
        Path file = dir.resolve("recipe.yaml");
        try {
            Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
            if (!(doc instanceof Map<?, ?> root)) throw new IllegalArgumentException(file + ": not a mapping");
            unknown(file, root, KEYS);
            Map<?, ?> config = root.get("config") instanceof Map<?, ?> m ? m : Map.of();
            unknown(file, config, CONFIG_KEYS);
            return new ImageRecipe(dir.getFileName().toString(), dir, required(file, root, "repository"),
                    strings(root.get("packages")), strings(config.get("env")),
                    config.get("workdir") == null ? "/" : String.valueOf(config.get("workdir")),
                    strings(config.get("entrypoint")), strings(config.get("cmd")), strings(config.get("exposedPorts")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The {@code docker import --change} instructions of this image (JSON forms for ENTRYPOINT and CMD). The daemon
     * accepts CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, ONBUILD, USER, VOLUME, WORKDIR there (not STOPSIGNAL).
     */
    public List<String> changes() {
        List<String> out = new ArrayList<>();
        env.forEach(e -> out.add("ENV " + e));
        out.add("WORKDIR " + workdir);
        out.add("ENTRYPOINT " + DockerApi.strings(entrypoint));
        out.add("CMD " + DockerApi.strings(cmd));
        exposedPorts.forEach(p -> out.add("EXPOSE " + p));
        return out;
    }

    private static void unknown(Path file, Map<?, ?> m, Set<String> known) {
        for (Object k : m.keySet()) {
            if (!known.contains(String.valueOf(k))) throw new IllegalArgumentException(file + ": unknown key " + k);
        }
    }

    private static String required(Path file, Map<?, ?> m, String key) {
        Object v = m.get(key);
        if (v == null) throw new IllegalArgumentException(file + ": " + key + " is required");
        return String.valueOf(v);
    }

    private static List<String> strings(Object v) {
        if (v == null) return List.of();
        if (!(v instanceof List<?> l)) throw new IllegalArgumentException("expected a list, got " + v);
        return l.stream().map(String::valueOf).toList();
    }
}

package ma.marinemaroc.fleet.rehearsal;

import ma.marinemaroc.fleet.testing.Proc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Builds the stand-in images from Debian packages and imports them into a rehearsal host's Docker daemon under the
 * references the stack pins. One debootstrap base and one root filesystem tar per recipe are cached under
 * {@code $FLEET_REHEARSAL_CACHE} (default {@code ~/.cache/fleet-rehearsal}), keyed by the hash of the recipe files,
 * the build scripts and the base: a second run rebuilds nothing, a changed recipe rebuilds only that image. The
 * imported image carries the hash as label {@value #HASH_LABEL}. A rebuild replaces the recipe's older tar.
 */
public final class ImageBuilder {
    public static final String HASH_LABEL = "fleet.rehearsal.recipe-hash";
    static final String SUITE = "bookworm";
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(20);

    /** What a build did, for the timing figures: the cache hit or the seconds spent building. */
    public record Built(String recipe, Path rootfs, boolean cached, double seconds) {
    }

    private final Path cache;
    private final Path recipesDir;
    private final String mirror;
    private final List<Built> built = new ArrayList<>();

    public ImageBuilder(Path cache) {
        this(cache, resource("rehearsal/images"));
    }

    /** @param recipesDir the recipes and build scripts (tests use a copy) */
    ImageBuilder(Path cache, Path recipesDir) {
        this.cache = cache;
        this.recipesDir = recipesDir;
        this.mirror = Objects.requireNonNullElse(System.getenv("FLEET_REHEARSAL_MIRROR"), "http://deb.debian.org/debian");
    }

    public static Path defaultCache() {
        String env = System.getenv("FLEET_REHEARSAL_CACHE");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".cache", "fleet-rehearsal");
    }

    public List<ImageRecipe> recipes() {
        try (Stream<Path> dirs = Files.list(recipesDir)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("recipe.yaml"))).sorted().map(ImageRecipe::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The recipe that stands in for an image reference ({@code repository:tag}); fails for a repository without one. */
    public ImageRecipe recipeFor(String imageRef) {
        String repo = ImageRef.parse(imageRef).repository();
        return recipes().stream().filter(r -> r.repository().equals(repo)).findFirst()
                .orElseThrow(() -> new AssertionError("no rehearsal image recipe stands in for " + imageRef
                        + " (repositories with a recipe: " + recipes().stream().map(ImageRecipe::repository).toList() + ")"));
    }

    /** Builds (or takes from the cache) and imports every referenced image; extra ENV for variants (e.g. never healthy). */
    public void importInto(DockerApi docker, String imageRef, Map<String, String> extraEnv) {
        ImageRef ref = ImageRef.parse(imageRef);
        ImageRecipe recipe = recipeFor(imageRef);
        String hash = hash(recipe);
        Path tar = rootfs(recipe, hash);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("REHEARSAL_VERSION", ref.tag());
        env.putAll(extraEnv);
        var existing = docker.imageInspect(imageRef);
        if (existing != null && hash.equals(label(existing)) && envOf(existing).containsAll(env.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList())) {
            return;
        }
        List<String> changes = new ArrayList<>(recipe.changes());
        env.forEach((k, v) -> changes.add("ENV " + k + "=" + v));
        changes.add("LABEL " + HASH_LABEL + "=" + hash);
        docker.importImage(tar, ref.repository(), ref.tag(), changes);
    }

    public List<Built> built() {
        return List.copyOf(built);
    }

    /** The cached root filesystem tar of a recipe, built when missing (under a cross-process lock). */
    public Path rootfs(ImageRecipe recipe, String hash) {
        Path tar = cache.resolve("images").resolve(recipe.name() + "-" + hash + ".tar");
        if (Files.isRegularFile(tar)) {
            built.add(new Built(recipe.name(), tar, true, 0));
            return tar;
        }
        try (FileChannel lockFile = lockFile(); FileLock ignored = lockFile.lock()) {
            if (Files.isRegularFile(tar)) {
                built.add(new Built(recipe.name(), tar, true, 0));
                return tar;
            }
            Path base = base();
            Files.createDirectories(tar.getParent());
            long t0 = System.nanoTime();
            List<String> cmd = new ArrayList<>(List.of("unshare", "--mount", "--fork", "bash",
                    script("build-rootfs.sh").toString(), base.resolve("rootfs").toString(), recipe.dir().toString(), tar.toString()));
            cmd.addAll(recipe.packages());
            Proc.run(cmd, Map.of(), null, null, BUILD_TIMEOUT).requireOk("building the " + recipe.name() + " image");
            built.add(new Built(recipe.name(), tar, false, (System.nanoTime() - t0) / 1e9));
            // older builds of this recipe are not used any more: keep the cache to one tar per recipe
            try (Stream<Path> old = Files.list(tar.getParent())) {
                for (Path p : old.filter(p -> p.getFileName().toString().matches(java.util.regex.Pattern.quote(recipe.name()) + "-[0-9a-f]{20}\\.tar")
                        && !p.equals(tar)).toList()) {
                    Files.deleteIfExists(p);
                }
            }
            return tar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cache key of a recipe: its files (paths, exec bits, contents), the build script and the base's key. */
    public String hash(ImageRecipe recipe) {
        MessageDigest md = sha256();
        md.update(baseHash().getBytes(StandardCharsets.UTF_8));
        update(md, script("build-rootfs.sh"), "build-rootfs.sh");
        try (Stream<Path> files = Files.walk(recipe.dir())) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String rel = recipe.dir().relativize(f).toString();
                update(md, f, rel + (Files.isExecutable(f) ? ":x" : ":-"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(md.digest(), 0, 10);
    }

    private String baseHash() {
        MessageDigest md = sha256();
        md.update((SUITE + "\n" + mirror + "\n").getBytes(StandardCharsets.UTF_8));
        update(md, script("base.sh"), "base.sh");
        return HexFormat.of().formatHex(md.digest(), 0, 10);
    }

    /** The debootstrap base (called under the lock). */
    private Path base() {
        Path dir = cache.resolve("base-" + SUITE + "-" + baseHash());
        if (Files.isDirectory(dir.resolve("rootfs"))) return dir;
        long t0 = System.nanoTime();
        Proc.run(List.of("bash", script("base.sh").toString(), SUITE, mirror, dir.toString()), Map.of(), null, null,
                BUILD_TIMEOUT).requireOk("debootstrap of the rehearsal base (" + SUITE + " from " + mirror + ")");
        built.add(new Built("base", dir, false, (System.nanoTime() - t0) / 1e9));
        return dir;
    }

    private FileChannel lockFile() throws IOException {
        Files.createDirectories(cache);
        return FileChannel.open(cache.resolve("build.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    }

    private Path script(String name) {
        return recipesDir.resolve(name);
    }

    private static String label(com.google.gson.JsonObject image) {
        var labels = image.getAsJsonObject("Config").get("Labels");
        if (labels == null || !labels.isJsonObject() || !labels.getAsJsonObject().has(HASH_LABEL)) return null;
        return labels.getAsJsonObject().get(HASH_LABEL).getAsString();
    }

    private static List<String> envOf(com.google.gson.JsonObject image) {
        var env = image.getAsJsonObject("Config").get("Env");
        List<String> out = new ArrayList<>();
        if (env != null && env.isJsonArray()) env.getAsJsonArray().forEach(e -> out.add(e.getAsString()));
        return out;
    }

    private static void update(MessageDigest md, Path file, String name) {
        try {
            md.update(name.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(Files.readAllBytes(file));
            md.update((byte) 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path resource(String name) {
        try {
            var url = ImageBuilder.class.getClassLoader().getResource(name);
            if (url == null) throw new IllegalStateException("test resource " + name + " is missing");
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code repository:tag}; digests and untagged references are refused (the stack pins tags). */
    public record ImageRef(String repository, String tag) {
        public static ImageRef parse(String ref) {
            int slash = ref.lastIndexOf('/');
            int colon = ref.lastIndexOf(':');
            if (ref.contains("@") || colon < slash || colon < 0) {
                throw new IllegalArgumentException("the rehearsal needs a repository:tag reference, got " + ref);
            }
            return new ImageRef(ref.substring(0, colon), ref.substring(colon + 1));
        }
    }
}

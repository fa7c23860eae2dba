package ma.marinemaroc.fleet.quote;

import ma.marinemaroc.fleet.testing.Proc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The .env quoter against the real consumer: vlucas/phpdotenv 5 (Debian's php-vlucas-phpdotenv, the library Laravel
 * 10 reads .env with), loaded the way Laravel does it (immutable: a variable already in the environment wins).
 * Hostile values come back byte for byte, and a reference such as {@code ${APP_KEY}} is never expanded.
 */
class DotenvTest {
    static final String AUTOLOAD = "/usr/share/php/Dotenv/autoload.php";
    static final String READER = """
            <?php
            require '%s';
            $repo = Dotenv\\Repository\\RepositoryBuilder::createWithDefaultAdapters()->immutable()->make();
            $values = Dotenv\\Dotenv::create($repo, $argv[1])->load();
            echo json_encode($values, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
            """.formatted(AUTOLOAD);

    @TempDir
    Path dir;

    private String load(String dotenv, Map<String, String> env) throws Exception {
        Proc.require("php");
        assertThat(Path.of(AUTOLOAD)).as("php-vlucas-phpdotenv (see .ci/setup.d)").exists();
        Files.writeString(dir.resolve(".env"), dotenv);
        Path reader = dir.resolve("read.php");
        Files.writeString(reader, READER);
        Proc.Result r = Proc.run(List.of("php", reader.toString(), dir.toString()), env, null, null,
                java.time.Duration.ofSeconds(30));
        assertThat(r.exit()).as(r.all()).isZero();
        return r.out();
    }

    @Test
    void hostileValuesComeBackExactly() throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("APP_KEY", "base64:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        values.put("MAIL_USERNAME", "x${APP_KEY}");
        values.put("MAIL_PASSWORD", "p@ss w#rd \"q\" 'sq' \\back$HOME $ {x}");
        values.put("MULTI", "line one\nline two\ttabbed\r");
        values.put("UNICODE", "Mohammédia – éàü");
        values.put("EQUALS", "a=b==c");
        values.put("EMPTY", "");
        String out = load(Dotenv.lines(values), Map.of());
        com.google.gson.JsonObject json = com.google.gson.JsonParser.parseString(out).getAsJsonObject();
        values.forEach((k, v) -> assertThat(json.get(k).getAsString()).as(k).isEqualTo(v));
    }

    /** Why quoting matters: written unquoted, the same value leaks the key and loses everything after a space. */
    @Test
    void unquotedTheSameValuesWouldLeakAndTruncate() throws Exception {
        String out = load("APP_KEY=secret-key\nMAIL_USERNAME=x${APP_KEY}\nNOTE=\"a\" # comment\n", Map.of());
        assertThat(out).contains("\"MAIL_USERNAME\":\"xsecret-key\"");
    }

    /** Laravel's rule, which is why settings the image sets with ENV are container environment, not .env. */
    @Test
    void anEnvironmentVariableBeatsTheFile() throws Exception {
        String out = load(Dotenv.lines(Map.of("LOG_CHANNEL", "daily")), Map.of("LOG_CHANNEL", "stdout"));
        assertThat(out).doesNotContain("daily");
    }

    @Test
    void unrepresentableCharactersAreRefused() {
        assertThatThrownBy(() -> Dotenv.quote("a\u0000b")).hasMessageContaining("control character");
        assertThatThrownBy(() -> Dotenv.quote("a\u001bb")).hasMessageContaining("U+001B");
        assertThatThrownBy(() -> Dotenv.lines(Map.of("bad name", "x"))).hasMessageContaining("not a variable name");
    }
}

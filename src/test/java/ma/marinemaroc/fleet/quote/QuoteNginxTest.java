package ma.marinemaroc.fleet.quote;

import ma.marinemaroc.fleet.testing.Proc;
import ma.marinemaroc.fleet.testing.TestNginx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link Nginx#string} against the real nginx: every hostile value, written as one argument, comes back byte for byte
 * as a response header and as a response body; what cannot be represented is refused.
 */
class QuoteNginxTest {
    static final List<String> VALUES = List.of(
            "plain", "two words", "semi;colon", "brace { } block", "# not a comment", "double \" quote",
            "single ' quote", "back\\slash", "back\\\"slash-quote", "\\t is not a tab", "\\n is not a newline",
            "trailing backslash\\", "unicode é ü — 🚢", "default-src 'self'; connect-src 'self' wss://fleet.test:38000",
            "x\" always; add_header Injected yes", "include /etc/passwd;", "");

    @Test
    void everyValueComesBackExactly(@TempDir Path dir) throws Exception {
        int port = Proc.freePort();
        StringBuilder locations = new StringBuilder();
        for (int i = 0; i < VALUES.size(); i++) {
            String q = Nginx.string(VALUES.get(i));
            locations.append("        location = /v/").append(i).append(" {\n")
                    .append("            add_header X-Value ").append(q).append(" always;\n")
                    .append("            return 200 ").append(q).append(";\n        }\n");
        }
        String conf = "worker_processes 1;\npid nginx.pid;\nerror_log logs/error.log;\nevents {}\nhttp {\n"
                + "    access_log off;\n    server {\n        listen 127.0.0.1:" + port + ";\n"
                + "        server_name " + Nginx.name("fleet.test") + ";\n" + locations + "    }\n}\n";
        try (TestNginx nginx = TestNginx.start(dir, Map.of("nginx.conf", conf), port)) {
            List<String> wrong = new ArrayList<>();
            for (int i = 0; i < VALUES.size(); i++) {
                Path body = dir.resolve("body-" + i);
                Proc.Result r = Proc.run(List.of(Proc.require("curl"), "-sS", "--max-time", "10", "-D", "-",
                        "-o", body.toString(), "http://127.0.0.1:" + port + "/v/" + i), Map.of(), null, Duration.ofSeconds(20));
                String want = VALUES.get(i);
                String got = new String(java.nio.file.Files.readAllBytes(body), StandardCharsets.UTF_8);
                String header = r.out().lines().filter(l -> l.toLowerCase().startsWith("x-value:")).findFirst()
                        .map(l -> l.substring("x-value:".length()).strip()).orElse(null);
                if (!want.equals(got)) wrong.add("body " + i + ": " + got);
                // an empty header value is not sent at all; others exactly once, and nothing injected
                if (!want.isEmpty() && !want.strip().equals(header)) wrong.add("header " + i + ": " + header);
                if (r.out().toLowerCase().contains("injected:")) wrong.add("header injected by value " + i);
            }
            assertThat(wrong).isEmpty();
        }
    }

    @Test
    void whatCannotBeWrittenIsRefused() {
        for (String bad : List.of("$host", "a$b", "line\nbreak", "cr\rreturn", "nul\0", "tab\tin", "del\u007f")) {
            assertThatThrownBy(() -> Nginx.string(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        for (String bad : List.of("Fleet.test", "fleet.test;", "a b", "fleet..test", "-x.test", "$host", "fleet.test\n")) {
            assertThatThrownBy(() -> Nginx.name(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}

package ma.marinemaroc.fleet.quote;

import ma.marinemaroc.fleet.testing.Proc;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one shell quoter, against bash and dash: every word reaches the program as one argument, unchanged. */
class ShellTest {
    static final List<String> HOSTILE = List.of("plain", "", "two words", "it's", "\"double\"", "$HOME", "`id`",
            "$(id)", "a;b", "a|b&c", "*", "~", "new\nline", "tab\there", "back\\slash", "-n", "--opt=x y", "'''",
            "é ü", "!", "{a,b}");

    @Test
    void everyWordArrivesExactly() {
        for (String sh : List.of("bash", "dash")) {
            String script = Shell.command(List.of("printf", "%s\\0")) + " " + String.join(" ",
                    HOSTILE.stream().map(Shell::quote).toList());
            Proc.Result r = Proc.run(List.of(Proc.require(sh), "-c", script));
            assertThat(r.exit()).as(r.all()).isZero();
            assertThat(r.out().split("\0", -1)).as(sh).containsExactlyElementsOf(concat(HOSTILE, ""));
        }
    }

    @Test
    void safeWordsStayReadable() {
        assertThat(Shell.command("docker", "exec", "fleet-httpd", "nginx", "-t")).isEqualTo("docker exec fleet-httpd nginx -t");
        assertThat(Shell.quote("APP_NAME=Marine Maroc Fleet")).isEqualTo("'APP_NAME=Marine Maroc Fleet'");
        assertThatThrownBy(() -> Shell.quote("a\0b")).hasMessageContaining("NUL");
    }

    private static List<String> concat(List<String> l, String last) {
        List<String> out = new java.util.ArrayList<>(l);
        out.add(last);
        return out;
    }
}

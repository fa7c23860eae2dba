package ma.marinemaroc.fleet.config;

import ma.marinemaroc.fleet.plan.PlanCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Stack files read as the Pulumi CLI reads them (YAML 1.2, duplicate keys an error), and file-level errors reported as
 * one clear message each: through {@code bin/fleet plan} (PlanCommand) they exit 2 with the message, no stack trace, and
 * write nothing.
 */
class StackFileTest {
    @TempDir
    Path dir;

    private static final String GOOD = "config:\n  fleet:cloud: digitalocean\n";

    /** The lines of a refused file, and the same through the plan command. */
    private List<String> refused(String name, byte[] content) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, content);
        StackConfigException e = assertThrows(StackConfigException.class, () -> StackFile.read(f));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PlanCommand.run(new PrintWriter(out), new PrintWriter(err), "--stack", "bad", "--config-file",
                f.toString(), "--placeholder-secrets", "--out", dir.resolve("out").toString());
        assertThat(code).as(err.toString()).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: stack config of '").contains(String.join("\n", e.lines()))
                .doesNotContain("\tat ", "Exception");
        assertThat(out.toString()).isEmpty();
        assertThat(dir.resolve("out")).doesNotExist();
        return e.lines().stream().map(l -> l.substring(dir.toString().length() + 1)).toList();
    }

    private List<String> refused(String name, String content) throws Exception {
        return refused(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anEmptyFileIsOneClearMessage() throws Exception {
        assertThat(refused("Pulumi.a.yaml", "")).containsExactly(
                "Pulumi.a.yaml: is empty; a stack file holds a top-level 'config:' mapping of keys such as fleet:cloud");
        assertThat(refused("Pulumi.b.yaml", "# only a comment\n\n")).containsExactly(
                "Pulumi.b.yaml: is empty; a stack file holds a top-level 'config:' mapping of keys such as fleet:cloud");
    }

    @Test
    void aYamlSyntaxErrorNamesTheLineAndColumn() throws Exception {
        assertThat(refused("Pulumi.a.yaml", "config:\n  fleet:cloud: aws\n fleet:region: eu-west-1\n")).containsExactly(
                "Pulumi.a.yaml: line 3, column 2: YAML syntax error: expected <block end>, but found '<block mapping start>' "
                        + "(while parsing a block mapping); check the indentation, quoting and the ':' after each key");
        assertThat(refused("Pulumi.b.yaml", "config:\n  fleet:domain: \"fleet.example.ma\n")).singleElement()
                .asString().startsWith("Pulumi.b.yaml: line 3, column 1: YAML syntax error: found unexpected end of stream");
    }

    @Test
    void aFileThatIsNotUtf8NamesTheByteAndLine() throws Exception {
        byte[] latin1 = "config:\n  # \u00e9quipe\n  fleet:cloud: aws\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(refused("Pulumi.a.yaml", latin1)).containsExactly(
                "Pulumi.a.yaml: is not UTF-8 text: line 2 has the byte 0xE9 (offset 12), which is not valid UTF-8; "
                        + "save the file as UTF-8");
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() throws Exception {
        Path f = dir.resolve("Pulumi.bom.yaml");
        byte[] body = GOOD.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(f, withBom);
        assertThat(StackFile.read(f).values()).containsEntry("fleet:cloud", "digitalocean");
    }

    @Test
    void anAliasBombIsRefusedWithoutExpandingIt() throws Exception {
        StringBuilder y = new StringBuilder("config:\n  fleet:x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 9; i++) {
            y.append("  fleet:x").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) y.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            y.append("]\n");
        }
        assertThat(refused("Pulumi.a.yaml", y.toString())).containsExactly("Pulumi.a.yaml: uses more than 20 YAML aliases "
                + "to collections (an alias bomb?); write the values out");
        assertThat(refused("Pulumi.b.yaml", "config:\n  fleet:loop: &l [1, *l]\n")).containsExactly("Pulumi.b.yaml: "
                + "refers to itself through a YAML alias, or nests deeper than 32 levels; write the values out");
        // under the alias limit, still too many nodes once expanded
        StringBuilder wide = new StringBuilder("config:\n  fleet:s0: &s0 [" + "x, ".repeat(40) + "x]\n");
        for (int i = 1; i < 5; i++) {
            wide.append("  fleet:s").append(i).append(": &s").append(i).append(" [");
            for (int j = 0; j < 5; j++) wide.append(j == 0 ? "" : ", ").append("*s").append(i - 1);
            wide.append("]\n");
        }
        assertThat(refused("Pulumi.c.yaml", wide.toString())).containsExactly("Pulumi.c.yaml: "
                + "expands to more than 10000 YAML nodes through aliases (an alias bomb?); write the values out");
    }

    @Test
    void duplicateKeysAreErrorsAtEveryLevelAllReportedTogether() throws Exception {
        assertThat(refused("Pulumi.a.yaml", "config:\n  fleet:region: fra1\n  fleet:backup:\n    schedule: daily\n"
                + "    schedule: weekly\n  fleet:region: ams3\n")).containsExactly(
                "Pulumi.a.yaml: config.fleet:backup.schedule: is set twice (lines 4 and 5); the last would silently win; keep one",
                "Pulumi.a.yaml: config.fleet:region: is set twice (lines 2 and 6); the last would silently win; keep one");
        assertThat(refused("Pulumi.b.yaml", GOOD + "config:\n  fleet:region: fra1\n")).containsExactly(
                "Pulumi.b.yaml: line 3: the top-level key 'config' is set twice (lines 1 and 3); keep one");
    }

    @Test
    void integersWithALeadingZeroAreAmbiguousBetweenYaml11And12() throws Exception {
        assertThat(refused("Pulumi.a.yaml", "config:\n  fleet:dnsTtl: 0300\n  fleet:backup:\n    retentionDays: 030\n"
                + "    localKeep: 09\n")).containsExactly(
                "Pulumi.a.yaml: config.fleet:dnsTtl: '0300' has a leading zero: YAML 1.1 parsers (the Pulumi CLI's among "
                        + "them) read it as the octal number 192, YAML 1.2 as 300; write 300, or quote it ('0300') if it is text",
                "Pulumi.a.yaml: config.fleet:backup.retentionDays: '030' has a leading zero: YAML 1.1 parsers (the Pulumi "
                        + "CLI's among them) read it as the octal number 24, YAML 1.2 as 30; write 30, or quote it ('030') if it is text",
                "Pulumi.a.yaml: config.fleet:backup.localKeep: '09' has a leading zero: YAML 1.1 parsers (the Pulumi CLI's "
                        + "among them) read it differently, YAML 1.2 as 9; write 9, or quote it ('09') if it is text");
    }

    @Test
    void structuralMistakesAreReportedWithTheirLine() throws Exception {
        assertThat(refused("Pulumi.a.yaml", "conifg:\n  fleet:cloud: aws\n")).containsExactly(
                "Pulumi.a.yaml: line 1: unknown top-level key 'conifg'; a stack file holds 'config:' (and the CLI's "
                        + "secretsprovider, encryptedkey, encryptionsalt, environment)");
        assertThat(refused("Pulumi.b.yaml", "config: fra1\n")).containsExactly(
                "Pulumi.b.yaml: line 1: 'config' is not a mapping; put one key per line under it, e.g. '  fleet:cloud: aws'");
        assertThat(refused("Pulumi.c.yaml", "- config\n")).containsExactly(
                "Pulumi.c.yaml: is not a Pulumi stack file: the document is not a mapping with a top-level 'config:'");
        assertThat(refused("Pulumi.d.yaml", "config:\n  region: fra1\n  fleet:dnsTtl: !!binary aGk=\n")).containsExactly(
                "Pulumi.d.yaml: config.region: is not a namespaced key; Pulumi config keys are <namespace>:<name>, e.g. fleet:region",
                "Pulumi.d.yaml: config.fleet:dnsTtl: line 3: the YAML tag tag:yaml.org,2002:binary is not supported; write a plain value");

    }

    @Test
    void valuesAreYaml12AsTheEngineHandsThemOver() throws Exception {
        Path f = dir.resolve("Pulumi.ok.yaml");
        Files.writeString(f, "config:\n  fleet:dnsTtl: 300\n  fleet:sshAllowAnywhere: yes\n  fleet:tls:\n"
                + "    acmeStaging: yes\n    mode: letsencrypt\n  fleet:backup:\n    retentionDays: 0o17\n    localKeep: 3\n"
                + "  fleet:sshAllowedCidrs:\n    - 196.200.131.0/24\n  fleet:smtpPassword:\n    secure: AAABAK\n"
                + "  fleet:timezone: ~\n");
        StackFile s = StackFile.read(f);
        assertThat(s.values()).containsEntry("fleet:dnsTtl", "300").containsEntry("fleet:sshAllowAnywhere", "yes")
                .containsEntry("fleet:tls", "{\"acmeStaging\":\"yes\",\"mode\":\"letsencrypt\"}")
                .containsEntry("fleet:backup", "{\"retentionDays\":15,\"localKeep\":3}")
                .containsEntry("fleet:sshAllowedCidrs", "[\"196.200.131.0/24\"]")
                .containsEntry("fleet:timezone", "");
        assertThat(s.secretKeys()).containsExactly("fleet:smtpPassword");
        assertThat(s.origin()).isEqualTo(f.toString());
        // merge keys are resolved by the parser, as the Pulumi CLI's parser does
        Files.writeString(f, "config:\n  fleet:tls: &t {mode: letsencrypt}\n  fleet:backup:\n    <<: *t\n");
        assertThat(StackFile.read(f).values()).containsEntry("fleet:backup", "{\"mode\":\"letsencrypt\"}");
    }
}

package ma.marinemaroc.fleet.components;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README's "Component library" reference (one inputs and one outputs table per packaged component, one table per
 * nested input type) is generated from the code ({@link ComponentDocs#reference()}), so it cannot drift from the Args
 * classes: on a difference the generated text is written to a file named in the failure, to paste between the markers.
 */
class ComponentLibraryReadmeTest {
    static final Path README = Path.of("README.md");
    static final String BEGIN = "<!-- component-reference:begin (generated from the Args classes; ComponentLibraryReadmeTest) -->";
    static final String END = "<!-- component-reference:end -->";

    @Test
    void readmesComponentReferenceIsGeneratedFromTheCode() throws Exception {
        String readme = Files.readString(README);
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        assertThat(begin).as("README has the component reference markers (%s ... %s)", BEGIN, END).isPositive();
        assertThat(end).isGreaterThan(begin);
        String current = readme.substring(begin + BEGIN.length(), end);
        String expected = "\n" + ComponentDocs.reference();
        if (!current.equals(expected)) {
            Path out = Path.of(System.getProperty("java.io.tmpdir"), "readme-component-reference.md");
            Files.writeString(out, expected);
            assertThat(current).as("README's component reference differs from the code; the generated text is in "
                    + out + " (paste it between the markers)").isEqualTo(expected);
        }
    }

    @Test
    void theReferenceSitsInTheComponentLibrarySectionAfterWhatGetsDeployed() throws Exception {
        String readme = Files.readString(README);
        int deployed = readme.indexOf("\n## What gets deployed");
        int library = readme.indexOf("\n## Component library");
        int next = readme.indexOf("\n## ", library + 1);
        assertThat(deployed).isPositive();
        assertThat(library).as("README section 'Component library'").isGreaterThan(deployed);
        assertThat(readme.indexOf("\n## ", deployed + 1)).as("'Component library' follows 'What gets deployed'").isEqualTo(library);
        assertThat(readme.indexOf(BEGIN)).isBetween(library, next);
    }
}

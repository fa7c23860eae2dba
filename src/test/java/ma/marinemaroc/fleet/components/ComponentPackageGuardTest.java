package ma.marinemaroc.fleet.components;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every class of {@code ma.marinemaroc.fleet.components} (sub-packages included) that extends ComponentResource can be
 * served by the package: one constructor (String, XArgs, ComponentResourceOptions), Args without statics,
 * inheritance, maps, longs, optionals, enums or resource references, outputs as {@code Output<T>}. A component added
 * later that breaks the package fails here with a message naming it; the fixtures below show each message.
 */
class ComponentPackageGuardTest {

    @Test
    void everyComponentOfThePackageCanBeServed() {
        var classes = PackagedComponents.mainClasses();
        assertThat(PackagedComponents.components(classes)).isNotEmpty();
        assertThat(PackageRules.check(classes, PackagedComponents.BASE_PACKAGE))
                .as("components that the multi-language package cannot serve (see README, Component library, limits)")
                .isEmpty();
    }

    @Test
    void aComponentThatBreaksThePackageIsNamedWithTheReason(@TempDir Path tmp) throws Exception {
        Path src = tmp.resolve("src");
        Path classes = tmp.resolve("classes");
        Javac.compile(Javac.write(src, FIXTURES), classes);
        List<String> problems;
        try (URLClassLoader loader = Javac.loader(classes)) {
            problems = PackageRules.check(PackagedComponents.classesUnder(classes, "fixture.components", loader),
                    "fixture.components");
        }
        String all = String.join("\n", problems);
        assertThat(problems).noneMatch(p -> p.contains("(fixture.components.Good)") || p.contains("Abstract"));
        assertThat(all).contains(
                "fleet:index:TwoCtors (fixture.components.TwoCtors): has 2 constructors",
                "fleet:index:WrongCtor (fixture.components.WrongCtor): its constructor is (String, ComponentResourceOptions)",
                "BadArgs.EMPTY is static",
                "BadArgs.labels: Map inputs fail at Construct",
                "BadArgs.size: Long fails to deserialize",
                "BadArgs.zone: Optional fields are rejected",
                "BadArgs.color: enums become a junk object type",
                "BadArgs.server: resource references are not supported",
                "BadArgs.count: primitive int cannot be absent",
                "BadArgs.ratio: Float cannot be deserialized",
                "BadArgs.ids: Output nested in Output or List",
                "BadArgs.tags: Map inputs fail",
                "BadArgs.when: java.time.Instant is not an input type",
                "BadArgs has no no-argument constructor",
                "fleet:index:Inherits (fixture.components.Inherits): InheritsArgs extends fixture.components.BaseArgs",
                "fleet:index:Nested (fixture.components.sub.Nested): is in fixture.components.sub, not directly in "
                        + "fixture.components",
                "both map to fleet:index:Rule",
                "fleet:index:PlainExport (fixture.components.PlainExport).id: @Export field is not an Output<T>");
        // every problem names the class it is about
        assertThat(problems).allMatch(p -> p.contains("fixture.components."));
    }

    private static final String IMPORTS = """
            import com.pulumi.core.Output;
            import com.pulumi.core.annotations.Export;
            import com.pulumi.core.annotations.Import;
            import com.pulumi.resources.ComponentResource;
            import com.pulumi.resources.ComponentResourceOptions;
            import com.pulumi.resources.ResourceArgs;
            import java.util.List;
            import java.util.Map;
            import java.util.Optional;
            """;

    private static String unit(String pkg, String body) {
        return "package " + pkg + ";\n" + IMPORTS + body;
    }

    static final Map<String, String> FIXTURES = Map.ofEntries(
            Map.entry("fixture/components/Good.java", unit("fixture.components", """
                    public class Good extends ComponentResource {
                        @Export(name = "id", refs = {String.class}, tree = "[0]")
                        private final Output<String> id;
                        public Good(String name, GoodArgs args, ComponentResourceOptions options) {
                            super("fleet:index:Good", name, options);
                            this.id = Output.of(name);
                        }
                    }""")),
            Map.entry("fixture/components/GoodArgs.java", unit("fixture.components", """
                    public final class GoodArgs extends ResourceArgs {
                        @Import(name = "name", required = true) private String name;
                        @Import(name = "rules") private List<RuleArgs> rules;
                        @Import(name = "ids") private Output<List<String>> ids;
                        @Import(name = "ratio") private Double ratio;
                        @Import(name = "on") private Boolean on;
                        private GoodArgs() {
                        }
                    }""")),
            Map.entry("fixture/components/RuleArgs.java", unit("fixture.components", """
                    public final class RuleArgs extends ResourceArgs {
                        @Import(name = "port", required = true) private Integer port;
                        private RuleArgs() {
                        }
                    }""")),
            Map.entry("fixture/components/Abstract.java", unit("fixture.components", """
                    public abstract class Abstract extends ComponentResource {
                        protected Abstract(String name) {
                            super("fleet:index:Abstract", name);
                        }
                        protected Abstract(String name, int x) {
                            super("fleet:index:Abstract", name);
                        }
                    }""")),
            Map.entry("fixture/components/TwoCtors.java", unit("fixture.components", """
                    public class TwoCtors extends ComponentResource {
                        public TwoCtors(String name, GoodArgs args, ComponentResourceOptions options) {
                            super("fleet:index:TwoCtors", name, options);
                        }
                        public TwoCtors(String name) {
                            this(name, null, null);
                        }
                    }""")),
            Map.entry("fixture/components/WrongCtor.java", unit("fixture.components", """
                    public class WrongCtor extends ComponentResource {
                        public WrongCtor(String name, ComponentResourceOptions options) {
                            super("fleet:index:WrongCtor", name, options);
                        }
                    }""")),
            Map.entry("fixture/components/BadThing.java", unit("fixture.components", """
                    public class BadThing extends ComponentResource {
                        public BadThing(String name, BadArgs args, ComponentResourceOptions options) {
                            super("fleet:index:BadThing", name, options);
                        }
                    }""")),
            Map.entry("fixture/components/BadArgs.java", unit("fixture.components", """
                    public final class BadArgs extends ResourceArgs {
                        public enum Color { RED, GREEN }
                        public static final BadArgs EMPTY = new BadArgs("x");
                        @Import(name = "labels") private Map<String, String> labels;
                        @Import(name = "size") private Long size;
                        @Import(name = "zone") private Optional<String> zone;
                        @Import(name = "color") private Color color;
                        @Import(name = "server") private com.pulumi.resources.CustomResource server;
                        @Import(name = "count") private int count;
                        @Import(name = "ratio") private Float ratio;
                        @Import(name = "ids") private List<Output<String>> ids;
                        @Import(name = "tags") private Output<Map<String, String>> tags;
                        @Import(name = "when") private java.time.Instant when;
                        private BadArgs(String x) {
                        }
                    }""")),
            Map.entry("fixture/components/BaseArgs.java", unit("fixture.components", """
                    public class BaseArgs extends ResourceArgs {
                        @Import(name = "inherited") protected String inherited;
                    }""")),
            Map.entry("fixture/components/InheritsArgs.java", unit("fixture.components", """
                    public final class InheritsArgs extends BaseArgs {
                        @Import(name = "own") private String own;
                        private InheritsArgs() {
                        }
                    }""")),
            Map.entry("fixture/components/Inherits.java", unit("fixture.components", """
                    public class Inherits extends ComponentResource {
                        public Inherits(String name, InheritsArgs args, ComponentResourceOptions options) {
                            super("fleet:index:Inherits", name, options);
                        }
                    }""")),
            Map.entry("fixture/components/PlainExport.java", unit("fixture.components", """
                    public class PlainExport extends ComponentResource {
                        @Export(name = "id", refs = {String.class}, tree = "[0]")
                        private final String id = "x";
                        public PlainExport(String name, GoodArgs args, ComponentResourceOptions options) {
                            super("fleet:index:PlainExport", name, options);
                        }
                    }""")),
            Map.entry("fixture/components/sub/Nested.java", unit("fixture.components.sub", """
                    public class Nested extends ComponentResource {
                        public Nested(String name, NestedArgs args, ComponentResourceOptions options) {
                            super("fleet:index:Nested", name, options);
                        }
                    }""")),
            Map.entry("fixture/components/sub/NestedArgs.java", unit("fixture.components.sub", """
                    public final class NestedArgs extends ResourceArgs {
                        @Import(name = "rules") private List<RuleArgs> rules;
                        private NestedArgs() {
                        }
                    }""")),
            Map.entry("fixture/components/sub/RuleArgs.java", unit("fixture.components.sub", """
                    public final class RuleArgs extends ResourceArgs {
                        @Import(name = "cidr") private String cidr;
                        private RuleArgs() {
                        }
                    }""")));
}

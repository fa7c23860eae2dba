package ma.marinemaroc.fleet.host.bootstrap;

import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/** SnakeYAML in block style; multi-line strings (file contents) as literal blocks so the user-data stays readable. */
final class CloudYaml {

    private CloudYaml() {
    }

    /** A command as an argument vector; emitted as a one-line flow sequence ({@code [systemctl, restart, ssh]}). */
    record Command(List<String> argv) {
        Command {
            argv = List.copyOf(argv);
            if (argv.isEmpty()) {
                throw new IllegalArgumentException("empty command");
            }
        }

        static Command of(String... argv) {
            return new Command(List.of(argv));
        }
    }

    static String dump(Object document) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        return new Yaml(new LiteralRepresenter(options), options).dump(document);
    }

    private static final class LiteralRepresenter extends Representer {
        LiteralRepresenter(DumperOptions options) {
            super(options);
            this.representers.put(String.class, data -> {
                String s = (String) data;
                DumperOptions.ScalarStyle style = s.indexOf('\n') >= 0 ? DumperOptions.ScalarStyle.LITERAL : DumperOptions.ScalarStyle.PLAIN;
                return representScalar(Tag.STR, s, style);
            });
            this.representers.put(Command.class, data -> representSequence(Tag.SEQ, ((Command) data).argv(), DumperOptions.FlowStyle.FLOW));
        }
    }
}

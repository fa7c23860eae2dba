package ma.marinemaroc.fleet.monitoring;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/** Renders the on-host files under {@code templates/monitoring-aws/} (mustache, no HTML escaping). */
final class AwsTemplates {
    static final String ROOT = "templates/monitoring-aws";

    private static final MustacheFactory FACTORY = new DefaultMustacheFactory(ROOT) {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value); // shell/systemd files, not HTML; values are validated before rendering
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    private AwsTemplates() {
    }

    static String render(String name, Map<String, ?> scope) {
        StringWriter out = new StringWriter();
        FACTORY.compile(name).execute(out, scope);
        return out.toString();
    }
}

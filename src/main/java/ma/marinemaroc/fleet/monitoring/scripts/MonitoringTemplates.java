package ma.marinemaroc.fleet.monitoring.scripts;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * Renders the templates under {@code templates/monitoring/} on the classpath. Values are written verbatim (no HTML
 * escaping): every value is validated by the settings records before it reaches a template.
 */
final class MonitoringTemplates {
    private static final String ROOT = "templates/monitoring";

    private MonitoringTemplates() {
    }

    static String render(String template, Map<String, Object> scope) {
        Mustache mustache;
        try {
            // a fresh factory per render: compiled templates are cheap and nothing is cached across callers
            mustache = new VerbatimFactory().compile(template + ".mustache");
        } catch (MustacheException e) {
            throw new IllegalStateException("cannot load template " + ROOT + "/" + template + ".mustache", e);
        }
        StringWriter out = new StringWriter();
        mustache.execute(out, scope);
        return out.toString();
    }

    private static final class VerbatimFactory extends DefaultMustacheFactory {
        VerbatimFactory() {
            super(ROOT);
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

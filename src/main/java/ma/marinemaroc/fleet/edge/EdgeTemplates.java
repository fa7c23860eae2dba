package ma.marinemaroc.fleet.edge;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * Renders the edge templates under {@code templates/edge/} on the classpath. Values are written verbatim (no HTML
 * escaping): every value is validated by the settings records before it reaches a template.
 */
final class EdgeTemplates {
    private static final MustacheFactoryNoEscape FACTORY = new MustacheFactoryNoEscape();

    private EdgeTemplates() {
    }

    static String render(String template, Map<String, Object> scope) {
        Mustache mustache;
        try {
            mustache = FACTORY.compile(template);
        } catch (MustacheException e) {
            throw new IllegalStateException("cannot load template templates/edge/" + template, e);
        }
        StringWriter out = new StringWriter();
        mustache.execute(out, scope);
        return out.toString();
    }

    private static final class MustacheFactoryNoEscape extends DefaultMustacheFactory {
        MustacheFactoryNoEscape() {
            super("templates/edge");
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

package ma.marinemaroc.fleet.host.bootstrap;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Renders the host file templates under {@code templates/host/} (mustache, no HTML escaping). */
final class Templates {

    static final String ROOT = "templates/host";

    private static final MustacheFactory FACTORY = new DefaultMustacheFactory(ROOT) {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value); // on-host files are not HTML; values are validated by the records
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    private Templates() {
    }

    static String render(String name, Map<String, ?> scope) {
        StringWriter out = new StringWriter();
        FACTORY.compile(name).execute(out, scope);
        return out.toString();
    }

    /** A resource under templates/host/ read verbatim. */
    static String raw(String name) {
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(ROOT + "/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + ROOT + "/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package ma.marinemaroc.fleet.templates;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders the on-host file templates kept as resource files under {@code templates/<area>/}. Mustache: logic-less, so
 * decisions stay in typed Java and the templates stay readable. Nothing is HTML-escaped: the outputs are shell, ini,
 * YAML and config files, and every value is validated by the typed settings before it is rendered.
 */
public final class Templates {
    private static final Map<String, Templates> BY_ROOT = new ConcurrentHashMap<>();

    private final String root;
    private final MustacheFactory factory;

    private Templates(String root) {
        this.root = root;
        this.factory = new DefaultMustacheFactory(root) {
            @Override
            public void encode(String value, Writer writer) {
                try {
                    writer.write(value);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** The templates of one area, e.g. {@code templates/edge}; partials resolve inside it. */
    public static Templates at(String root) {
        return BY_ROOT.computeIfAbsent(root, Templates::new);
    }

    /** @param name path below {@code templates/}, e.g. {@code services/redis.conf.mustache} */
    public static String render(String name, Map<String, ?> scope) {
        return at("templates").renderAt(name, scope);
    }

    /** Renders {@code name} (relative to this area's root). */
    public String renderAt(String name, Map<String, ?> scope) {
        var mustache = compile(name);
        StringWriter out = new StringWriter();
        mustache.execute(out, scope);
        return out.toString();
    }

    private com.github.mustachejava.Mustache compile(String name) {
        try {
            return factory.compile(name);
        } catch (MustacheException e) {
            throw new IllegalStateException("cannot load template " + root + "/" + name, e);
        }
    }

    /** A resource of this area read verbatim (no template processing). */
    public String raw(String name) {
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(root + "/" + name)) {
            if (in == null) throw new IllegalStateException("missing resource " + root + "/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package ma.marinemaroc.fleet.templates;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;

import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders the on-host file templates kept as resource files under {@code templates/}. Mustache: logic-less, so the
 * decisions stay in typed Java and the templates stay readable; {@code {{{x}}}} inserts raw text.
 */
public final class Templates {
    private static final MustacheFactory FACTORY = new DefaultMustacheFactory("templates");
    private static final Map<String, Mustache> CACHE = new ConcurrentHashMap<>();

    private Templates() {
    }

    /** @param name path below {@code templates/}, e.g. {@code services/redis.conf.mustache} */
    public static String render(String name, Map<String, ?> scope) {
        Mustache m = CACHE.computeIfAbsent(name, FACTORY::compile);
        StringWriter w = new StringWriter();
        m.execute(w, scope);
        return w.toString();
    }
}

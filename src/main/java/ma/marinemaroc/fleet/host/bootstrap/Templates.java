package ma.marinemaroc.fleet.host.bootstrap;

import java.util.Map;

/** Renders the host file templates under {@code templates/host/} (mustache, no HTML escaping). */
final class Templates {
    static final String ROOT = "templates/host";
    private static final ma.marinemaroc.fleet.templates.Templates AREA = ma.marinemaroc.fleet.templates.Templates.at(ROOT);

    private Templates() {
    }

    static String render(String name, Map<String, ?> scope) {
        return AREA.renderAt(name, scope);
    }

    /** A resource under templates/host/ read verbatim. */
    static String raw(String name) {
        return AREA.raw(name);
    }
}

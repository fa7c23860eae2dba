package ma.marinemaroc.fleet.edge;

import java.util.Map;
import ma.marinemaroc.fleet.templates.Templates;

/**
 * Renders the edge templates under {@code templates/edge/} on the classpath. Values are written verbatim (no HTML
 * escaping): every value is validated by the settings records before it reaches a template.
 */
final class EdgeTemplates {
    private static final Templates AREA = Templates.at("templates/edge");

    private EdgeTemplates() {
    }

    static String render(String template, Map<String, Object> scope) {
        return AREA.renderAt(template, scope);
    }
}

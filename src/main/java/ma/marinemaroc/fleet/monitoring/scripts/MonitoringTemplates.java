package ma.marinemaroc.fleet.monitoring.scripts;

import java.util.Map;
import ma.marinemaroc.fleet.templates.Templates;

/**
 * Renders the templates under {@code templates/monitoring/} on the classpath. Values are written verbatim (no HTML
 * escaping): every value is validated by the settings records before it reaches a template.
 */
final class MonitoringTemplates {
    private static final Templates AREA = Templates.at("templates/monitoring");

    private MonitoringTemplates() {
    }

    static String render(String template, Map<String, Object> scope) {
        return AREA.renderAt(template + ".mustache", scope);
    }
}

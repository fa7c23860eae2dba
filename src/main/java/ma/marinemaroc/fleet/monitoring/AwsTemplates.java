package ma.marinemaroc.fleet.monitoring;

import java.util.Map;
import ma.marinemaroc.fleet.templates.Templates;

/** Renders the on-host files under {@code templates/monitoring-aws/} (mustache, no HTML escaping). */
final class AwsTemplates {
    static final String ROOT = "templates/monitoring-aws";
    private static final Templates AREA = Templates.at(ROOT);

    private AwsTemplates() {
    }

    static String render(String name, Map<String, ?> scope) {
        return AREA.renderAt(name, scope);
    }
}

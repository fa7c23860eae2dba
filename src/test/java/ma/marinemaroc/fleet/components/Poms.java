package ma.marinemaroc.fleet.components;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the few facts the tests need from a {@code pom.xml} (with the JDK's XML parser). */
final class Poms {
    static final Path LIBRARY = Path.of("pom.xml");
    static final Path PACKAGE_DIR = Path.of("package");
    static final Path PACKAGE = PACKAGE_DIR.resolve("pom.xml");

    /** One declared dependency; {@code version} with ${properties} and dependencyManagement resolved. */
    record Dependency(String groupId, String artifactId, String version, String scope) {
        String key() {
            return groupId + ":" + artifactId;
        }
    }

    private final Element project;
    private final Map<String, String> properties = new HashMap<>();

    private Poms(Element project) {
        this.project = project;
        child(project, "properties").ifPresent(props -> {
            for (Element e : children(props)) properties.put(e.getTagName(), e.getTextContent().trim());
        });
        properties.put("project.version", text(project, "version"));
    }

    static Poms read(Path pom) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setNamespaceAware(false);
            Document d = f.newDocumentBuilder().parse(pom.toFile());
            return new Poms(d.getDocumentElement());
        } catch (Exception e) {
            throw new AssertionError("cannot read " + pom + ": " + e, e);
        }
    }

    String groupId() {
        return text(project, "groupId");
    }

    String artifactId() {
        return text(project, "artifactId");
    }

    String version() {
        return text(project, "version");
    }

    String property(String name) {
        return properties.get(name);
    }

    /** The {@code <dependencies>} of the project (not of dependencyManagement), versions resolved. */
    List<Dependency> dependencies() {
        Map<String, String> managed = new HashMap<>();
        child(project, "dependencyManagement").flatMap(m -> child(m, "dependencies")).ifPresent(ds -> {
            for (Element d : children(ds)) managed.put(text(d, "groupId") + ":" + text(d, "artifactId"), resolve(text(d, "version")));
        });
        List<Dependency> out = new ArrayList<>();
        child(project, "dependencies").ifPresent(ds -> {
            for (Element d : children(ds)) {
                String key = text(d, "groupId") + ":" + text(d, "artifactId");
                String v = text(d, "version");
                out.add(new Dependency(text(d, "groupId"), text(d, "artifactId"),
                        v.isEmpty() ? managed.getOrDefault(key, "") : resolve(v),
                        text(d, "scope").isEmpty() ? "compile" : text(d, "scope")));
            }
        });
        return out;
    }

    /** The managed version of a dependency ({@code <dependencyManagement>}), if any. */
    Optional<String> managedVersion(String groupId, String artifactId) {
        return child(project, "dependencyManagement").flatMap(m -> child(m, "dependencies")).flatMap(ds -> children(ds)
                .stream().filter(d -> text(d, "groupId").equals(groupId) && text(d, "artifactId").equals(artifactId))
                .map(d -> resolve(text(d, "version"))).findFirst());
    }

    /** The {@code <plugin>} elements under build/plugins, by artifactId. */
    Map<String, Element> plugins() {
        Map<String, Element> out = new HashMap<>();
        child(project, "build").flatMap(b -> child(b, "plugins")).ifPresent(ps -> {
            for (Element p : children(ps)) out.put(text(p, "artifactId"), p);
        });
        return out;
    }

    /** Text of every element named {@code tag} anywhere below {@code e}, properties resolved. */
    List<String> all(Element e, String tag) {
        List<String> out = new ArrayList<>();
        NodeList nodes = e.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) out.add(resolve(nodes.item(i).getTextContent().trim()));
        return out;
    }

    Element project() {
        return project;
    }

    String resolve(String s) {
        Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String v = properties.get(m.group(1));
            m.appendReplacement(b, Matcher.quoteReplacement(v == null ? m.group() : resolve(v)));
        }
        m.appendTail(b);
        return b.toString();
    }

    static Optional<Element> child(Element e, String tag) {
        return children(e).stream().filter(c -> c.getTagName().equals(tag)).findFirst();
    }

    static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) out.add(c);
        }
        return out;
    }

    static String text(Element e, String tag) {
        return child(e, tag).map(c -> c.getTextContent().trim()).orElse("");
    }
}

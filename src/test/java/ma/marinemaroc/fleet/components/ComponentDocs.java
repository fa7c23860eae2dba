package ma.marinemaroc.fleet.components;

import com.pulumi.core.Output;
import com.pulumi.resources.ResourceArgs;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The component library's reference, generated from the code: each Args field's Javadoc (read from the source with
 * the JDK's compiler API), its {@code @Import} name and required flag, its type, and the default its getter returns
 * when the input is absent; each output's Javadoc ({@code @Export} field, else its getter). README's "Component
 * library" tables are {@link #reference()}; {@link ComponentLibraryReadmeTest} keeps them equal.
 */
final class ComponentDocs {
    static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z`\"(])");
    private static final Pattern SECRET = Pattern.compile("\\(secret\\b");
    private static final Map<Class<?>, Docs> CACHE = new ConcurrentHashMap<>();
    /** Stands for a code span while HTML is stripped (a private-use character, never in Javadoc). */
    private static final String MARK = "\uE000";

    /** The Javadoc texts of one top-level class: the class, its fields and its no-argument methods. */
    record Docs(String type, Map<String, String> fields, Map<String, String> methods, List<String> fieldOrder) {
    }

    /** One row of an inputs table. */
    record Input(String name, String type, boolean required, String defaultValue, String meaning) {
    }

    private ComponentDocs() {
    }

    static Docs docs(Class<?> c) {
        return CACHE.computeIfAbsent(c, ComponentDocs::parse);
    }

    private static Docs parse(Class<?> c) {
        Path file = SOURCES.resolve(c.getName().replace('.', '/') + ".java");
        if (!Files.isRegularFile(file)) throw new AssertionError("no source for " + c.getName() + " at " + file);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager fm = compiler.getStandardFileManager(null, null, null)) {
            var task = (JavacTask) compiler.getTask(null, fm, null, List.of("-proc:none"), null,
                    fm.getJavaFileObjects(file));
            DocTrees trees = DocTrees.instance(task);
            Map<String, String> fields = new LinkedHashMap<>();
            Map<String, String> methods = new LinkedHashMap<>();
            List<String> order = new ArrayList<>();
            String type = "";
            for (CompilationUnitTree unit : task.parse()) {
                for (Tree t : unit.getTypeDecls()) {
                    if (!(t instanceof ClassTree ct) || !ct.getSimpleName().contentEquals(c.getSimpleName())) continue;
                    TreePath classPath = TreePath.getPath(unit, ct);
                    type = orEmpty(trees.getDocComment(classPath));
                    for (Tree m : ct.getMembers()) {
                        TreePath p = new TreePath(classPath, m);
                        if (m instanceof VariableTree v) {
                            fields.put(v.getName().toString(), orEmpty(trees.getDocComment(p)));
                            order.add(v.getName().toString());
                        } else if (m instanceof MethodTree mt && mt.getParameters().isEmpty()) {
                            methods.putIfAbsent(mt.getName().toString(), orEmpty(trees.getDocComment(p)));
                        }
                    }
                }
            }
            return new Docs(type, fields, methods, order);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Javadoc as one line of Markdown: inline tags to code spans, block tags and HTML dropped. */
    static String markdown(String javadoc) {
        String s = javadoc.replaceAll("(?m)^\\s*@\\w+.*$", " ");
        // code spans first, kept apart from the HTML stripping ({@code <name>} is text)
        List<String> code = new ArrayList<>();
        Matcher m = Pattern.compile("\\{@(?:code|literal)\\s+([^}]*)}").matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            code.add("`" + m.group(1).trim() + "`");
            m.appendReplacement(b, Matcher.quoteReplacement(MARK + (code.size() - 1) + MARK));
        }
        m.appendTail(b);
        s = b.toString();
        Matcher link = Pattern.compile("\\{@(?:link|linkplain|value)\\s+([^}\\s]+)(?:\\s+([^}]*))?}").matcher(s);
        b = new StringBuilder();
        while (link.find()) {
            String label = link.group(2) != null ? link.group(2)
                    : link.group(1).replaceFirst("^#", "").replaceFirst("\\(\\)$", "").replace('#', '.');
            link.appendReplacement(b, Matcher.quoteReplacement("`" + label + "`"));
        }
        link.appendTail(b);
        s = b.toString().replaceAll("</?[a-zA-Z][^>]*>", " ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        Matcher back = Pattern.compile(MARK + "(\\d+)" + MARK).matcher(s);
        b = new StringBuilder();
        while (back.find()) back.appendReplacement(b, Matcher.quoteReplacement(code.get(Integer.parseInt(back.group(1)))));
        back.appendTail(b);
        return b.toString().replaceAll("\\s+", " ").trim();
    }

    static List<String> sentences(String markdown) {
        if (markdown.isEmpty()) return List.of();
        return List.of(SENTENCE_END.split(markdown));
    }

    static String firstSentence(String javadoc) {
        List<String> s = sentences(markdown(javadoc.split("(?i)<p>")[0]));
        return s.isEmpty() ? "" : s.get(0);
    }

    /** The inputs table rows of an Args class, in source order. */
    static List<Input> inputs(Class<?> args) {
        Docs d = docs(args);
        Map<String, Field> byName = new LinkedHashMap<>();
        for (Field f : PackagedComponents.inputFields(args)) byName.put(f.getName(), f);
        Object empty = emptyInstance(args);
        List<Input> out = new ArrayList<>();
        for (String name : d.fieldOrder()) {
            Field f = byName.get(name);
            if (f == null) continue;
            String doc = markdown(d.fields().get(name));
            if (doc.isEmpty()) {
                throw new AssertionError(args.getSimpleName() + "." + name + " has no Javadoc: every input of the "
                        + "component library is documented on its field");
            }
            boolean required = PackagedComponents.required(f);
            List<String> meaning = new ArrayList<>();
            String documentedDefault = null;
            for (String s : sentences(doc)) {
                if (s.matches("Required\\.?")) continue;
                Matcher req = Pattern.compile("Required[,;:] (.+)").matcher(s);
                if (req.matches()) {
                    meaning.add(capitalize(req.group(1)));
                } else if (s.matches("Default\\b.*")) {
                    documentedDefault = s.replaceFirst("^Default:?\\s*", "").replaceFirst("\\.$", "");
                } else {
                    meaning.add(s);
                }
            }
            boolean saysRequired = doc.matches("(^|.*\\. )Required\\b.*");
            if (saysRequired != required) {
                throw new AssertionError(args.getSimpleName() + "." + name + ": its Javadoc " + (saysRequired ? "says"
                        : "does not say") + " Required but @Import(required = " + required + ")");
            }
            String def = required ? "—" : defaultValue(args, f, empty, documentedDefault);
            out.add(new Input(PackagedComponents.inputName(f), "`" + typeName(f.getGenericType()) + "`", required, def,
                    String.join(" ", meaning)));
        }
        if (out.size() != byName.size()) throw new AssertionError(args.getName() + ": fields not found in its source");
        return out;
    }

    private static Object emptyInstance(Class<?> args) {
        try {
            Constructor<?> c = args.getDeclaredConstructor();
            c.setAccessible(true);
            return c.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(args.getName() + " cannot be created empty", e);
        }
    }

    /**
     * What an absent input means: the value its getter returns on an empty Args (the code's default) when there is
     * one, with the Javadoc's comment on it; else the Javadoc's "Default ..." text; else "none".
     */
    private static String defaultValue(Class<?> args, Field f, Object empty, String documented) {
        Object v = null;
        try {
            Method getter = args.getMethod(f.getName());
            if (!Modifier.isStatic(getter.getModifiers())) v = getter.invoke(empty);
        } catch (NoSuchMethodException none) {
            v = null;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(args.getSimpleName() + "." + f.getName() + "(): fails on an empty Args", e);
        }
        if (v instanceof Optional<?> o) v = o.orElse(null);
        if (v instanceof Collection<?> c && c.isEmpty()) v = null;
        if (v instanceof Map<?, ?> m && m.isEmpty()) v = null;
        if (v instanceof Output<?>) v = null;
        if (v == null) return documented == null ? "none" : documented;
        String value = v instanceof Collection<?> c ? c.stream().map(String::valueOf).collect(Collectors.joining(", "))
                : String.valueOf(v);
        String code = "`" + value + "`";
        if (documented == null) return code;
        String plain = documented.replace("`", "").replace("\"", "");
        if (plain.startsWith(value)) {
            String rest = plain.substring(value.length()).trim();
            return rest.isEmpty() ? code : code + " " + rest;
        }
        return code + " (" + documented + ")";
    }

    /** The input's type in schema terms; {@code Input<...>} where the value may come from another resource. */
    static String typeName(Type t) {
        if (t instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type arg = p.getActualTypeArguments()[0];
            if (raw == Output.class) return "Input<" + typeName(arg) + ">";
            if (raw == List.class) return typeName(arg) + "[]";
        }
        Class<?> c = (Class<?>) t;
        if (c == String.class) return "string";
        if (c == Integer.class) return "integer";
        if (c == Boolean.class) return "boolean";
        if (c == Double.class) return "number";
        if (ResourceArgs.class.isAssignableFrom(c)) return c.getSimpleName().replaceFirst("Args$", "");
        return c.getSimpleName();
    }

    /** An output's documentation: its {@code @Export} field's Javadoc, else its getter's. */
    static String outputDoc(Class<?> component, String field) {
        Docs d = docs(component);
        String doc = markdown(d.fields().getOrDefault(field, ""));
        return doc.isEmpty() ? markdown(d.methods().getOrDefault(field, "")) : doc;
    }

    /** The outputs whose documentation says they are secret ("(secret)"). */
    static Set<String> documentedSecrets(Class<?> component) {
        Set<String> out = new TreeSet<>();
        PackagedComponents.exports(component).forEach((name, f) -> {
            if (SECRET.matcher(outputDoc(component, f.getName())).find()) out.add(name);
        });
        return out;
    }

    /** The generated reference: one section per component, then one per nested input type. */
    static String reference() {
        StringBuilder b = new StringBuilder();
        Set<Class<?>> nested = new TreeSet<>(Comparator.comparing(Class::getName));
        for (Class<?> c : PackagedComponents.components()) {
            Class<?> args = PackagedComponents.argsClass(c);
            nested.addAll(PackagedComponents.nestedArgs(args));
            b.append("#### ").append(c.getSimpleName()).append("\n\n");
            b.append('`').append(PackagedComponents.token(c)).append("`: ").append(firstSentence(docs(c).type()))
                    .append(" Java: `new ").append(c.getSimpleName()).append("(name, ").append(args.getSimpleName())
                    .append(".builder()…build(), options)`.\n\n");
            inputsTable(b, args);
            b.append("\n| output | secret | meaning |\n|---|---|---|\n");
            Set<String> secrets = documentedSecrets(c);
            List<String> order = docs(c).fieldOrder();
            List<Map.Entry<String, Field>> outputs = new ArrayList<>(PackagedComponents.exports(c).entrySet());
            outputs.sort(Comparator.comparingInt(e -> order.indexOf(e.getValue().getName())));
            for (Map.Entry<String, Field> o : outputs) {
                String doc = outputDoc(c, o.getValue().getName());
                b.append("| `").append(o.getKey()).append("` | ").append(secrets.contains(o.getKey()) ? "yes" : "no")
                        .append(" | ").append(cell(doc.isEmpty() ? "—" : doc)).append(" |\n");
            }
            b.append('\n');
        }
        for (Class<?> n : nested) {
            b.append("#### ").append(PackagedComponents.typeToken(n).replaceFirst("^.*:", "")).append(" (nested input type)\n\n");
            b.append('`').append(PackagedComponents.typeToken(n)).append("`, Java `").append(n.getSimpleName())
                    .append("`: ").append(firstSentence(docs(n).type())).append("\n\n");
            inputsTable(b, n);
            b.append('\n');
        }
        return b.toString();
    }

    private static void inputsTable(StringBuilder b, Class<?> args) {
        b.append("| input | type | required | default | meaning |\n|---|---|---|---|---|\n");
        for (Input i : inputs(args)) {
            b.append("| `").append(i.name()).append("` | ").append(cell(i.type())).append(" | ")
                    .append(i.required() ? "yes" : "no").append(" | ").append(cell(i.defaultValue())).append(" | ")
                    .append(cell(i.meaning())).append(" |\n");
        }
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

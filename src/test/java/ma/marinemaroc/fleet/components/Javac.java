package ma.marinemaroc.fleet.components;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Compiles Java sources that are not part of the main build (the component package's entry point, the Java example,
 * fixtures of broken components) with the JDK's compiler against the test class path, and loads them in a child
 * class loader, so that CI compiles and runs them without another Maven build.
 */
final class Javac {
    private Javac() {
    }

    /** Every {@code .java} file under {@code dir}. */
    static List<Path> sourcesUnder(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code sources} (relative path to text) under {@code dir} and returns their paths. */
    static List<Path> write(Path dir, Map<String, String> sources) {
        List<Path> out = new ArrayList<>();
        sources.forEach((rel, text) -> {
            try {
                Path p = dir.resolve(rel);
                Files.createDirectories(p.getParent());
                Files.writeString(p, text);
                out.add(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return out;
    }

    /** Compiles {@code sources} into {@code classes} (Java 17, test class path); fails with the compiler's errors. */
    static void compile(List<Path> sources, Path classes) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) throw new AssertionError("no Java compiler in this runtime: the tests need a JDK");
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, null)) {
            Files.createDirectories(classes);
            List<String> options = List.of("--release", "17", "-proc:none", "-parameters",
                    "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
            boolean ok = compiler.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            if (!ok) {
                throw new AssertionError("javac failed:\n" + diagnostics.getDiagnostics().stream()
                        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                        .map(d -> d.getSource() + ":" + d.getLineNumber() + ": " + d.getMessage(null))
                        .collect(Collectors.joining("\n")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A class loader for {@code classes} whose parent is the tests' own (the library and the SDK). */
    static URLClassLoader loader(Path classes) {
        try {
            return new URLClassLoader(new URL[]{classes.toUri().toURL()}, Javac.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.kpiengine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public type of the exported packages says since when it exists ({@code @since} in its
 * class-level Javadoc), as docs/api-stability.md promises. The public types are found from the
 * compiled classes; their Javadoc is read from the sources.
 */
class PublicApiTest {

    private static final Path SOURCES = Path.of("src", "main", "java");

    @Test
    void everyPublicTypeOfTheExportedPackagesHasASinceTag() throws Exception {
        List<Class<?>> types = publicTypes();
        assertTrue(types.size() > 50, () -> "only " + types.size() + " public types found");
        List<String> missing = new ArrayList<>();
        for (Class<?> type : types) {
            if (!javadocOf(type).contains("@since ")) {
                missing.add(type.getName());
            }
        }
        assertEquals(List.of(), missing, "public types without @since in their Javadoc");
    }

    private static Set<String> exportedPackages() {
        ModuleDescriptor descriptor = Precision.class.getModule().getDescriptor();
        if (descriptor != null) {
            return descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        }
        // on the class path: read the module declaration itself
        try {
            Matcher m = Pattern.compile("exports\\s+([\\w.]+)\\s*;")
                    .matcher(Files.readString(SOURCES.resolve("module-info.java"), StandardCharsets.UTF_8));
            Set<String> packages = new java.util.HashSet<>();
            while (m.find()) {
                packages.add(m.group(1));
            }
            return packages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The public types (top-level and nested, reachable from outside) of the exported packages. */
    private static List<Class<?>> publicTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(Precision.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> exported = exportedPackages();
        List<Class<?>> types = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(p -> p.toString().endsWith(".class")).sorted().collect(Collectors.toList());
        }
        for (Path file : files) {
            String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
            name = name.substring(0, name.length() - ".class".length());
            if (name.endsWith("module-info") || name.endsWith("package-info")) {
                continue;
            }
            Class<?> type = Class.forName(name, false, Precision.class.getClassLoader());
            if (exported.contains(type.getPackageName()) && isReachable(type)) {
                types.add(type);
            }
        }
        return types;
    }

    private static boolean isReachable(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()) {
                return false;
            }
        }
        return true;
    }

    /** The Javadoc comment right before the type's declaration in its source file. */
    private static String javadocOf(Class<?> type) throws IOException {
        Class<?> top = type;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        String source = Files.readString(SOURCES.resolve(top.getName().replace('.', '/') + ".java"), StandardCharsets.UTF_8);
        Matcher declaration = Pattern.compile("(?m)^[ \\t]*(?:[\\w-]+\\s+)*(?:class|interface|record|enum|@interface)\\s+"
                + Pattern.quote(type.getSimpleName()) + "\\b").matcher(source);
        assertTrue(declaration.find(), () -> "no declaration of " + type.getName());
        String before = source.substring(0, declaration.start()).stripTrailing();
        // annotations on their own lines between the comment and the declaration
        while (before.lines().reduce((a, b) -> b).orElse("").strip().startsWith("@")) {
            int lineStart = before.lastIndexOf('\n');
            before = before.substring(0, Math.max(lineStart, 0)).stripTrailing();
        }
        if (!before.endsWith("*/")) {
            return "";
        }
        return before.substring(before.lastIndexOf("/**"));
    }
}

package dev.rt.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic.Kind;
import org.junit.jupiter.api.Test;

/**
 * The catalogue of messages: stable, distinct codes, a fix in every text, documented, and each
 * triggered by a test.
 */
class DiagnosticCatalogTest {

    @Test
    void codesAreDistinctAndWellFormed() {
        Set<String> codes = new HashSet<>();
        for (Diagnostic diagnostic : Diagnostic.values()) {
            assertTrue(diagnostic.code().matches("RT-\\d{3}"), diagnostic.code());
            assertTrue(codes.add(diagnostic.code()), "duplicate " + diagnostic.code());
        }
        assertEquals("RT-000", Diagnostic.INTERNAL_ERROR.code());
        assertEquals("RT-031", Diagnostic.DUPLICATE_HANDLER.code());
        assertEquals("RT-070", Diagnostic.SUPERVISOR_NOT_A_CLASS.code());
        assertEquals("RT-092", Diagnostic.SIBLING_NOT_EARLIER.code());
        assertEquals("RT-103", Diagnostic.TEMPLATE_SHUTDOWN_FOREVER.code());
        assertEquals("RT-110", Diagnostic.BAD_CAPACITY.code());
        assertEquals("RT-121", Diagnostic.PRIORITY_NOT_A_MESSAGE.code());
        assertEquals("RT-130", Diagnostic.BAD_HEALTH_INTERVAL.code());
        assertEquals("RT-137", Diagnostic.TEMPLATE_HEALTH_CHECK.code());
        assertEquals("RT-150", Diagnostic.WIRE_PROTOCOL_NOT_SEALED_INTERFACE.code());
        assertEquals("RT-160", Diagnostic.REFERENCED_CODEC_MISSING.code());
        assertEquals("RT-170", Diagnostic.BREAKING_WIRE_CHANGE.code());
        assertEquals("RT-171", Diagnostic.BAD_WIRE_BASELINE.code());
    }

    /** Every diagnostic is an error, except the two about a mailbox setting that has no effect. */
    @Test
    void onlySettingsWithoutEffectAreWarnings() {
        Set<Diagnostic> warnings = EnumSet.noneOf(Diagnostic.class);
        for (Diagnostic diagnostic : Diagnostic.values()) {
            if (diagnostic.kind() != Kind.ERROR) {
                assertEquals(Kind.WARNING, diagnostic.kind(), diagnostic.name());
                warnings.add(diagnostic);
            }
        }
        assertEquals(
                EnumSet.of(Diagnostic.UNUSED_BLOCK_TIMEOUT, Diagnostic.UNUSED_OVERFLOW), warnings);
    }

    @Test
    void everyTextNamesTheProblemThenTheFix() {
        for (Diagnostic diagnostic : Diagnostic.values()) {
            assertTrue(diagnostic.text().contains("; "), diagnostic.name());
            assertTrue(diagnostic.text().indexOf("; ") > 20, diagnostic.name());
        }
    }

    @Test
    void formatPrefixesTheCode() {
        assertTrue(
                Diagnostic.ABSTRACT_BEHAVIOR
                        .format("Counter")
                        .startsWith("[RT-002] Counter is abstract, but the runtime creates"));
    }

    /** The rt-processor directory: surefire runs there and also sets {@code basedir}. */
    private static Path moduleDir() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    }

    /** docs/processor.md has one row per code, and no row for a code that does not exist. */
    @Test
    void docsListEveryCode() throws IOException {
        Path docs = moduleDir().resolveSibling("docs").resolve("processor.md");
        String text = Files.readString(docs, StandardCharsets.UTF_8);
        Set<String> documented = new HashSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `(RT-\\d{3})` \\|").matcher(text);
        while (row.find()) {
            assertTrue(documented.add(row.group(1)), "documented twice: " + row.group(1));
        }
        Set<String> codes = new HashSet<>();
        for (Diagnostic diagnostic : Diagnostic.values()) {
            codes.add(diagnostic.code());
        }
        assertEquals(codes, documented);
    }

    /**
     * Every code is expected by at least one test of another class, which triggers it: as {@code
     * "RT-nnn"} (for {@link Outcomes#assertError}) or {@code "[RT-nnn]"} in the test's source.
     */
    @Test
    void everyCodeIsTriggeredByATest() throws IOException {
        Path tests = moduleDir().resolve("src/test/java");
        String self = DiagnosticCatalogTest.class.getSimpleName() + ".java";
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(tests)) {
            for (Path file : files.filter(f -> f.toString().endsWith("Test.java")).toList()) {
                if (!file.getFileName().toString().equals(self)) {
                    text.append(Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        for (Diagnostic diagnostic : Diagnostic.values()) {
            String code = diagnostic.code();
            assertTrue(
                    text.indexOf("\"" + code + "\"") >= 0 || text.indexOf("[" + code + "]") >= 0,
                    () -> "no test triggers " + code + " (" + diagnostic.name() + ")");
        }
    }
}

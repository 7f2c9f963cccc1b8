package dev.rt.processor.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.rt.processor.CompiledClasses;
import dev.rt.processor.RtProcessor;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the processor with random protocols and behaviors, valid and invalid.
 *
 * <ul>
 *   <li>Every valid case compiles with RT's processor, with all lint and doclint warnings as
 *       errors, and its generated descriptor calls, for each message, the one handler that owns
 *       it (its own, its group's or the protocol's), with the context when the handler takes it,
 *       and replies with what the handler returned; its generated handle sends each message
 *       through the reference (tell or ask, with and without a timeout). Its declared mailbox and
 *       urgent messages are checked too.
 *   <li>Every invalid case (a valid case broken by one {@link Mutation}) gets at least one
 *       {@code [RT-nnn]} error in its own files, and the code that its mutation breaks among
 *       them; no error comes from javac.
 *   <li>The processor never crashes: no {@code [RT-000]}, no exception out of it.
 * </ul>
 *
 * <p>Reproducible: every case derives from one seed, printed at the start and on any failure.
 * Set it with {@code -Drt.fuzz.seed=<seed>}, and {@code -Drt.fuzz.case=<n>} to run only case
 * {@code n}; {@code -Drt.fuzz.cases=<n>} sets how many valid and how many invalid cases run
 * (default 250 each), and {@code -Drt.fuzz.print=true} prints the sources of every case:
 *
 * <pre>
 * mvn -o -pl rt-processor verify -Dtest=ProcessorFuzzTest -Drt.fuzz.seed=42 -Drt.fuzz.case=17
 * </pre>
 *
 * <p>Several cases share one javac run (each in its own package), which keeps a run of 500
 * cases within seconds.
 *
 * <p>The generator names messages and classes after {@code java.lang} types on purpose. Until
 * the problems that {@link ShadowedNamesTest} pins are fixed, most seeds fail on one of them
 * (see docs/reliability.md).
 */
class ProcessorFuzzTest {

    private static final int BATCH = 25;

    private final long seed = Long.getLong("rt.fuzz.seed", new Random().nextLong());
    private final int count = Integer.getInteger("rt.fuzz.cases", 250);
    private final Integer only = Integer.getInteger("rt.fuzz.case");
    private final boolean print = Boolean.getBoolean("rt.fuzz.print");

    /** A generated case: its model, what was done to it, and its sources. */
    private record Case(int index, Model model, Mutation mutation, Map<String, String> sources) {

        boolean valid() {
            return mutation == null;
        }

        String describe(long master, int count) {
            return "case " + index + " (" + (valid() ? "valid" : "invalid: " + mutation + ", "
                    + mutation.code) + ") of seed " + master + "; rerun it alone with"
                    + " mvn -o -pl rt-processor verify -Dtest=ProcessorFuzzTest -Drt.fuzz.seed="
                    + master + " -Drt.fuzz.cases=" + count + " -Drt.fuzz.case=" + index;
        }

        String listing() {
            StringBuilder s = new StringBuilder();
            sources.forEach((name, text) -> s.append("\n// ---- ").append(name).append(" ----\n")
                    .append(text));
            return s.toString();
        }
    }

    @Test
    void randomProtocolsAndBehaviors() {
        System.out.println("processor fuzz: seed " + seed + " (reproduce with -Drt.fuzz.seed="
                + seed + ")");
        long start = System.nanoTime();
        List<Case> valid = new ArrayList<>();
        List<Case> invalid = new ArrayList<>();
        for (int i = 0; i < 2 * count; i++) {
            if (only != null && only != i) {
                continue;
            }
            Case c = make(i);
            if (print) {
                System.out.println(c.describe(seed, count) + c.listing());
            }
            (c.valid() ? valid : invalid).add(c);
        }
        Map<Mutation, Integer> mutations = new EnumMap<>(Mutation.class);
        for (Case c : invalid) {
            mutations.merge(c.mutation(), 1, Integer::sum);
        }
        for (int from = 0; from < valid.size(); from += BATCH) {
            checkValid(valid.subList(from, Math.min(valid.size(), from + BATCH)));
        }
        for (int from = 0; from < invalid.size(); from += BATCH) {
            checkInvalid(invalid.subList(from, Math.min(invalid.size(), from + BATCH)));
        }
        System.out.printf(Locale.ROOT, "processor fuzz: %d valid and %d invalid cases passed in %d ms"
                + " (seed %d); mutations: %s%n", valid.size(), invalid.size(),
                (System.nanoTime() - start) / 1_000_000, seed, mutations);
    }

    /** Case {@code index}: the first {@link #count} are valid, the others are mutated. */
    private Case make(int index) {
        long caseSeed = new Random(seed ^ (index * 0x9E3779B97F4A7C15L)).nextLong();
        if (index < count) {
            Model model = Generator.generate(index, caseSeed);
            return new Case(index, model, null, Renderer.sources(model, true));
        }
        Random random = new Random(caseSeed);
        Mutation[] all = Mutation.values();
        int first = random.nextInt(all.length);
        for (int k = 0; k < all.length; k++) {
            Mutation mutation = all[(first + k) % all.length];
            Model fresh = Generator.generate(index, caseSeed);
            if (mutation.apply(fresh, random)) {
                return new Case(index, fresh, mutation, Renderer.sources(fresh, false));
            }
        }
        throw new AssertionError("no mutation applies to case " + index + " of seed " + seed);
    }

    private void checkValid(List<Case> batch) {
        Compilation compilation;
        try {
            compilation = compiler("-Werror").compile(files(batch));
        } catch (RuntimeException | Error e) {
            throw new AssertionError("the processor crashed on " + cases(batch) + "; seed " + seed,
                    e);
        }
        assertNoCrash(compilation, batch);
        if (compilation.status() != Compilation.Status.SUCCESS
                || !compilation.warnings().isEmpty()) {
            Case culprit = culprit(compilation, batch);
            fail("a valid case did not compile cleanly: " + (culprit == null ? cases(batch)
                    : culprit.describe(seed, count)) + "\n" + diagnostics(compilation)
                    + (culprit == null ? "" : culprit.listing() + generated(culprit)));
        }
        ClassLoader loader = new CompiledClasses(compilation);
        for (Case c : batch) {
            List<String> expected = Renderer.expected(c.model());
            List<String> actual;
            try {
                @SuppressWarnings("unchecked")
                Supplier<List<String>> driver = (Supplier<List<String>>) Class
                        .forName(c.model().pkg + ".FuzzDriver", true, loader)
                        .getDeclaredConstructor().newInstance();
                actual = driver.get();
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new AssertionError("the driver of " + c.describe(seed, count) + " failed"
                        + c.listing(), e);
            }
            if (!expected.equals(actual)) {
                fail("the generated code of " + c.describe(seed, count) + " misbehaved\nexpected: "
                        + expected + "\nactual:   " + actual + "\nfirst difference: "
                        + firstDifference(expected, actual) + c.listing());
            }
        }
    }

    private void checkInvalid(List<Case> batch) {
        Compilation compilation;
        try {
            compilation = compiler().compile(files(batch));
        } catch (RuntimeException | Error e) {
            throw new AssertionError("the processor crashed on " + cases(batch) + "; seed " + seed,
                    e);
        }
        assertNoCrash(compilation, batch);
        Map<Integer, List<String>> errors = new LinkedHashMap<>();
        for (Case c : batch) {
            errors.put(c.index(), new ArrayList<>());
        }
        for (Diagnostic<? extends JavaFileObject> d : compilation.errors()) {
            String message = d.getMessage(Locale.ROOT);
            Case owner = owner(d, batch);
            if (owner == null || !message.startsWith("[RT-")) {
                fail("an error that is not one of RT's, or on no case's file: " + message + " in "
                        + (d.getSource() == null ? "no file" : d.getSource().toUri())
                        + (owner == null ? "" : "\n" + owner.describe(seed, count) + owner.listing()));
            }
            errors.get(owner.index()).add(message);
        }
        for (Case c : batch) {
            List<String> mine = errors.get(c.index());
            if (mine.isEmpty()) {
                fail("no [RT-nnn] error for " + c.describe(seed, count) + c.listing());
            }
            if (mine.stream().noneMatch(m -> m.startsWith("[" + c.mutation().code + "]"))) {
                fail("no [" + c.mutation().code + "] error for " + c.describe(seed, count) + "; got "
                        + mine + c.listing());
            }
        }
    }

    private static Compiler compiler(String... more) {
        List<String> options = new ArrayList<>(List.of("-Xlint:all",
                "-Xdoclint:all,-missing", "-Xmaxerrs", "100000", "-Xmaxwarns", "100000"));
        options.addAll(List.of(more));
        return Compiler.javac().withProcessors(new RtProcessor()).withOptions(options);
    }

    private static List<JavaFileObject> files(List<Case> batch) {
        List<JavaFileObject> files = new ArrayList<>();
        for (Case c : batch) {
            c.sources().forEach((name, text) -> files.add(JavaFileObjects.forSourceString(name,
                    text)));
        }
        return files;
    }

    /** Neither RT's processor nor javac reported an exception from a processor. */
    private void assertNoCrash(Compilation compilation, List<Case> batch) {
        for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
            String message = d.getMessage(Locale.ROOT);
            if (message.contains("[RT-000]") || message.contains("uncaught exception")
                    || message.contains("threw an uncaught")) {
                Case owner = owner(d, batch);
                fail("the processor crashed: " + message + "\n"
                        + (owner == null ? cases(batch) : owner.describe(seed, count) + owner.listing()));
            }
        }
    }

    /** The case whose package holds the diagnostic's file, or null. */
    private static Case owner(Diagnostic<? extends JavaFileObject> d, List<Case> batch) {
        if (d.getSource() == null) {
            return null;
        }
        String path = "/" + d.getSource().toUri().getPath();
        for (Case c : batch) {
            if (path.contains("/" + c.model().pkg.replace('.', '/') + "/")) {
                return c;
            }
        }
        return null;
    }

    private static Case culprit(Compilation compilation, List<Case> batch) {
        for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
                    || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
                Case c = owner(d, batch);
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    private String cases(List<Case> batch) {
        return "cases " + batch.get(0).index() + ".." + batch.get(batch.size() - 1).index()
                + " of seed " + seed;
    }

    private static String diagnostics(Compilation compilation) {
        StringBuilder s = new StringBuilder();
        for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
            if (d.getKind() == Diagnostic.Kind.NOTE) {
                continue;
            }
            s.append(d.getKind()).append(" ")
                    .append(d.getSource() == null ? "" : d.getSource().toUri().getPath() + ":"
                            + d.getLineNumber() + ": ")
                    .append(d.getMessage(Locale.ROOT)).append("\n");
        }
        return s.toString();
    }

    /**
     * The sources that the processor generated for a case, from a compilation of the case alone
     * without lint or doclint (compile-testing shows no files of a failed compilation).
     */
    private static String generated(Case c) {
        Compilation compilation = Compiler.javac().withProcessors(new RtProcessor())
                .compile(files(List.of(c)));
        if (compilation.status() != Compilation.Status.SUCCESS) {
            return "\n// (the generated sources do not compile, even without lint and doclint:\n"
                    + diagnostics(compilation) + ")";
        }
        StringBuilder s = new StringBuilder();
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            if (("/" + file.toUri().getPath()).contains("/" + c.model().pkg.replace('.', '/') + "/")) {
                try {
                    s.append("\n// ---- generated: ").append(file.getName()).append(" ----\n")
                            .append(file.getCharContent(true));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        return s.toString();
    }

    private static String firstDifference(List<String> expected, List<String> actual) {
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String e = i < expected.size() ? expected.get(i) : "<none>";
            String a = i < actual.size() ? actual.get(i) : "<none>";
            if (!e.equals(a)) {
                return "line " + i + ": expected '" + e + "', got '" + a + "'";
            }
        }
        return "none";
    }
}

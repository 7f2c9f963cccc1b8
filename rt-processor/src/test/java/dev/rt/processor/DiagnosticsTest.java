package dev.rt.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.rt.processor.Outcomes.assertError;
import static dev.rt.processor.Outcomes.assertWarning;
import static dev.rt.processor.Outcomes.errors;
import static dev.rt.processor.Sources.compile;
import static dev.rt.processor.Sources.compileAllowingWarnings;
import static dev.rt.processor.Sources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per rule: each invalid input gives its own code, on the exact file and line (named by
 * its text, not its number), with no crash and no generated code. A setting that has no effect
 * gives a warning instead, and the code is still generated.
 */
class DiagnosticsTest {

    /** The protocol of most tests: two tells and a request of Long. */
    private static final JavaFileObject COUNTER_MSG =
            source(
                    "test.CounterMsg",
                    "package test;",
                    "",
                    "import dev.rt.Request;",
                    "",
                    "public sealed interface CounterMsg {",
                    "    record Increment(long by) implements CounterMsg {}",
                    "    record Get() implements CounterMsg, Request<Long> {}",
                    "    record Crash(String why) implements CounterMsg {}",
                    "}");

    /**
     * {@code test.Counter}, an {@code @ActorBehavior} class, with the given declaration and body
     * lines, which are not indented.
     */
    private static JavaFileObject behavior(String declaration, String... body) {
        List<String> lines = new ArrayList<>();
        lines.add("package test;");
        lines.add("");
        lines.add("import dev.rt.*;");
        lines.add("import dev.rt.annotation.ActorBehavior;");
        lines.add("import java.util.concurrent.*;");
        lines.add("");
        lines.add("@ActorBehavior");
        lines.add(declaration);
        lines.addAll(List.of(body));
        lines.add("}");
        return source("test.Counter", lines.toArray(String[]::new));
    }

    /** A valid counter's handlers, to which a test adds one broken thing. */
    private static final String INCREMENT = "void on(CounterMsg.Increment m) {}";

    private static final String GET = "long on(CounterMsg.Get m) { return 1; }";
    private static final String CRASH = "void on(CounterMsg.Crash m) {}";

    private static final String COUNTER = "final class Counter implements Actor<CounterMsg> {";

    // The behavior class.

    @Test
    void notAClass() {
        JavaFileObject counter = behavior("interface Counter extends Actor<CounterMsg> {");
        assertError(compile(COUNTER_MSG, counter), "RT-001", counter, "interface Counter");
    }

    @Test
    void abstractClass() {
        JavaFileObject counter =
                behavior("abstract class Counter implements Actor<CounterMsg> {", INCREMENT, GET, CRASH);
        assertError(compile(COUNTER_MSG, counter), "RT-002", counter, "abstract class Counter");
    }

    @Test
    void innerClass() {
        JavaFileObject outer =
                source(
                        "test.Outer",
                        "package test;",
                        "",
                        "import dev.rt.Actor;",
                        "import dev.rt.annotation.ActorBehavior;",
                        "",
                        "class Outer {",
                        "    @ActorBehavior",
                        "    final class Counter implements Actor<CounterMsg> {",
                        "        void on(CounterMsg m) {}",
                        "    }",
                        "}");
        Compilation compilation = compile(COUNTER_MSG, outer);
        assertError(compilation, "RT-003", outer, "final class Counter");
        assertThat(compilation).hadErrorContaining("an inner class");
    }

    @Test
    void privateClass() {
        JavaFileObject outer =
                source(
                        "test.Outer",
                        "package test;",
                        "",
                        "import dev.rt.Actor;",
                        "import dev.rt.annotation.ActorBehavior;",
                        "",
                        "class Outer {",
                        "    @ActorBehavior",
                        "    private static final class Counter implements Actor<CounterMsg> {",
                        "        void on(CounterMsg m) {}",
                        "    }",
                        "}");
        assertError(
                compile(COUNTER_MSG, outer), "RT-004", outer, "private static final class Counter");
    }

    @Test
    void genericClass() {
        JavaFileObject counter =
                behavior("final class Counter<T> implements Actor<CounterMsg> {", INCREMENT, GET, CRASH);
        Compilation compilation = compile(COUNTER_MSG, counter);
        assertError(compilation, "RT-005", counter, "class Counter<T>");
        assertThat(compilation).hadErrorContaining("type parameters <T>");
    }

    @Test
    void noConstructor() {
        JavaFileObject counter =
                behavior(COUNTER, "private Counter() {}", INCREMENT, GET, CRASH);
        Compilation compilation = compile(COUNTER_MSG, counter);
        assertError(compilation, "RT-006", counter, "class Counter");
        assertThat(compilation)
                .hadErrorContaining(
                        "Counter has no non-private constructor and no non-private static method"
                                + " that returns it");
        assertThat(compilation).hadErrorContaining("'static Counter create()'");
    }

    /** A private static factory does not count: code outside the class cannot call it either. */
    @Test
    void noConstructorAndAPrivateFactory() {
        JavaFileObject counter =
                behavior(
                        COUNTER,
                        "private Counter() {}",
                        "private static Counter create() { return new Counter(); }",
                        INCREMENT,
                        GET,
                        CRASH);
        assertError(compile(COUNTER_MSG, counter), "RT-006", counter, "class Counter");
    }

    /**
     * A private constructor with a static factory is fine: the generated code never calls the
     * constructor, and the handle's javadoc suggests the factory.
     */
    @Test
    void privateConstructorAndAStaticFactory() {
        JavaFileObject counter =
                behavior(
                        COUNTER,
                        "private Counter() {}",
                        "static Counter create() { return new Counter(); }",
                        INCREMENT,
                        GET,
                        CRASH);
        Compilation compilation = compile(COUNTER_MSG, counter);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation)
                .generatedSourceFile("test.CounterHandle")
                .contentsAsUtf8String()
                .contains("{@code Counter::create}");
    }

    @Test
    void notAnActor() {
        JavaFileObject counter = behavior("final class Counter {", INCREMENT, GET, CRASH);
        assertError(compile(COUNTER_MSG, counter), "RT-007", counter, "class Counter");
    }

    @Test
    void rawActor() {
        JavaFileObject counter =
                behavior(
                        "@SuppressWarnings(\"rawtypes\") final class Counter implements Actor {",
                        INCREMENT,
                        GET,
                        CRASH);
        assertError(compile(COUNTER_MSG, counter), "RT-008", counter, "class Counter");
    }

    // The protocol.

    @Test
    void protocolNotSealed() {
        JavaFileObject msg =
                source(
                        "test.CounterMsg",
                        "package test;",
                        "",
                        "public interface CounterMsg {",
                        "    record Increment(long by) implements CounterMsg {}",
                        "}");
        JavaFileObject counter = behavior(COUNTER, INCREMENT);
        Compilation compilation = compile(msg, counter);
        assertError(compilation, "RT-010", msg, "interface CounterMsg");
        assertThat(compilation).hadErrorContaining("an interface that is not sealed");
    }

    @Test
    void protocolIsAClass() {
        JavaFileObject counter =
                behavior("final class Counter implements Actor<String> {", "void on(String s) {}");
        Compilation compilation = compile(counter);
        assertError(compilation, "RT-010", counter, "class Counter");
        assertThat(compilation).hadErrorContaining("the protocol String of Counter is a class");
    }

    @Test
    void genericProtocol() {
        JavaFileObject msg =
                source(
                        "test.Box",
                        "package test;",
                        "",
                        "public sealed interface Box<T> {",
                        "    record Put<T>(T value) implements Box<T> {}",
                        "}");
        JavaFileObject counter =
                behavior(
                        "final class Counter implements Actor<Box<String>> {",
                        "void on(Box.Put<String> m) {}");
        assertError(compile(msg, counter), "RT-011", msg, "interface Box<T>");
    }

    @Test
    void genericLeaf() {
        JavaFileObject msg =
                source(
                        "test.CounterMsg",
                        "package test;",
                        "",
                        "public sealed interface CounterMsg {",
                        "    record Increment(long by) implements CounterMsg {}",
                        "    record Put<T>(T value) implements CounterMsg {}",
                        "}");
        JavaFileObject counter =
                behavior(COUNTER, INCREMENT, "void on(CounterMsg.Put<?> m) {}");
        Compilation compilation = compile(msg, counter);
        assertError(compilation, "RT-011", msg, "record Put<T>");
        assertThat(compilation).hadErrorContaining("CounterMsg.Put declares type parameters <T>");
    }

    @Test
    void nonSealedGroup() {
        JavaFileObject msg =
                source(
                        "test.CounterMsg",
                        "package test;",
                        "",
                        "public sealed interface CounterMsg {",
                        "    record Increment(long by) implements CounterMsg {}",
                        "    non-sealed interface Open extends CounterMsg {}",
                        "}");
        JavaFileObject counter = behavior(COUNTER, INCREMENT, "void on(CounterMsg.Open m) {}");
        Compilation compilation = compile(msg, counter);
        assertError(compilation, "RT-012", msg, "non-sealed interface Open");
        assertThat(compilation).hadErrorContaining("a non-sealed interface");
    }

    @Test
    void nonFinalClassLeaf() {
        JavaFileObject msg =
                source(
                        "test.CounterMsg",
                        "package test;",
                        "",
                        "public sealed interface CounterMsg {",
                        "    record Increment(long by) implements CounterMsg {}",
                        "    abstract non-sealed class Base implements CounterMsg {}",
                        "}");
        JavaFileObject counter = behavior(COUNTER, INCREMENT, "void on(CounterMsg.Base m) {}");
        Compilation compilation = compile(msg, counter);
        assertError(compilation, "RT-012", msg, "abstract non-sealed class Base");
        assertThat(compilation).hadErrorContaining("make it a record or a final class");
    }

    @Test
    void inaccessibleProtocol() {
        JavaFileObject outer =
                source(
                        "test.Outer",
                        "package test;",
                        "",
                        "import dev.rt.Actor;",
                        "import dev.rt.annotation.ActorBehavior;",
                        "",
                        "class Outer {",
                        "    private sealed interface Msg permits Ping {}",
                        "    record Ping() implements Msg {}",
                        "",
                        "    @ActorBehavior",
                        "    static final class Counter implements Actor<Msg> {",
                        "        void on(Ping p) {}",
                        "    }",
                        "}");
        Compilation compilation = compile(outer);
        assertError(compilation, "RT-013", outer, "private sealed interface Msg");
        assertThat(compilation).hadErrorContaining("because it is private");
    }

    @Test
    void inaccessibleComponentType() {
        JavaFileObject hidden =
                source(
                        "other.Hidden",
                        "package other;",
                        "",
                        "public class Hidden {",
                        "    protected static final class Key {}",
                        "}");
        JavaFileObject msg =
                source(
                        "test.CounterMsg",
                        "package test;",
                        "",
                        "import other.Hidden;",
                        "",
                        "public sealed interface CounterMsg {",
                        "    record Increment(long by) implements CounterMsg {}",
                        "    final class Holder extends Hidden {",
                        "        public record Secret(Key key) implements CounterMsg {}",
                        "    }",
                        "}");
        JavaFileObject counter =
                behavior(COUNTER, INCREMENT, "void on(CounterMsg.Holder.Secret m) {}");
        Compilation compilation = compile(hidden, msg, counter);
        assertError(compilation, "RT-013", msg, "record Secret(Key key)");
        assertThat(compilation)
                .hadErrorContaining(
                        "Hidden.Key is used by the code generated for Counter in package 'test',"
                                + " but the generated code cannot access it because it is"
                                + " protected in package 'other'");
    }

    @Test
    void rawRequest() {
        JavaFileObject msg =
                source(
                        "test.CounterMsg",
                        "package test;",
                        "",
                        "@SuppressWarnings(\"rawtypes\")",
                        "public sealed interface CounterMsg {",
                        "    record Get() implements CounterMsg, dev.rt.Request {}",
                        "}");
        JavaFileObject counter = behavior(COUNTER, "Object on(CounterMsg.Get m) { return 1; }");
        assertError(compile(msg, counter), "RT-014", msg, "record Get()");
    }

    @Test
    void emptyProtocol() {
        JavaFileObject msg =
                source(
                        "test.CounterMsg",
                        "package test;",
                        "",
                        "public sealed interface CounterMsg permits Nothing {}",
                        "final class Nothing {}");
        JavaFileObject counter = behavior(COUNTER);
        Compilation compilation = compile(msg, counter);
        assertThat(compilation).failed();
        // javac rejects the permits clause itself; the processor must not crash on it.
        Outcomes.assertNoCrash(compilation);
        JavaFileObject empty =
                source(
                        "test.EmptyMsg",
                        "package test;",
                        "",
                        "public sealed interface EmptyMsg {}");
        JavaFileObject behavior =
                source(
                        "test.Empty",
                        "package test;",
                        "",
                        "@dev.rt.annotation.ActorBehavior",
                        "final class Empty implements dev.rt.Actor<EmptyMsg> {}");
        assertError(compile(empty, behavior), "RT-015", empty, "interface EmptyMsg");
    }

    // Names.

    @Test
    void nameClashAcrossGroups() {
        JavaFileObject msg =
                source(
                        "test.CounterMsg",
                        "package test;",
                        "",
                        "public sealed interface CounterMsg {",
                        "    record Get() implements CounterMsg {}",
                        "    sealed interface Admin extends CounterMsg {",
                        "        record Get() implements Admin {}",
                        "    }",
                        "}");
        JavaFileObject counter =
                behavior(COUNTER, "void on(CounterMsg.Get m) {}", "void on(CounterMsg.Admin m) {}");
        Compilation compilation = compile(msg, counter);
        assertError(compilation, "RT-020", msg, "record Get() implements Admin");
        assertThat(compilation)
                .hadErrorContaining(
                        "CounterMsg.Get and CounterMsg.Admin.Get would both become the handle"
                                + " method get(...)");
        assertThat(compilation).hadErrorContaining("CounterMsg.Admin.Get to AdminGet");
    }

    @Test
    void nameClashByCase() {
        JavaFileObject msg =
                source(
                        "test.CounterMsg",
                        "package test;",
                        "",
                        "public sealed interface CounterMsg {",
                        "    record Get() implements CounterMsg {}",
                        "    record GET() implements CounterMsg {}",
                        "}");
        JavaFileObject counter =
                behavior(COUNTER, "void on(CounterMsg.Get m) {}", "void on(CounterMsg.GET m) {}");
        assertError(compile(msg, counter), "RT-020", msg, "record GET()");
    }

    @Test
    void reservedName() {
        JavaFileObject msg =
                source(
                        "test.CounterMsg",
                        "package test;",
                        "",
                        "public sealed interface CounterMsg {",
                        "    record Stop() implements CounterMsg {}",
                        "}");
        JavaFileObject counter = behavior(COUNTER, "void on(CounterMsg.Stop m) {}");
        Compilation compilation = compile(msg, counter);
        assertError(compilation, "RT-021", msg, "record Stop()");
        assertThat(compilation).hadErrorContaining("for example to StopCommand");
    }

    @Test
    void keywordName() {
        JavaFileObject msg =
                source(
                        "test.CounterMsg",
                        "package test;",
                        "",
                        "public sealed interface CounterMsg {",
                        "    record New() implements CounterMsg {}",
                        "    record Default() implements CounterMsg {}",
                        "}");
        JavaFileObject counter =
                behavior(COUNTER, "void on(CounterMsg.New m) {}", "void on(CounterMsg.Default m) {}");
        Compilation compilation = compile(msg, counter);
        assertError(compilation, "RT-022", msg, "record New()");
        assertError(compilation, "RT-022", msg, "record Default()");
        assertThat(compilation).hadErrorContaining("'new' is a Java keyword");
    }

    @Test
    void generatedNameClash() {
        JavaFileObject nested =
                source(
                        "test.Outer",
                        "package test;",
                        "",
                        "import dev.rt.Actor;",
                        "import dev.rt.annotation.ActorBehavior;",
                        "",
                        "class Outer {",
                        "    @ActorBehavior",
                        "    static final class Inner implements Actor<CounterMsg> {",
                        "        void on(CounterMsg m) {}",
                        "    }",
                        "}");
        JavaFileObject flat =
                source(
                        "test.OuterInner",
                        "package test;",
                        "",
                        "import dev.rt.Actor;",
                        "import dev.rt.annotation.ActorBehavior;",
                        "",
                        "@ActorBehavior",
                        "final class OuterInner implements Actor<CounterMsg> {",
                        "    void on(CounterMsg m) {}",
                        "}");
        JavaFileObject msg =
                source(
                        "test.CounterMsg",
                        "package test;",
                        "",
                        "public sealed interface CounterMsg {",
                        "    record Increment(long by) implements CounterMsg {}",
                        "}");
        Compilation compilation = compile(msg, nested, flat);
        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining("[RT-023]")
                .inFile(flat)
                .onLineContaining("class OuterInner");
        assertThat(compilation).hadErrorContaining("test.OuterInnerHandle");
        Outcomes.assertNoCrash(compilation);
    }

    // Handlers.

    @Test
    void missingHandlers() {
        JavaFileObject counter = behavior(COUNTER, GET);
        Compilation compilation = compile(COUNTER_MSG, counter);
        assertError(compilation, "RT-030", counter, "class Counter");
        assertThat(compilation)
                .hadErrorContaining(
                        "Counter has no handler for CounterMsg.Increment and CounterMsg.Crash");
        assertThat(compilation).hadErrorContaining("'void on(CounterMsg.Increment m)'");
    }

    @Test
    void duplicateLeafHandler() {
        JavaFileObject counter =
                behavior(
                        COUNTER,
                        INCREMENT,
                        GET,
                        CRASH,
                        "void again(CounterMsg.Increment m, ActorContext<CounterMsg> c) {}");
        Compilation compilation = compile(COUNTER_MSG, counter);
        assertError(compilation, "RT-031", counter, "void again(");
        assertThat(compilation)
                .hadErrorContaining(
                        "CounterMsg.Increment is handled twice, by on(CounterMsg.Increment) and by"
                                + " again(CounterMsg.Increment, ActorContext<CounterMsg>)");
    }

    @Test
    void duplicateGroupHandlers() {
        JavaFileObject msg =
                source(
                        "test.CounterMsg",
                        "package test;",
                        "",
                        "public sealed interface CounterMsg {",
                        "    sealed interface Left extends CounterMsg permits Both, OnlyLeft {}",
                        "    sealed interface Right extends CounterMsg permits Both {}",
                        "    record Both() implements Left, Right {}",
                        "    record OnlyLeft() implements Left {}",
                        "}");
        JavaFileObject counter =
                behavior(
                        COUNTER,
                        "void left(CounterMsg.Left m) {}",
                        "void right(CounterMsg.Right m) {}",
                        "void both(CounterMsg.Both m) {}");
        Compilation compilation = compile(msg, counter);
        assertError(compilation, "RT-031", counter, "void right(");
        assertError(compilation, "RT-031", counter, "void both(");
        assertThat(compilation)
                .hadErrorContaining(
                        "CounterMsg.Both is handled twice, by left(CounterMsg.Left) and by"
                                + " right(CounterMsg.Right)");
    }

    @Test
    void groupAndLeafHandler() {
        JavaFileObject counter = behavior(COUNTER, INCREMENT, GET, CRASH, "void any(CounterMsg m) {}");
        Compilation compilation = compile(COUNTER_MSG, counter);
        // A handler of the whole protocol covers all three leaves again (one error for each
        // handler it clashes with), and it mixes tells with a request.
        assertError(compilation, "RT-031", counter, "void any(");
        assertThat(compilation)
                .hadErrorContaining(
                        "CounterMsg.Increment is handled twice, by on(CounterMsg.Increment) and"
                                + " by any(CounterMsg)");
        assertThat(compilation)
                .hadErrorContaining("[RT-043]")
                .inFile(counter)
                .onLineContaining("void any(");
    }

    @Test
    void privateHandler() {
        JavaFileObject counter =
                behavior(COUNTER, "private void on(CounterMsg.Increment m) {}", GET, CRASH);
        Compilation compilation = compile(COUNTER_MSG, counter);
        assertError(compilation, "RT-032", counter, "private void on(");
        // Reported as private, not also as missing.
        assertTrue(errors(compilation).stream().noneMatch(e -> e.contains("[RT-030]")));
    }

    @Test
    void staticHandler() {
        JavaFileObject counter =
                behavior(COUNTER, INCREMENT, GET, CRASH, "static String describe(CounterMsg m) { return \"\"; }");
        assertError(compile(COUNTER_MSG, counter), "RT-033", counter, "static String describe(");
    }

    @Test
    void genericHandler() {
        JavaFileObject counter =
                behavior(COUNTER, "<T extends CounterMsg.Increment> void on(T m) {}", GET, CRASH);
        Compilation compilation = compile(COUNTER_MSG, counter);
        assertError(compilation, "RT-034", counter, "<T extends CounterMsg.Increment>");
        assertThat(compilation).hadErrorContaining("declares type parameters <T>");
    }

    @Test
    void inaccessibleInheritedHandler() {
        JavaFileObject base =
                source(
                        "other.Base",
                        "package other;",
                        "",
                        "import test.CounterMsg;",
                        "",
                        "public abstract class Base {",
                        "    protected void on(CounterMsg.Increment m) {}",
                        "}");
        JavaFileObject counter =
                behavior(
                        "final class Counter extends other.Base implements Actor<CounterMsg> {",
                        GET,
                        CRASH);
        Compilation compilation = compile(COUNTER_MSG, base, counter);
        assertError(compilation, "RT-035", base, "protected void on(");
        assertThat(compilation)
                .hadErrorContaining("is protected in package 'other', so the generated descriptor in"
                        + " package 'test' cannot call it; make it public, or override it in Counter");
    }

    @Test
    void secondParameterNotContext() {
        JavaFileObject counter =
                behavior(
                        COUNTER,
                        "void on(CounterMsg.Increment m,",
                        "        ActorContext<Object> context) {}",
                        GET,
                        CRASH);
        Compilation compilation = compile(COUNTER_MSG, counter);
        assertError(compilation, "RT-036", counter, "ActorContext<Object> context");
        assertThat(compilation)
                .hadErrorContaining(
                        "may only take the actor's context, ActorContext<CounterMsg>, and its own"
                                + " handle, CounterHandle; declare it as one of them");
    }

    @Test
    void tooManyParameters() {
        JavaFileObject counter =
                behavior(
                        COUNTER,
                        "void on(CounterMsg.Increment m, ActorContext<CounterMsg> context,",
                        "        ActorContext<CounterMsg> again) {}",
                        GET,
                        CRASH);
        Compilation compilation = compile(COUNTER_MSG, counter);
        assertError(compilation, "RT-037", counter, "ActorContext<CounterMsg> again");
        assertThat(compilation).hadErrorContaining("each once; remove parameter 'again'");
    }

    @Test
    void throwsThrowable() {
        JavaFileObject counter =
                behavior(COUNTER, "void on(CounterMsg.Increment m) throws Throwable {}", GET, CRASH);
        assertError(compile(COUNTER_MSG, counter), "RT-038", counter, "throws Throwable");
    }

    // Return types.

    @Test
    void voidRequestHandler() {
        JavaFileObject counter = behavior(COUNTER, INCREMENT, "void on(CounterMsg.Get m) {}", CRASH);
        Compilation compilation = compile(COUNTER_MSG, counter);
        assertError(compilation, "RT-040", counter, "void on(CounterMsg.Get m)");
        assertThat(compilation).hadErrorContaining("CounterMsg.Get must reply with Long");
    }

    @Test
    void wrongReplyType() {
        JavaFileObject counter =
                behavior(COUNTER, INCREMENT, "int on(CounterMsg.Get m) { return 1; }", CRASH);
        Compilation compilation = compile(COUNTER_MSG, counter);
        assertError(compilation, "RT-041", counter, "int on(CounterMsg.Get m)");
        assertThat(compilation)
                .hadErrorContaining(
                        "handler on(CounterMsg.Get) returns int, but CounterMsg.Get must reply with"
                                + " Long; return Long, or a CompletionStage<Long>");
    }

    @Test
    void wrongStageType() {
        JavaFileObject counter =
                behavior(
                        COUNTER,
                        INCREMENT,
                        "CompletableFuture<String> on(CounterMsg.Get m) { return null; }",
                        CRASH);
        Compilation compilation = compile(COUNTER_MSG, counter);
        assertError(compilation, "RT-041", counter, "CompletableFuture<String> on(");
        assertThat(compilation).hadErrorContaining("returns CompletableFuture<String>");
    }

    @Test
    void tellHandlerReturnsValue() {
        JavaFileObject counter =
                behavior(COUNTER, "long on(CounterMsg.Increment m) { return m.by(); }", GET, CRASH);
        Compilation compilation = compile(COUNTER_MSG, counter);
        assertError(compilation, "RT-042", counter, "long on(CounterMsg.Increment m)");
        assertThat(compilation).hadErrorContaining("implement Request<Long>");
    }

    @Test
    void groupHandlerMixesTellsAndRequests() {
        JavaFileObject msg =
                source(
                        "test.CounterMsg",
                        "package test;",
                        "",
                        "import dev.rt.Request;",
                        "",
                        "public sealed interface CounterMsg {",
                        "    record Increment(long by) implements CounterMsg {}",
                        "    record Get() implements CounterMsg, Request<Long> {}",
                        "}");
        JavaFileObject counter = behavior(COUNTER, "Long on(CounterMsg m) { return 0L; }");
        Compilation compilation = compile(msg, counter);
        assertError(compilation, "RT-043", counter, "Long on(CounterMsg m)");
        assertThat(compilation)
                .hadErrorContaining(
                        "covers messages that are not requests (CounterMsg.Increment), which need"
                                + " void, and requests (CounterMsg.Get)");
    }

    @Test
    void groupHandlerWithIncompatibleReplies() {
        JavaFileObject msg =
                source(
                        "test.CounterMsg",
                        "package test;",
                        "",
                        "import dev.rt.Request;",
                        "",
                        "public sealed interface CounterMsg {",
                        "    record Count() implements CounterMsg, Request<Long> {}",
                        "    record Name() implements CounterMsg, Request<String> {}",
                        "}");
        JavaFileObject counter = behavior(COUNTER, "Long on(CounterMsg m) { return 0L; }");
        Compilation compilation = compile(msg, counter);
        assertError(compilation, "RT-041", counter, "Long on(CounterMsg m)");
        assertThat(compilation)
                .hadErrorContaining(
                        "CounterMsg.Count and CounterMsg.Name must reply with Long and String");
    }

    // Mailboxes and priority.

    /**
     * {@code test.Counter}, a valid counter whose {@code @ActorBehavior} has the given values, one
     * value a line.
     */
    private static JavaFileObject mailboxBehavior(String... values) {
        List<String> lines = new ArrayList<>();
        lines.add("package test;");
        lines.add("");
        lines.add("import dev.rt.*;");
        lines.add("import dev.rt.annotation.*;");
        lines.add("");
        lines.add("@ActorBehavior(");
        for (int i = 0; i < values.length; i++) {
            lines.add("        " + values[i] + (i < values.length - 1 ? "," : ")"));
        }
        lines.add(COUNTER);
        lines.addAll(List.of(INCREMENT, GET, CRASH));
        lines.add("}");
        return source("test.Counter", lines.toArray(String[]::new));
    }

    @Test
    void stashCapacityBelowOne() {
        JavaFileObject counter = mailboxBehavior("stashCapacity = 0");
        Compilation compilation = compile(COUNTER_MSG, counter);
        assertError(compilation, "RT-114", counter, "stashCapacity = 0");
        assertThat(compilation)
                .hadErrorContaining(
                        "stashCapacity = 0 on Counter, but a stash holds at least one message");
    }

    @Test
    void aDeclaredStashCapacityIsTheDescriptors() {
        JavaFileObject counter = mailboxBehavior("stashCapacity = 20");
        Compilation compilation = compile(COUNTER_MSG, counter);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation)
                .generatedSourceFile("test.CounterDescriptor")
                .contentsAsUtf8String()
                .contains(
                        "    @Override\n    public int stashCapacity() {\n        return 20;\n    }");
    }

    @Test
    void mailboxValuesOutOfRange() {
        JavaFileObject counter =
                mailboxBehavior(
                        "capacity = -1",
                        "overflow = Overflow.BLOCK",
                        "blockTimeoutMillis = -5");
        Compilation compilation = compile(COUNTER_MSG, counter);
        assertError(compilation, "RT-110", counter, "capacity = -1");
        assertError(compilation, "RT-111", counter, "blockTimeoutMillis = -5");
        assertThat(compilation).hadErrorContaining("capacity = -1 on Counter");
        assertThat(compilation).hadErrorContaining("blockTimeoutMillis = -5 on Counter");
    }

    @Test
    void blockTimeoutWithoutBlock() {
        JavaFileObject counter =
                mailboxBehavior(
                        "capacity = 10",
                        "overflow = Overflow.DROP_NEWEST",
                        "blockTimeoutMillis = 250");
        Compilation compilation = compileAllowingWarnings(COUNTER_MSG, counter);
        assertWarning(compilation, "RT-112", counter, "blockTimeoutMillis = 250");
        assertThat(compilation)
                .hadWarningContaining(
                        "blockTimeoutMillis = 250 on Counter has no effect, because overflow is"
                                + " Overflow.DROP_NEWEST, not Overflow.BLOCK");
        // A warning does not stop generation.
        assertThat(compilation).generatedSourceFile("test.CounterDescriptor");
        JavaFileObject byDefault = mailboxBehavior("capacity = 10", "blockTimeoutMillis = 250");
        Compilation defaulted = compileAllowingWarnings(COUNTER_MSG, byDefault);
        assertWarning(defaulted, "RT-112", byDefault, "blockTimeoutMillis = 250");
        assertThat(defaulted)
                .hadWarningContaining("because overflow is Overflow.REJECT, the default, not Overflow.BLOCK");
    }

    @Test
    void overflowAndBlockTimeoutOfAnUnboundedMailbox() {
        JavaFileObject counter =
                mailboxBehavior(
                        "overflow = Overflow.BLOCK",
                        "blockTimeoutMillis = 250");
        Compilation compilation = compileAllowingWarnings(COUNTER_MSG, counter);
        assertWarning(compilation, "RT-113", counter, "overflow = Overflow.BLOCK");
        assertWarning(compilation, "RT-112", counter, "blockTimeoutMillis = 250");
        assertThat(compilation)
                .hadWarningContaining(
                        "overflow = Overflow.BLOCK on Counter has no effect, because the mailbox"
                                + " is unbounded (capacity = 0)");
        assertThat(compilation)
                .hadWarningContaining("because the mailbox is unbounded (capacity = 0), so no sender");
    }

    @Test
    void mailboxSettingsThatTakeEffectGiveNoWarning() {
        // Each value matters; a block timeout set to its default is not worth a warning either.
        JavaFileObject blocking =
                mailboxBehavior(
                        "capacity = 10", "overflow = Overflow.BLOCK", "blockTimeoutMillis = 250");
        assertThat(compile(COUNTER_MSG, blocking)).succeededWithoutWarnings();
        JavaFileObject rejecting =
                mailboxBehavior(
                        "capacity = 10", "overflow = Overflow.REJECT", "blockTimeoutMillis = 1000");
        assertThat(compile(COUNTER_MSG, rejecting)).succeededWithoutWarnings();
    }

    @Test
    void priorityOnTheProtocol() {
        JavaFileObject msg =
                source(
                        "test.CounterMsg",
                        "package test;",
                        "",
                        "import dev.rt.annotation.Priority;",
                        "",
                        "@Priority",
                        "public sealed interface CounterMsg {",
                        "    record Increment(long by) implements CounterMsg {}",
                        "}");
        // Alone, and as the protocol of a behavior, which reads it too: reported once, either way.
        for (Compilation compilation :
                List.of(compile(msg), compile(msg, behavior(COUNTER, INCREMENT)))) {
            assertError(compilation, "RT-120", msg, "@Priority");
            assertThat(compilation)
                    .hadErrorContaining("so every message would be urgent, which is the same as none");
            assertEquals(1, errors(compilation).size(), errors(compilation).toString());
        }
    }

    @Test
    void priorityOnATypeThatIsNoMessage() {
        JavaFileObject misc =
                source(
                        "test.Misc",
                        "package test;",
                        "",
                        "import dev.rt.annotation.Priority;",
                        "",
                        "final class Misc {",
                        "    @Priority record Loose(String why) {}",
                        "    @Priority interface Marker {}",
                        "    @Priority @interface Tag {}",
                        "}");
        Compilation compilation = compile(misc);
        assertError(compilation, "RT-121", misc, "record Loose");
        assertError(compilation, "RT-121", misc, "interface Marker");
        assertError(compilation, "RT-121", misc, "@interface Tag");
        assertThat(compilation)
                .hadErrorContaining(
                        "@Priority is on Misc.Loose, which is a record that implements no sealed"
                                + " interface");
        assertThat(compilation).hadErrorContaining("an interface that extends no sealed interface");
        assertThat(compilation).hadErrorContaining("Misc.Tag, which is an annotation interface");
    }

    @Test
    void priorityOnMessagesAndGroupsIsNoError() {
        JavaFileObject msg =
                source(
                        "test.CounterMsg",
                        "package test;",
                        "",
                        "import dev.rt.annotation.Priority;",
                        "",
                        "public sealed interface CounterMsg {",
                        "    @Priority record Increment(long by) implements CounterMsg {}",
                        "    @Priority sealed interface Admin extends CounterMsg {",
                        "        record Reset() implements Admin {}",
                        "    }",
                        "}");
        Compilation compilation =
                compile(msg, behavior(COUNTER, INCREMENT, "void on(CounterMsg.Admin m) {}"));
        assertThat(compilation).succeededWithoutWarnings();
    }

    // Writing.

    @Test
    void generatedTypeAlreadyExists() {
        JavaFileObject existing =
                source("test.CounterHandle", "package test;", "", "final class CounterHandle {}");
        JavaFileObject counter = behavior(COUNTER, INCREMENT, GET, CRASH);
        Compilation compilation = compile(COUNTER_MSG, existing, counter);
        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining("[RT-060]")
                .inFile(counter)
                .onLineContaining("class Counter");
        assertThat(compilation).hadErrorContaining("could not write test.CounterHandle");
        Outcomes.assertNoCrash(compilation);
        // The same for the descriptor.
        JavaFileObject descriptor =
                source(
                        "test.CounterDescriptor",
                        "package test;",
                        "",
                        "final class CounterDescriptor {}");
        Compilation clash = compile(COUNTER_MSG, descriptor, counter);
        assertThat(clash).failed();
        assertThat(clash).hadErrorContaining("[RT-060]").inFile(counter)
                .onLineContaining("class Counter");
        assertThat(clash).hadErrorContaining("could not write test.CounterDescriptor");
        Outcomes.assertNoCrash(clash);
    }
}

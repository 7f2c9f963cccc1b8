package dev.rt.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.rt.processor.Outcomes.assertError;
import static dev.rt.processor.Outcomes.errors;
import static dev.rt.processor.Sources.compile;
import static dev.rt.processor.Sources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per rule of {@code @Supervisor} and {@code @Child}: each invalid tree gives its own
 * code, on the exact file and line (named by its text, not its number; the annotation value's
 * line, for a value out of range), with no crash and no generated code that javac rejects.
 */
class SupervisorDiagnosticsTest {

    /** A behavior that children return: {@code Worker}, with a constructor that takes anything. */
    private static final JavaFileObject WORKER = behavior("Worker");

    /** Another behavior: {@code Clerk}. */
    private static final JavaFileObject CLERK = behavior("Clerk");

    private static JavaFileObject behavior(String name) {
        return source(
                "test." + name,
                "package test;",
                "",
                "import dev.rt.Actor;",
                "import dev.rt.annotation.ActorBehavior;",
                "",
                "@ActorBehavior",
                "final class " + name + " implements Actor<" + name + ".Msg> {",
                "    sealed interface Msg {",
                "        record Work(String job) implements Msg {}",
                "    }",
                "",
                "    " + name + "(Object... dependencies) {}",
                "",
                "    void on(Msg.Work m) {}",
                "}");
    }

    /**
     * {@code test.Tree}, from the given lines, after the package and an import of all of {@code
     * dev.rt.annotation}.
     */
    private static JavaFileObject tree(String... lines) {
        List<String> all = new ArrayList<>(List.of("package test;", "", "import dev.rt.annotation.*;", ""));
        all.addAll(List.of(lines));
        return source("test.Tree", all.toArray(String[]::new));
    }

    /** Compiles a tree with the two behaviors. */
    private static Compilation compileTree(JavaFileObject... sources) {
        List<JavaFileObject> all = new ArrayList<>(List.of(WORKER, CLERK));
        all.addAll(List.of(sources));
        return compile(all.toArray(JavaFileObject[]::new));
    }

    // The @Supervisor class.

    @Test
    void notAClass() {
        JavaFileObject tree =
                tree(
                        "@Supervisor",
                        "interface Tree {",
                        "    @Child Worker worker();",
                        "}");
        Compilation compilation = compileTree(tree);
        assertError(compilation, "RT-070", tree, "interface Tree");
        assertThat(compilation).hadErrorContaining("@Supervisor is on Tree, which is an interface");
    }

    @Test
    void innerClass() {
        JavaFileObject tree =
                tree(
                        "class Tree {",
                        "    @Supervisor",
                        "    abstract class Inner {",
                        "        @Child Worker worker() { return new Worker(); }",
                        "    }",
                        "}");
        Compilation compilation = compileTree(tree);
        assertError(compilation, "RT-071", tree, "abstract class Inner");
        assertThat(compilation).hadErrorContaining("Tree.Inner is an inner class");
    }

    @Test
    void privateClass() {
        JavaFileObject tree =
                tree(
                        "class Tree {",
                        "    @Supervisor",
                        "    private abstract static class Inner {",
                        "        @Child Worker worker() { return new Worker(); }",
                        "    }",
                        "}");
        assertError(compileTree(tree), "RT-072", tree, "private abstract static class Inner");
    }

    @Test
    void genericClass() {
        JavaFileObject tree =
                tree(
                        "@Supervisor",
                        "abstract class Tree<T> {",
                        "    @Child Worker worker() { return new Worker(); }",
                        "}");
        Compilation compilation = compileTree(tree);
        assertError(compilation, "RT-073", tree, "class Tree<T>");
        assertThat(compilation).hadErrorContaining("type parameters <T>");
    }

    @Test
    void noChildren() {
        JavaFileObject tree =
                tree(
                        "@Supervisor",
                        "abstract class Tree {",
                        "    Worker worker() { return new Worker(); }",
                        "}");
        Compilation compilation = compileTree(tree);
        assertError(compilation, "RT-074", tree, "class Tree");
        assertThat(compilation).hadErrorContaining("add one @Child method per child, in start order");
    }

    @Test
    void restartIntensityOutOfRange() {
        JavaFileObject tree =
                tree(
                        "@Supervisor(",
                        "        strategy = Strategy.ONE_FOR_ONE,",
                        "        intensity = -1,",
                        "        periodSeconds = 0)",
                        "abstract class Tree {",
                        "    @Child Worker worker() { return new Worker(); }",
                        "}");
        Compilation compilation = compileTree(tree);
        assertError(compilation, "RT-075", tree, "intensity = -1");
        assertError(compilation, "RT-076", tree, "periodSeconds = 0");
        assertThat(compilation).hadErrorContaining("intensity = -1 on Tree");
        assertThat(compilation).hadErrorContaining("periodSeconds = 0 on Tree");
    }

    @Test
    void supervisorContainsItself() {
        JavaFileObject tree =
                tree(
                        "@Supervisor",
                        "abstract class Tree {",
                        "    @Child Worker worker() { return new Worker(); }",
                        "    @Child Tree again() { return this; }",
                        "}");
        Compilation compilation = compileTree(tree);
        assertError(compilation, "RT-077", tree, "Tree again()");
        assertThat(compilation).hadErrorContaining("Tree contains itself, through Tree.again() -> Tree");
    }

    @Test
    void supervisorContainsItselfThroughAnother() {
        JavaFileObject tree =
                tree(
                        "@Supervisor",
                        "abstract class Tree {",
                        "    @Child Middle middle() { return null; }",
                        "}",
                        "",
                        "@Supervisor",
                        "abstract class Middle {",
                        "    @Child Worker worker() { return new Worker(); }",
                        "    @Child Bottom bottom() { return null; }",
                        "}",
                        "",
                        "@Supervisor",
                        "abstract class Bottom {",
                        "    @Child Tree top() { return null; }",
                        "}");
        Compilation compilation = compileTree(tree);
        assertError(compilation, "RT-077", tree, "Middle middle()");
        assertError(compilation, "RT-077", tree, "Bottom bottom()");
        assertError(compilation, "RT-077", tree, "Tree top()");
        assertThat(compilation)
                .hadErrorContaining(
                        "Tree contains itself, through Tree.middle() -> Middle.bottom() ->"
                                + " Bottom.top() -> Tree");
    }

    // The @Child methods.

    @Test
    void privateStaticAndGenericChildren() {
        JavaFileObject tree =
                tree(
                        "@Supervisor",
                        "abstract class Tree {",
                        "    @Child private Worker a() { return new Worker(); }",
                        "    @Child static Worker b() { return new Worker(); }",
                        "    @Child <T> Worker c() { return new Worker(); }",
                        "}");
        Compilation compilation = compileTree(tree);
        assertError(compilation, "RT-080", tree, "private Worker a()");
        assertError(compilation, "RT-081", tree, "static Worker b()");
        assertError(compilation, "RT-082", tree, "<T> Worker c()");
        assertThat(compilation).hadErrorContaining("@Child method a() is private");
    }

    @Test
    void childThrowsCheckedException() {
        JavaFileObject tree =
                tree(
                        "@Supervisor",
                        "abstract class Tree {",
                        "    @Child Worker a() throws IllegalStateException { return new Worker(); }",
                        "    @Child Worker b() throws java.io.IOException { return new Worker(); }",
                        "}");
        Compilation compilation = compileTree(tree);
        assertError(compilation, "RT-083", tree, "throws java.io.IOException");
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("declares 'throws IOException'");
    }

    @Test
    void duplicateChildId() {
        JavaFileObject tree =
                tree(
                        "@Supervisor",
                        "abstract class Tree {",
                        "    @Child Worker worker() { return new Worker(); }",
                        "    @Child Clerk worker(WorkerHandle other) { return new Clerk(other); }",
                        "}");
        Compilation compilation = compileTree(tree);
        assertError(compilation, "RT-084", tree, "Clerk worker(WorkerHandle other)");
        assertThat(compilation)
                .hadErrorContaining(
                        "worker() and worker(WorkerHandle) would both be child 'worker'");
    }

    @Test
    void childIdTakenByTheGeneratedSupervisor() {
        JavaFileObject tree =
                tree(
                        "@Supervisor",
                        "abstract class Tree {",
                        "    @Child Worker stop() { return new Worker(); }",
                        "}");
        Compilation compilation = compileTree(tree);
        assertError(compilation, "RT-085", tree, "Worker stop()");
        assertThat(compilation).hadErrorContaining("for example to stopChild");
    }

    @Test
    void childIdTakenByStartedOrStartAndWait() {
        JavaFileObject tree =
                tree(
                        "@Supervisor",
                        "abstract class Tree {",
                        "    @Child Worker started() { return new Worker(); }",
                        "    @Child Clerk startAndWait() { return new Clerk(); }",
                        "}");
        Compilation compilation = compileTree(tree);
        assertError(compilation, "RT-085", tree, "Worker started()");
        assertError(compilation, "RT-085", tree, "Clerk startAndWait()");
        assertThat(compilation).hadErrorContaining("for example to startedChild");
    }

    @Test
    void childIdThatIsNoActorName() {
        JavaFileObject tree =
                tree(
                        "@Supervisor",
                        "abstract class Tree {",
                        "    @Child Worker caf\u00e9() { return new Worker(); }",
                        "}");
        Compilation compilation = compileTree(tree);
        assertError(compilation, "RT-086", tree, "Worker caf\u00e9()");
        assertThat(compilation).hadErrorContaining("contains '\u00e9'");
    }

    @Test
    void shutdownOutOfRange() {
        JavaFileObject tree =
                tree(
                        "@Supervisor",
                        "abstract class Tree {",
                        "    @Child(restart = Restart.TRANSIENT,",
                        "            shutdownMillis = -3)",
                        "    Worker worker() { return new Worker(); }",
                        "}");
        Compilation compilation = compileTree(tree);
        assertError(compilation, "RT-087", tree, "shutdownMillis = -3");
        assertThat(compilation).hadErrorContaining("shutdownMillis = -3 on worker()");
    }

    @Test
    void childTypesThatAreNoActors() {
        JavaFileObject tree =
                tree(
                        "@Supervisor",
                        "abstract class Tree {",
                        "    @Child void a() {}",
                        "    @Child int b() { return 1; }",
                        "    @Child Runnable c() { return null; }",
                        "    @Child String d() { return null; }",
                        "    @Child WorkerHandle e() { return null; }",
                        "    @Child Plain f() { return null; }",
                        "}",
                        "",
                        "final class Plain implements dev.rt.Actor<Worker.Msg> {}");
        Compilation compilation = compileTree(tree);
        List<String> children =
                List.of("void a()", "int b()", "Runnable c()", "String d()", "WorkerHandle e()",
                        "Plain f()");
        for (String child : children) {
            assertError(compilation, "RT-088", tree, child);
        }
        assertThat(compilation).hadErrorContaining("@Child method a() returns void");
        assertThat(compilation).hadErrorContaining("returns Runnable, an interface");
        // The handle exists only from the second round on: it is recognised then.
        assertThat(compilation).hadErrorContaining("return a new Worker, not its handle");
        assertThat(compilation).hadErrorContaining("annotate Plain with @ActorBehavior");
    }

    @Test
    void childOutsideASupervisor() {
        JavaFileObject tree =
                tree(
                        "abstract class Base {",
                        "    @Child Worker worker() { return new Worker(); }",
                        "}",
                        "",
                        "@Supervisor",
                        "abstract class Tree extends Base {",
                        "    @Child Clerk clerk() { return new Clerk(); }",
                        "}");
        Compilation compilation = compileTree(tree);
        assertError(compilation, "RT-089", tree, "Worker worker()");
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining(
                        "@Child method worker() is in Base, which is not annotated @Supervisor");
    }

    @Test
    void childThatTheGeneratedSupervisorCannotAccess() {
        JavaFileObject base =
                source(
                        "other.Base",
                        "package other;",
                        "",
                        "public class Base {",
                        "    @dev.rt.annotation.ActorBehavior",
                        "    protected static final class Inner implements dev.rt.Actor<Inner.Msg> {",
                        "        sealed interface Msg {",
                        "            record Work() implements Msg {}",
                        "        }",
                        "",
                        "        void on(Msg.Work m) {}",
                        "    }",
                        "}");
        JavaFileObject tree =
                tree(
                        "@Supervisor",
                        "abstract class Tree extends other.Base {",
                        "    @Child Inner inner() { return null; }",
                        "}");
        Compilation compilation = compileTree(base, tree);
        assertError(compilation, "RT-013", tree, "Inner inner()");
        assertThat(compilation)
                .hadErrorContaining(
                        "Base.Inner is used by the code generated for Tree in package 'test', but"
                                + " the generated code cannot access it because it is protected in"
                                + " package 'other'");
    }

    // Dependencies between siblings.

    @Test
    void parameterThatIsNoHandle() {
        JavaFileObject tree =
                tree(
                        "@Supervisor",
                        "abstract class Tree {",
                        "    @Child Worker worker() { return new Worker(); }",
                        "    @Child Clerk clerk(String name,",
                        "            Worker worker) {",
                        "        return new Clerk(name, worker);",
                        "    }",
                        "}");
        Compilation compilation = compileTree(tree);
        assertError(compilation, "RT-090", tree, "String name,");
        assertError(compilation, "RT-090", tree, "Worker worker) {");
        assertThat(compilation)
                .hadErrorContaining(
                        "parameter 'name' of @Child method clerk(String, Worker) has type String");
        assertThat(compilation).hadErrorContaining("field or a constructor parameter");
        assertThat(compilation)
                .hadErrorContaining("declare it as WorkerHandle, the handle of Worker");
    }

    @Test
    void parameterOfNoSibling() {
        JavaFileObject tree =
                tree(
                        "@Supervisor",
                        "abstract class Tree {",
                        "    @Child Worker worker(ClerkHandle clerk) { return new Worker(clerk); }",
                        "}");
        Compilation compilation = compileTree(tree);
        assertError(compilation, "RT-091", tree, "Worker worker(ClerkHandle clerk)");
        assertThat(compilation)
                .hadErrorContaining(
                        "parameter 'clerk' of @Child method worker(ClerkHandle) is the handle of"
                                + " Clerk, but no child of Tree is a Clerk");
    }

    @Test
    void siblingDeclaredLater() {
        JavaFileObject tree =
                tree(
                        "@Supervisor(strategy = Strategy.REST_FOR_ONE)",
                        "abstract class Tree {",
                        "    @Child Worker worker(ClerkHandle clerk) { return new Worker(clerk); }",
                        "    @Child Clerk clerk() { return new Clerk(); }",
                        "}");
        Compilation compilation = compileTree(tree);
        assertError(compilation, "RT-092", tree, "Worker worker(ClerkHandle clerk)");
        assertThat(compilation)
                .hadErrorContaining(
                        "child 'worker' depends on child 'clerk' through parameter 'clerk', but"
                                + " 'clerk' is declared after 'worker', and children start in"
                                + " declaration order; move @Child method worker(ClerkHandle)"
                                + " after clerk()");
    }

    @Test
    void siblingsThatTakeEachOther() {
        JavaFileObject tree =
                tree(
                        "@Supervisor",
                        "abstract class Tree {",
                        "    @Child Worker worker(ClerkHandle clerk) { return new Worker(clerk); }",
                        "    @Child Clerk clerk(WorkerHandle worker) { return new Clerk(worker); }",
                        "}");
        Compilation compilation = compileTree(tree);
        assertError(compilation, "RT-096", tree, "Worker worker(ClerkHandle clerk)");
        assertEquals(1, errors(compilation).size(), () -> errors(compilation).toString());
        assertThat(compilation)
                .hadErrorContaining(
                        "child 'worker' depends on child 'clerk' through parameter 'clerk', and"
                                + " the children depend on each other in a cycle, worker -> clerk"
                                + " -> worker, but a child starts only after the siblings it"
                                + " takes");
        assertThat(compilation)
                .hadErrorContaining(
                        "remove parameter 'clerk' from worker(ClerkHandle), and let 'worker' find"
                                + " 'clerk' later instead of taking its handle at start");
    }

    @Test
    void siblingsThatTakeEachOtherInACycleOfThree() {
        JavaFileObject auditor = behavior("Auditor");
        JavaFileObject tree =
                tree(
                        "@Supervisor",
                        "abstract class Tree {",
                        "    @Child Worker worker(ClerkHandle c) { return new Worker(c); }",
                        "    @Child Auditor auditor(WorkerHandle w) { return new Auditor(w); }",
                        "    @Child Clerk clerk(AuditorHandle a) { return new Clerk(a); }",
                        "}");
        Compilation compilation = compileTree(auditor, tree);
        assertError(compilation, "RT-096", tree, "Worker worker(ClerkHandle c)");
        assertEquals(1, errors(compilation).size(), () -> errors(compilation).toString());
        assertThat(compilation)
                .hadErrorContaining("in a cycle, worker -> clerk -> auditor -> worker, but");
    }

    @Test
    void siblingsInACycleOfThreeDeclaredInTwoWrongPlaces() {
        JavaFileObject auditor = behavior("Auditor");
        JavaFileObject tree =
                tree(
                        "@Supervisor",
                        "abstract class Tree {",
                        "    @Child Worker worker(AuditorHandle a) { return new Worker(a); }",
                        "    @Child Auditor auditor(ClerkHandle c) { return new Auditor(c); }",
                        "    @Child Clerk clerk(WorkerHandle w) { return new Clerk(w); }",
                        "}");
        Compilation compilation = compileTree(auditor, tree);
        assertError(compilation, "RT-096", tree, "Worker worker(AuditorHandle a)");
        assertEquals(1, errors(compilation).size(), () -> errors(compilation).toString());
        assertThat(compilation)
                .hadErrorContaining("in a cycle, worker -> auditor -> clerk -> worker, but");
    }

    @Test
    void childThatDependsOnItself() {
        JavaFileObject tree =
                tree(
                        "@Supervisor",
                        "abstract class Tree {",
                        "    @Child Worker worker(WorkerHandle self) { return new Worker(self); }",
                        "}");
        Compilation compilation = compileTree(tree);
        assertError(compilation, "RT-092", tree, "WorkerHandle self");
        assertThat(compilation).hadErrorContaining("child 'worker' depends on itself");
    }

    @Test
    void ambiguousSibling() {
        JavaFileObject tree =
                tree(
                        "@Supervisor",
                        "abstract class Tree {",
                        "    @Child Worker left() { return new Worker(); }",
                        "    @Child Worker right() { return new Worker(); }",
                        "    @Child Clerk named(WorkerHandle right) { return new Clerk(right); }",
                        "    @Child Clerk unnamed(WorkerHandle worker) { return new Clerk(worker); }",
                        "}");
        Compilation compilation = compileTree(tree);
        assertError(compilation, "RT-093", tree, "Clerk unnamed(");
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining(
                        "is the handle of several earlier children ('left' and 'right'), so it is"
                                + " unclear which one it means; name the parameter after one of"
                                + " them: left or right");
    }

    @Test
    void nestedSupervisorThatTakesSiblings() {
        JavaFileObject tree =
                tree(
                        "@Supervisor",
                        "abstract class Tree {",
                        "    @Child Worker worker() { return new Worker(); }",
                        "    @Child Pool pool(WorkerHandle worker) { return new Pool(); }",
                        "}",
                        "",
                        "@Supervisor",
                        "class Pool {",
                        "    @Child Clerk clerk() { return new Clerk(); }",
                        "}");
        Compilation compilation = compileTree(tree);
        assertError(compilation, "RT-094", tree, "Pool pool(WorkerHandle worker)");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void childWhoseHandleWasNotGenerated() {
        JavaFileObject broken =
                source(
                        "test.Broken",
                        "package test;",
                        "",
                        "@dev.rt.annotation.ActorBehavior",
                        "final class Broken implements dev.rt.Actor<Broken.Msg> {",
                        "    sealed interface Msg {",
                        "        record Work() implements Msg {}",
                        "    }",
                        "}");
        JavaFileObject tree =
                tree(
                        "@Supervisor",
                        "abstract class Tree {",
                        "    @Child Broken broken() { return new Broken(); }",
                        "}");
        Compilation compilation = compileTree(broken, tree);
        assertError(compilation, "RT-030", broken, "class Broken");
        assertError(compilation, "RT-095", tree, "Broken broken()");
        assertThat(compilation)
                .hadErrorContaining(
                        "child 'broken' needs BrokenHandle, which RT generates from Broken, but it"
                                + " was not generated; fix the errors reported on Broken, and"
                                + " compile again");
    }

    @Test
    void parameterWhoseHandleWasNotGenerated() {
        JavaFileObject broken =
                source(
                        "test.Broken",
                        "package test;",
                        "",
                        "@dev.rt.annotation.ActorBehavior",
                        "final class Broken implements dev.rt.Actor<Broken.Msg> {",
                        "    sealed interface Msg {",
                        "        record Work() implements Msg {}",
                        "    }",
                        "}");
        JavaFileObject tree =
                tree(
                        "@Supervisor",
                        "abstract class Tree {",
                        "    @Child Broken broken() { return null; }",
                        "    @Child Worker worker(BrokenHandle broken) { return new Worker(); }",
                        "}");
        Compilation compilation = compileTree(broken, tree);
        assertThat(compilation).failed();
        // The parameter's type never exists: javac says so too.
        assertThat(compilation)
                .hadErrorContaining("[RT-095]")
                .inFile(tree)
                .onLineContaining("BrokenHandle broken");
        assertThat(compilation)
                .hadErrorContaining(
                        "parameter 'broken' of child 'worker' needs BrokenHandle, which RT"
                                + " generates from Broken");
        assertThat(compilation).hadErrorContaining("cannot find symbol");
        Outcomes.assertNoCrash(compilation);
    }

    // SIMPLE_ONE_FOR_ONE.

    @Test
    void simpleSupervisorWithoutTemplate() {
        JavaFileObject tree =
                tree(
                        "@Supervisor(strategy = Strategy.SIMPLE_ONE_FOR_ONE)",
                        "abstract class Tree {",
                        "}");
        Compilation compilation = compileTree(tree);
        assertError(compilation, "RT-074", tree, "class Tree");
        assertThat(compilation)
                .hadErrorContaining("add one @Child method, the template from which each child");
    }

    @Test
    void simpleSupervisorWithTwoTemplates() {
        JavaFileObject tree =
                tree(
                        "@Supervisor(strategy = Strategy.SIMPLE_ONE_FOR_ONE)",
                        "abstract class Tree {",
                        "    @Child Worker worker(String job) { return new Worker(job); }",
                        "    @Child Clerk clerk(String job) { return new Clerk(job); }",
                        "}");
        Compilation compilation = compileTree(tree);
        assertError(compilation, "RT-100", tree, "Clerk clerk(String job)");
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining(
                        "Tree is a SIMPLE_ONE_FOR_ONE supervisor, which starts all its children"
                                + " from one template, but clerk(String) is a @Child method after"
                                + " worker(String)");
    }

    @Test
    void templateWithTwoParameters() {
        JavaFileObject tree =
                tree(
                        "@Supervisor(strategy = Strategy.SIMPLE_ONE_FOR_ONE)",
                        "abstract class Tree {",
                        "    @Child Worker worker(String job,",
                        "            int size) {",
                        "        return new Worker(job, size);",
                        "    }",
                        "}");
        Compilation compilation = compileTree(tree);
        assertError(compilation, "RT-101", tree, "int size");
        assertThat(compilation).hadErrorContaining("the argument of startWorker(...)");
    }

    @Test
    void templateOfSupervisors() {
        JavaFileObject tree =
                tree(
                        "@Supervisor(strategy = Strategy.SIMPLE_ONE_FOR_ONE)",
                        "abstract class Tree {",
                        "    @Child Pool pool() { return new Pool(); }",
                        "}",
                        "",
                        "@Supervisor",
                        "class Pool {",
                        "    @Child Clerk clerk() { return new Clerk(); }",
                        "}");
        Compilation compilation = compileTree(tree);
        assertError(compilation, "RT-102", tree, "Pool pool()");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void templateThatWaitsForeverToStop() {
        JavaFileObject tree =
                tree(
                        "@Supervisor(strategy = Strategy.SIMPLE_ONE_FOR_ONE)",
                        "abstract class Tree {",
                        "    @Child(",
                        "            shutdownMillis = -1)",
                        "    Worker worker(String job) { return new Worker(job); }",
                        "}");
        assertError(compileTree(tree), "RT-103", tree, "shutdownMillis = -1");
    }

    @Test
    void handleParameterOfATemplateIsItsArgument() {
        // Not a sibling (a template has none): the handle is what each child is started with.
        JavaFileObject tree =
                tree(
                        "@Supervisor(strategy = Strategy.SIMPLE_ONE_FOR_ONE)",
                        "abstract class Tree {",
                        "    @Child Worker worker(ClerkHandle clerk) { return new Worker(clerk); }",
                        "}");
        Compilation compilation = compile(WORKER, CLERK, tree);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation)
                .generatedSourceFile("test.TreeSupervisor")
                .contentsAsUtf8String()
                .contains("public CompletionStage<WorkerHandle> startWorker(ClerkHandle clerk) {");
    }

    // Health checks.

    /**
     * A behavior whose protocol has one message that makes a good health request ({@code Health})
     * and others that do not: a tell, a request with a component, a request with a private
     * constructor, an enum request, and a group.
     */
    private static final JavaFileObject GATE =
            source(
                    "test.Gate",
                    "package test;",
                    "",
                    "import dev.rt.Actor;",
                    "import dev.rt.Request;",
                    "import dev.rt.annotation.ActorBehavior;",
                    "",
                    "@ActorBehavior",
                    "final class Gate implements Actor<Gate.Msg> {",
                    "    sealed interface Msg {",
                    "        record Work(String job) implements Msg {}",
                    "        record Health() implements Msg, Request<Boolean> {}",
                    "        record Status(String who) implements Msg, Request<String> {}",
                    "        final class Probe implements Msg, Request<Boolean> {",
                    "            private Probe() {}",
                    "        }",
                    "        enum Mode implements Msg, Request<Boolean> { ON }",
                    "        sealed interface Admin extends Msg {",
                    "            record Reset() implements Admin {}",
                    "        }",
                    "    }",
                    "",
                    "    void on(Msg.Work m) {}",
                    "    boolean on(Msg.Health m) { return true; }",
                    "    String on(Msg.Status m) { return m.who(); }",
                    "    boolean on(Msg.Probe m) { return true; }",
                    "    boolean on(Msg.Mode m) { return true; }",
                    "    void on(Msg.Admin m) {}",
                    "}");

    /** Compiles a tree with the two behaviors and {@link #GATE}. */
    private static Compilation compileWithGate(JavaFileObject... sources) {
        List<JavaFileObject> all = new ArrayList<>(List.of(GATE));
        all.addAll(List.of(sources));
        return compileTree(all.toArray(JavaFileObject[]::new));
    }

    @Test
    void healthIntervalOutOfRange() {
        JavaFileObject tree =
                tree(
                        "@Supervisor",
                        "abstract class Tree {",
                        "    @Child(restart = Restart.TRANSIENT,",
                        "            healthIntervalMillis = -1, healthTimeoutMillis = 100)",
                        "    Worker worker() { return new Worker(); }",
                        "}");
        Compilation compilation = compileTree(tree);
        assertError(compilation, "RT-130", tree, "healthIntervalMillis = -1");
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining(
                        "healthIntervalMillis = -1 on worker(), but a health check's interval is a"
                                + " number of milliseconds; use a positive number");
    }

    @Test
    void healthTimeoutAndRequestWithoutAnInterval() {
        JavaFileObject tree =
                tree(
                        "@Supervisor",
                        "abstract class Tree {",
                        "    @Child(",
                        "            healthTimeoutMillis = 500,",
                        "            healthRequest = Gate.Msg.Health.class)",
                        "    Gate gate() { return new Gate(); }",
                        "}");
        Compilation compilation = compileWithGate(tree);
        assertError(compilation, "RT-131", tree, "healthTimeoutMillis = 500");
        assertError(compilation, "RT-131", tree, "healthRequest = Gate.Msg.Health.class");
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation)
                .hadErrorContaining(
                        "healthTimeoutMillis = 500 on gate() belongs to a health check, but"
                                + " healthIntervalMillis is 0 (the default), which means none; set"
                                + " healthIntervalMillis");
        assertThat(compilation)
                .hadErrorContaining("healthRequest = Gate.Msg.Health.class on gate() belongs to");
    }

    @Test
    void healthIntervalWithoutATimeout() {
        JavaFileObject tree =
                tree(
                        "@Supervisor",
                        "abstract class Tree {",
                        "    @Child(healthIntervalMillis = 1000)",
                        "    Worker worker() { return new Worker(); }",
                        "    @Child(healthIntervalMillis = 1000,",
                        "            healthTimeoutMillis = -5)",
                        "    Clerk clerk() { return new Clerk(); }",
                        "}");
        Compilation compilation = compileTree(tree);
        assertError(compilation, "RT-132", tree, "@Child(healthIntervalMillis = 1000)");
        assertError(compilation, "RT-132", tree, "healthTimeoutMillis = -5");
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation)
                .hadErrorContaining(
                        "healthIntervalMillis = 1000 on worker() sets a health check, but"
                                + " healthTimeoutMillis is not set; set healthTimeoutMillis to a"
                                + " positive number of milliseconds");
        assertThat(compilation)
                .hadErrorContaining("but healthTimeoutMillis = -5 is not positive");
    }

    @Test
    void healthRequestThatIsNoMessageOfTheProtocol() {
        JavaFileObject tree =
                tree(
                        "@Supervisor",
                        "abstract class Tree {",
                        "    @Child(healthIntervalMillis = 1000, healthTimeoutMillis = 100,",
                        "            healthRequest = Worker.Msg.Work.class)",
                        "    Gate a() { return new Gate(); }",
                        "    @Child(healthIntervalMillis = 1000, healthTimeoutMillis = 100,",
                        "            healthRequest = Gate.Msg.Admin.class)",
                        "    Gate b() { return new Gate(); }",
                        "    @Child(healthIntervalMillis = 1000, healthTimeoutMillis = 100,",
                        "            healthRequest = Gate.Msg.class)",
                        "    Gate c() { return new Gate(); }",
                        "    @Child(healthIntervalMillis = 1000, healthTimeoutMillis = 100,",
                        "            healthRequest = int.class)",
                        "    Gate d() { return new Gate(); }",
                        "}");
        Compilation compilation = compileWithGate(tree);
        assertError(compilation, "RT-133", tree, "healthRequest = Worker.Msg.Work.class");
        assertError(compilation, "RT-133", tree, "healthRequest = Gate.Msg.Admin.class");
        assertError(compilation, "RT-133", tree, "healthRequest = Gate.Msg.class");
        assertError(compilation, "RT-133", tree, "healthRequest = int.class");
        assertThat(compilation).hadErrorCount(4);
        assertThat(compilation)
                .hadErrorContaining(
                        "healthRequest = Worker.Msg.Work.class on a(), but Worker.Msg.Work is not"
                                + " a message of Gate.Msg, the protocol of Gate (it does not"
                                + " implement Gate.Msg), so the child could not handle it; name"
                                + " Gate.Msg.Health.class");
        assertThat(compilation).hadErrorContaining("(it is an interface that groups messages)");
        assertThat(compilation).hadErrorContaining("(it is the protocol itself)");
        assertThat(compilation).hadErrorContaining("(it is a primitive type)");
    }

    @Test
    void healthRequestOfAProtocolWithoutASuitableRequest() {
        JavaFileObject tree =
                tree(
                        "@Supervisor",
                        "abstract class Tree {",
                        "    @Child(healthIntervalMillis = 1000, healthTimeoutMillis = 100,",
                        "            healthRequest = Gate.Msg.Health.class)",
                        "    Worker worker() { return new Worker(); }",
                        "}");
        Compilation compilation = compileWithGate(tree);
        assertError(compilation, "RT-133", tree, "healthRequest = Gate.Msg.Health.class");
        assertThat(compilation)
                .hadErrorContaining(
                        "add a message such as 'record Health() implements Worker.Msg,"
                                + " Request<Boolean> {}', whose handler answers whether the child"
                                + " is healthy, and name it");
    }

    @Test
    void healthRequestThatIsNoRequest() {
        JavaFileObject tree =
                tree(
                        "@Supervisor",
                        "abstract class Tree {",
                        "    @Child(healthIntervalMillis = 1000, healthTimeoutMillis = 100,",
                        "            healthRequest = Gate.Msg.Admin.Reset.class)",
                        "    Gate gate() { return new Gate(); }",
                        "}");
        Compilation compilation = compileWithGate(tree);
        assertError(compilation, "RT-134", tree, "healthRequest = Gate.Msg.Admin.Reset.class");
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining(
                        "healthRequest = Gate.Msg.Admin.Reset.class on gate(), but"
                                + " Gate.Msg.Admin.Reset does not implement dev.rt.Request<R>, so"
                                + " the child would not answer it; make it implement"
                                + " Request<Boolean> and answer whether the child is healthy, or"
                                + " name Gate.Msg.Health.class");
    }

    @Test
    void healthRequestThatNeedsArguments() {
        JavaFileObject tree =
                tree(
                        "@Supervisor",
                        "abstract class Tree {",
                        "    @Child(healthIntervalMillis = 1000, healthTimeoutMillis = 100,",
                        "            healthRequest = Gate.Msg.Status.class)",
                        "    Gate a() { return new Gate(); }",
                        "    @Child(healthIntervalMillis = 1000, healthTimeoutMillis = 100,",
                        "            healthRequest = Gate.Msg.Probe.class)",
                        "    Gate b() { return new Gate(); }",
                        "    @Child(healthIntervalMillis = 1000, healthTimeoutMillis = 100,",
                        "            healthRequest = Gate.Msg.Mode.class)",
                        "    Gate c() { return new Gate(); }",
                        "}");
        Compilation compilation = compileWithGate(tree);
        assertError(compilation, "RT-135", tree, "healthRequest = Gate.Msg.Status.class");
        assertError(compilation, "RT-135", tree, "healthRequest = Gate.Msg.Probe.class");
        assertError(compilation, "RT-135", tree, "healthRequest = Gate.Msg.Mode.class");
        assertThat(compilation).hadErrorCount(3);
        assertThat(compilation)
                .hadErrorContaining(
                        "healthRequest = Gate.Msg.Status.class on a(), but the generated"
                                + " supervisor creates the request with no arguments, as 'new"
                                + " Gate.Msg.Status()', and it is a record with components (String"
                                + " who); name a record with no components, such as 'record"
                                + " Health() implements Gate.Msg, Request<Boolean> {}', or give a"
                                + " final class a constructor without parameters that package"
                                + " 'test' can call");
        assertThat(compilation)
                .hadErrorContaining("and its constructor without parameters is private;");
        assertThat(compilation)
                .hadErrorContaining("and it is an enum, whose constants cannot be created;");
    }

    @Test
    void healthRequestThatTheGeneratedSupervisorCannotAccess() {
        // The tree extends Base, so it may name the protected Ping; its generated supervisor may not.
        JavaFileObject base =
                source(
                        "other.Base",
                        "package other;",
                        "",
                        "public class Base {",
                        "    public sealed interface Msg permits Work, Ping {}",
                        "",
                        "    public record Work() implements Msg {}",
                        "",
                        "    protected static final class Ping implements Msg, dev.rt.Request<Boolean> {",
                        "        public Ping() {}",
                        "    }",
                        "}");
        JavaFileObject behavior =
                source(
                        "other.Door",
                        "package other;",
                        "",
                        "@dev.rt.annotation.ActorBehavior",
                        "public final class Door implements dev.rt.Actor<Base.Msg> {",
                        "    void on(Base.Work m) {}",
                        "    boolean on(Base.Ping m) { return true; }",
                        "}");
        JavaFileObject tree =
                tree(
                        "@Supervisor",
                        "abstract class Tree extends other.Base {",
                        "    @Child(healthIntervalMillis = 1000, healthTimeoutMillis = 100,",
                        "            healthRequest = Ping.class)",
                        "    other.Door door() { return new other.Door(); }",
                        "}");
        Compilation compilation = compileTree(base, behavior, tree);
        assertError(compilation, "RT-013", tree, "healthRequest = Ping.class");
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining(
                        "Base.Ping is used by the code generated for Tree in package 'test', but"
                                + " the generated code cannot access it because it is protected in"
                                + " package 'other'");
    }

    @Test
    void healthCheckOfAChildWhoseProtocolTheGeneratedSupervisorCannotAccess() {
        JavaFileObject behavior =
                source(
                        "other.Door",
                        "package other;",
                        "",
                        "@dev.rt.annotation.ActorBehavior",
                        "public final class Door implements dev.rt.Actor<Door.Msg> {",
                        "    sealed interface Msg {",
                        "        record Work() implements Msg {}",
                        "    }",
                        "",
                        "    void on(Msg.Work m) {}",
                        "}");
        JavaFileObject tree =
                tree(
                        "@Supervisor",
                        "abstract class Tree {",
                        "    @Child(healthIntervalMillis = 1000, healthTimeoutMillis = 100)",
                        "    other.Door door() { return new other.Door(); }",
                        "}");
        Compilation compilation = compileTree(behavior, tree);
        assertError(
                compilation,
                "RT-013",
                tree,
                "@Child(healthIntervalMillis = 1000, healthTimeoutMillis = 100)");
        assertThat(compilation)
                .hadErrorContaining(
                        "Door.Msg is used by the code generated for Tree in package 'test', but"
                                + " the generated code cannot access it because it is"
                                + " package-private in package 'other'");
    }

    @Test
    void healthRequestOfANestedSupervisor() {
        JavaFileObject tree =
                tree(
                        "@Supervisor",
                        "abstract class Tree {",
                        "    @Child(healthIntervalMillis = 1000, healthTimeoutMillis = 100,",
                        "            healthRequest = Gate.Msg.Health.class)",
                        "    Pool pool() { return new Pool(); }",
                        "}",
                        "",
                        "@Supervisor",
                        "class Pool {",
                        "    @Child Gate gate() { return new Gate(); }",
                        "}");
        Compilation compilation = compileWithGate(tree);
        assertError(compilation, "RT-136", tree, "healthRequest = Gate.Msg.Health.class");
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining(
                        "healthRequest = Gate.Msg.Health.class on pool(), but child 'pool' is a"
                                + " nested supervisor, whose protocol is the runtime's"
                                + " SupervisorProtocol");
    }

    @Test
    void healthChecksThatAreFine() {
        // A nested supervisor may have a mailbox probe; a request may be a final class with a
        // public constructor without parameters, in another package.
        JavaFileObject msg =
                source(
                        "other.Msg",
                        "package other;",
                        "",
                        "public sealed interface Msg {",
                        "    record Work() implements Msg {}",
                        "    final class Ping implements Msg, dev.rt.Request<String> {",
                        "        public Ping() {}",
                        "    }",
                        "}");
        JavaFileObject behavior =
                source(
                        "other.Door",
                        "package other;",
                        "",
                        "@dev.rt.annotation.ActorBehavior",
                        "public final class Door implements dev.rt.Actor<Msg> {",
                        "    void on(Msg.Work m) {}",
                        "    String on(Msg.Ping m) { return \"pong\"; }",
                        "}");
        JavaFileObject tree =
                tree(
                        "@Supervisor",
                        "abstract class Tree {",
                        "    @Child(healthIntervalMillis = 1000, healthTimeoutMillis = 100,",
                        "            healthRequest = other.Msg.Ping.class)",
                        "    other.Door door() { return new other.Door(); }",
                        "    @Child(healthIntervalMillis = 3_000_000_000L, healthTimeoutMillis = 100)",
                        "    Pool pool() { return new Pool(); }",
                        "}");
        JavaFileObject pool =
                source(
                        "test.Pool",
                        "package test;",
                        "",
                        "@dev.rt.annotation.Supervisor",
                        "class Pool {",
                        "    @dev.rt.annotation.Child Worker worker() { return new Worker(); }",
                        "}");
        Compilation compilation = compileTree(msg, behavior, tree, pool);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation)
                .generatedSourceFile("test.TreeSupervisor")
                .contentsAsUtf8String()
                .contains(".withRequest(ref -> ref.ask(new Msg.Ping()))");
        assertThat(compilation)
                .generatedSourceFile("test.TreeSupervisor")
                .contentsAsUtf8String()
                .contains("Duration.ofMillis(3000000000L)");
    }

    @Test
    void templateWithAHealthCheck() {
        JavaFileObject tree =
                tree(
                        "@Supervisor(strategy = Strategy.SIMPLE_ONE_FOR_ONE)",
                        "abstract class Tree {",
                        "    @Child(healthTimeoutMillis = 100,",
                        "            healthIntervalMillis = 1000)",
                        "    Worker worker(String job) { return new Worker(job); }",
                        "}");
        Compilation compilation = compileTree(tree);
        assertError(compilation, "RT-137", tree, "healthIntervalMillis = 1000)");
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining(
                        "healthIntervalMillis = 1000 on template method worker(String), but the"
                                + " children of a SIMPLE_ONE_FOR_ONE supervisor cannot have a"
                                + " health check");
    }

    @Test
    void healthRequestThatDoesNotExist() {
        JavaFileObject tree =
                tree(
                        "@Supervisor",
                        "abstract class Tree {",
                        "    @Child(healthIntervalMillis = 1000, healthTimeoutMillis = 100,",
                        "            healthRequest = Gate.Msg.Missing.class)",
                        "    Gate gate() { return new Gate(); }",
                        "}");
        Compilation compilation = compileWithGate(tree);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("cannot find symbol");
        Outcomes.assertNoCrash(compilation);
    }

    // Many errors at once, and input that javac rejects itself.

    @Test
    void reportsEveryBrokenRuleInOneGo() {
        JavaFileObject tree =
                tree(
                        "@Supervisor(intensity = -5)",
                        "abstract class Tree {",
                        "    @Child private Worker worker(String name) { return new Worker(); }",
                        "    @Child void nothing() {}",
                        "    @Child(shutdownMillis = -7) Clerk ref() { return new Clerk(); }",
                        "}");
        Compilation compilation = compileTree(tree);
        assertError(compilation, "RT-075", tree, "@Supervisor(intensity = -5)");
        assertError(compilation, "RT-080", tree, "Worker worker(String name)");
        assertError(compilation, "RT-090", tree, "Worker worker(String name)");
        assertError(compilation, "RT-088", tree, "void nothing()");
        assertError(compilation, "RT-085", tree, "Clerk ref()");
        assertError(compilation, "RT-087", tree, "Clerk ref()");
        assertEquals(6, errors(compilation).size(), errors(compilation).toString());
    }

    @Test
    void neverCrashesOnWhatJavacRejects() {
        JavaFileObject tree =
                tree(
                        "@Supervisor(strategy = Strategy.NO_SUCH_STRATEGY)",
                        "abstract class Tree {",
                        "    @Child(restart = Restart.SOMETIMES) Missing missing(Unknown u) {",
                        "        return null;",
                        "    }",
                        "    @Child Worker worker() throws Nope { return new Worker(); }",
                        "}");
        Compilation compilation = compileTree(tree);
        assertThat(compilation).failed();
        Outcomes.assertNoCrash(compilation);
    }
}

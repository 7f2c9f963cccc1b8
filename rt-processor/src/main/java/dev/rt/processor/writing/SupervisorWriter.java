package dev.rt.processor.writing;

import static dev.rt.processor.RuntimeTypes.ACTOR_CONTEXT;
import static dev.rt.processor.RuntimeTypes.ACTOR_REF;
import static dev.rt.processor.RuntimeTypes.ACTOR_SYSTEM;
import static dev.rt.processor.RuntimeTypes.CHILD_COUNTS;
import static dev.rt.processor.RuntimeTypes.CHILD_INFO;
import static dev.rt.processor.RuntimeTypes.CHILD_SPEC;
import static dev.rt.processor.RuntimeTypes.HEALTH_CHECK;
import static dev.rt.processor.RuntimeTypes.RESTART;
import static dev.rt.processor.RuntimeTypes.SPAWNER;
import static dev.rt.processor.RuntimeTypes.STRATEGY;
import static dev.rt.processor.RuntimeTypes.SUPERVISOR;
import static dev.rt.processor.RuntimeTypes.SUPERVISOR_PROTOCOL;
import static dev.rt.processor.RuntimeTypes.SUPERVISOR_SPEC;
import static dev.rt.processor.RuntimeTypes.SUPERVISOR_START_EXCEPTION;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.rt.annotation.Restart;
import dev.rt.processor.model.Child;
import dev.rt.processor.model.HealthCheck;
import dev.rt.processor.model.SupervisorModel;
import dev.rt.processor.model.Template;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Name>Supervisor}: the generated supervisor of a {@code @Supervisor} class, a
 * thin, typed layer over the runtime's {@code Supervisor}.
 *
 * <p>Its {@code spec} builds the tree's {@code SupervisorSpec}: one {@code .child(...)} per static
 * child, in declaration order, whose factory calls the child's {@code @Child} method with the
 * handles of the siblings it takes; or, for a {@code SIMPLE_ONE_FOR_ONE} supervisor, one {@code
 * .template(...)}. It has {@code start} and {@code of}, one getter per static child, or {@code
 * start<Id>} for a template, and methods that delegate to the runtime's supervisor.
 */
public final class SupervisorWriter {
    /** The width of a class's javadoc lines, without {@code " * "}. */
    private static final int CLASS_DOC = 97;

    /** The width of a member's javadoc lines, without {@code "     * "}. */
    private static final int MEMBER_DOC = 93;

    private static final ClassName COMPLETION_STAGE = ClassName.get(CompletionStage.class);
    private static final ClassName DURATION = ClassName.get(Duration.class);

    /** Creates a writer. */
    public SupervisorWriter() {}

    /**
     * Writes the generated supervisor of a {@code @Supervisor} class.
     *
     * @param model the supervisor
     * @param originatingElement the {@code @Supervisor} class, for incremental builds
     * @return the source file
     */
    public JavaFile write(SupervisorModel model, Element originatingElement) {
        ClassName self = model.supervisor();
        TypeSpec.Builder type = TypeSpec.classBuilder(self).addJavadoc(classDoc(model));
        Sources.generated(type, model.generatedAnnotation(), originatingElement);
        if (model.usesDeprecated()) {
            type.addAnnotation(Sources.SUPPRESS_DEPRECATION);
        }
        if (model.publicSupervisor()) {
            type.addModifiers(Modifier.PUBLIC);
        }
        type.addModifiers(Modifier.FINAL);

        type.addField(
                FieldSpec.builder(SUPERVISOR, "supervisor", Modifier.PRIVATE, Modifier.FINAL)
                        .build());
        type.addMethod(
                MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(SUPERVISOR, "supervisor")
                        .addStatement(
                                "this.supervisor = $T.requireNonNull(supervisor, $S)",
                                Objects.class,
                                "supervisor")
                        .build());
        type.addMethod(spec(model));
        type.addMethod(start(model));
        type.addMethod(startAndWait(model));
        type.addMethod(of(model));
        for (Child child : model.children()) {
            type.addMethod(getter(model, child));
        }
        model.template().ifPresent(template -> type.addMethod(startChild(template)));
        type.addMethod(started(model));
        addDelegates(type, model);
        return Sources.file(model.tree(), type.build(), model.shadowedJavaLang());
    }

    private static CodeBlock classDoc(SupervisorModel model) {
        CodeBlock.Builder doc = CodeBlock.builder();
        Prose summary =
                new Prose()
                        .text("The supervisor of the tree that ")
                        .link(model.tree())
                        .text(" declares. ");
        strategy(summary, model);
        summary.text(" It allows at most " + restarts(model.intensity()) + " within ")
                .text(seconds(model.periodSeconds()))
                .text("; one more, and it stops its children and fails to its own parent.");
        doc.add(summary.wrap(CLASS_DOC)).add("\n");
        Optional<Template> template = model.template();
        if (template.isPresent()) {
            Prose children =
                    new Prose()
                            .text("<p>Each child is ")
                            .aLink(template.get().behavior())
                            .text(" actor, created by ")
                            .link(template.get().factory())
                            .text(template.get().argument().isPresent()
                                    ? " from the argument of "
                                    : " for each call of ")
                            .word("{@link #" + template.get().startMethod() + "}")
                            .text(": " + restart(template.get().restart()))
                            .text(shutdown(template.get().shutdownMillis()) + ".");
            doc.add(children.wrap(CLASS_DOC));
        } else {
            doc.add("<p>Its children, in start order:\n\n<ul>\n");
            for (Child child : model.children()) {
                doc.add(item(child));
            }
            doc.add("</ul>\n");
        }
        doc.add("\n");
        Prose usage =
                new Prose()
                        .text("<p>Start the tree with ")
                        .word("{@link #start},")
                        .text(" or with ")
                        .word("{@link #startAndWait}")
                        .text(" to wait until it has started, or wrap a running one with ")
                        .word("{@link #of};");
        if (template.isPresent()) {
            usage.text(" then start children with ")
                    .word("{@link #" + template.get().startMethod() + "}.");
        } else {
            usage.text(" then reach each child through its getter, which stays valid across the")
                    .text(" child's restarts.");
        }
        usage.text(" ")
                .word("{@link #spec}")
                .text(" gives the tree's ")
                .link(SUPERVISOR_SPEC)
                .text(", to start it by hand or to nest it in another supervisor. This class only")
                .text(" wraps a ")
                .link(SUPERVISOR)
                .text(": any thread may call any of its methods.");
        return doc.add(usage.wrap(CLASS_DOC)).build();
    }

    /** What the strategy does, as a sentence. */
    private static void strategy(Prose prose, SupervisorModel model) {
        prose.text(
                switch (model.strategy()) {
                    case ONE_FOR_ONE -> "When a child fails, it restarts that child only (";
                    case ONE_FOR_ALL -> "When a child fails, it restarts all its children (";
                    case REST_FOR_ONE ->
                            "When a child fails, it restarts that child and the children that"
                                    + " start after it (";
                    case SIMPLE_ONE_FOR_ONE ->
                            "It starts its children at run time, all from one template, and when"
                                    + " a child fails, it restarts that child only (";
                });
        prose.code(model.strategy().name()).text(").");
    }

    /** One item of the class javadoc's list of children. */
    private static CodeBlock item(Child child) {
        Prose item = new Prose().code(child.id()).text(": ").link(child.type());
        if (child.kind() == Child.Kind.SUPERVISOR) {
            item.text(", a nested supervisor");
        }
        item.text(", " + restart(child.restart()) + shutdown(child.shutdownMillis()));
        child.healthCheck().ifPresent(check -> healthCheck(item, check));
        List<Child.Dependency> dependencies = child.dependencies();
        for (int i = 0; i < dependencies.size(); i++) {
            item.text(i == 0 ? "; depends on " : i == dependencies.size() - 1 ? " and " : ", ")
                    .code(dependencies.get(i).sibling());
        }
        return item.wrap(CLASS_DOC, "  <li>", "      ");
    }

    /**
     * The health check of a child, for its item in the class javadoc, after a comma: its interval,
     * its request if it is not a mailbox probe, and its timeout.
     */
    private static void healthCheck(Prose item, HealthCheck check) {
        item.text(", health check every " + check.intervalMillis() + " ms");
        check.request().ifPresent(request -> item.text(" with ").link(request));
        item.text(", timeout " + check.timeoutMillis() + " ms");
    }

    private static String restart(Restart restart) {
        return restart.name().toLowerCase(Locale.ROOT);
    }

    /** The shutdown timeout, if it is not the default, after a comma. */
    private static String shutdown(long millis) {
        if (millis == -2) {
            return "";
        }
        return millis == -1 ? ", with no shutdown timeout" : ", shutdown timeout " + millis + " ms";
    }

    private static String restarts(int count) {
        return Words.count(count, "restart");
    }

    private static String seconds(int count) {
        return Words.count(count, "second");
    }

    private static MethodSpec spec(SupervisorModel model) {
        CodeBlock.Builder code =
                CodeBlock.builder()
                        .addStatement("$T.requireNonNull(tree, $S)", Objects.class, "tree")
                        .add(
                                "return $T.builder($T.$L)\n",
                                SUPERVISOR_SPEC,
                                STRATEGY,
                                model.strategy().name())
                        .indent()
                        .indent()
                        .add(
                                ".intensity($L, $T.ofSeconds($L))\n",
                                model.intensity(),
                                DURATION,
                                model.periodSeconds());
        for (Child child : model.children()) {
            code.add(".child($L)\n", childSpec(child));
        }
        model.template().ifPresent(template -> code.add(".template($L)\n", template(template)));
        code.add(".build();\n").unindent().unindent();

        Prose doc =
                new Prose()
                        .text("Builds the tree's spec: strategy ")
                        .code(model.strategy().name())
                        .text(", at most " + restarts(model.intensity()) + " within ")
                        .text(seconds(model.periodSeconds()) + ", and ");
        if (model.template().isPresent()) {
            doc.text("the template of the children, which calls ")
                    .link(model.template().get().factory())
                    .text(" on ")
                    .code("tree")
                    .text(" on every start and restart of a child.");
        } else {
            doc.text("the children in start order. The spec calls each worker's ")
                    .code("@Child")
                    .text(" method on ")
                    .code("tree")
                    .text(" on every start and restart of the worker, with the handles of the")
                    .text(" siblings it takes");
            if (model.children().stream().anyMatch(c -> c.kind() == Child.Kind.SUPERVISOR)) {
                doc.text("; it calls a nested supervisor's ")
                        .code("@Child")
                        .text(" method once, now, and builds that supervisor's spec from what it")
                        .text(" returns");
            }
            doc.text(".");
        }
        return MethodSpec.methodBuilder("spec")
                .addJavadoc(doc.wrap(MEMBER_DOC))
                .addJavadoc("\n")
                .addJavadoc("@param tree creates the children\n")
                .addJavadoc(
                        "@return the spec, to start with {@link $T#start} or to nest in another"
                                + " supervisor\n",
                        SUPERVISOR)
                .addJavadoc("@throws $T if {@code tree} is null\n", NullPointerException.class)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(SUPERVISOR_SPEC)
                .addParameter(model.tree(), "tree")
                .addCode(code.build())
                .build();
    }

    /** The spec of a static child: its factory calls the child's method with its siblings. */
    private static CodeBlock childSpec(Child child) {
        CodeBlock spec =
                switch (child.kind()) {
                    case WORKER ->
                            CodeBlock.of(
                                    "$T.childSpec($S,$Wsiblings -> tree.$L($>$>$L$<$<))",
                                    child.generated(),
                                    child.id(),
                                    child.factory().name(),
                                    child.dependencies().stream()
                                            .map(
                                                    dependency ->
                                                            CodeBlock.of(
                                                                    "$T.of(siblings.ref($S))",
                                                                    dependency.type(),
                                                                    dependency.sibling()))
                                            .collect(CodeBlock.joining(",$W")));
                    case SUPERVISOR ->
                            CodeBlock.of(
                                    "$T.supervisor($S,$W$T.spec(tree.$L()))",
                                    CHILD_SPEC,
                                    child.id(),
                                    child.generated(),
                                    child.factory().name());
                };
        List<CodeBlock> options = new ArrayList<>();
        if (child.restart() != Restart.PERMANENT) {
            options.add(CodeBlock.of(".withRestart($T.$L)", RESTART, child.restart().name()));
        }
        if (child.shutdownMillis() == -1) {
            options.add(CodeBlock.of(".withShutdownForever()"));
        } else if (child.shutdownMillis() >= 0) {
            options.add(shutdownOption(child.shutdownMillis()));
        }
        child.healthCheck().ifPresent(check -> options.add(healthCheckOption(check)));
        return withOptions(spec, options);
    }

    /**
     * {@code .withHealthCheck(HealthCheck.<M>every(interval, timeout))}, and {@code
     * .withRequest(ref -> ref.ask(new M.Request()))} on its own line for a request.
     */
    private static CodeBlock healthCheckOption(HealthCheck check) {
        CodeBlock every =
                CodeBlock.of(
                        "$T.<$T>every($Z$T.ofMillis($L),$W$T.ofMillis($L))",
                        HEALTH_CHECK,
                        check.protocol(),
                        DURATION,
                        millisLiteral(check.intervalMillis()),
                        DURATION,
                        millisLiteral(check.timeoutMillis()));
        if (check.request().isEmpty()) {
            return CodeBlock.of(".withHealthCheck($L)", every);
        }
        // The arguments of every(...) wrap deeper than .withRequest, which continues the call.
        return CodeBlock.builder()
                .add(".withHealthCheck(")
                .indent()
                .indent()
                .add(every)
                .add("\n.withRequest(ref -> ref.ask(new $T())))", check.request().get())
                .unindent()
                .unindent()
                .build();
    }

    /** A number of milliseconds as a literal: with {@code L} when it does not fit an int. */
    private static String millisLiteral(long millis) {
        return millis > Integer.MAX_VALUE ? millis + "L" : Long.toString(millis);
    }

    /** The template of a {@code SIMPLE_ONE_FOR_ONE} supervisor's children. */
    private static CodeBlock template(Template template) {
        TypeName argument =
                template.argument()
                        .map(a -> a.type().box())
                        .orElse(ClassName.get(Void.class));
        CodeBlock spec =
                CodeBlock.of(
                        "$T.childTemplate($S,$W($T arg) -> tree.$L($L))",
                        template.handle(),
                        template.id(),
                        argument,
                        template.factory().name(),
                        template.argument().isPresent() ? "arg" : "");
        List<CodeBlock> options = new ArrayList<>();
        if (template.restart() != Restart.PERMANENT) {
            options.add(CodeBlock.of(".withRestart($T.$L)", RESTART, template.restart().name()));
        }
        if (template.shutdownMillis() >= 0) {
            options.add(shutdownOption(template.shutdownMillis()));
        }
        return withOptions(spec, options);
    }

    private static CodeBlock shutdownOption(long millis) {
        return CodeBlock.of(".withShutdown($T.ofMillis($L))", DURATION, millisLiteral(millis));
    }

    /** A spec followed by its {@code with...} calls, one per line, indented under it. */
    private static CodeBlock withOptions(CodeBlock spec, List<CodeBlock> options) {
        if (options.isEmpty()) {
            return spec;
        }
        CodeBlock.Builder code = CodeBlock.builder().add(spec).indent().indent();
        for (CodeBlock option : options) {
            code.add("\n$L", option);
        }
        return code.unindent().unindent().build();
    }

    private static MethodSpec start(SupervisorModel model) {
        Prose doc = new Prose().text("Starts the supervisor");
        model.template()
                .ifPresentOrElse(
                        template ->
                                doc.text(", with no children: start them with ")
                                        .word("{@link #" + template.startMethod() + "}."),
                        () -> doc.text(", which then starts its children one by one, in start")
                                .text(" order."));
        return MethodSpec.methodBuilder("start")
                .addJavadoc(doc.wrap(MEMBER_DOC))
                .addJavadoc("\n")
                .addJavadoc(
                        "@param spawner where the supervisor starts: the {@link $T} for a"
                                + " top-level\n    supervisor, or the {@link $T} of its parent\n",
                        ACTOR_SYSTEM,
                        ACTOR_CONTEXT)
                .addJavadoc("@param name the supervisor's actor name, unique among its siblings\n")
                .addJavadoc("@param tree creates the children, on every start and restart\n")
                .addJavadoc("@return the running supervisor\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(model.supervisor())
                .addParameter(SPAWNER, "spawner")
                .addParameter(String.class, "name")
                .addParameter(model.tree(), "tree")
                .addStatement(
                        "return new $T($T.start(spawner, name, spec(tree)))",
                        model.supervisor(),
                        SUPERVISOR)
                .build();
    }

    private static MethodSpec startAndWait(SupervisorModel model) {
        boolean simple = model.template().isPresent();
        Prose doc = new Prose();
        if (simple) {
            doc.text("Starts a top-level supervisor and waits until it runs, as OTP's ")
                    .code("start_link")
                    .text(" does. It starts with no children: start them with ")
                    .word("{@link #" + model.template().get().startMethod() + "}.");
        } else {
            doc.text("Starts a top-level supervisor and waits until every child has started, as")
                    .text(" OTP's ")
                    .code("start_link")
                    .text(" does. If a child cannot start, because its ")
                    .code("@Child")
                    .text(" method or its ")
                    .code("preStart")
                    .text(" throws, the children already started are stopped in reverse order,")
                    .text(" the supervisor terminates, and the failure is thrown here: the")
                    .text(" system goes on.");
        }
        doc.text(" Not from an actor's thread, which must not block: there, use ")
                .word("{@link #start}")
                .text(" and ")
                .word("{@link #started()}.");
        Prose fails = new Prose().text("@throws ").type(SUPERVISOR_START_EXCEPTION);
        if (simple) {
            fails.text(" if the start took longer than ")
                    .code("timeout")
                    .text(", or the supervisor was stopped first");
        } else {
            fails.text(" if a child could not start (its ")
                    .link(SUPERVISOR_START_EXCEPTION, "child()")
                    .text(" names it, and the cause says why), or the start took longer than ")
                    .code("timeout")
                    .text("; the supervisor is then stopped");
        }
        return MethodSpec.methodBuilder("startAndWait")
                .addJavadoc(doc.wrap(MEMBER_DOC))
                .addJavadoc("\n")
                .addJavadoc("@param system the actor system\n")
                .addJavadoc("@param name the supervisor's actor name, unique among its siblings\n")
                .addJavadoc("@param tree creates the children, on every start and restart\n")
                .addJavadoc(
                        "@param timeout how long the start may take; past it the supervisor is"
                                + " stopped\n")
                .addJavadoc(
                        simple
                                ? "@return the running supervisor\n"
                                : "@return the running supervisor, every child started\n")
                .addJavadoc(fails.wrap(MEMBER_DOC, "", "    "))
                .addJavadoc(
                        new Prose()
                                .text("@throws ")
                                .type(ClassName.get(InterruptedException.class))
                                .text(" if the calling thread was interrupted while it waited;")
                                .text(" the supervisor goes on starting")
                                .wrap(MEMBER_DOC, "", "    "))
                .addJavadoc(
                        new Prose()
                                .text("@throws ")
                                .type(ClassName.get(IllegalStateException.class))
                                .text(" if called from one of ")
                                .code("system")
                                .text("'s actor threads")
                                .wrap(MEMBER_DOC, "", "    "))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(model.supervisor())
                .addParameter(ACTOR_SYSTEM, "system")
                .addParameter(String.class, "name")
                .addParameter(model.tree(), "tree")
                .addParameter(DURATION, "timeout")
                .addException(InterruptedException.class)
                .addStatement(
                        "return new $T($T.startAndWait(system, name, spec(tree),$Wtimeout))",
                        model.supervisor(),
                        SUPERVISOR)
                .build();
    }

    /** {@code started()}: the outcome of the supervisor's first start. */
    private static MethodSpec started(SupervisorModel model) {
        Prose doc =
                new Prose()
                        .text("The outcome of the supervisor's first start, as ")
                        .link(SUPERVISOR, "started()")
                        .text(" gives it: it completes with this supervisor once ");
        if (model.template().isPresent()) {
            doc.text("the supervisor runs (it starts with no children), or exceptionally with a ")
                    .link(SUPERVISOR_START_EXCEPTION)
                    .text(" if it was stopped first.");
        } else {
            doc.text("every child has started, or exceptionally with a ")
                    .link(SUPERVISOR_START_EXCEPTION)
                    .text(" that names the child that could not start. A later restart of the")
                    .text(" supervisor does not change it.");
        }
        return MethodSpec.methodBuilder("started")
                .addJavadoc(doc.wrap(MEMBER_DOC))
                .addJavadoc("\n")
                .addJavadoc(
                        "@return the stage; any thread may wait on it, an actor by reacting to"
                                + " it\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(COMPLETION_STAGE, model.supervisor()))
                .addStatement("return supervisor.started().thenApply(ignored -> this)")
                .build();
    }

    private static MethodSpec of(SupervisorModel model) {
        return MethodSpec.methodBuilder("of")
                .addJavadoc(
                        new Prose()
                                .text("Wraps the reference of a running supervisor of this tree,")
                                .text(" such as one started by hand from ")
                                .word("{@link #spec}.")
                                .wrap(MEMBER_DOC))
                .addJavadoc("\n")
                .addJavadoc("@param ref the supervisor's reference\n")
                .addJavadoc("@return the supervisor\n")
                .addJavadoc(
                        "@throws $T if {@code ref} is not the reference of a supervisor\n",
                        IllegalArgumentException.class)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(model.supervisor())
                .addParameter(ParameterizedTypeName.get(ACTOR_REF, SUPERVISOR_PROTOCOL), "ref")
                .addStatement("return new $T($T.of(ref))", model.supervisor(), SUPERVISOR)
                .build();
    }

    /** The getter of a static child: its handle, or its generated supervisor. */
    private static MethodSpec getter(SupervisorModel model, Child child) {
        Prose doc = new Prose();
        if (child.kind() == Child.Kind.WORKER) {
            doc.text("{@return the handle of child ")
                    .code(child.id())
                    .text(", the ")
                    .link(child.type())
                    .text(" that ")
                    .link(child.factory())
                    .text(" creates; it stays valid across the child's restarts}");
        } else {
            doc.text("{@return child ")
                    .code(child.id())
                    .text(": the nested supervisor of the ")
                    .link(child.type())
                    .text(" tree that ")
                    .link(child.factory())
                    .text(" returns; it stays valid across the child's restarts}");
        }
        return MethodSpec.methodBuilder(child.id())
                .addJavadoc(doc.wrap(MEMBER_DOC))
                .addModifiers(Modifier.PUBLIC)
                .returns(child.generated())
                .addStatement("return $T.of(supervisor.child($S))", child.generated(), child.id())
                .build();
    }

    /** {@code start<Id>} of a {@code SIMPLE_ONE_FOR_ONE} supervisor: starts a child. */
    private static MethodSpec startChild(Template template) {
        MethodSpec.Builder method =
                MethodSpec.methodBuilder(template.startMethod())
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(COMPLETION_STAGE, template.handle()));
        Prose doc =
                new Prose()
                        .text("Starts a child from the template: ")
                        .aLink(template.behavior())
                        .text(" actor that ")
                        .link(template.factory());
        String argument = "null";
        String receiver = "supervisor";
        if (template.argument().isPresent()) {
            Template.Argument parameter = template.argument().get();
            argument = parameter.name();
            receiver = argument.equals("supervisor") ? "this.supervisor" : "supervisor";
            doc.text(" creates from ")
                    .code(argument)
                    .text(", on every start and restart of the child.");
            method.addParameter(parameter.type(), parameter.name());
        } else {
            doc.text(" creates, on every start and restart of the child.");
        }
        method.addJavadoc(doc.wrap(MEMBER_DOC)).addJavadoc("\n");
        template.argument()
                .ifPresent(
                        parameter ->
                                method.addJavadoc(
                                        new Prose()
                                                .text("@param " + parameter.name())
                                                .text(" the argument of ")
                                                .link(template.factory())
                                                .wrap(MEMBER_DOC, "", "    ")));
        method.addJavadoc(
                "@return completes with the child's handle once the child has started; the handle"
                        + " stays\n    valid across the child's restarts\n");
        return method.addStatement(
                        "return $L.<$T>startChildWith($L).thenApply($T::of)",
                        receiver,
                        template.protocol(),
                        argument,
                        template.handle())
                .build();
    }

    /** The methods that delegate to the runtime's supervisor. */
    private static void addDelegates(TypeSpec.Builder type, SupervisorModel model) {
        type.addMethod(
                MethodSpec.methodBuilder("supervisor")
                        .addJavadoc(
                                "{@return the running supervisor, for what this class does not"
                                        + " cover, such as terminating,\nrestarting and deleting"
                                        + " children}\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(SUPERVISOR)
                        .addStatement("return supervisor")
                        .build());
        type.addMethod(
                MethodSpec.methodBuilder("ref")
                        .addJavadoc(
                                "{@return the supervisor's reference, for example to watch it}\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(ACTOR_REF, SUPERVISOR_PROTOCOL))
                        .addStatement("return supervisor.ref()")
                        .build());
        type.addMethod(
                MethodSpec.methodBuilder("whichChildren")
                        .addJavadoc(
                                "{@return a snapshot of the children, in start order, as {@link"
                                        + " $T#whichChildren()}\ntakes it}\n",
                                SUPERVISOR)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(
                                ParameterizedTypeName.get(
                                        COMPLETION_STAGE,
                                        ParameterizedTypeName.get(
                                                ClassName.get(List.class), CHILD_INFO)))
                        .addStatement("return supervisor.whichChildren()")
                        .build());
        type.addMethod(
                MethodSpec.methodBuilder("countChildren")
                        .addJavadoc(
                                "{@return the counts of the children, as {@link"
                                        + " $T#countChildren()} takes them}\n",
                                SUPERVISOR)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(COMPLETION_STAGE, CHILD_COUNTS))
                        .addStatement("return supervisor.countChildren()")
                        .build());
        type.addMethod(
                MethodSpec.methodBuilder("stop")
                        .addJavadoc(
                                model.template().isPresent()
                                        ? "Stops the supervisor, as {@link $T#stop()} does: its"
                                                + " children stop together, each within\nits"
                                                + " shutdown timeout, then the supervisor. Returns"
                                                + " at once.\n"
                                        : "Stops the supervisor, as {@link $T#stop()} does: its"
                                                + " children stop in reverse start\norder, each"
                                                + " within its shutdown timeout, then the"
                                                + " supervisor. Returns at once.\n",
                                SUPERVISOR)
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("supervisor.stop()")
                        .build());
        type.addMethod(
                MethodSpec.methodBuilder("equals")
                        .addJavadoc(
                                "{@return whether {@code other} wraps the same supervisor: one with"
                                        + " an equal reference}\n")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(boolean.class)
                        .addParameter(Object.class, "other")
                        .addStatement(
                                "return other instanceof $T that"
                                        + " && supervisor.equals(that.supervisor)",
                                model.supervisor())
                        .build());
        type.addMethod(
                MethodSpec.methodBuilder("hashCode")
                        .addJavadoc("{@return the hash code of the supervisor}\n")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(int.class)
                        .addStatement("return supervisor.hashCode()")
                        .build());
        type.addMethod(
                MethodSpec.methodBuilder("toString")
                        .addJavadoc("{@return the supervisor as text}\n")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return supervisor.toString()")
                        .build());
    }
}

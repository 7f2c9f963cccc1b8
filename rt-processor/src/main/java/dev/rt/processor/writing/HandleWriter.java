package dev.rt.processor.writing;

import static dev.rt.processor.RuntimeTypes.ACTOR_CONTEXT;
import static dev.rt.processor.RuntimeTypes.ACTOR_REF;
import static dev.rt.processor.RuntimeTypes.ACTOR_SYSTEM;
import static dev.rt.processor.RuntimeTypes.CHILD_FACTORY;
import static dev.rt.processor.RuntimeTypes.CHILD_SPEC;
import static dev.rt.processor.RuntimeTypes.CHILD_TEMPLATE;
import static dev.rt.processor.RuntimeTypes.INVALID_ACTOR_NAME_EXCEPTION;
import static dev.rt.processor.RuntimeTypes.MAILBOX;
import static dev.rt.processor.RuntimeTypes.REQUEST;
import static dev.rt.processor.RuntimeTypes.SPAWNER;
import static dev.rt.processor.RuntimeTypes.SUPERVISOR_SPEC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.rt.processor.JavaNames;
import dev.rt.processor.model.BehaviorModel;
import dev.rt.processor.model.Component;
import dev.rt.processor.model.Message;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Behavior>Handle}: the user-facing handle, with one method per message.
 *
 * <p>A message {@code Increment(long by)} gives {@code void increment(long by)}, which tells the
 * actor {@code new Increment(by)}. A request {@code Get()} of {@code Request<Long>} gives {@code
 * CompletionStage<Long> get()}, which asks, and an overload {@code get(Duration timeout)}. A final
 * class or an enum message gives a method that takes the message itself.
 */
public final class HandleWriter {
    /** The width of a member's javadoc lines, without {@code "     * "}. */
    private static final int MEMBER_DOC = 93;

    private static final ClassName COMPLETION_STAGE = ClassName.get(CompletionStage.class);
    private static final ClassName DURATION = ClassName.get(Duration.class);

    /** Creates a writer. */
    public HandleWriter() {}

    /**
     * Writes the handle of a behavior.
     *
     * @param model the behavior
     * @param originatingElement the behavior class, for incremental builds
     * @return the handle's source file
     */
    public JavaFile write(BehaviorModel model, Element originatingElement) {
        ClassName handle = model.handle();
        TypeName refType = ParameterizedTypeName.get(ACTOR_REF, model.protocol());
        TypeSpec.Builder type =
                TypeSpec.classBuilder(handle)
                        .addJavadoc(
                                "The handle of $L {@link $T} actor: one method per message of its"
                                        + " protocol,\n{@link $T}.\n",
                                Words.article(model.behavior()),
                                model.behavior(),
                                model.protocol())
                        .addJavadoc(
                                "\n<p>Start an actor with {@link #spawn}, or wrap the reference of a"
                                        + " running one with\n{@link #of}; a supervisor starts"
                                        + " one from {@link #childSpec} or {@link #childTemplate}."
                                        + "\nA handle only wraps an {@link $T}: any thread may call"
                                        + " any of its methods, and it\nstays valid after the actor"
                                        + " stops, when what it sends becomes a dead letter.\n",
                                ACTOR_REF);
        Sources.generated(type, model.generatedAnnotation(), originatingElement);
        if (model.usesDeprecated()) {
            type.addAnnotation(Sources.SUPPRESS_DEPRECATION);
        }
        if (model.publicHandle()) {
            type.addModifiers(Modifier.PUBLIC);
        }
        type.addModifiers(Modifier.FINAL);

        Map<Message, String> shared = sharedInstances(model);
        shared.forEach((message, name) -> type.addField(
                FieldSpec.builder(message.type(), name, Modifier.PRIVATE, Modifier.STATIC,
                                Modifier.FINAL)
                        .addJavadoc(
                                "The one {@link $T} that this handle sends: a record with no"
                                        + " components,\nwhose instances are all equal, so one"
                                        + " serves every call.\n",
                                message.type())
                        .initializer("new $T()", message.type())
                        .build()));
        type.addField(FieldSpec.builder(refType, "ref", Modifier.PRIVATE, Modifier.FINAL).build());
        type.addMethod(
                MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(refType, "ref")
                        .addStatement("this.ref = $T.requireNonNull(ref, $S)", Objects.class, "ref")
                        .build());
        type.addMethod(spawn(model));
        type.addMethod(spawnWithMailbox(model));
        type.addMethod(of(model, refType));
        type.addMethod(childSpec(model));
        type.addMethod(childTemplate(model));
        type.addMethod(become(model));
        for (Message message : model.messages()) {
            CodeBlock instance = shared.containsKey(message)
                    ? CodeBlock.of("$L", shared.get(message))
                    : instance(message);
            if (message.isRequest()) {
                type.addMethod(ask(message, instance, false));
                type.addMethod(ask(message, instance, true));
            } else {
                type.addMethod(tell(message, instance));
            }
        }
        type.addMethod(
                MethodSpec.methodBuilder("ref")
                        .addJavadoc(
                                "{@return the actor's reference, for what the handle does not"
                                        + " cover}\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(refType)
                        .addStatement("return ref")
                        .build());
        type.addMethod(
                MethodSpec.methodBuilder("stop")
                        .addJavadoc(
                                "Asks the actor to stop, as {@link $T#stop()} does, and returns at"
                                        + " once.\n",
                                ACTOR_REF)
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("ref.stop()")
                        .build());
        type.addMethod(
                MethodSpec.methodBuilder("equals")
                        .addJavadoc(
                                "{@return whether {@code other} is a handle of the same actor: one"
                                        + " with an equal reference}\n")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(boolean.class)
                        .addParameter(Object.class, "other")
                        .addStatement(
                                "return other instanceof $T that && ref.equals(that.ref)", handle)
                        .build());
        type.addMethod(
                MethodSpec.methodBuilder("hashCode")
                        .addJavadoc("{@return the hash code of the actor's reference}\n")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(int.class)
                        .addStatement("return ref.hashCode()")
                        .build());
        type.addMethod(
                MethodSpec.methodBuilder("toString")
                        .addJavadoc("{@return the actor's reference as text}\n")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return ref.toString()")
                        .build());
        return Sources.file(model.behavior(), type.build(), model.shadowedJavaLang());
    }

    private static MethodSpec spawn(BehaviorModel model) {
        return MethodSpec.methodBuilder("spawn")
                .addJavadoc(
                        "Starts $L {@link $T} actor and returns its handle.\n\n",
                        Words.article(model.behavior()),
                        model.behavior())
                .addJavadoc(
                        "@param spawner where the actor starts: the {@link $T} for a top-level"
                                + " actor, or an\n    {@link $T} for a child\n",
                        ACTOR_SYSTEM,
                        ACTOR_CONTEXT)
                .addJavadoc("@param name the actor's name, unique among its siblings\n")
                .addJavadoc(
                        "@param factory creates a fresh behavior for each start and restart,"
                                + " such as\n    {@code $T::$L}\n",
                        model.behavior(),
                        model.factory())
                .addJavadoc("@return the handle of the new actor\n")
                .addJavadoc(
                        "@throws $T if the name is malformed or already taken\n",
                        INVALID_ACTOR_NAME_EXCEPTION)
                .addJavadoc("@throws $T if the system or the parent is stopping\n", IllegalStateException.class)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(model.handle())
                .addParameter(SPAWNER, "spawner")
                .addParameter(String.class, "name")
                .addParameter(
                        ParameterizedTypeName.get(
                                ClassName.get(Supplier.class),
                                WildcardTypeName.subtypeOf(model.behavior())),
                        "factory")
                .addStatement(
                        "return new $T(spawner.spawn(name, factory,$W$T.INSTANCE))",
                        model.handle(),
                        model.descriptor())
                .build();
    }

    /** {@code spawn} with a mailbox of the caller's rather than the behavior's. */
    private static MethodSpec spawnWithMailbox(BehaviorModel model) {
        return MethodSpec.methodBuilder("spawn")
                .addJavadoc(
                        new Prose()
                                .text("Starts ")
                                .aLink(model.behavior())
                                .text(" actor with a mailbox of its own rather than the one the")
                                .text(" behavior declares, and returns its handle.")
                                .wrap(MEMBER_DOC))
                .addJavadoc("\n")
                .addJavadoc(
                        "@param spawner where the actor starts: the {@link $T} for a top-level"
                                + " actor, or an\n    {@link $T} for a child\n",
                        ACTOR_SYSTEM,
                        ACTOR_CONTEXT)
                .addJavadoc("@param name the actor's name, unique among its siblings\n")
                .addJavadoc(
                        "@param factory creates a fresh behavior for each start and restart,"
                                + " such as\n    {@code $T::$L}\n",
                        model.behavior(),
                        model.factory())
                .addJavadoc(
                        "@param mailbox the actor's mailbox, such as\n    {@code $T.bounded(100,"
                                + " Overflow.DROP_OLDEST)}\n",
                        MAILBOX)
                .addJavadoc("@return the handle of the new actor\n")
                .addJavadoc(
                        "@throws $T if the name is malformed or already taken\n",
                        INVALID_ACTOR_NAME_EXCEPTION)
                .addJavadoc("@throws $T if the system or the parent is stopping\n", IllegalStateException.class)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(model.handle())
                .addParameter(SPAWNER, "spawner")
                .addParameter(String.class, "name")
                .addParameter(
                        ParameterizedTypeName.get(
                                ClassName.get(Supplier.class),
                                WildcardTypeName.subtypeOf(model.behavior())),
                        "factory")
                .addParameter(MAILBOX, "mailbox")
                .addStatement(
                        "return new $T(spawner.spawn(name, factory,$W$T.INSTANCE,$Wmailbox))",
                        model.handle(),
                        model.descriptor())
                .build();
    }

    private static MethodSpec of(BehaviorModel model, TypeName refType) {
        return MethodSpec.methodBuilder("of")
                .addJavadoc(
                        "Wraps the reference of a running {@link $T} actor.\n\n",
                        model.behavior())
                .addJavadoc("@param ref the actor's reference\n")
                .addJavadoc("@return a handle that sends through {@code ref}\n")
                .addJavadoc("@throws $T if {@code ref} is null\n", NullPointerException.class)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(model.handle())
                .addParameter(refType, "ref")
                .addStatement("return new $T(ref)", model.handle())
                .build();
    }

    /**
     * {@code become}: the running actor of another behavior of the same protocol goes on as this
     * one.
     */
    private static MethodSpec become(BehaviorModel model) {
        return MethodSpec.methodBuilder("become")
                .addJavadoc(
                        "Makes the actor whose context this is go on as {@code next}, $L\n{@link"
                                + " $T}: from its next message on, {@link $T}\ndispatches to it."
                                + " The actor keeps its reference, mailbox, stash, timers,\nchildren"
                                + " and watches; a restart starts over as the behavior it was"
                                + " spawned\nas. See {@link $T#become}.\n\n",
                        Words.article(model.behavior()),
                        model.behavior(),
                        model.descriptor(),
                        ACTOR_CONTEXT)
                .addJavadoc(
                        "@param context the context of the running actor, as a handler or"
                                + " {@code preStart} got it\n")
                .addJavadoc("@param next the instance to go on as\n")
                .addJavadoc(
                        "@throws $T if called from a thread that is not running the\n    actor,"
                                + " or while it is not running\n",
                        IllegalStateException.class)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(ParameterizedTypeName.get(ACTOR_CONTEXT, model.protocol()), "context")
                .addParameter(model.behavior(), "next")
                .addStatement("context.become(next, $T.INSTANCE)", model.descriptor())
                .build();
    }

    /** {@code childSpec}: what a supervisor needs to create and restart a worker of the behavior. */
    private static MethodSpec childSpec(BehaviorModel model) {
        return MethodSpec.methodBuilder("childSpec")
                .addJavadoc(
                        "The spec of a supervised child that runs $L\n{@link $T} actor, for a"
                                + " {@link $T}: a permanent worker\nwith the default shutdown"
                                + " timeout, which {@link $T#withRestart} and\n{@link"
                                + " $T#withShutdown} change. A generated supervisor calls it for"
                                + " each\n{@code @Child} method that returns $L {@link $T}.\n\n",
                        Words.article(model.behavior()),
                        model.behavior(),
                        SUPERVISOR_SPEC,
                        CHILD_SPEC,
                        CHILD_SPEC,
                        Words.article(model.behavior()),
                        model.behavior())
                .addJavadoc("@param id the child's id, unique in its supervisor; also its actor name\n")
                .addJavadoc(
                        "@param factory creates a fresh behavior on every start and restart; it"
                                + " may take the\n    references of the siblings that start"
                                + " before the child\n")
                .addJavadoc("@return the child's spec\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(CHILD_SPEC, model.protocol()))
                .addParameter(String.class, "id")
                .addParameter(
                        ParameterizedTypeName.get(
                                CHILD_FACTORY, WildcardTypeName.subtypeOf(model.behavior())),
                        "factory")
                .addStatement(
                        "return $T.dependent(id, factory,$W$T.INSTANCE)",
                        CHILD_SPEC,
                        model.descriptor())
                .build();
    }

    /**
     * {@code childTemplate}: what a {@code SIMPLE_ONE_FOR_ONE} supervisor needs to create workers
     * of the behavior from an argument.
     */
    private static MethodSpec childTemplate(BehaviorModel model) {
        TypeVariableName argument = TypeVariableName.get("T");
        return MethodSpec.methodBuilder("childTemplate")
                .addJavadoc(
                        "The template of the children of a {@code SIMPLE_ONE_FOR_ONE} supervisor,"
                                + " each $L\n{@link $T} actor created from the argument it is"
                                + " started with:\npermanent workers with the default shutdown"
                                + " timeout, which\n{@link $T#withRestart} and {@link"
                                + " $T#withShutdown} change.\n\n",
                        Words.article(model.behavior()),
                        model.behavior(),
                        CHILD_TEMPLATE,
                        CHILD_TEMPLATE)
                .addJavadoc(
                        "@param prefix the children's name prefix: they are named {@code"
                                + " <prefix>-1},\n    {@code <prefix>-2}, and so on\n")
                .addJavadoc(
                        "@param factory creates a fresh behavior from the argument, on every"
                                + " start and restart\n")
                .addJavadoc("@param <T> the type of the argument\n")
                .addJavadoc("@return the template\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addTypeVariable(argument)
                .returns(ParameterizedTypeName.get(CHILD_TEMPLATE, argument, model.protocol()))
                .addParameter(String.class, "prefix")
                .addParameter(
                        ParameterizedTypeName.get(
                                ClassName.get(Function.class),
                                WildcardTypeName.supertypeOf(argument),
                                WildcardTypeName.subtypeOf(model.behavior())),
                        "factory")
                .addStatement(
                        "return $T.of(prefix, factory,$W$T.INSTANCE)",
                        CHILD_TEMPLATE,
                        model.descriptor())
                .build();
    }

    /**
     * The constants for the messages that are records with no components, by message: each is
     * sent as one instance made once per handle class, instead of a new one per call, as a Scala
     * {@code case object} is (a record with no components has one value). Named after the
     * method, in upper case ({@link JavaNames#constantName}), such as {@code WORK} for {@code
     * work()}; a number keeps two names apart if their methods differ only in case ({@link
     * JavaNames#unique}).
     */
    private static Map<Message, String> sharedInstances(BehaviorModel model) {
        Map<Message, String> shared = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Message message : model.messages()) {
            if (message.shape() == Message.Shape.RECORD && message.components().isEmpty()) {
                String constant = JavaNames.constantName(message.methodName());
                shared.put(message, JavaNames.unique(constant, taken));
            }
        }
        return shared;
    }

    private static MethodSpec tell(Message message, CodeBlock instance) {
        MethodSpec.Builder method =
                MethodSpec.methodBuilder(message.methodName())
                        .addJavadoc(
                                "Sends {@link $T} to the actor, without waiting for it to be"
                                        + " handled.\n",
                                message.type())
                        .addJavadoc("Its handler is $L.\n", Sources.link(message.handler()))
                        .addModifiers(Modifier.PUBLIC);
        List<ParameterSpec> parameters = parameters(message);
        if (!parameters.isEmpty()) {
            method.addJavadoc("\n");
            addParameterDocs(method, message);
        }
        return method.addParameters(parameters)
                .addStatement("$L.tell($L)", ref(message), instance)
                .build();
    }

    private static MethodSpec ask(Message message, CodeBlock instance, boolean withTimeout) {
        TypeName reply = message.reply().orElseThrow();
        MethodSpec.Builder method =
                MethodSpec.methodBuilder(message.methodName()).addModifiers(Modifier.PUBLIC);
        List<ParameterSpec> parameters = new ArrayList<>(parameters(message));
        String timeout = timeoutName(message);
        if (withTimeout) {
            method.addJavadoc(
                    "Asks the actor {@link $T}, waiting at most {@code $L} for the reply.\n",
                    message.type(),
                    timeout);
            parameters.add(ParameterSpec.builder(DURATION, timeout).build());
        } else {
            method.addJavadoc(
                    "Asks the actor {@link $T}, with the system's default ask timeout.\n",
                    message.type());
        }
        method.addJavadoc("Its handler is $L.\n", Sources.link(message.handler()));
        method.addJavadoc("\n");
        addParameterDocs(method, message);
        if (withTimeout) {
            method.addJavadoc(
                    "@param $L how long to wait for the reply; must be positive\n", timeout);
            method.addJavadoc(
                    "@return completes with the reply, or fails as\n    {@link $T#ask($T, $T)} describes\n",
                    ACTOR_REF,
                    REQUEST,
                    DURATION);
        } else {
            method.addJavadoc(
                    "@return completes with the reply, or fails as\n    {@link $T#ask($T)} describes\n",
                    ACTOR_REF,
                    REQUEST);
        }
        CodeBlock arguments =
                withTimeout
                        ? CodeBlock.of("$L,$W$L", instance, timeout)
                        : instance;
        return method.returns(ParameterizedTypeName.get(COMPLETION_STAGE, reply))
                .addParameters(parameters)
                .addStatement("return $L.ask($L)", ref(message), arguments)
                .build();
    }

    /** The parameters of a message's method, without the timeout. */
    private static List<ParameterSpec> parameters(Message message) {
        if (message.shape() == Message.Shape.INSTANCE) {
            return List.of(ParameterSpec.builder(message.type(), "message").build());
        }
        List<ParameterSpec> parameters = new ArrayList<>();
        for (Component component : message.components()) {
            parameters.add(ParameterSpec.builder(component.type(), component.name()).build());
        }
        return parameters;
    }

    private static void addParameterDocs(MethodSpec.Builder method, Message message) {
        if (message.shape() == Message.Shape.INSTANCE) {
            method.addJavadoc("@param message the message\n");
            return;
        }
        for (Component component : message.components()) {
            method.addJavadoc("@param $L the message's {@code $L}\n", component.name(), component.name());
        }
    }

    /** The message itself, or the expression that creates it from the method's parameters. */
    private static CodeBlock instance(Message message) {
        if (message.shape() == Message.Shape.INSTANCE) {
            return CodeBlock.of("message");
        }
        CodeBlock arguments =
                message.components().stream()
                        .map(component -> CodeBlock.of("$L", component.name()))
                        .collect(CodeBlock.joining(",$W"));
        return CodeBlock.of("new $T($L)", message.type(), arguments);
    }

    /** {@code ref}, or {@code this.ref} when a parameter hides the field. */
    private static String ref(Message message) {
        return names(message).contains("ref") ? "this.ref" : "ref";
    }

    /** {@code timeout}, unless a component already has that name. */
    private static String timeoutName(Message message) {
        Set<String> taken = new HashSet<>(names(message));
        for (String candidate : List.of("timeout", "askTimeout", "replyTimeout")) {
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
        return JavaNames.unique("timeout", taken); // timeout2, timeout3...
    }

    private static Set<String> names(Message message) {
        return parameters(message).stream().map(ParameterSpec::name).collect(Collectors.toSet());
    }
}

package dev.rt.processor.writing;

import static dev.rt.processor.RuntimeTypes.ACTOR_CONTEXT;
import static dev.rt.processor.RuntimeTypes.DESCRIPTOR;
import static dev.rt.processor.RuntimeTypes.MAILBOX;
import static dev.rt.processor.RuntimeTypes.OVERFLOW;
import static dev.rt.processor.RuntimeTypes.REPLIER;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.rt.processor.model.BehaviorModel;
import dev.rt.processor.model.BoundedMailbox;
import dev.rt.processor.model.Handler;
import dev.rt.processor.model.Message;
import dev.rt.processor.model.Reply;
import java.time.Duration;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Behavior>Descriptor}: the package-private {@code BehaviorDescriptor} that the
 * handle passes to {@code Spawner.spawn}, the compiled description of the behavior.
 *
 * <p>Its {@code dispatch} is one pattern-matching {@code switch} over the protocol, with one case
 * per handler and no default branch: javac checks that the cases cover the sealed protocol. A tell
 * case calls the handler; a request case passes what it returns to {@code Replier.reply}, or to
 * {@code Replier.replyLater} if it returns a {@code CompletionStage}.
 *
 * <p>A behavior that declares a bounded mailbox ({@code @ActorBehavior(capacity = n)}) gets an
 * override of {@code mailbox()}, which returns a constant. A protocol with messages marked {@code
 * @Priority} gets overrides of {@code hasUrgentMessages()}, which returns true, and of {@code
 * isUrgent(message)}, one {@code instanceof} test per urgent message, in protocol order. The others
 * keep the defaults of {@code BehaviorDescriptor}: an unbounded mailbox and no urgent messages.
 */
public final class DescriptorWriter {
    /** The width of the class's javadoc lines, without {@code " * "}. */
    private static final int CLASS_DOC = 97;

    /** The width of a member's javadoc lines, without {@code "     * "}. */
    private static final int MEMBER_DOC = 93;

    private static final ClassName DURATION = ClassName.get(Duration.class);

    /** Creates a writer. */
    public DescriptorWriter() {}

    /**
     * Writes the descriptor of a behavior.
     *
     * @param model the behavior
     * @param originatingElement the behavior class, for incremental builds
     * @return the descriptor's source file
     */
    public JavaFile write(BehaviorModel model, Element originatingElement) {
        ClassName descriptor = model.descriptor();
        List<Message> urgent = model.priorityMessages();
        Prose what =
                new Prose()
                        .text("The compiled description of ")
                        .link(model.behavior())
                        .text(": its protocol, ")
                        .link(model.protocol())
                        .text(",");
        if (model.mailbox().isPresent()) {
            what.text(" its bounded mailbox,");
        }
        if (model.blocking()) {
            what.text(" that it blocks,");
        }
        if (!urgent.isEmpty()) {
            what.text(" which of its messages are urgent,");
        }
        what.text(" and the ")
                .code("switch")
                .text(" that delivers each message to its handler.");
        TypeSpec.Builder type =
                TypeSpec.classBuilder(descriptor)
                        .addJavadoc(what.wrap(CLASS_DOC))
                        .addJavadoc(
                                "\n<p>The runtime calls it through {@link $T}; send messages with\n"
                                        + "{@link $T} instead.",
                                DESCRIPTOR,
                                model.handle())
                        .addJavadoc(" Its {@code switch} has one case per handler:\n\n<ul>\n");
        for (Handler handler : model.handlers()) {
            type.addJavadoc("  <li>$L\n", mapping(handler));
        }
        type.addJavadoc("</ul>\n");
        Sources.generated(type, model.generatedAnnotation(), originatingElement);
        if (model.usesDeprecated()) {
            type.addAnnotation(Sources.SUPPRESS_DEPRECATION);
        }
        type.addModifiers(Modifier.FINAL)
                .addSuperinterface(
                        ParameterizedTypeName.get(DESCRIPTOR, model.behavior(), model.protocol()));

        type.addField(
                FieldSpec.builder(descriptor, "INSTANCE", Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The only instance: a descriptor has no state.\n")
                        .initializer("new $T()", descriptor)
                        .build());
        model.mailbox().ifPresent(mailbox -> type.addField(mailboxField(model, mailbox)));
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        type.addMethod(
                MethodSpec.methodBuilder("protocol")
                        .addJavadoc("{@return {@link $T}, the sealed protocol}\n", model.protocol())
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(Class.class), model.protocol()))
                        .addStatement("return $T.class", model.protocol())
                        .build());
        if (model.mailbox().isPresent()) {
            type.addMethod(mailboxMethod(model));
        }
        if (!urgent.isEmpty()) {
            type.addMethod(hasUrgentMessages(model));
            type.addMethod(isUrgent(model, urgent));
        }
        if (model.blocking()) {
            type.addMethod(
                    MethodSpec.methodBuilder("blocking")
                            .addJavadoc(
                                    new Prose()
                                            .text("{@return true: ")
                                            .link(model.behavior())
                                            .text(" declares ")
                                            .code("@ActorBehavior(blocking = true)")
                                            .text(", so its actors run on virtual threads}")
                                            .wrap(MEMBER_DOC))
                            .addAnnotation(Override.class)
                            .addModifiers(Modifier.PUBLIC)
                            .returns(boolean.class)
                            .addStatement("return true")
                            .build());
        }

        if (model.stashCapacity() != dev.rt.Stash.DEFAULT_CAPACITY) {
            type.addMethod(
                    MethodSpec.methodBuilder("stashCapacity")
                            .addJavadoc(
                                    new Prose()
                                            .text("{@return " + model.stashCapacity() + ": ")
                                            .link(model.behavior())
                                            .text(" declares ")
                                            .code("@ActorBehavior(stashCapacity = "
                                                    + model.stashCapacity() + ")")
                                            .text("}")
                                            .wrap(MEMBER_DOC))
                            .addAnnotation(Override.class)
                            .addModifiers(Modifier.PUBLIC)
                            .returns(int.class)
                            .addStatement("return $L", model.stashCapacity())
                            .build());
        }

        CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (message)");
        for (Handler handler : model.handlers()) {
            body.addStatement("case $T m -> $L", handler.messageType(), call(handler, model));
        }
        body.endControlFlow();
        type.addMethod(
                MethodSpec.methodBuilder("dispatch")
                        .addJavadoc(
                                "Calls the handler of {@code message}. The {@code switch} has no"
                                        + " default branch: it covers\nthe sealed {@link $T}"
                                        + " exactly.\n\n",
                                model.protocol())
                        .addJavadoc("@param actor the behavior instance\n")
                        .addJavadoc("@param message the message to handle\n")
                        .addJavadoc("@param context the actor's context, for handlers that take it\n")
                        .addJavadoc("@param replier receives the reply of a request\n")
                        .addJavadoc("@throws $T what the handler throws; it fails the actor\n", Exception.class)
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(model.behavior(), "actor")
                        .addParameter(model.protocol(), "message")
                        .addParameter(
                                ParameterizedTypeName.get(ACTOR_CONTEXT, model.protocol()), "context")
                        .addParameter(REPLIER, "replier")
                        .addException(Exception.class)
                        .addCode(body.build())
                        .build());
        return Sources.file(model.behavior(), type.build(), model.shadowedJavaLang());
    }

    /**
     * {@code MAILBOX}: the bounded mailbox that the behavior declares, created once, with javadoc
     * that says what it does when it is full.
     */
    private static FieldSpec mailboxField(BehaviorModel model, BoundedMailbox mailbox) {
        Prose doc =
                new Prose()
                        .text("The mailbox that ")
                        .link(model.behavior())
                        .text(" declares in ")
                        .code("@ActorBehavior")
                        .text(": at most ")
                        .text(Words.count(mailbox.capacity(), "queued message"))
                        .text("; when it is full, ");
        switch (mailbox.overflow()) {
            case REJECT ->
                    doc.text("a new message is rejected, and its sender gets a ")
                            .code("MailboxFullException");
            case DROP_NEWEST -> doc.text("a new message is dropped");
            case DROP_OLDEST ->
                    doc.text("the oldest queued message is dropped to make room for the new one");
            case BLOCK ->
                    doc.text(
                                    mailbox.blockTimeoutMillis() == 0
                                            ? "a sender does not wait for room: it gets a "
                                            : "a sender waits up to "
                                                    + mailbox.blockTimeoutMillis()
                                                    + " ms for room, then gets a ")
                            .code("MailboxFullException");
        }
        doc.text(" (").link(OVERFLOW, mailbox.overflow().name()).text(").");
        return FieldSpec.builder(MAILBOX, "MAILBOX")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(doc.wrap(MEMBER_DOC))
                .initializer(
                        "new $T($L,$W$T.$L,$W$T.ofMillis($L))",
                        MAILBOX,
                        mailbox.capacity(),
                        OVERFLOW,
                        mailbox.overflow(),
                        DURATION,
                        mailbox.blockTimeoutMillis())
                .build();
    }

    /** {@code mailbox()}, which returns {@code MAILBOX}. */
    private static MethodSpec mailboxMethod(BehaviorModel model) {
        return MethodSpec.methodBuilder("mailbox")
                .addJavadoc(
                        new Prose()
                                .text("{@return the mailbox that ")
                                .link(model.behavior())
                                .text(" declares in ")
                                .code("@ActorBehavior")
                                .text(", for the actors that are spawned without a mailbox of")
                                .text(" their own}")
                                .wrap(MEMBER_DOC))
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(MAILBOX)
                .addStatement("return MAILBOX")
                .build();
    }

    /** {@code hasUrgentMessages()}, which returns true. */
    private static MethodSpec hasUrgentMessages(BehaviorModel model) {
        return MethodSpec.methodBuilder("hasUrgentMessages")
                .addJavadoc(
                        new Prose()
                                .text("{@return true: ")
                                .code("@Priority")
                                .text(" marks messages of ")
                                .link(model.protocol())
                                .text(", so the runtime asks ")
                                .word("{@link #isUrgent}")
                                .text(" about each message}")
                                .wrap(MEMBER_DOC))
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addStatement("return true")
                .build();
    }

    /**
     * {@code isUrgent(message)}: one {@code instanceof} test per urgent message, in protocol
     * order, with javadoc that lists them, each with the type whose {@code @Priority} makes it
     * urgent. A message is a record, a final class or an enum, so {@code instanceof} matches
     * exactly its instances; for an enum, all its constants, those with a body included.
     */
    private static MethodSpec isUrgent(BehaviorModel model, List<Message> urgent) {
        CodeBlock.Builder doc =
                CodeBlock.builder()
                        .add(
                                new Prose()
                                        .text("Decides whether a message is urgent: whether it is")
                                        .text(" one of those that ")
                                        .code("@Priority")
                                        .text(" marks, which the actor handles ahead of the")
                                        .text(" others:")
                                        .wrap(MEMBER_DOC))
                        .add("\n<ul>\n");
        for (Message message : urgent) {
            ClassName marked = message.priority().orElseThrow();
            Prose item = new Prose().link(message.type());
            if (marked.equals(message.type())) {
                item.text(", marked itself");
            } else {
                item.text(", through its group ").link(marked);
            }
            doc.add(item.wrap(MEMBER_DOC, "  <li>", "      "));
        }
        doc.add("</ul>\n\n")
                .add("@param message a message sent to the actor\n")
                .add("@return whether it goes ahead of the messages that are not urgent\n");
        CodeBlock tests =
                urgent.stream()
                        .map(message -> CodeBlock.of("message instanceof $T", message.type()))
                        .collect(CodeBlock.joining("\n|| "));
        return MethodSpec.methodBuilder("isUrgent")
                .addJavadoc(doc.build())
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(model.protocol(), "message")
                .addStatement("return $L", tests)
                .build();
    }

    /** The handler call of one case, and what happens to its result. */
    private static CodeBlock call(Handler handler, BehaviorModel model) {
        CodeBlock.Builder arguments = CodeBlock.builder().add("m");
        for (Handler.Argument argument : handler.arguments()) {
            switch (argument) {
                case CONTEXT -> arguments.add(", context");
                case SELF -> arguments.add(", $T.of(context.self())", model.handle());
            }
        }
        CodeBlock call = CodeBlock.of("actor.$L($L)", handler.method().name(), arguments.build());
        return switch (handler.reply()) {
            case NONE -> call;
            case VALUE -> CodeBlock.of("replier.reply($L)", call);
            case LATER -> CodeBlock.of("replier.replyLater($L)", call);
        };
    }

    /**
     * One item of the class javadoc: which messages go to which handler, and how it replies. A
     * group, or a handler that replies, takes a second line.
     */
    private static CodeBlock mapping(Handler handler) {
        CodeBlock.Builder item = CodeBlock.builder().add("{@link $T}", handler.messageType());
        if (handler.group()) {
            int size = handler.messages().size();
            item.add(", a group of $L", Words.count(size, "message"));
        }
        if (!handler.group() && handler.reply() == Reply.NONE) {
            return item.add(": $L", Sources.link(handler.method())).build();
        }
        item.add(":\n      $L", Sources.link(handler.method()));
        return switch (handler.reply()) {
            case NONE -> item.build();
            case VALUE -> item.add(", which returns the reply").build();
            case LATER -> item.add(", whose stage completes with the reply").build();
        };
    }
}

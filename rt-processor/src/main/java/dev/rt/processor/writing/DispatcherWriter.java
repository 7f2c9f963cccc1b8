package dev.rt.processor.writing;

import static dev.rt.processor.RuntimeTypes.ACTOR_CONTEXT;
import static dev.rt.processor.RuntimeTypes.DISPATCHER;
import static dev.rt.processor.RuntimeTypes.REPLIER;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.rt.processor.model.BehaviorModel;
import dev.rt.processor.model.Handler;
import dev.rt.processor.model.Reply;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Behavior>Dispatcher}: the package-private {@code Dispatcher} that the handle
 * passes to {@code Spawner.spawn}.
 *
 * <p>Its {@code dispatch} is one pattern-matching {@code switch} over the protocol, with one case
 * per handler and no default branch: javac checks that the cases cover the sealed protocol. A tell
 * case calls the handler; a request case passes what it returns to {@code Replier.reply}, or to
 * {@code Replier.replyLater} if it returns a {@code CompletionStage}.
 */
public final class DispatcherWriter {

    /** Creates a writer. */
    public DispatcherWriter() {}

    /**
     * Writes the dispatcher of a behavior.
     *
     * @param model the behavior
     * @param originatingElement the behavior class, for incremental builds
     * @return the dispatcher's source file
     */
    public JavaFile write(BehaviorModel model, Element originatingElement) {
        ClassName dispatcher = model.dispatcher();
        TypeSpec.Builder type =
                TypeSpec.classBuilder(dispatcher)
                        .addJavadoc(
                                "Delivers each message of {@link $T} to its handler in {@link $T}.\n",
                                model.protocol(),
                                model.behavior())
                        .addJavadoc(
                                "\n<p>The runtime calls it through {@link $T}; send messages with\n"
                                        + "{@link $T} instead.",
                                DISPATCHER,
                                model.handle())
                        .addJavadoc(" Its {@code switch} has one case per handler:\n\n<ul>\n");
        for (Handler handler : model.handlers()) {
            type.addJavadoc("  <li>$L\n", mapping(handler));
        }
        type.addJavadoc("</ul>\n");
        Sources.generated(type, model.generatedAnnotation(), originatingElement);
        type.addModifiers(Modifier.FINAL)
                .addSuperinterface(
                        ParameterizedTypeName.get(DISPATCHER, model.behavior(), model.protocol()));

        type.addField(
                FieldSpec.builder(dispatcher, "INSTANCE", Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The only instance: a dispatcher has no state.\n")
                        .initializer("new $T()", dispatcher)
                        .build());
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        type.addMethod(
                MethodSpec.methodBuilder("protocol")
                        .addJavadoc("{@return {@link $T}, the sealed protocol}\n", model.protocol())
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(Class.class), model.protocol()))
                        .addStatement("return $T.class", model.protocol())
                        .build());

        CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (message)");
        for (Handler handler : model.handlers()) {
            body.addStatement("case $T m -> $L", handler.messageType(), call(handler));
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
                        .addJavadoc("@throws Exception what the handler throws; it fails the actor\n")
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
        return Sources.file(model.behavior(), type.build());
    }

    /** The handler call of one case, and what happens to its result. */
    private static CodeBlock call(Handler handler) {
        CodeBlock call =
                CodeBlock.of(
                        handler.takesContext() ? "actor.$L(m, context)" : "actor.$L(m)",
                        handler.method().name());
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
            item.add(", a group of $L", size == 1 ? "1 message" : size + " messages");
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

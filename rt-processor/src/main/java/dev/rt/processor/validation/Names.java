package dev.rt.processor.validation;

import com.palantir.javapoet.ClassName;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/** How generated classes are named, and how messages and children are named in them. */
public final class Names {
    /** The handle's own methods, and those it inherits from {@code Object}. */
    static final Set<String> RESERVED =
            Set.of(
                    "spawn", "of", "childSpec", "childTemplate", "become", "ref", "stop", "equals",
                    "hashCode", "toString", "getClass", "wait", "notify", "notifyAll", "clone",
                    "finalize");

    /**
     * The methods of a generated supervisor that a child's getter cannot take: its own methods,
     * and those it inherits from {@code Object}.
     */
    static final Set<String> RESERVED_CHILD_IDS =
            Set.of(
                    "spec", "start", "startAndWait", "started", "of", "supervisor", "ref",
                    "stop", "whichChildren", "countChildren", "equals", "hashCode", "toString",
                    "getClass", "wait", "notify", "notifyAll", "clone", "finalize");

    private Names() {}

    /**
     * {@return the handle of a behavior, such as {@code CounterHandle}; the simple names of a nested
     * class are joined: {@code Greeters.English} gives {@code GreetersEnglishHandle}}
     *
     * @param behavior an {@code @ActorBehavior} class
     */
    public static ClassName handle(TypeElement behavior) {
        return generated(behavior, "Handle");
    }

    /**
     * {@return the descriptor of a behavior, such as {@code CounterDescriptor}}
     *
     * @param behavior an {@code @ActorBehavior} class
     */
    public static ClassName descriptor(TypeElement behavior) {
        return generated(behavior, "Descriptor");
    }

    /**
     * {@return the generated supervisor of a {@code @Supervisor} class, such as {@code
     * TradingSystemSupervisor}}
     *
     * @param tree a {@code @Supervisor} class
     */
    public static ClassName supervisor(TypeElement tree) {
        return generated(tree, "Supervisor");
    }

    /**
     * {@return the wire codec of a protocol, such as {@code CounterMsgCodec}; the simple names of a
     * nested interface are joined: {@code Counter.Msg} gives {@code CounterMsgCodec}}
     *
     * @param protocol a {@code @WireProtocol} sealed interface
     */
    public static ClassName codec(TypeElement protocol) {
        return generated(protocol, "Codec");
    }

    /** A class in the package of {@code type}, named after its simple names joined and a suffix. */
    private static ClassName generated(TypeElement type, String suffix) {
        ClassName name = ClassName.get(type);
        return ClassName.get(name.packageName(), String.join("", name.simpleNames()) + suffix);
    }

    /**
     * {@return the method of a {@code SIMPLE_ONE_FOR_ONE} supervisor that starts a child: {@code
     * start} and the child's id, capitalized, such as {@code startWorker}}
     *
     * @param id the template's child id
     */
    public static String startMethodName(String id) {
        int first = id.codePointAt(0);
        return "start"
                + Character.toString(Character.toUpperCase(first))
                + id.substring(Character.charCount(first));
    }

    /**
     * The handle method of a message: its simple name in lowerCamelCase. A leading run of capitals
     * is an acronym and is lowered whole, except its last letter when a lower-case letter follows,
     * which starts the next word: {@code Increment} gives {@code increment}, {@code URLFetch}
     * gives {@code urlFetch}, {@code GET} gives {@code get}.
     *
     * @param simpleName the message type's simple name
     * @return the method name
     */
    static String handleMethodName(String simpleName) {
        int[] codePoints = simpleName.codePoints().toArray();
        int capitals = 0;
        while (capitals < codePoints.length && Character.isUpperCase(codePoints[capitals])) {
            capitals++;
        }
        int lowered = capitals;
        if (capitals > 1
                && capitals < codePoints.length
                && Character.isLowerCase(codePoints[capitals])) {
            lowered = capitals - 1;
        }
        StringBuilder name = new StringBuilder(simpleName.length());
        for (int i = 0; i < codePoints.length; i++) {
            name.appendCodePoint(i < lowered ? Character.toLowerCase(codePoints[i]) : codePoints[i]);
        }
        return name.toString();
    }

    /**
     * {@return whether a method cannot have this name: a keyword or a literal of the latest Java}
     *
     * @param name a method name
     */
    static boolean isKeyword(String name) {
        return SourceVersion.isKeyword(name);
    }
}

package dev.rt.processor.validation;

import java.util.Set;
import javax.lang.model.SourceVersion;

/** How messages are named in the handle. */
final class Names {
    /** The handle's own methods, and those it inherits from {@code Object}. */
    static final Set<String> RESERVED =
            Set.of(
                    "spawn", "of", "ref", "stop", "equals", "hashCode", "toString", "getClass",
                    "wait", "notify", "notifyAll", "clone", "finalize");

    private Names() {}

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

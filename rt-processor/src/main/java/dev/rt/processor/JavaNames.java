package dev.rt.processor;

import java.util.Locale;
import java.util.Set;

/**
 * Names of members that the writers and the model factories make up in generated code: constants
 * named after methods, and a number that keeps two names apart in one scope. The names of the
 * generated classes and of handle methods are {@link dev.rt.processor.validation.Names}'s.
 */
public final class JavaNames {

    private JavaNames() {}

    /**
     * {@return {@code name}, or {@code name2}, {@code name3}... whichever is not used yet} It is
     * then used.
     *
     * @param name the name wanted
     * @param used the names taken so far in the same scope; the result is added
     */
    public static String unique(String name, Set<String> used) {
        String candidate = name;
        for (int i = 2; !used.add(candidate); i++) {
            candidate = name + i;
        }
        return candidate;
    }

    /**
     * {@return the name of a constant, in upper snake case, for a camel-case name} {@code
     * CounterMsgAdd} gives {@code COUNTER_MSG_ADD}, {@code urlFetch} gives {@code URL_FETCH}.
     *
     * @param camel the name in lower or upper camel case
     */
    public static String constantName(String camel) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            boolean boundary = i > 0 && Character.isUpperCase(c)
                    && (Character.isLowerCase(camel.charAt(i - 1))
                            || Character.isDigit(camel.charAt(i - 1))
                            || (i + 1 < camel.length() && Character.isLowerCase(camel.charAt(i + 1))
                                    && Character.isUpperCase(camel.charAt(i - 1))));
            if (boundary && out.charAt(out.length() - 1) != '_') {
                out.append('_');
            }
            out.append(c == '$' ? '_' : Character.toUpperCase(c));
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }
}

package dev.rt.internal;

import dev.rt.InvalidActorNameException;

/** Checks actor names. Any thread. */
public final class Names {

    private Names() {}

    /**
     * Checks that {@code name} is a valid actor name.
     *
     * @param name the name
     * @throws InvalidActorNameException if it is not
     */
    static void check(String name) {
        if (name == null || name.isEmpty()) {
            throw new InvalidActorNameException(
                    "an actor name must not be null or empty; give the actor a name");
        }
        int i = illegalCharAt(name);
        if (i >= 0) {
            throw new InvalidActorNameException("actor name '" + name
                    + "' has the illegal character '" + name.charAt(i) + "' at index " + i
                    + "; use " + ALLOWED);
        }
    }

    /** What an actor name may contain, as error messages say it. */
    public static final String ALLOWED = "letters, digits and -_.:@$+ only";

    /**
     * {@return the index of the first character that an actor name must not contain, or -1}
     *
     * @param name the name, not null
     */
    public static int illegalCharAt(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-_.:@$+".indexOf(c) >= 0;
            if (!ok) {
                return i;
            }
        }
        return -1;
    }
}

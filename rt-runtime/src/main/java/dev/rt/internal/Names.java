package dev.rt.internal;

import dev.rt.InvalidActorNameException;

/** Checks actor names. */
final class Names {

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
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-_.:@$+".indexOf(c) >= 0;
            if (!ok) {
                throw new InvalidActorNameException("actor name '" + name
                        + "' has the illegal character '" + c + "' at index " + i
                        + "; use letters, digits and -_.:@$+ only");
            }
        }
    }
}

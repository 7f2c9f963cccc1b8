package dev.rt.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The containers a codec writes: their elements follow their size, or their presence. */
public enum WireContainer {
    /** {@code java.util.List}: decoded as an unmodifiable list that keeps the order. */
    LIST("List", ClassName.get(List.class), "List.of()"),
    /** {@code java.util.Set}: decoded as an unmodifiable set that keeps the order. */
    SET("Set", ClassName.get(Set.class), "Set.of()"),
    /** {@code java.util.Map}: decoded as an unmodifiable map that keeps the order. */
    MAP("Map", ClassName.get(Map.class), "Map.of()"),
    /** {@code java.util.Optional}: its value, or nothing; a null {@code Optional} travels as empty. */
    OPTIONAL("Optional", ClassName.get(Optional.class), "Optional.empty()");

    private final String wireName;
    private final ClassName type;
    private final String missing;

    WireContainer(String wireName, ClassName type, String missing) {
        this.wireName = wireName;
        this.type = type;
        this.missing = missing;
    }

    /** {@return the container of a class, by its canonical name, such as {@code java.util.List}} */
    public static Optional<WireContainer> ofClass(String canonicalName) {
        for (WireContainer container : values()) {
            if (container.type.canonicalName().equals(canonicalName)) {
                return Optional.of(container);
            }
        }
        return Optional.empty();
    }

    /** {@return its name in a schema, such as {@code List}} */
    public String wireName() {
        return wireName;
    }

    /** {@return its Java type, without type arguments} */
    public ClassName type() {
        return type;
    }

    /** {@return how many type arguments it takes} */
    public int arity() {
        return this == MAP ? 2 : 1;
    }

    /**
     * {@return the value of a component that an older sender did not have, an empty container,
     * written with {@code $T} for {@link #type()}: {@code $T.of()} or {@code $T.empty()}}
     */
    public String missing() {
        return "$T" + missing.substring(missing.indexOf('.'));
    }
}

package dev.rt.processor.model;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The values that a codec writes with one call of {@code WireWriter} and reads with one of {@code
 * WireReader}: primitives and their boxes, {@code String}, {@code byte[]}, {@code UUID}, the big
 * numbers and the {@code java.time} values; and {@code Void}, for a reply only.
 */
public enum WireScalar {
    /** {@code boolean}. */
    BOOLEAN("boolean", TypeName.BOOLEAN, "Boolean", "false"),
    /** {@code byte}. */
    BYTE("byte", TypeName.BYTE, "Byte", "0"),
    /** {@code short}. */
    SHORT("short", TypeName.SHORT, "Short", "0"),
    /** {@code char}. */
    CHAR("char", TypeName.CHAR, "Char", "0"),
    /** {@code int}. */
    INT("int", TypeName.INT, "Int", "0"),
    /** {@code long}. */
    LONG("long", TypeName.LONG, "Long", "0"),
    /** {@code float}. */
    FLOAT("float", TypeName.FLOAT, "Float", "0"),
    /** {@code double}. */
    DOUBLE("double", TypeName.DOUBLE, "Double", "0"),
    /** {@code Boolean}. */
    BOOLEAN_BOX("Boolean", ClassName.get(Boolean.class), "Boolean", "null"),
    /** {@code Byte}. */
    BYTE_BOX("Byte", ClassName.get(Byte.class), "Byte", "null"),
    /** {@code Short}. */
    SHORT_BOX("Short", ClassName.get(Short.class), "Short", "null"),
    /** {@code Character}. */
    CHARACTER("Character", ClassName.get(Character.class), "Char", "null"),
    /** {@code Integer}. */
    INTEGER("Integer", ClassName.get(Integer.class), "Int", "null"),
    /** {@code Long}. */
    LONG_BOX("Long", ClassName.get(Long.class), "Long", "null"),
    /** {@code Float}. */
    FLOAT_BOX("Float", ClassName.get(Float.class), "Float", "null"),
    /** {@code Double}. */
    DOUBLE_BOX("Double", ClassName.get(Double.class), "Double", "null"),
    /** {@code String}. */
    STRING("String", ClassName.get(String.class), "String", "null"),
    /** {@code byte[]}. */
    BYTES("bytes", ArrayTypeName.of(TypeName.BYTE), "Bytes", "null"),
    /** {@code java.util.UUID}. */
    UUID("UUID", ClassName.get("java.util", "UUID"), "Uuid", "null"),
    /** {@code java.math.BigDecimal}. */
    BIG_DECIMAL("BigDecimal", ClassName.get("java.math", "BigDecimal"), "BigDecimal", "null"),
    /** {@code java.math.BigInteger}. */
    BIG_INTEGER("BigInteger", ClassName.get("java.math", "BigInteger"), "BigInteger", "null"),
    /** {@code java.time.Instant}. */
    INSTANT("Instant", time("Instant"), "Instant", "null"),
    /** {@code java.time.Duration}. */
    DURATION("Duration", time("Duration"), "Duration", "null"),
    /** {@code java.time.Period}. */
    PERIOD("Period", time("Period"), "Period", "null"),
    /** {@code java.time.LocalDate}. */
    LOCAL_DATE("LocalDate", time("LocalDate"), "LocalDate", "null"),
    /** {@code java.time.LocalTime}. */
    LOCAL_TIME("LocalTime", time("LocalTime"), "LocalTime", "null"),
    /** {@code java.time.LocalDateTime}. */
    LOCAL_DATE_TIME("LocalDateTime", time("LocalDateTime"), "LocalDateTime", "null"),
    /** {@code java.time.OffsetDateTime}. */
    OFFSET_DATE_TIME("OffsetDateTime", time("OffsetDateTime"), "OffsetDateTime", "null"),
    /** {@code java.time.ZonedDateTime}. */
    ZONED_DATE_TIME("ZonedDateTime", time("ZonedDateTime"), "ZonedDateTime", "null"),
    /** {@code Void}: a reply that is always null, written as nothing. Not a component's type. */
    VOID("Void", ClassName.get(Void.class), "", "null");

    private static final Map<String, WireScalar> BY_CLASS = new HashMap<>();

    static {
        for (WireScalar scalar : values()) {
            if (scalar.type instanceof ClassName name) {
                BY_CLASS.put(name.canonicalName(), scalar);
            }
        }
    }

    private final String wireName;
    private final TypeName type;
    private final String suffix;
    private final String missing;

    WireScalar(String wireName, TypeName type, String suffix, String missing) {
        this.wireName = wireName;
        this.type = type;
        this.suffix = suffix;
        this.missing = missing;
    }

    private static ClassName time(String simpleName) {
        return ClassName.get("java.time", simpleName);
    }

    /** {@return the scalar of a class, by its canonical name: a box, {@code String}...} */
    public static Optional<WireScalar> ofClass(String canonicalName) {
        return Optional.ofNullable(BY_CLASS.get(canonicalName));
    }

    /** {@return the scalar of a primitive type, by its keyword, such as {@code int}} */
    public static Optional<WireScalar> ofPrimitive(String keyword) {
        for (WireScalar scalar : values()) {
            if (scalar.isPrimitive() && scalar.wireName.equals(keyword)) {
                return Optional.of(scalar);
            }
        }
        return Optional.empty();
    }

    /** {@return its name in a schema, such as {@code long}, {@code Integer} or {@code bytes}} */
    public String wireName() {
        return wireName;
    }

    /** {@return its Java type} */
    public TypeName type() {
        return type;
    }

    /** {@return whether it is a primitive type, which is never null} */
    public boolean isPrimitive() {
        return type.isPrimitive();
    }

    /** {@return the name of the {@code WireWriter} method that writes it, such as {@code writeLong}} */
    public String writeMethod() {
        return "write" + suffix;
    }

    /** {@return the name of the {@code WireReader} method that reads it, such as {@code readLong}} */
    public String readMethod() {
        return "read" + suffix;
    }

    /** {@return the value of a component that an older sender did not have: 0, false or null} */
    public String missing() {
        return missing;
    }

    /** {@return its name in the names of generated methods, such as {@code Integer}} */
    public String title() {
        return wireName.substring(0, 1).toUpperCase(Locale.ROOT) + wireName.substring(1);
    }
}

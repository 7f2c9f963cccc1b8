package dev.rt;

import java.util.Objects;

/**
 * A setting read from properties ({@link ActorSystemConfig.Builder#from(java.util.Properties)})
 * that RT cannot use: an unknown {@code rt.*} key, or a value it cannot parse or that is out of
 * range. The message names the key, the value and how to fix it; nothing is silently ignored.
 */
public final class ConfigException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** @serial the key */
    private final String key;
    /** @serial the value as written */
    private final String value;

    /**
     * Creates the exception.
     *
     * @param key the key, such as {@code rt.ask-timeout}
     * @param value the value as written
     * @param problem what is wrong with it
     * @param fix how to put it right
     */
    public ConfigException(String key, String value, String problem, String fix) {
        super(key + "=" + value + ": " + problem + "; " + fix);
        this.key = Objects.requireNonNull(key, "key");
        this.value = Objects.requireNonNull(value, "value");
    }

    /** {@return the key, such as {@code rt.ask-timeout}} */
    public String key() {
        return key;
    }

    /** {@return the value as written} */
    public String value() {
        return value;
    }
}

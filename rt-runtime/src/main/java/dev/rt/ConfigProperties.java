package dev.rt;

import dev.rt.annotation.Overflow;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the {@code rt.*} keys of a {@link Properties} into an {@link ActorSystemConfig.Builder}.
 * The syntax is documented on {@link ActorSystemConfig.Builder#from(Properties)} and in
 * {@code docs/runtime.md}.
 */
final class ConfigProperties {

    static final String PREFIX = "rt.";

    static final String DURATION_FIX = "write a whole number and a unit, ms, s, m or h (500ms, 2s,"
            + " 1m), or ISO-8601 (PT2S)";

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

    private static final String OVERFLOWS = Arrays.stream(Overflow.values())
            .map(o -> o.name().toLowerCase(Locale.ROOT).replace('_', '-'))
            .collect(Collectors.joining(", "));

    private static final String MAILBOX_FIX = "write unbounded, or bounded:<capacity>:<overflow>"
            + " with overflow one of " + OVERFLOWS + " (bounded:1000:drop-newest), and for block"
            + " a block timeout after it if wanted (bounded:1000:block:2s)";

    /** Every key, with what reads it. */
    private static final Map<String, BiConsumer<ActorSystemConfig.Builder, String>> KEYS =
            Map.of(
                    "rt.parallelism", (b, v) -> b.parallelism(atLeastOne("rt.parallelism", v)),
                    "rt.throughput", (b, v) -> b.throughput(atLeastOne("rt.throughput", v)),
                    "rt.ask-timeout", (b, v) -> b.askTimeout(positive("rt.ask-timeout", v)),
                    "rt.shutdown-timeout",
                    (b, v) -> b.shutdownTimeout(positive("rt.shutdown-timeout", v)),
                    "rt.blocked-threshold",
                    (b, v) -> b.blockedThreshold(duration("rt.blocked-threshold", v)),
                    "rt.default-mailbox",
                    (b, v) -> b.defaultMailbox(mailbox("rt.default-mailbox", v)),
                    "rt.flight-recorder",
                    (b, v) -> b.flightRecorder(bool("rt.flight-recorder", v)));

    private ConfigProperties() {}

    /**
     * Applies every {@code rt.*} key of {@code props} (its defaults included) to the builder, in
     * key order; throws on the first that is unknown or bad.
     */
    static void apply(Properties props, ActorSystemConfig.Builder builder) {
        for (Object key : props.keySet()) {
            if (key instanceof String k && k.startsWith(PREFIX)
                    && !(props.get(k) instanceof String)) {
                throw new ConfigException(k, String.valueOf(props.get(k)), "not a string",
                        "set it with setProperty, or in a .properties file");
            }
        }
        for (String key : new TreeSet<>(props.stringPropertyNames())) {
            if (!key.startsWith(PREFIX)) {
                continue;
            }
            String value = props.getProperty(key);
            BiConsumer<ActorSystemConfig.Builder, String> reader = KEYS.get(key);
            if (reader == null) {
                throw new ConfigException(key, value, "unknown key", unknownFix(key));
            }
            reader.accept(builder, value.strip());
        }
    }

    private static String unknownFix(String key) {
        List<String> known = new ArrayList<>(new TreeSet<>(KEYS.keySet()));
        String near = known.stream().filter(k -> distance(k, key) <= 3).findFirst().orElse(null);
        return (near == null ? "" : "did you mean " + near + "? ") + "the keys under " + PREFIX
                + " are " + String.join(", ", known);
    }

    private static int atLeastOne(String key, String value) {
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ConfigException(key, value, "not a whole number", "write one, such as 4");
        }
        if (n < 1) {
            throw new ConfigException(key, value, "must be at least 1", "write 1 or more");
        }
        return n;
    }

    private static boolean bool(String key, String value) {
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw new ConfigException(key, value, "not a boolean", "write true or false");
    }

    private static Duration positive(String key, String value) {
        Duration d = duration(key, value);
        if (d.isZero()) {
            throw new ConfigException(key, value, "must be positive", DURATION_FIX);
        }
        return d;
    }

    /** A duration that is not negative. */
    static Duration duration(String key, String value) {
        return duration(key, value, value, "");
    }

    /**
     * Parses {@code text}, a duration that is not negative, the whole of {@code value} or a part
     * of it that {@code what} names for the message.
     */
    private static Duration duration(String key, String value, String text, String what) {
        if (text.equals("0")) {
            return Duration.ZERO;
        }
        Duration d;
        Matcher m = DURATION.matcher(text);
        if (m.matches()) {
            try {
                long n = Long.parseLong(m.group(1));
                d = switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    default -> Duration.ofHours(n);
                };
            } catch (NumberFormatException | ArithmeticException e) {
                throw new ConfigException(key, value, what + "too large", DURATION_FIX);
            }
        } else if (text.startsWith("P") || text.startsWith("p")) {
            try {
                d = Duration.parse(text);
            } catch (DateTimeParseException e) {
                throw new ConfigException(key, value, what + "not an ISO-8601 duration",
                        DURATION_FIX);
            }
        } else {
            throw new ConfigException(key, value, what + "not a duration", DURATION_FIX);
        }
        if (d.isNegative()) {
            throw new ConfigException(key, value, what + "must not be negative", DURATION_FIX);
        }
        return d;
    }

    static Mailbox mailbox(String key, String value) {
        if (value.equalsIgnoreCase("unbounded")) {
            return Mailbox.UNBOUNDED;
        }
        String[] parts = value.split(":", -1);
        if (parts.length < 3 || parts.length > 4 || !parts[0].equalsIgnoreCase("bounded")) {
            throw new ConfigException(key, value, "not a mailbox", MAILBOX_FIX);
        }
        int capacity;
        try {
            capacity = Integer.parseInt(parts[1].strip());
        } catch (NumberFormatException e) {
            throw new ConfigException(key, value, "the capacity is not a whole number",
                    MAILBOX_FIX);
        }
        if (capacity < 1) {
            throw new ConfigException(key, value, "the capacity must be at least 1", MAILBOX_FIX);
        }
        Overflow overflow = overflow(key, value, parts[2].strip());
        Mailbox mailbox = Mailbox.bounded(capacity, overflow);
        if (parts.length == 4) {
            if (overflow != Overflow.BLOCK) {
                throw new ConfigException(key, value, "a block timeout applies to block only",
                        "drop the last part, or use block");
            }
            mailbox = mailbox.withBlockTimeout(
                    duration(key, value, parts[3].strip(), "the block timeout is "));
        }
        return mailbox;
    }

    private static Overflow overflow(String key, String value, String name) {
        for (Overflow o : Overflow.values()) {
            if (o.name().equalsIgnoreCase(name.replace('-', '_'))) {
                return o;
            }
        }
        throw new ConfigException(key, value, "unknown overflow policy '" + name + "'",
                MAILBOX_FIX);
    }

    /** Levenshtein distance, for the suggestion on an unknown key. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

package dev.rt.wire;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a protocol looks like on the wire: its types (records with their components in order,
 * sealed interfaces with their cases, enums with their constants), each under its stable name,
 * and the reply type of each request. The processor builds it, writes it as a resource ({@code
 * META-INF/rt/wire/<protocol>.schema}) and checks it against a committed baseline ({@link
 * #breakingChangesSince}); a cluster node sends it to its peers when it joins, and refuses a
 * peer whose schema cannot talk to its own ({@link #incompatibilitiesWith}).
 *
 * <p>The {@linkplain #text() text} is the canonical form: one line per item, in declaration
 * order, with no timestamp, so that the same protocol always gives the same text and
 * {@linkplain #fingerprint() fingerprint}.
 *
 * <p>Immutable and thread-safe.
 */
public final class WireSchema {

    /** The first line of every schema's text. */
    public static final String HEADER = "rt-wire-schema 1";

    /** What a type of the schema is. */
    public enum Kind {
        /** A record: its components travel in order. */
        RECORD,
        /** A sealed interface: a value travels as one of its cases, with its tag. */
        SEALED,
        /** An enum: a value travels as the index of its constant. */
        ENUM
    }

    /**
     * A component of a record.
     *
     * @param name its name
     * @param type its wire type, such as {@code long}, {@code String}, {@code List<Order.Line>}
     *     or {@code ref<com.example.CounterMsg>}
     */
    public record Field(String name, String type) {

        /** Checks both are present. */
        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }

    /**
     * A type of the schema.
     *
     * @param kind what it is
     * @param name its wire name, from which its tag is derived
     * @param className its Java class's canonical name
     * @param fields a record's components, in order; empty otherwise
     * @param values a sealed interface's cases (wire names) or an enum's constants, in order;
     *     empty for a record
     */
    public record Type(Kind kind, String name, String className, List<Field> fields,
            List<String> values) {

        /** Copies the lists. */
        public Type {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(className, "className");
            fields = List.copyOf(fields);
            values = List.copyOf(values);
        }

        /** {@return the tag that travels in front of a value of this type} */
        public int tag() {
            return tagOf(name);
        }
    }

    private final String protocol;
    private final Map<String, Type> types;
    private final Map<String, String> replies;
    private final String text;

    private WireSchema(String protocol, Map<String, Type> types, Map<String, String> replies) {
        this.protocol = protocol;
        this.types = types;
        this.replies = replies;
        this.text = render();
    }

    /**
     * The tag of a wire name: its 32-bit FNV-1a hash over UTF-8. The processor refuses a
     * protocol in which two names share a tag.
     *
     * @param name a wire name
     * @return its tag
     */
    public static int tagOf(String name) {
        int hash = 0x811c9dc5;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xFF;
            hash *= 0x01000193;
        }
        return hash;
    }

    /**
     * Starts a schema.
     *
     * @param protocol the protocol's canonical name
     * @return a builder
     */
    public static Builder builder(String protocol) {
        return new Builder(protocol);
    }

    /** {@return the protocol's canonical name} */
    public String protocol() {
        return protocol;
    }

    /** {@return the types, by wire name, in declaration order} */
    public Map<String, Type> types() {
        return types;
    }

    /** {@return the reply type of each request, by the request's wire name} */
    public Map<String, String> replies() {
        return replies;
    }

    /** {@return the canonical text} */
    public String text() {
        return text;
    }

    /** {@return a 64-bit FNV-1a hash of the text: equal schemas have equal fingerprints} */
    public long fingerprint() {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xFF;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    private String render() {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        out.append("protocol ").append(protocol).append('\n');
        for (Type type : types.values()) {
            out.append(type.kind().name().toLowerCase(Locale.ROOT)).append(' ')
                    .append(type.name()).append(' ').append(type.className()).append('\n');
            for (Field field : type.fields()) {
                out.append("  field ").append(field.name()).append(' ').append(field.type())
                        .append('\n');
            }
            String word = type.kind() == Kind.SEALED ? "  case " : "  constant ";
            for (String value : type.values()) {
                out.append(word).append(value).append('\n');
            }
        }
        replies.forEach((request, reply) ->
                out.append("reply ").append(request).append(' ').append(reply).append('\n'));
        return out.toString();
    }

    /**
     * Reads a schema's {@linkplain #text() text}.
     *
     * @param text the text
     * @return the schema
     * @throws IllegalArgumentException naming the line, if the text is not a schema
     */
    public static WireSchema parse(String text) {
        // A baseline checked out on Windows may have CRLF line ends.
        String[] lines = text.replace("\r\n", "\n").split("\n");
        if (lines.length < 2 || !lines[0].equals(HEADER) || !lines[1].startsWith("protocol ")) {
            throw new IllegalArgumentException("not an RT wire schema: it must start with '"
                    + HEADER + "' and a 'protocol' line");
        }
        Builder builder = builder(lines[1].substring("protocol ".length()).trim());
        Kind kind = null;
        String name = null;
        String className = null;
        List<Field> fields = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (int i = 2; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            String[] words = line.trim().split(" ");
            boolean member = line.startsWith("  ");
            if (!member && kind != null) {
                builder.add(new Type(kind, name, className, fields, values));
                kind = null;
                fields = new ArrayList<>();
                values = new ArrayList<>();
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (member && kind != null && words[0].equals("field") && words.length == 3) {
                fields.add(new Field(words[1], words[2]));
            } else if (member && kind != null && (words[0].equals("case")
                    || words[0].equals("constant")) && words.length == 2) {
                values.add(words[1]);
            } else if (!member && words[0].equals("reply") && words.length == 3) {
                builder.reply(words[1], words[2]);
            } else if (!member && words.length == 3 && (words[0].equals("record")
                    || words[0].equals("sealed") || words[0].equals("enum"))) {
                kind = Kind.valueOf(words[0].toUpperCase(Locale.ROOT));
                name = words[1];
                className = words[2];
            } else {
                throw new IllegalArgumentException("line " + (i + 1) + " of the schema of "
                        + builder.protocol + " is not understood: '" + line + "'");
            }
        }
        return builder.build();
    }

    /**
     * The changes since a baseline that would break a node still on the baseline: a removed
     * type or component, a component or reply of another type, a tag reused by another class (the
     * baseline's class now travels under another name, and another class took its name), a
     * removed or reordered enum constant, a case removed from a sealed interface. Added types,
     * appended components, appended constants, added sealed cases, cases in another order (a case
     * travels with its own tag) and renamed components are compatible; so is a class renamed or
     * moved in Java that keeps its wire name with {@code @WireName}.
     *
     * @param baseline the committed schema
     * @return one sentence per breaking change; empty when there is none
     */
    public List<String> breakingChangesSince(WireSchema baseline) {
        List<String> changes = new ArrayList<>();
        for (Type old : baseline.types.values()) {
            Type now = types.get(old.name());
            if (now == null) {
                changes.add("type " + old.name() + " (" + old.className() + ") was removed;"
                        + " nodes on the baseline still send and expect it");
                continue;
            }
            compare(old, baseline, now, this, changes, true);
        }
        baseline.replies.forEach((request, reply) -> {
            String now = replies.get(request);
            if (now != null && !now.equals(reply)) {
                changes.add("the reply of " + request + " changed from " + reply + " to " + now);
            }
        });
        return changes;
    }

    /**
     * The differences with a peer's schema of the same protocol that would make one of the two
     * misread the other: either direction, since both send. Types that only one side has are
     * compatible (the other reports them as unknown tags); so are components appended on one
     * side, and sealed cases that only one side has.
     *
     * @param peer the peer's schema
     * @return one sentence per difference; empty when they can talk
     */
    public List<String> incompatibilitiesWith(WireSchema peer) {
        List<String> problems = new ArrayList<>();
        for (Type mine : types.values()) {
            Type theirs = peer.types.get(mine.name());
            if (theirs != null) {
                compare(theirs, peer, mine, this, problems, false);
            }
        }
        replies.forEach((request, reply) -> {
            String theirs = peer.replies.get(request);
            if (theirs != null && !theirs.equals(reply)) {
                problems.add("the reply of " + request + " is " + reply + " here and " + theirs
                        + " there");
            }
        });
        return problems;
    }

    /** The wire name under which a schema holds a class, or null. */
    private static String nameOf(String className, WireSchema schema) {
        for (Type type : schema.types.values()) {
            if (type.className().equals(className)) {
                return type.name();
            }
        }
        return null;
    }

    private static void compare(Type old, WireSchema oldSchema, Type now, WireSchema nowSchema,
            List<String> out, boolean sinceBaseline) {
        String was = sinceBaseline ? " (was " : " (there: ";
        if (old.kind() != now.kind()) {
            out.add("type " + now.name() + " is a " + lower(now.kind()) + was + lower(old.kind())
                    + ")");
            return;
        }
        if (!old.className().equals(now.className())) {
            // A class renamed in Java that kept its wire name is compatible; a name that another
            // class took while its own class travels under a new one is a reused tag.
            String oldClassNow = nameOf(old.className(), nowSchema);
            String nowClassThen = nameOf(now.className(), oldSchema);
            if (oldClassNow != null || nowClassThen != null) {
                out.add("tag " + now.name() + " names class " + now.className() + was
                        + old.className() + ", which "
                        + (oldClassNow != null
                                ? (sinceBaseline ? "now travels" : "travels here") + " as "
                                        + oldClassNow
                                : (sinceBaseline ? "traveled" : "travels there") + " as "
                                        + nowClassThen)
                        + "): a reused tag; give the new class a name of its own with @WireName");
                return;
            }
        }
        int common = Math.min(old.fields().size(), now.fields().size());
        for (int i = 0; i < common; i++) {
            Field a = old.fields().get(i);
            Field b = now.fields().get(i);
            if (!a.type().equals(b.type())) {
                out.add("component #" + (i + 1) + " of " + now.name() + ", " + b.name()
                        + ", changed type to " + b.type() + was + a.type() + ")");
            }
        }
        if (sinceBaseline) {
            for (int i = common; i < old.fields().size(); i++) {
                out.add("component " + old.fields().get(i).name() + " of " + now.name()
                        + " was removed; components may only be appended");
            }
        }
        if (now.kind() == Kind.SEALED) {
            // Each case travels with its own tag: order does not matter, and a case that a
            // reader does not know is an unknown tag, as for a type it does not know.
            if (sinceBaseline) {
                for (String value : old.values()) {
                    if (!now.values().contains(value)) {
                        out.add("case " + value + " of " + now.name() + " was removed; nodes"
                                + " on the baseline still send it as a " + now.name());
                    }
                }
            }
            return;
        }
        int values = Math.min(old.values().size(), now.values().size());
        for (int i = 0; i < values; i++) {
            if (!old.values().get(i).equals(now.values().get(i))) {
                out.add("constant #" + (i + 1) + " of " + now.name() + " is "
                        + now.values().get(i) + was + old.values().get(i) + "); "
                        + "constants travel by position, so they may only be appended");
                return;
            }
        }
        if (sinceBaseline && now.kind() == Kind.ENUM && now.values().size() < old.values().size()) {
            out.add("constant " + old.values().get(values) + " of " + now.name()
                    + " was removed; constants may only be appended");
        }
    }

    private static String lower(Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WireSchema other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }

    /** Builds a schema, type by type in declaration order. Not thread-safe. */
    public static final class Builder {

        private final String protocol;
        private final Map<String, Type> types = new LinkedHashMap<>();
        private final Map<String, String> replies = new LinkedHashMap<>();

        private Builder(String protocol) {
            this.protocol = Objects.requireNonNull(protocol, "protocol");
        }

        /**
         * Adds a type.
         *
         * @param type the type
         * @return this builder
         * @throws IllegalArgumentException if its name is taken
         */
        public Builder add(Type type) {
            if (types.putIfAbsent(type.name(), type) != null) {
                throw new IllegalArgumentException("two types named " + type.name());
            }
            return this;
        }

        /**
         * Adds the reply type of a request.
         *
         * @param request the request's wire name
         * @param reply the reply's wire type
         * @return this builder
         */
        public Builder reply(String request, String reply) {
            replies.put(request, reply);
            return this;
        }

        /** {@return the schema} */
        public WireSchema build() {
            return new WireSchema(protocol,
                    Collections.unmodifiableMap(new LinkedHashMap<>(types)),
                    Collections.unmodifiableMap(new LinkedHashMap<>(replies)));
        }
    }
}

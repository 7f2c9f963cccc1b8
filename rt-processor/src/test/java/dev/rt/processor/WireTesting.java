package dev.rt.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.rt.processor.Sources.compile;
import static dev.rt.processor.Sources.source;

import com.google.testing.compile.Compilation;
import dev.rt.ActorRef;
import dev.rt.OfferResult;
import dev.rt.Request;
import dev.rt.wire.RefCodec;
import dev.rt.wire.WireCodec;
import dev.rt.wire.WireReader;
import dev.rt.wire.WireWriter;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import javax.tools.JavaFileObject;

/**
 * What the tests of generated codecs share: a protocol that holds every type that travels,
 * compiled and loaded; references that travel as their path; random values of any type that
 * travels; and equality that compares arrays by content.
 */
final class WireTesting {
    private WireTesting() {}

    /** {@code test.Msg}, a {@code @WireProtocol} whose body lines are given, not indented. */
    static JavaFileObject wireProtocol(String... body) {
        List<String> lines = new ArrayList<>(List.of(
                "package test;",
                "",
                "import dev.rt.*;",
                "import dev.rt.annotation.*;",
                "import java.util.*;",
                "",
                "@WireProtocol",
                "public sealed interface Msg {"));
        lines.addAll(List.of(body));
        lines.add("}");
        return source("test.Msg", lines.toArray(String[]::new));
    }

    /** A protocol with every type that travels, a recursive one, references, and requests. */
    static JavaFileObject[] everyTypeSources() {
        return new JavaFileObject[] {
            source(
                    "demo.wire.AllMsg",
                    "package demo.wire;",
                    "",
                    "import dev.rt.ActorRef;",
                    "import dev.rt.Request;",
                    "import dev.rt.annotation.WireName;",
                    "import dev.rt.annotation.WireProtocol;",
                    "import java.math.BigDecimal;",
                    "import java.math.BigInteger;",
                    "import java.time.*;",
                    "import java.util.List;",
                    "import java.util.Map;",
                    "import java.util.Optional;",
                    "import java.util.Set;",
                    "import java.util.UUID;",
                    "",
                    "@WireProtocol",
                    "public sealed interface AllMsg {",
                    "    record Primitives(boolean z, byte b, short s, char c, int i, long l, float f,",
                    "            double d) implements AllMsg {}",
                    "",
                    "    record Boxes(Boolean z, Byte b, Short s, Character c, Integer i, Long l, Float f,",
                    "            Double d) implements AllMsg {}",
                    "",
                    "    record Values(String text, byte[] bytes, UUID uuid, BigDecimal decimal,",
                    "            BigInteger integer, Instant instant, Duration duration, Period period,",
                    "            LocalDate date, LocalTime time, LocalDateTime dateTime,",
                    "            OffsetDateTime offset, ZonedDateTime zoned) implements AllMsg {}",
                    "",
                    "    record Containers(List<String> list, Set<Integer> set, Map<String, List<Long>> map,",
                    "            Optional<Item> item, List<Optional<String>> options,",
                    "            Map<Color, Set<UUID>> nested, Optional<List<Item>> items) implements AllMsg {}",
                    "",
                    "    @WireName(\"demo.Item\")",
                    "    record Item(String name, Color color) {}",
                    "",
                    "    enum Color { RED, GREEN, BLUE }",
                    "",
                    "    sealed interface Shape {",
                    "        record Circle(double radius) implements Shape {}",
                    "        record Square(double side, Color color) implements Shape {}",
                    "        enum Dot implements Shape { TINY, HUGE }",
                    "        sealed interface Polygon extends Shape {",
                    "            record Triangle(List<Double> sides) implements Polygon {}",
                    "        }",
                    "    }",
                    "",
                    "    record Drawing(Shape main, List<Shape> shapes, Map<String, Shape> named)",
                    "            implements AllMsg {}",
                    "",
                    "    sealed interface Admin extends AllMsg {",
                    "        record Reset() implements Admin {}",
                    "        record Rename(String from, String to) implements Admin {}",
                    "    }",
                    "",
                    "    enum Signal implements AllMsg { ON, OFF }",
                    "",
                    "    record Tree(String label, List<Tree> children) implements AllMsg {}",
                    "",
                    "    record Refs(ActorRef<AllMsg> self, PingerHandle pinger, ActorRef<PingMsg> raw,",
                    "            List<ActorRef<PingMsg>> many) implements AllMsg {}",
                    "",
                    "    record Wrapped(AllMsg inner) implements AllMsg {}",
                    "",
                    "    record Positive(int n) implements AllMsg {",
                    "        public Positive {",
                    "            if (n < 0) {",
                    "                throw new IllegalArgumentException(\"negative: \" + n);",
                    "            }",
                    "        }",
                    "    }",
                    "",
                    "    record Lookup(String key) implements AllMsg, Request<Map<String, Integer>> {}",
                    "",
                    "    record Ping() implements AllMsg, Request<Void> {}",
                    "",
                    "    record Find(int id) implements AllMsg, Request<Item> {}",
                    "",
                    "    record Who() implements AllMsg, Request<PingerHandle> {}",
                    "",
                    "    record Count() implements AllMsg, Request<Long> {}",
                    "}"),
            source(
                    "demo.wire.PingMsg",
                    "package demo.wire;",
                    "",
                    "import dev.rt.annotation.WireProtocol;",
                    "",
                    "@WireProtocol",
                    "public sealed interface PingMsg {",
                    "    record Ping(String from) implements PingMsg {}",
                    "}"),
            source(
                    "demo.wire.Pinger",
                    "package demo.wire;",
                    "",
                    "import dev.rt.Actor;",
                    "import dev.rt.annotation.ActorBehavior;",
                    "",
                    "@ActorBehavior",
                    "public final class Pinger implements Actor<PingMsg> {",
                    "    void on(PingMsg.Ping m) {}",
                    "}")
        };
    }

    /** Compiles sources that must compile without a warning, and loads what they generate. */
    static ClassLoader compileAndLoad(JavaFileObject... sources) {
        Compilation compilation = compile(sources);
        assertThat(compilation).succeededWithoutWarnings();
        return new CompiledClasses(compilation);
    }

    /** The {@code INSTANCE} of a generated codec. */
    @SuppressWarnings("unchecked")
    static WireCodec<Object> codec(ClassLoader loader, String codecClass) {
        try {
            return (WireCodec<Object>) Class.forName(codecClass, true, loader)
                    .getField("INSTANCE")
                    .get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    static Class<?> load(ClassLoader loader, String name) {
        try {
            return Class.forName(name, true, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** A record, created with its canonical constructor. */
    static Object record(ClassLoader loader, String name, Object... components) {
        Class<?> type = load(loader, name);
        Class<?>[] parameters = Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(parameters);
            constructor.setAccessible(true);
            return constructor.newInstance(components);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** The bytes of a message, with references written as their path. */
    static byte[] encode(WireCodec<Object> codec, Object message) {
        WireWriter out = new WireWriter(PathRefs.INSTANCE, 16);
        codec.encode(message, out);
        return out.toByteArray();
    }

    /** The message that bytes hold, which must be all of them. */
    static Object decode(WireCodec<Object> codec, byte[] bytes) {
        WireReader in = new WireReader(bytes, 0, bytes.length, PathRefs.INSTANCE);
        Object message = codec.decode(in);
        if (in.remaining() != 0) {
            throw new AssertionError(in.remaining() + " bytes left after " + message);
        }
        return message;
    }

    /**
     * A reference that travels as its path; read back, it names the protocol of the codec that
     * read it, so that a test sees which codec the generated code passed.
     */
    record PathRef<M>(String path, String protocol) implements ActorRef<M> {
        @Override
        public String name() {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        @Override
        public void tell(M message) {
            throw new UnsupportedOperationException();
        }

        @Override
        public OfferResult offer(M message) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void tellWithin(M message, Duration timeToLive) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <R> CompletionStage<R> ask(Request<R> request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <R> CompletionStage<R> ask(Request<R> request, Duration timeout) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void stop() {
            throw new UnsupportedOperationException();
        }
    }

    /** References as their path; read back with the protocol of the codec, in the path. */
    enum PathRefs implements RefCodec {
        INSTANCE;

        @Override
        public void writeRef(ActorRef<?> ref, WireWriter out) {
            out.writeString(ref.path());
        }

        @Override
        public <M> ActorRef<M> readRef(WireReader in, WireCodec<M> codec) {
            return new PathRef<>(in.readString(), codec.protocol().getSimpleName());
        }
    }

    /**
     * Whether two values are equal, byte arrays by content, records component by component,
     * lists element by element.
     */
    static boolean deepEquals(Object a, Object b) {
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        if (a == null || b == null || !a.getClass().isRecord() || a.getClass() != b.getClass()) {
            if (a instanceof List<?> x && b instanceof List<?> y && x.size() == y.size()) {
                for (int i = 0; i < x.size(); i++) {
                    if (!deepEquals(x.get(i), y.get(i))) {
                        return false;
                    }
                }
                return true;
            }
            return Objects.equals(a, b);
        }
        for (RecordComponent component : a.getClass().getRecordComponents()) {
            try {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                if (!deepEquals(accessor.invoke(a), accessor.invoke(b))) {
                    return false;
                }
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        return true;
    }

    /**
     * Random values of the types that travel: nulls, empty and extreme values often, strings with
     * characters outside ASCII, records and sealed interfaces nested a few levels deep.
     */
    static final class RandomValues {
        private static final String[] STRINGS = {
            "", "a", "hello", "héllo wörld", "日本語のテキスト", "emoji \uD83D\uDE80 and \uD83D\uDE00",
            "\0", "line\nbreak", "x".repeat(300)
        };
        private static final String[] ZONES = {"UTC", "Europe/Paris", "America/New_York", "+05:30"};

        private final Random random;
        private final ClassLoader loader;

        RandomValues(long seed, ClassLoader loader) {
            this.random = new Random(seed);
            this.loader = loader;
        }

        /** A random message of a protocol: one of its records or enums, through its groups. */
        Object message(Class<?> protocol) {
            return sealed(protocol, 0);
        }

        private Object sealed(Class<?> type, int depth) {
            List<Class<?>> leaves = new ArrayList<>();
            leaves(type, leaves);
            Class<?> leaf = leaves.get(random.nextInt(leaves.size()));
            return leaf.isEnum() ? constant(leaf) : record(leaf, depth);
        }

        private static void leaves(Class<?> type, List<Class<?>> into) {
            for (Class<?> sub : type.getPermittedSubclasses()) {
                if (sub.isInterface()) {
                    leaves(sub, into);
                } else {
                    into.add(sub);
                }
            }
        }

        private Object constant(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            return constants[random.nextInt(constants.length)];
        }

        private Object record(Class<?> type, int depth) {
            RecordComponent[] components = type.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] parameters = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                parameters[i] = components[i].getType();
                values[i] = value(components[i].getGenericType(), depth + 1);
            }
            if (type.getSimpleName().equals("Positive")) {
                values[0] = Math.abs((Integer) values[0] % 1000);
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(parameters);
                constructor.setAccessible(true);
                return constructor.newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }

        private boolean chance(int percent) {
            return random.nextInt(100) < percent;
        }

        Object value(Type type, int depth) {
            if (type instanceof ParameterizedType parameterized) {
                Class<?> raw = (Class<?>) parameterized.getRawType();
                Type[] arguments = parameterized.getActualTypeArguments();
                if (raw == ActorRef.class) {
                    return chance(10) ? null : new PathRef<>("/user/" + string(false),
                            ((Class<?>) arguments[0]).getSimpleName());
                }
                if (chance(10)) {
                    // A null Optional travels as an empty one: never null here.
                    return raw == Optional.class ? Optional.empty() : null;
                }
                int size = depth > 4 ? 0 : random.nextInt(4);
                if (raw == Optional.class) {
                    return Optional.ofNullable(value(arguments[0], depth + 1));
                }
                if (raw == List.class) {
                    List<Object> list = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                        list.add(value(arguments[0], depth + 1));
                    }
                    return list;
                }
                if (raw == Set.class) {
                    Set<Object> set = new LinkedHashSet<>();
                    for (int i = 0; i < size; i++) {
                        set.add(value(arguments[0], depth + 1));
                    }
                    return set;
                }
                if (raw == Map.class) {
                    Map<Object, Object> map = new LinkedHashMap<>();
                    for (int i = 0; i < size; i++) {
                        map.put(value(arguments[0], depth + 1), value(arguments[1], depth + 1));
                    }
                    return map;
                }
                throw new AssertionError("no random " + type);
            }
            Class<?> raw = (Class<?>) type;
            if (raw.isPrimitive()) {
                return primitive(raw);
            }
            if (chance(8)) {
                return null;
            }
            Class<?> unboxed = MethodType.methodType(raw).unwrap().returnType();
            if (unboxed.isPrimitive()) {
                return primitive(unboxed);
            }
            if (raw == String.class) {
                return string(true);
            }
            if (raw == byte[].class) {
                byte[] bytes = new byte[random.nextInt(6)];
                random.nextBytes(bytes);
                return bytes;
            }
            if (raw == UUID.class) {
                return new UUID(random.nextLong(), random.nextLong());
            }
            if (raw == BigInteger.class) {
                return new BigInteger(random.nextInt(200), random).subtract(BigInteger.TEN.pow(20));
            }
            if (raw == BigDecimal.class) {
                return new BigDecimal(new BigInteger(random.nextInt(100), random),
                        random.nextInt(40) - 20);
            }
            if (raw == Instant.class) {
                return chance(20) ? (chance(50) ? Instant.MIN : Instant.MAX)
                        : Instant.ofEpochSecond(random.nextInt(), random.nextInt(1_000_000_000));
            }
            if (raw == Duration.class) {
                return Duration.ofSeconds(random.nextLong(), random.nextInt(1_000_000_000));
            }
            if (raw == Period.class) {
                return Period.of(random.nextInt(), random.nextInt(), random.nextInt());
            }
            if (raw == LocalDate.class) {
                return chance(20) ? LocalDate.MAX : LocalDate.ofEpochDay(random.nextInt(3_000_000) - 1_000_000);
            }
            if (raw == LocalTime.class) {
                return LocalTime.ofNanoOfDay(Math.floorMod(random.nextLong(), 86_400_000_000_000L));
            }
            if (raw == LocalDateTime.class) {
                return chance(10) ? LocalDateTime.MIN : LocalDateTime.of(
                        LocalDate.ofEpochDay(random.nextInt(100_000)),
                        LocalTime.ofSecondOfDay(random.nextInt(86_400)));
            }
            if (raw == OffsetDateTime.class) {
                return OffsetDateTime.of(LocalDateTime.ofEpochSecond(random.nextInt(), 0,
                        ZoneOffset.UTC), ZoneOffset.ofTotalSeconds(random.nextInt(36_001) - 18_000));
            }
            if (raw == ZonedDateTime.class) {
                return ZonedDateTime.of(LocalDateTime.ofEpochSecond(random.nextInt(), 0,
                        ZoneOffset.UTC), ZoneId.of(ZONES[random.nextInt(ZONES.length)]));
            }
            if (raw.isEnum()) {
                return constant(raw);
            }
            if (raw.isRecord()) {
                return depth > 6 && chance(70) ? null : record(raw, depth);
            }
            if (raw.isSealed()) {
                return depth > 6 && chance(70) ? null : sealed(raw, depth);
            }
            if (raw.getSimpleName().endsWith("Handle")) {
                try {
                    Type ref = raw.getMethod("ref").getGenericReturnType();
                    Class<?> protocol = (Class<?>) ((ParameterizedType) ref).getActualTypeArguments()[0];
                    return raw.getMethod("of", ActorRef.class).invoke(null,
                            new PathRef<>("/user/" + string(false), protocol.getSimpleName()));
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
            throw new AssertionError("no random " + type);
        }

        private Object primitive(Class<?> type) {
            boolean extreme = chance(30);
            if (type == boolean.class) {
                return random.nextBoolean();
            }
            if (type == byte.class) {
                return extreme ? (chance(50) ? Byte.MIN_VALUE : Byte.MAX_VALUE) : (byte) random.nextInt();
            }
            if (type == short.class) {
                return extreme ? (chance(50) ? Short.MIN_VALUE : Short.MAX_VALUE) : (short) random.nextInt();
            }
            if (type == char.class) {
                return extreme ? (chance(50) ? Character.MIN_VALUE : Character.MAX_VALUE)
                        : (char) random.nextInt(0x10000);
            }
            if (type == int.class) {
                return extreme ? (chance(50) ? Integer.MIN_VALUE : Integer.MAX_VALUE) : random.nextInt();
            }
            if (type == long.class) {
                return extreme ? (chance(50) ? Long.MIN_VALUE : Long.MAX_VALUE) : random.nextLong();
            }
            float[] floats = {Float.NaN, Float.NEGATIVE_INFINITY, Float.MAX_VALUE, Float.MIN_VALUE, -0.0f};
            if (type == float.class) {
                return extreme ? floats[random.nextInt(floats.length)] : random.nextFloat();
            }
            double[] doubles = {Double.NaN, Double.POSITIVE_INFINITY, -Double.MAX_VALUE, Double.MIN_VALUE, -0.0};
            return extreme ? doubles[random.nextInt(doubles.length)] : random.nextGaussian() * 1e10;
        }

        private String string(boolean any) {
            if (any && chance(60)) {
                return STRINGS[random.nextInt(STRINGS.length)];
            }
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            return text.toString();
        }
    }
}

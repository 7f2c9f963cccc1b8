package dev.rt.processor;

import static dev.rt.processor.Sources.source;
import static dev.rt.processor.WireTesting.codec;
import static dev.rt.processor.WireTesting.decode;
import static dev.rt.processor.WireTesting.encode;
import static dev.rt.processor.WireTesting.load;
import static dev.rt.processor.WireTesting.record;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rt.wire.WireCodec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names that could trip the generated code: a protocol nested in a class, types that share a
 * simple name, components named like the reader's own variables or like types, and a package
 * whose types shadow {@code java.lang} names. The code compiles without a warning and runs.
 */
class WireNamingTest {

    @Test
    void trickyNamesCompileAndRoundTrip() {
        ClassLoader loader = WireTesting.compileAndLoad(
                source("test.names.String",
                        "package test.names;",
                        "",
                        "/** Shadows java.lang.String in this package; String is a built-in wire name. */",
                        "@dev.rt.annotation.WireName(\"names.String\")",
                        "public record String(int length) {}"),
                source("test.names.Counter",
                        "package test.names;",
                        "",
                        "import dev.rt.Request;",
                        "import dev.rt.annotation.WireProtocol;",
                        "import java.util.List;",
                        "",
                        "public final class Counter {",
                        "    @WireProtocol",
                        "    public sealed interface Msg {",
                        "        sealed interface Admin extends Msg {",
                        "            record Get(int in, int end, int e, int Value) implements Admin {}",
                        "        }",
                        "        sealed interface Query extends Msg, Request<Long> {",
                        "            record Get(java.lang.String key, List<Get> more) implements Query {}",
                        "        }",
                        "        record Text(java.lang.String out, String value, Override java)",
                        "                implements Msg {}",
                        "        record Override(int x) {}",
                        "    }",
                        "}"));
        WireCodec<Object> codec = codec(loader, "test.names.CounterMsgCodec");
        String p = "test.names.Counter$Msg$";
        Object get = record(loader, p + "Admin$Get", 1, 2, 3, 4);
        assertEquals(get, decode(codec, encode(codec, get)));
        Object query = record(loader, p + "Query$Get", "k",
                List.of(record(loader, p + "Query$Get", "inner", List.of())));
        assertEquals(query, decode(codec, encode(codec, query)));
        Object text = record(loader, p + "Text", "o", record(loader, "test.names.String", 3),
                record(loader, p + "Override", 9));
        assertEquals(text, decode(codec, encode(codec, text)));
        assertEquals(List.of("Counter.Msg", "Counter.Msg.Admin.Get", "Counter.Msg.Query.Get",
                        "Counter.Msg.Text", "names.String", "Counter.Msg.Override"),
                List.copyOf(codec.schema().types().keySet()));
        assertEquals(load(loader, "test.names.Counter$Msg"), codec.protocol());
    }
}

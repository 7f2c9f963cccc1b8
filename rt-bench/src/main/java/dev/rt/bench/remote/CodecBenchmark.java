package dev.rt.bench.remote;

import com.typesafe.config.ConfigFactory;
import dev.rt.wire.WireReader;
import dev.rt.wire.WireWriter;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.ActorSystem;
import org.apache.pekko.serialization.SerializationExtension;
import org.apache.pekko.serialization.Serializer;
import org.apache.pekko.serialization.SerializerWithStringManifest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Encoding and decoding one order: RT's generated codec against Pekko's Jackson CBOR serializer
 * (what Pekko's documentation recommends for records), through Pekko's own serialization API.
 */
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class CodecBenchmark {

    private final WireMsg.Order rtOrder = new WireMsg.Order(123_456_789L, "ACME", 300, 101.25,
            WireMsg.Side.BUY, Instant.parse("2026-12-04T10:15:30.123Z"));
    private final PekkoRemote.Order pekkoOrder = new PekkoRemote.Order(123_456_789L, "ACME", 300,
            101.25, WireMsg.Side.BUY, Instant.parse("2026-12-04T10:15:30.123Z"));
    private final WireWriter writer = new WireWriter();
    private byte[] rtBytes;
    private ActorSystem pekko;
    private SerializerWithStringManifest jackson;
    private byte[] pekkoBytes;
    private String manifest;

    /** Creates the benchmark; JMH instantiates it. */
    public CodecBenchmark() {}

    /** Encodes each once, and finds Pekko's serializer as Pekko would. */
    @Setup(Level.Trial)
    public void setUp() {
        WireMsgCodec.INSTANCE.encode(rtOrder, writer);
        rtBytes = writer.toByteArray();
        pekko = ActorSystem.create("codec", ConfigFactory.parseString(
                "pekko.actor.serialization-bindings {\n"
                        + "  \"dev.rt.bench.remote.PekkoRemote$Json\" = jackson-cbor\n}\n")
                .withFallback(ConfigFactory.load()));
        Serializer s = SerializationExtension.get(pekko).findSerializerFor(pekkoOrder);
        jackson = (SerializerWithStringManifest) s;
        manifest = jackson.manifest(pekkoOrder);
        pekkoBytes = jackson.toBinary(pekkoOrder);
    }

    /** Terminates Pekko's system. */
    @TearDown(Level.Trial)
    public void tearDown() {
        pekko.terminate();
    }

    /** @return the encoded size */
    @Benchmark
    public int encodeRt() {
        writer.reset();
        WireMsgCodec.INSTANCE.encode(rtOrder, writer);
        return writer.size();
    }

    /** @return the decoded order */
    @Benchmark
    public Object decodeRt() {
        return WireMsgCodec.INSTANCE.decode(new WireReader(rtBytes));
    }

    /** @return the encoded bytes */
    @Benchmark
    public byte[] encodePekko() {
        return jackson.toBinary(pekkoOrder);
    }

    /**
     * @return the decoded order
     * @throws java.io.NotSerializableException if Jackson cannot read it
     */
    @Benchmark
    public Object decodePekko() throws java.io.NotSerializableException {
        return jackson.fromBinary(pekkoBytes, manifest);
    }

    /** {@return the encoded sizes, for the documentation} */
    public String sizes() {
        return "RT " + rtBytes.length + " bytes, Pekko Jackson CBOR " + pekkoBytes.length
                + " bytes";
    }
}

package dev.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.annotation.Overflow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading {@link ActorSystemConfig} from properties: every key, bad values, precedence. */
class ConfigPropertiesTest {

    private static Properties props(String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }

    @Test
    void noKeysMeansTheDefaultsAndOtherPrefixesAreNotLookedAt() {
        assertEquals(ActorSystemConfig.defaults(), ActorSystemConfig.fromProperties(
                props("java.version", "1", "rtx.parallelism", "x", "pekko.rt.throughput", "y")));
    }

    @Test
    void everyKeyIsRead() {
        ActorSystemConfig c = ActorSystemConfig.fromProperties(props(
                "rt.parallelism", "3",
                "rt.throughput", " 7 ",
                "rt.ask-timeout", "500ms",
                "rt.shutdown-timeout", "PT2S",
                "rt.blocked-threshold", "0",
                "rt.default-mailbox", "bounded:10:drop-newest",
                "rt.flight-recorder", "TRUE"));
        assertEquals(3, c.parallelism());
        assertEquals(7, c.throughput());
        assertEquals(Duration.ofMillis(500), c.askTimeout());
        assertEquals(Duration.ofSeconds(2), c.shutdownTimeout());
        assertEquals(Duration.ZERO, c.blockedThreshold());
        assertEquals(Mailbox.bounded(10, Overflow.DROP_NEWEST), c.defaultMailbox());
        assertTrue(c.flightRecorder());
        assertEquals(false, ActorSystemConfig.fromProperties(props("rt.flight-recorder", "false"))
                .flightRecorder());
    }

    @ParameterizedTest
    @CsvSource({"0, PT0S", "250ms, PT0.25S", "2s, PT2S", "1m, PT1M", "1h, PT1H", "PT1.5S, PT1.5S",
            "pt3m, PT3M", "P1D, PT24H"})
    void durations(String written, String expected) {
        assertEquals(Duration.parse(expected), ActorSystemConfig.fromProperties(
                props("rt.blocked-threshold", written)).blockedThreshold());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "unbounded | UNBOUNDED",
            "UNBOUNDED | UNBOUNDED",
            "bounded:5:reject | 5 REJECT PT1S",
            "bounded:5:DROP_OLDEST | 5 DROP_OLDEST PT1S",
            "bounded:5:drop-newest | 5 DROP_NEWEST PT1S",
            "bounded:5:block | 5 BLOCK PT1S",
            "bounded:5:block:250ms | 5 BLOCK PT0.25S"})
    void mailboxes(String written, String expected) {
        Mailbox m = ActorSystemConfig.fromProperties(props("rt.default-mailbox", written))
                .defaultMailbox();
        if (expected.equals("UNBOUNDED")) {
            assertSame(Mailbox.UNBOUNDED, m);
        } else {
            assertEquals(expected, m.capacity() + " " + m.overflow() + " " + m.blockTimeout());
        }
    }

    /** Each bad value: the exception names the key and the value, and says how to fix it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "rt.parallelism | four | not a whole number; write one",
            "rt.parallelism | 0 | must be at least 1; write 1 or more",
            "rt.throughput | -1 | must be at least 1; write 1 or more",
            "rt.throughput | '' | not a whole number; write one",
            "rt.ask-timeout | 5 | not a duration; write a whole number and a unit",
            "rt.ask-timeout | 0 | must be positive; write a whole number and a unit",
            "rt.ask-timeout | 2 s | not a duration; write a whole number and a unit",
            "rt.shutdown-timeout | 10sec | not a duration; write a whole number and a unit",
            "rt.shutdown-timeout | PT | not an ISO-8601 duration; write a whole number and a unit",
            "rt.blocked-threshold | PT-1S | must not be negative; write a whole number and a unit",
            "rt.blocked-threshold | 99999999999999999999ms | too large; write a whole number",
            "rt.blocked-threshold | 9999999999999999h | too large; write a whole number",
            "rt.default-mailbox | bounded | not a mailbox; write unbounded, or bounded:",
            "rt.default-mailbox | bounded:x:drop-newest | not a whole number; write unbounded",
            "rt.default-mailbox | bounded:0:drop-newest | at least 1; write unbounded",
            "rt.default-mailbox | bounded:5:drop | unknown overflow policy 'drop'; write unbounded",
            "rt.default-mailbox | bounded:5:reject:2s | applies to block only; drop the last part",
            "rt.default-mailbox | bounded:5:block:soon | the block timeout is not a duration;",
            "rt.default-mailbox | lots | not a mailbox; write unbounded, or bounded:",
            "rt.flight-recorder | yes | not a boolean; write true or false"})
    void badValuesNameTheKeyTheValueAndTheFix(String key, String value, String says) {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ActorSystemConfig.fromProperties(props(key, value)));
        assertEquals(key, e.key());
        assertEquals(value.strip(), e.value());
        assertTrue(e.getMessage().startsWith(key + "=" + value.strip() + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(says), e.getMessage());
    }

    @Test
    void anUnknownKeyIsAnErrorThatSuggestsTheNearestAndListsThemAll() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ActorSystemConfig.fromProperties(props("rt.paralelism", "4")));
        assertEquals("rt.paralelism", e.key());
        assertEquals("4", e.value());
        assertEquals("rt.paralelism=4: unknown key; did you mean rt.parallelism? the keys under"
                + " rt. are rt.ask-timeout, rt.blocked-threshold, rt.default-mailbox,"
                + " rt.flight-recorder, rt.parallelism, rt.shutdown-timeout, rt.throughput",
                e.getMessage());
        ConfigException far = assertThrows(ConfigException.class,
                () -> ActorSystemConfig.fromProperties(props("rt.mailbox.capacity", "4")));
        assertTrue(far.getMessage().startsWith("rt.mailbox.capacity=4: unknown key; the keys"),
                far.getMessage());
    }

    @Test
    void aValueThatIsNotAStringIsAnError() {
        Properties p = new Properties();
        p.put("rt.throughput", 5);
        ConfigException e = assertThrows(ConfigException.class,
                () -> ActorSystemConfig.fromProperties(p));
        assertEquals("rt.throughput=5: not a string; set it with setProperty, or in a .properties"
                + " file", e.getMessage());
    }

    @Test
    void theDefaultsOfPropertiesAreRead() {
        Properties p = new Properties(props("rt.throughput", "9"));
        assertEquals(9, ActorSystemConfig.fromProperties(p).throughput());
    }

    @Test
    void codeSetAfterThePropertiesWinsAndWhatItLeavesComesFromThem() {
        ActorSystemConfig c = ActorSystemConfig.builder()
                .from(props("rt.ask-timeout", "1s", "rt.throughput", "8"))
                .askTimeout(Duration.ofSeconds(3))
                .build();
        assertEquals(Duration.ofSeconds(3), c.askTimeout());
        assertEquals(8, c.throughput());
        ActorSystemConfig before = ActorSystemConfig.builder().throughput(2)
                .from(props("rt.ask-timeout", "1s")).build();
        assertEquals(2, before.throughput(), "a key the properties do not name is left alone");
        assertEquals(Duration.ofSeconds(1), before.askTimeout());
    }

    @Test
    void aFileIsReadInUtf8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rt.properties");
        Files.writeString(file, "# an operator's settings\nrt.throughput = 16\n"
                + "rt.default-mailbox=bounded:100:block:2s\nother.key=ignored\n",
                StandardCharsets.UTF_8);
        ActorSystemConfig c = ActorSystemConfig.fromFile(file);
        assertEquals(16, c.throughput());
        assertEquals(Mailbox.bounded(100, Overflow.BLOCK).withBlockTimeout(Duration.ofSeconds(2)),
                c.defaultMailbox());
        assertEquals(Duration.ofSeconds(5), ActorSystemConfig.builder().from(file)
                .askTimeout(Duration.ofSeconds(5)).build().askTimeout());
        assertThrows(NoSuchFileException.class,
                () -> ActorSystemConfig.fromFile(dir.resolve("missing.properties")));
    }

    @Test
    void badKeysInAFileAreErrorsToo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rt.properties");
        Files.writeString(file, "rt.ask-timeout=fast\n", StandardCharsets.UTF_8);
        ConfigException e = assertThrows(ConfigException.class,
                () -> ActorSystemConfig.fromFile(file));
        assertEquals("rt.ask-timeout", e.key());
    }

    @Test
    void systemPropertiesAreRead() {
        String before = System.getProperty("rt.throughput");
        System.setProperty("rt.throughput", "11");
        try {
            assertEquals(11, ActorSystemConfig.fromSystemProperties().throughput());
        } finally {
            if (before == null) {
                System.clearProperty("rt.throughput");
            } else {
                System.setProperty("rt.throughput", before);
            }
        }
    }

    @Test
    void aBoundedDroppingDefaultFromPropertiesDrops() throws Exception {
        RecordingMonitor monitor = new RecordingMonitor();
        try (ActorSystem system = ActorSystem.create("from-props", ActorSystemConfig.builder()
                .from(props("rt.default-mailbox", "bounded:1:drop-newest"))
                .monitor(monitor).timerService(new ManualClock()).build())) {
            ActorRef<Counter.Msg> c = Counter.spawn(system, "c");
            CountDownLatch entered = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            c.tell(new Counter.Block(entered, release));
            assertTrue(entered.await(30, TimeUnit.SECONDS));
            assertEquals(OfferResult.ACCEPTED, c.offer(new Counter.Seq(0, 1)));
            assertEquals(OfferResult.FULL, c.offer(new Counter.Seq(0, 2)));
            release.countDown();
            List<MonitorEvent.MessageDropped> dropped =
                    monitor.all(MonitorEvent.MessageDropped.class);
            assertEquals(1, dropped.size());
            assertEquals(Overflow.DROP_NEWEST, dropped.get(0).policy());
        }
    }
}

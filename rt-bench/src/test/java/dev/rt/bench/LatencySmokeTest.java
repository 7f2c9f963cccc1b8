package dev.rt.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the latency measurement once per runtime with tiny durations, so that it cannot rot. No
 * latency is asserted: only that probes were measured and that the percentiles are in order.
 *
 * <p>The load is one pair of busy actors, which leaves a thread free on a machine of two cores or
 * more: with as many pairs as threads, Pekko's dispatcher never runs the probe actor (see {@link
 * Latency}), which the real run reports and this test would wait out.
 */
class LatencySmokeTest {

    @Test
    void latencyUnderLoadIsMeasuredForBothRuntimes() {
        var settings = new Latency.Settings(Duration.ofMillis(100), Duration.ofMillis(300),
                Duration.ofNanos(50_000), 1, 200, Duration.ofSeconds(10));
        for (String runtime : List.of("rt", "pekko")) {
            Latency.Result result = Latency.measure(runtime, settings);
            assertInOrder(runtime + " ask", result.ask());
            assertInOrder(runtime + " tell", result.tell());
            assertTrue(result.json().startsWith("{\"runtime\":\"" + runtime + "\""),
                    result.json());
        }
    }

    private static void assertInOrder(String what, Latency.Percentiles p) {
        assertTrue(p.count() > 0, what + ": no probe measured");
        assertTrue(p.p50() <= p.p99() && p.p99() <= p.p999() && p.p999() <= p.max(),
                what + ": percentiles out of order: " + p.json());
    }
}

package dev.rt.samples.cluster;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The distributed showcase runs to its end: three JVMs, one killed and started again, the orders
 * flowing before and after. It ends every JVM it starts; the test is bounded in time.
 */
class ClusterShowcaseTest {

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void theTradingSystemSurvivesTheKillOfItsRiskNode() throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        System.setOut(new PrintStream(new TeeStream(out, copy), true, StandardCharsets.UTF_8));
        try {
            ClusterShowcase.main(new String[0]);
        } finally {
            System.setOut(out);
        }
        String printed = copy.toString(StandardCharsets.UTF_8);
        // in this order, the source restarted twice after the kill (by the count of lines, not
        // their numbers: a lookup during the feed's own join may have restarted it before)
        int at = 0;
        for (String step : new String[] {"== 1. orders flow", "== 2. kill -9 the risk node",
                "[feed    ] member left: /cluster/risk", "/user/market/source restarted (#",
                "/user/market/source restarted (#", "== 3. start the risk node again",
                "== 4. orders flow again", "done"}) {
            int next = printed.indexOf(step, at);
            assertTrue(next >= 0, "missing, or out of order: " + step + "\n" + printed);
            at = next + step.length();
        }
    }

    /** Writes to two streams. */
    private static final class TeeStream extends java.io.OutputStream {
        private final java.io.OutputStream a;
        private final java.io.OutputStream b;

        TeeStream(java.io.OutputStream a, java.io.OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public synchronized void write(int c) throws java.io.IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public synchronized void write(byte[] buf, int off, int len) throws java.io.IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }
    }
}

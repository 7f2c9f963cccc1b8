package dev.rt.bench.latency;

import dev.rt.Actor;
import dev.rt.Request;
import dev.rt.annotation.ActorBehavior;
import org.HdrHistogram.Histogram;

/**
 * The actor the latency probes go to: answers pings (the asks), and records the latency of each
 * stamp (the tells) into a histogram of its own, which the measuring thread drains with an ask.
 */
@ActorBehavior
public final class Probe implements Actor<Probe.Msg> {

    /** The probe's protocol. */
    public sealed interface Msg {
        /** An ask; the reply is the number of pings so far. */
        record Ping() implements Msg, Request<Long> {}

        /**
         * A tell whose latency is recorded when it is handled.
         *
         * @param sentAt the {@link System#nanoTime} it counts from
         */
        record Stamp(long sentAt) implements Msg {}

        /**
         * Asks for the latencies of the stamps handled since the last drain, and forgets them.
         * The reply happens-after every record it holds.
         */
        record Drain() implements Msg, Request<Histogram> {}
    }

    private final Histogram stamps = new Histogram(3);
    private long pings;

    /** Creates a probe. */
    public Probe() {}

    long on(Msg.Ping m) {
        return ++pings;
    }

    void on(Msg.Stamp m) {
        stamps.recordValue(System.nanoTime() - m.sentAt());
    }

    Histogram on(Msg.Drain m) {
        Histogram copy = stamps.copy();
        stamps.reset();
        return copy;
    }
}

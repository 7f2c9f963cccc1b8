package dev.rt.bench.remote;

import dev.rt.Actor;
import dev.rt.annotation.ActorBehavior;

/** RT's remote end: counts items, answers flushes and echoes. */
@ActorBehavior
public final class WireSink implements Actor<WireMsg> {

    private long count;

    /** Creates a sink. */
    public WireSink() {}

    void on(WireMsg.Item m) {
        count++;
    }

    long on(WireMsg.Flush m) {
        return count;
    }

    long on(WireMsg.Echo m) {
        return m.value();
    }

    void on(WireMsg.Order m) {
        count++;
    }
}

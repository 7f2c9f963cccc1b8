package dev.rt.micrometer;

import dev.rt.Actor;
import dev.rt.annotation.ActorBehavior;

/**
 * A second behavior for the per-behavior gauges, which holds as a worker does; not declared
 * blocking, so that a hold is a blocked turn on a carrier thread.
 */
@ActorBehavior
public final class Sink implements Actor<WorkerMsg> {

    /** Creates a sink. */
    public Sink() {}

    void on(WorkerMsg.Work m) {}

    long on(WorkerMsg.Total m) {
        return 0;
    }

    void on(WorkerMsg.Boom m) {}

    long on(WorkerMsg.BoomAsk m) {
        return 0;
    }

    java.util.concurrent.CompletionStage<String> on(WorkerMsg.Later m) {
        return m.reply();
    }

    void on(WorkerMsg.Hold m) throws InterruptedException {
        m.entered().countDown();
        m.release().await(30, java.util.concurrent.TimeUnit.SECONDS);
    }
}

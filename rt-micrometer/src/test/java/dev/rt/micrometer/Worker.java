package dev.rt.micrometer;

import dev.rt.Actor;
import dev.rt.annotation.ActorBehavior;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/** The test actor: a total, failures on demand, a reply the test completes, and a hold. */
/* blocking: the tests hold several at once, more than the carrier threads */
@ActorBehavior(blocking = true)
public final class Worker implements Actor<WorkerMsg> {

    private long total;

    /** Creates a worker with a total of 0. */
    public Worker() {}

    void on(WorkerMsg.Work m) {
        total += m.n();
    }

    long on(WorkerMsg.Total m) {
        return total;
    }

    void on(WorkerMsg.Boom m) {
        throw new IllegalStateException(m.why());
    }

    long on(WorkerMsg.BoomAsk m) {
        throw new IllegalArgumentException(m.why());
    }

    CompletionStage<String> on(WorkerMsg.Later m) {
        return m.reply();
    }

    void on(WorkerMsg.Hold m) throws InterruptedException {
        m.entered().countDown();
        if (!m.release().await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test never released the worker");
        }
    }
}

package dev.rt.bench.savina;

import dev.rt.bench.Done;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/** The Pekko twin of {@link WorkersDone}. */
public final class PekkoWorkersDone extends PekkoTwin<PekkoWorkersDone.EndWork> {

    /** A worker is done: the whole protocol. */
    public record EndWork() {}

    private final int workers;
    private final Runnable end;
    private int workersDone;

    private PekkoWorkersDone(ActorContext<EndWork> ctx, int workers, Runnable end, Done done) {
        super(ctx, done);
        this.workers = workers;
        this.end = end;
    }

    /**
     * {@return the behavior}
     *
     * @param workers workers to wait for
     * @param end ends the shared actor, on this actor's thread, once every worker is done
     * @param done counted down when it stops
     */
    public static Behavior<EndWork> create(int workers, Runnable end, Done done) {
        return Behaviors.setup(ctx -> new PekkoWorkersDone(ctx, workers, end, done));
    }

    @Override
    public Receive<EndWork> createReceive() {
        return receive()
                .onMessage(EndWork.class, m -> {
                    if (++workersDone == workers) {
                        end.run();
                        return Behaviors.stopped();
                    }
                    return this;
                })
                .build();
    }
}

package dev.rt.bench.vt;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;

/**
 * Runs a piece of benchmark code on an actor's thread, the parent of the actors that the code
 * starts: the twin of {@link dev.rt.bench.Driver}, so that all three runtimes start their actors
 * from inside an actor. Its children run on an executor of its own, one virtual thread per task,
 * which keeps the set of their live threads as RT's and Pekko's parents keep their children;
 * when the driver stops, it stops its children (by interrupting them) and waits until every one
 * has ended, then runs its {@code onStop}.
 */
public final class VtDriver extends VtActor<VtDriver.Msg> {

    /** The driver's protocol. */
    public sealed interface Msg {
        /**
         * Runs {@code body} on the driver's thread.
         *
         * @param body the code; it starts children on the executor it is given
         */
        record Run(Consumer<Executor> body) implements Msg {}

        /** Stops the driver and its children. */
        record Stop() implements Msg {
            public static final Stop INSTANCE = new Stop();
        }
    }

    private final ExecutorService children;
    private final Runnable onStop;

    /**
     * Creates a driver.
     *
     * @param threads makes the children's virtual threads
     * @param onStop runs once all of the driver's children have ended, before its own thread ends
     */
    public VtDriver(ThreadFactory threads, Runnable onStop) {
        this.children = Executors.newThreadPerTaskExecutor(threads);
        this.onStop = onStop;
    }

    @Override
    protected void receive(Msg message) {
        switch (message) {
            case Msg.Run(var body) -> body.accept(children);
            case Msg.Stop() -> stop();
        }
    }

    @Override
    protected void postStop() {
        children.shutdownNow();
        children.close();
        onStop.run();
    }
}

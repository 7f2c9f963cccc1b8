package dev.rt.bench.vt;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedTransferQueue;

/**
 * An actor on a virtual thread of its own: a mailbox, and a loop that takes the next message and
 * handles it, until the actor stops. Subclasses declare a sealed interface of message records
 * and handle them in {@link #receive} with a pattern-matching {@code switch}.
 *
 * <p>The object is its own reference: other actors hold it and call {@link #tell}. Start it once
 * with {@link #start}, on an executor of one virtual thread per task; the loop ends when a
 * handler calls {@link #stop}, when the thread is interrupted (the executor's {@code
 * shutdownNow}), or when a handler throws, and then {@link #postStop} runs and the thread ends.
 * Messages still in the mailbox are dropped with it, and messages told to an actor that has
 * stopped stay in its mailbox until it is garbage.
 *
 * <p>Threads: {@link #tell} from any thread; everything else runs on the actor's own thread, one
 * message at a time, so the actor's fields need no synchronization. The mailbox's {@code
 * put}/{@code take} pair orders each message's creation before its handling.
 *
 * @param <M> the actor's protocol: a sealed interface of records
 */
public abstract class VtActor<M> implements Runnable {

    /** Unbounded, lock-free, blocking for the one consumer: see the package comment. */
    private final LinkedTransferQueue<M> mailbox = new LinkedTransferQueue<>();
    /** Set by {@link #stop}; read and written on the actor's thread only. */
    private boolean stopped;

    /** Creates the actor; it does nothing until {@linkplain #start started}. */
    protected VtActor() {}

    /**
     * Starts an actor on a new thread of {@code executor}.
     *
     * @param <A> the actor's class
     * @param executor one virtual thread per task, such as {@link
     *     java.util.concurrent.Executors#newVirtualThreadPerTaskExecutor()}
     * @param actor the actor, not started before
     * @return {@code actor}
     */
    public static <A extends VtActor<?>> A start(Executor executor, A actor) {
        executor.execute(actor);
        return actor;
    }

    /**
     * Sends a message: puts it in the mailbox and returns at once (the mailbox is unbounded).
     *
     * @param message the message
     */
    public final void tell(M message) {
        mailbox.put(message);
    }

    /** Runs first on the actor's thread, before any message: here nothing. */
    protected void preStart() {}

    /**
     * Handles one message, on the actor's thread.
     *
     * @param message the message
     */
    protected abstract void receive(M message);

    /** Ends the loop after the current message (or after {@link #preStart}). */
    protected final void stop() {
        stopped = true;
    }

    /**
     * Runs last on the actor's thread, however the loop ended (stop, interrupt or failure): here
     * nothing.
     */
    protected void postStop() {}

    /**
     * The actor's thread: {@link #preStart}, then take and {@link #receive} until stopped, then
     * {@link #postStop}. Not to be called: {@link #start} hands it to the executor.
     *
     * <p>A handler's exception ends the actor; it goes to the thread's uncaught exception handler
     * before {@link #postStop} runs, so that a benchmark waiting for the actor's {@code postStop}
     * sees the failure already recorded ({@link VtState} turns it into the operation's failure).
     */
    @Override
    public final void run() {
        try {
            preStart();
            while (!stopped) {
                receive(mailbox.take());
            }
        } catch (InterruptedException e) {
            // shutdownNow of its executor: the actor stops, as if told to
        } catch (RuntimeException | Error e) {
            Thread thread = Thread.currentThread();
            thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
        } finally {
            postStop();
        }
    }
}

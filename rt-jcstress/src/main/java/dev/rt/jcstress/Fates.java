package dev.rt.jcstress;

import dev.rt.Monitor;
import dev.rt.MonitorEvent;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * What became of each message of one test instance: how often it was handled, by which thread,
 * and how often it was reported as a dead letter. Also the {@link Monitor} of the instance's
 * system, which counts the dead letters. Thread-safe.
 */
public final class Fates implements Monitor {

    /** The highest message number plus one. */
    static final int SIZE = 5;

    /** A fate code: neither handled nor reported. */
    public static final int LOST = 0;
    /** A fate code: handled once, not reported. */
    public static final int HANDLED = 1;
    /** A fate code: reported once as a dead letter, not handled. */
    public static final int DEAD = 2;
    /** A fate code: anything else (handled twice, or handled and reported...). */
    public static final int BOTH_OR_TWICE = 3;

    private final AtomicIntegerArray handled = new AtomicIntegerArray(SIZE);
    private final AtomicIntegerArray dead = new AtomicIntegerArray(SIZE);
    private final AtomicReferenceArray<Thread> handledBy = new AtomicReferenceArray<>(SIZE);
    private final AtomicIntegerArray sawMark = new AtomicIntegerArray(SIZE);
    private final AtomicIntegerArray position = new AtomicIntegerArray(SIZE);
    private final java.util.concurrent.atomic.AtomicInteger handledSoFar =
            new java.util.concurrent.atomic.AtomicInteger();

    /** Set by a test when something has happened (a stop was sent); handlers read it. */
    volatile boolean mark;

    /** A handler ran for {@code id}; on the actor's thread. */
    void handled(int id) {
        if (mark) {
            sawMark.incrementAndGet(id);
        }
        handledBy.set(id, Thread.currentThread());
        handled.incrementAndGet(id);
        position.set(id, handledSoFar.incrementAndGet());
    }

    @Override
    public void onEvent(MonitorEvent event) {
        if (event instanceof MonitorEvent.DeadLetter d && d.message() instanceof Msg m) {
            dead.incrementAndGet(m.id());
        }
    }

    /** {@return the fate of message {@code id}: one of the codes above} */
    int fate(int id) {
        int h = handled.get(id);
        int d = dead.get(id);
        if (h == 0 && d == 0) {
            return LOST;
        }
        if (h == 1 && d == 0) {
            return HANDLED;
        }
        if (h == 0 && d == 1) {
            return DEAD;
        }
        return BOTH_OR_TWICE;
    }

    /** {@return how many of messages 0 to {@code ids} - 1 were handled exactly once} */
    int handledOnce(int ids) {
        int once = 0;
        for (int id = 0; id < ids; id++) {
            once += handled.get(id) == 1 ? 1 : 0;
        }
        return once;
    }

    /** {@return how often message {@code id} was handled} */
    int handledCount(int id) {
        return handled.get(id);
    }

    /** {@return how often message {@code id} was reported as a dead letter} */
    int deadCount(int id) {
        return dead.get(id);
    }

    /** {@return whether the handler of {@code id} ran after {@link #mark} was set, as a count} */
    int sawMark(int id) {
        return sawMark.get(id);
    }

    /**
     * {@return when message {@code id} was last handled: 1 for the first message this instance
     * handled, 2 for the second...; 0 if never}
     */
    int position(int id) {
        return position.get(id);
    }

    /** {@return the thread that handled {@code id}, or null} */
    Thread handledBy(int id) {
        return handledBy.get(id);
    }
}

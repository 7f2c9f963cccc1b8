package dev.rt.internal;

import dev.rt.Cancellable;
import dev.rt.TimerService;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link TimerService}: one daemon thread, started on the first {@link #schedule},
 * that sleeps until the earliest deadline and runs what is due, in deadline order (equal
 * deadlines in the order they were scheduled).
 *
 * <p>It is built for the ask timeout, which nearly every request schedules and nearly every reply
 * cancels, at millions a second:
 *
 * <ul>
 *   <li><b>Scheduling takes no lock and wakes nobody</b> unless the new deadline is earlier than
 *       the one the timer thread sleeps until: the entry is pushed onto a lock-free stack (an
 *       inbox) that the timer thread empties into its heap when it wakes, and a request's
 *       timeout, a few seconds after the earlier ones, never is.
 *   <li><b>Nothing shared between carriers.</b> Each carrier of the system's own pool pushes onto
 *       an inbox of its own (its {@link Lane}, made on its first schedule and handed back when it
 *       ends), which only it and the timer thread touch; other threads share one inbox. Asks
 *       made on two carriers at once would otherwise fight over one cache line for every
 *       request. (A {@code
 *       ScheduledThreadPoolExecutor} takes a lock to schedule and another to cancel, and wakes
 *       its thread whenever its queue was empty: a context switch for every ask that is alone in
 *       flight, on a machine whose carriers have the cores.)
 *   <li><b>Cancelling is one CAS</b> on the entry's own state, shared with nobody else; the
 *       entry stays where it is until the timer thread drops it. Every {@link #DRAIN_EVERY}th
 *       entry pushed onto the inbox wakes the timer thread, which drops the cancelled ones as it
 *       empties the inbox, and purges the heap of cancelled entries whenever it has doubled since
 *       the last purge (and holds at least {@link #PURGE_FLOOR}). So a million asks answered in
 *       time leave at most {@code DRAIN_EVERY} entries in the inbox and about as many dead
 *       entries in the heap as there are live ones, plus that floor.
 * </ul>
 *
 * <p>Threading: any thread may call {@link #schedule}, {@link Cancellable#cancel} and {@link
 * #close}; tasks run on the timer thread, one at a time, and must be short. The heap and the
 * sequence numbers are the timer thread's alone; a carrier's lane is pushed onto by that carrier
 * only. Memory consistency: the CAS that pushes an entry onto an inbox happens-before the timer
 * thread takes it from there, so actions before {@link
 * #schedule} happen-before the task runs. An entry runs only if the timer thread wins the CAS of
 * its state from pending to fired; {@code cancel} wins it from pending to cancelled: exactly one
 * of them does. The wake-up is a Dekker handshake of volatile accesses: a scheduler pushes and
 * then reads the timer thread's parking state; the timer thread publishes that state and then
 * reads every inbox; so either the timer thread sees the new entry before it parks, or the
 * scheduler sees how long it sleeps and wakes it if the new deadline is earlier.
 */
final class DefaultTimerService implements TimerService {

    private static final Logger LOG = LoggerFactory.getLogger(dev.rt.ActorSystem.class);

    /** Entries pushed onto the inbox between two wake-ups of the timer thread, at most. */
    static final int DRAIN_EVERY = 1024;

    /** The size of the heap below which cancelled entries wait for their deadline. */
    static final int PURGE_FLOOR = 1024;

    /** The longest delay honoured: about 73 years; longer ones wait that long. */
    private static final long MAX_DELAY_NANOS = Long.MAX_VALUE / 4;

    /** The timer thread is working and empties the inbox before it parks again. */
    private static final int AWAKE = 0;
    /** The timer thread parks until {@link #parkedUntil}. */
    private static final int TIMED = 1;
    /** The timer thread parks with nothing scheduled. */
    private static final int IDLE = 2;

    private static final VarHandle STARTED;
    private static final VarHandle LANE_HEAD;
    private static final VarHandle ENTRY_STATE;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup(); // nestmates: one lookup for all
            STARTED = l.findVarHandle(DefaultTimerService.class, "started", boolean.class);
            LANE_HEAD = l.findVarHandle(Lane.class, "head", Entry.class);
            ENTRY_STATE = l.findVarHandle(Entry.class, "state", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final String systemName;
    /** The system's own pool, whose carriers get lanes of their own; null if it has none. */
    private final CarrierPool carriers;
    private final Thread thread;

    /** The inbox of every thread that is not a carrier with a lane of its own. */
    private final Lane shared = new Lane(this);
    /** Every inbox: {@link #shared} first, then the carriers' lanes. Copied on write. */
    private volatile Lane[] lanes = {shared};
    /** Whether the timer thread has been started. */
    @SuppressWarnings("unused") // through STARTED
    private volatile boolean started;
    /** What the timer thread does: {@link #AWAKE}, {@link #TIMED} or {@link #IDLE}. */
    private volatile int parking = AWAKE;
    /** The deadline the timer thread parks until, when {@link #parking} is {@link #TIMED}. */
    private volatile long parkedUntil;
    /** Entries in the heap after the timer thread's last round; for tests and diagnostics. */
    private volatile int heapSize;
    private volatile boolean closed;

    /** Pending entries by deadline, then by sequence; the timer thread's only. */
    private final PriorityQueue<Entry> heap = new PriorityQueue<>();
    /** The next sequence number; the timer thread's only. */
    private long sequence;
    /** The heap's size at which it is next purged of cancelled entries; the timer thread's. */
    private int purgeAt = PURGE_FLOOR;

    /**
     * Creates the service; its thread starts on the first {@link #schedule}.
     *
     * @param systemName names the thread
     * @param carriers the system's own pool, or null when turns run on the user's executor
     */
    DefaultTimerService(String systemName, CarrierPool carriers) {
        this.systemName = systemName;
        this.carriers = carriers;
        this.thread = Thread.ofPlatform().daemon().name("rt-" + systemName + "-timer")
                .unstarted(this::run);
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    /**
     * Schedules {@code task}; see the class comment. Any thread.
     *
     * @throws RejectedExecutionException if the service is closed
     */
    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(task, "task");
        if (closed) {
            throw new RejectedExecutionException(
                    "the timer service of actor system " + systemName + " is closed");
        }
        if (!started && STARTED.compareAndSet(this, false, true)) {
            thread.start();
        }
        Entry e = new Entry(System.nanoTime() + clamp(delay), task);
        if (push(laneOf(Thread.currentThread()), e)) {
            LockSupport.unpark(thread);
        }
        return e;
    }

    /** {@return the inbox that the calling thread pushes onto} Made on a carrier's first use. */
    private Lane laneOf(Thread current) {
        if (!(current instanceof CarrierThread c) || c.getPool() != carriers) {
            return shared;
        }
        Lane own = c.timerLane;
        if (own == null) {
            own = new Lane(this);
            synchronized (this) { // once per carrier, off the hot path
                Lane[] old = lanes;
                Lane[] grown = Arrays.copyOf(old, old.length + 1);
                grown[old.length] = own;
                lanes = grown;
            }
            c.timerLane = own;
        }
        return own;
    }

    /**
     * A carrier ends: its lane leaves the service, and what is left in it moves to the shared
     * inbox. That carrier's thread.
     */
    void retire(Lane lane) {
        synchronized (this) {
            Lane[] old = lanes;
            Lane[] kept = new Lane[old.length - 1];
            for (int i = 0, j = 0; i < old.length; i++) {
                if (old[i] != lane) {
                    kept[j++] = old[i];
                }
            }
            lanes = kept;
        }
        Entry e = lane.takeAll();
        while (e != null) {
            Entry next = e.next;
            if (push(shared, e)) {
                LockSupport.unpark(thread);
            }
            e = next;
        }
    }

    private static long clamp(Duration delay) {
        if (delay.isNegative()) {
            return 0;
        }
        return delay.compareTo(Duration.ofNanos(MAX_DELAY_NANOS)) > 0 ? MAX_DELAY_NANOS
                : delay.toNanos();
    }

    /**
     * Pushes an entry onto the shared inbox. Any thread.
     *
     * @return whether the timer thread must be woken
     */
    boolean push(Entry e) {
        return push(shared, e);
    }

    /**
     * Pushes an entry onto an inbox. The lane's carrier, or any thread for the shared inbox.
     *
     * @return whether the timer thread must be woken: it parks until later than the entry's
     *     deadline, or with nothing scheduled, or the inbox has grown by {@link #DRAIN_EVERY}
     */
    private boolean push(Lane lane, Entry e) {
        Entry head;
        do {
            head = lane.head;
            e.next = head;
            e.depth = head == null ? 1 : head.depth + 1;
        } while (!LANE_HEAD.compareAndSet(lane, head, e));
        int p = parking;
        return p == IDLE || (p == TIMED && e.deadline - parkedUntil < 0)
                || e.depth % DRAIN_EVERY == 0;
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(thread);
    }

    /** {@return the inboxes: the shared one and one per carrier that has scheduled} */
    int laneCount() {
        return lanes.length;
    }

    /** {@return the entries in the heap after the timer thread's last round} */
    int heapSize() {
        return heapSize;
    }

    // =========================================================================================
    // The timer thread

    private void run() {
        while (!closed) {
            drainInbox();
            if (heap.size() >= purgeAt) {
                purge();
            }
            runDue();
            heapSize = heap.size();
            Entry top = heap.peek();
            if (!readyToPark(top == null ? 0 : top.deadline, top == null)) {
                continue;
            }
            if (top == null) {
                LockSupport.park(this);
            } else {
                LockSupport.parkNanos(this, top.deadline - System.nanoTime());
            }
            parking = AWAKE;
        }
        parking = AWAKE;
        for (Lane lane : lanes) {
            lane.takeAll(); // dropped, as the contract says
        }
        heap.clear();
    }

    /**
     * Publishes how long the timer thread is about to park, then checks that nothing arrived
     * meanwhile. The timer thread.
     *
     * @param until the earliest deadline in the heap, if there is one
     * @param idle whether the heap is empty
     * @return whether it may park; if not, it is awake again and goes round once more
     */
    boolean readyToPark(long until, boolean idle) {
        if (!idle) {
            parkedUntil = until;
        }
        parking = idle ? IDLE : TIMED;
        if (closed) {
            parking = AWAKE;
            return false;
        }
        for (Lane lane : lanes) {
            if (lane.head != null) {
                parking = AWAKE;
                return false;
            }
        }
        return true;
    }

    /** Moves every inbox into the heap. The timer thread. */
    private void drainInbox() {
        for (Lane lane : lanes) {
            drain(lane);
        }
    }

    /**
     * Moves one inbox into the heap, oldest first, numbering the entries; drops the ones already
     * cancelled. The timer thread.
     */
    private void drain(Lane lane) {
        Entry e = lane.takeAll();
        Entry oldest = null;
        while (e != null) { // reverse the stack: it holds the newest first
            Entry next = e.next;
            e.next = oldest;
            oldest = e;
            e = next;
        }
        while (oldest != null) {
            Entry next = oldest.next;
            oldest.next = null; // no links between entries that outlive the inbox
            if (!oldest.isCancelled()) {
                oldest.sequence = sequence++;
                heap.add(oldest);
            }
            oldest = next;
        }
    }

    /**
     * Drops the cancelled entries from the heap, and sets the size of the next purge to twice
     * what is left: so purging costs O(1) a scheduled entry. The timer thread.
     */
    private void purge() {
        heap.removeIf(Entry::isCancelled);
        purgeAt = Math.max(PURGE_FLOOR, 2 * heap.size());
    }

    /** Runs every entry whose deadline has passed, in order. The timer thread. */
    private void runDue() {
        long now = System.nanoTime();
        Entry top;
        while ((top = heap.peek()) != null && top.deadline - now <= 0) {
            heap.poll();
            if (top.claim()) {
                try {
                    top.task.run();
                } catch (RuntimeException | Error failure) {
                    LOG.error("RT internal error: a timer task of actor system {} failed: {}",
                            systemName, failure.toString(), failure);
                }
            } // else cancelled: dropped at its deadline
        }
    }

    /**
     * An inbox: a Treiber stack of entries, newest first. Pushed onto by its carrier (or, for the
     * shared one, by any thread); emptied at once by the timer thread, or by its carrier when it
     * ends.
     */
    static final class Lane {

        /** The service whose inbox this is. */
        final DefaultTimerService owner;
        /** The newest entry not yet taken, or null. */
        volatile Entry head;

        Lane(DefaultTimerService owner) {
            this.owner = owner;
        }

        /** {@return the entries, newest first, leaving the inbox empty} */
        Entry takeAll() {
            return (Entry) LANE_HEAD.getAndSet(this, (Entry) null);
        }
    }

    /**
     * One scheduled task: its deadline, its place in the inbox, and the state that settles
     * whether it runs or is cancelled.
     */
    static final class Entry implements Cancellable, Comparable<Entry> {

        private static final int PENDING = 0;
        private static final int FIRED = 1;
        private static final int CANCELLED = 2;

        final long deadline;
        final Runnable task;
        /** The next older entry while in the inbox; written before the push publishes it. */
        Entry next;
        /** Its place in the inbox, counted from the bottom; written before the push too. */
        int depth;
        /** The order of scheduling among equal deadlines; the timer thread's only. */
        long sequence;
        @SuppressWarnings("unused") // through ENTRY_STATE
        private volatile int state;

        Entry(long deadline, Runnable task) {
            this.deadline = deadline;
            this.task = task;
        }

        @Override
        public boolean cancel() {
            return ENTRY_STATE.compareAndSet(this, PENDING, CANCELLED);
        }

        /** {@return whether this call won the entry for running it} The timer thread. */
        boolean claim() {
            return ENTRY_STATE.compareAndSet(this, PENDING, FIRED);
        }

        boolean isCancelled() {
            return state == CANCELLED;
        }

        @Override
        public int compareTo(Entry o) {
            long d = deadline - o.deadline;
            return d != 0 ? (d < 0 ? -1 : 1) : Long.compare(sequence, o.sequence);
        }
    }
}

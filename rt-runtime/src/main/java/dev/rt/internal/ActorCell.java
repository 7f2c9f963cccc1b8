package dev.rt.internal;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.ActorRef;
import dev.rt.ActorSystem;
import dev.rt.InvalidActorNameException;
import dev.rt.Mailbox;
import dev.rt.MailboxFullException;
import dev.rt.OfferResult;
import dev.rt.Timers;
import dev.rt.annotation.Overflow;
import dev.rt.MonitorEvent;
import dev.rt.Request;
import dev.rt.Terminated;
import dev.rt.spi.Dispatcher;
import dev.rt.spi.Replier;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.jctools.queues.MessagePassingQueue;
import org.jctools.queues.varhandle.MpscUnboundedVarHandleArrayQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One actor: its mailbox, its signals, its state, and the task that runs it. The cell is what
 * gets scheduled, so scheduling an actor allocates nothing.
 *
 * <h2>Concurrency</h2>
 *
 * <ul>
 *   <li><b>Who may call what.</b> {@link #tell}, {@link #ask} and {@link #sendSignal} may be
 *       called from any thread. Everything else, including every {@link ActorContext} and {@link
 *       Replier} method, runs on the actor's thread: the thread that currently runs its turn.
 *   <li><b>One runner.</b> {@link #status} is IDLE or SCHEDULED. A producer that enqueues
 *       something calls {@link #schedule}, which moves IDLE to SCHEDULED by CAS and, only when it
 *       wins, hands the cell to the executor, or to its carrier's handoff slot ({@link #exec}). A
 *       cell in the slot is SCHEDULED and leaves it exactly once, by an atomic exchange, either
 *       to run on that carrier or to go to the pool (the putting turn's release store, or the
 *       exchange, orders everything before it ahead of the next turn). The turn sets IDLE again
 *       (a volatile write) as its last step. So at most one thread runs a turn at a time, and each turn happens-before the
 *       next one, which is why the actor-confined fields below need no synchronization.
 *   <li><b>No lost wake-up.</b> A producer offers (a release store into the queue, ordered by
 *       its CAS on the producer index) and then reads {@link #status}; the turn writes IDLE and
 *       then reads the queues. Both pairs are volatile or CAS accesses, so at least one side sees
 *       the other: either the producer sees IDLE and schedules, or the ending turn sees the
 *       message and schedules itself again.
 *   <li><b>The queue comes with the first message.</b> {@link #mailbox} is null until a producer
 *       installs a queue by CAS (a losing producer uses the winner's). The turn reads the field
 *       with a volatile read after writing IDLE, so the argument above holds when the queue is
 *       new: the turn either sees the installed queue, and the message in it, or read the field
 *       before the producer's CAS, and then the producer's later read of the status sees IDLE.
 *   <li><b>Signals first.</b> Signals (start, stop, watch, death notices, abandon) are pushed
 *       onto an intrusive lock-free stack, {@link #signals}, by CAS. The turn takes the whole
 *       stack with one {@code getAndSet(null)}, reverses it to arrival order, and handles it
 *       before the first user message and again before every later one that finds the stack
 *       non-empty.
 *   <li><b>Termination.</b> {@link #lifecycle} is written only by the actor's thread and read by
 *       any thread. After it reads TERMINATED, a producer reports its message as a dead letter
 *       instead of enqueuing it; a message that slipped in just before is found by the next
 *       turn, which drains the mailbox into dead letters. So every message is either handled or
 *       reported as a dead letter, never both and never neither.
 *   <li><b>Supervision.</b> A supervised cell never ends on its own: on a failure or a
 *       non-terminal stop it becomes SUSPENDED (user messages stay queued), reports to its
 *       supervisor with a {@link Signal.ChildExited} and waits for a directive: {@link
 *       Signal.Resume}, {@link Signal.Recycle} (a new incarnation in the same cell, so references
 *       and the mailbox survive) or a terminal {@link Signal.Stop}.
 *   <li><b>Abandonment.</b> When {@code close(timeout)} gives up, the system marks each live
 *       cell of the tree once ({@link #markAbandoned}, a CAS on {@link #abandon}), sends it
 *       {@link Signal.Abandon} and interrupts its runner. The signal is handled like any other,
 *       ahead of messages: as soon as the running handler returns, or at once when the cell is
 *       idle. The cell then terminates without {@code postStop}, whatever its lifecycle and
 *       without waiting for its children (each is abandoned in its own right), and reports back
 *       ({@link #reportAbandoned}, a CAS, so once, also from {@link #abandonedTurn}); the
 *       system terminates when every abandoned cell has reported. A supervisor abandons a child
 *       that outlives its shutdown timeout in another way: it interrupts it and forgets it, and
 *       the system keeps it as an orphan until it terminates ({@link #abandonChild}).
 *   <li><b>Interrupts.</b> {@link #interruptRunner} (any thread) reaches this cell's turn and
 *       no other. It announces itself in {@link #interrupts} by CAS, then reads {@link #status}
 *       (volatile) and only then {@link #runner}. A turn ends by clearing {@link #runner},
 *       writing IDLE (volatile), then reading {@link #interrupts}. In the synchronization order
 *       either the turn's read comes after the announcement, and the runner waits for the
 *       interrupter to finish and clears its thread's interrupt status ({@link
 *       #settleInterrupt}); or the interrupter's read of the status comes after the IDLE write,
 *       which synchronizes-with it (JLS 17.4.4), so it sees the runner cleared and interrupts no
 *       one, or the runner of a later turn of this cell, which settles in the same way. Once
 *       interrupted, a cell clears its thread's interrupt status at the end of every turn; a
 *       cell never interrupted pays one plain load per turn.
 *   <li><b>No locks</b> are taken anywhere on the tell and turn paths.
 * </ul>
 *
 * @param <A> the behavior
 * @param <M> the protocol
 */
@SuppressWarnings("serial") // a ForkJoinTask by inheritance only; cells are never serialized
public final class ActorCell<A extends Actor<M>, M> extends ForkJoinTask<Void>
        implements ActorContext<M>, Replier, Parent {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ActorSystem.class);

    private static final VarHandle STATUS;
    private static final VarHandle SIGNALS;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            STATUS = l.findVarHandle(ActorCell.class, "status", int.class);
            SIGNALS = l.findVarHandle(ActorCell.class, "signals", Signal.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static final int IDLE = 0;
    private static final int SCHEDULED = 1;

    private static final VarHandle RUNNER;
    private static final VarHandle PROCESSED;
    private static final VarHandle MAILBOX;
    private static final VarHandle INTERRUPTS;
    private static final VarHandle ABANDON;

    static {
        try {
            MAILBOX = MethodHandles.lookup().findVarHandle(ActorCell.class, "mailbox",
                    MessagePassingQueue.class);
            RUNNER = MethodHandles.lookup().findVarHandle(ActorCell.class, "runner", Thread.class);
            PROCESSED = MethodHandles.lookup().findVarHandle(ActorCell.class, "processed",
                    long.class);
            INTERRUPTS = MethodHandles.lookup().findVarHandle(ActorCell.class, "interrupts",
                    int.class);
            ABANDON = MethodHandles.lookup().findVarHandle(ActorCell.class, "abandon", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** In {@link #interrupts}: the runtime has interrupted this cell's runner at least once. */
    private static final int INTERRUPTED = 1;
    /** In {@link #interrupts}: one interrupter at work, counted in the bits above the first. */
    private static final int INTERRUPTING = 2;

    /** In {@link #abandon}: the closing system abandoned the cell and waits for it to report. */
    private static final int ABANDONED = 1;
    /** In {@link #abandon}: the abandoned cell has terminated and reported to its system. */
    private static final int REPORTED = 2;

    /** Created; waits for its Start signal. */
    private static final int NEW = 0;
    /** Handles messages. */
    private static final int RUNNING = 1;
    /** Exited or dormant: keeps its mailbox, handles only signals, waits for its supervisor. */
    private static final int SUSPENDED = 2;
    /** Stopping for good: waits for its children, then terminates. */
    private static final int STOPPING = 3;
    /** Gone: what is sent now is a dead letter. */
    private static final int TERMINATED = 4;

    /** Mailbox chunk size: small enough for idle actors, large enough to amortize growth. */
    private static final int MAILBOX_CHUNK = 32;

    /** In {@link #watching}: deliver {@link Actor#onTerminated} rather than a message. */
    private static final Object ON_TERMINATED = new Object();

    final SystemCore system;
    final Parent parent;
    /** The order of creation in the system, to list children in the order they were spawned. */
    final long seq;
    /** The behavior's simple class name once an instance exists; for snapshots. */
    private volatile String behaviorName;
    final String name;
    /** The path, built on first use and cached: a benign race, as a String is immutable. */
    private String path;
    final LocalRef<M> self;
    private final Supplier<? extends A> factory;
    private final Dispatcher<A, M> dispatcher;
    /**
     * The queue of user messages, created by the first message: an actor that was never sent
     * anything carries no queue. Written once, by the CAS in {@link #mailboxForOffer}; read by
     * producers and by the actor's thread (a volatile read, a plain load on x86).
     */
    private volatile MessagePassingQueue<Object> mailbox;
    /** The queue of {@code @Priority} messages, taken first; null when the protocol has none. */
    private final MessagePassingQueue<Object> urgent;
    private final java.util.Set<Class<?>> priorityTypes;
    /** Admission of a bounded mailbox; null when unbounded. */
    private final Bound bound;
    private final int throughput;
    /** The turn as a plain Runnable, for executors that are not the system's ForkJoinPool. */
    private final Runnable turn;
    /** Declared blocking: its turns run on virtual threads, never on the pool's carriers. */
    private final boolean blocking;
    /** Whether the parent is a supervisor, which decides what happens when this cell exits. */
    final boolean supervised;
    /** For a supervisor's cell: its children's references and its start; null for other cells. */
    final SupervisorState supervision;

    /** IDLE or SCHEDULED; see the class comment. */
    private volatile int status;
    /** The top of the signal stack, or null. */
    private volatile Signal signals;
    /** NEW, RUNNING, STOPPING or TERMINATED; written by the actor's thread only. */
    private volatile int lifecycle;

    // ---- confined to the actor's thread ----
    private A actor;
    private boolean started;
    private AskPromise<?> currentAsk;
    /** Why the actor is stopping; published to other threads by the write of TERMINATED. */
    private Throwable failure;
    /**
     * The children by name: written by this cell's thread only, and concurrent so that a tree
     * snapshot can read it from any thread. Created on the first spawn.
     */
    private volatile ConcurrentHashMap<String, ActorCell<?, ?>> children;
    private Set<ActorCell<?, ?>> watchers;
    private Map<ActorCell<?, ?>, Object> watching;
    private Logger log;
    private TimersImpl<M> timers;
    /** Messages handled, for introspection; written by the actor's thread, read racily. */
    private long processed;
    /** Tearing the incarnation down for a restart: waiting for its children to stop. */
    private boolean recycling;
    /** Start a new incarnation as soon as the teardown completes. */
    private boolean startAfterRecycle;
    /** Incarnations started so far; the monitor counts restarts from it. Read racily. */
    private volatile int incarnations;
    /** Why the current incarnation is being replaced; reported with the restart. */
    private Throwable restartCause;
    /**
     * The thread running the current turn: read plainly by the actor-thread check of the context,
     * and with opaque access by {@link #interruptRunner}.
     */
    private Thread runner;
    /**
     * {@link #INTERRUPTED}, plus {@link #INTERRUPTING} for each {@link #interruptRunner} at
     * work; zero for a cell that was never interrupted. See "Interrupts" in the class comment.
     */
    private volatile int interrupts;
    /** 0, then {@link #ABANDONED} and {@link #REPORTED}, once each: see {@link #markAbandoned}. */
    private volatile int abandon;

    ActorCell(SystemCore system, Parent parent, String name, Supplier<? extends A> factory,
            Dispatcher<A, M> dispatcher) {
        this(system, parent, name, factory, dispatcher, dispatcher.mailbox(), false, false);
    }

    ActorCell(SystemCore system, Parent parent, String name, Supplier<? extends A> factory,
            Dispatcher<A, M> dispatcher, Mailbox shape, boolean supervised, boolean supervisor) {
        this.bound = shape.isBounded() ? new Bound(shape) : null;
        java.util.Set<Class<?>> urgentTypes = dispatcher.priorityTypes();
        this.priorityTypes = urgentTypes.isEmpty() ? null : urgentTypes;
        this.urgent = priorityTypes == null ? null
                : new MpscUnboundedVarHandleArrayQueue<>(MAILBOX_CHUNK);
        this.supervised = supervised;
        this.seq = system.nextSeq();
        this.supervision = supervisor ? new SupervisorState() : null;
        this.system = system;
        this.parent = parent;
        this.name = name;
        this.factory = factory;
        this.dispatcher = dispatcher;
        this.throughput = system.config().throughput();
        this.blocking = dispatcher.blocking();
        this.turn = system.pool() == null || blocking ? this::runTurnFromExecutor : null;
        this.self = new LocalRef<>(this);
    }

    /** Queues the start signal: the factory and {@code preStart} run in the first turn. */
    void start() {
        sendSignal(new Signal.Start());
    }

    // =========================================================================================
    // Any thread

    /** Enqueues a user message, applying a bounded mailbox's overflow policy. Any thread. */
    void tell(Object message) {
        send(message, true);
    }

    /** Enqueues without throwing or blocking, and says what happened. Any thread. */
    OfferResult offer(Object message) {
        return send(message, false);
    }

    /**
     * The one way in for user messages: a dead letter if the actor has terminated, else the
     * bounded mailbox's admission (which may throw or block only for a tell), else the queue.
     */
    private OfferResult send(Object message, boolean mayThrowOrBlock) {
        Objects.requireNonNull(message, "message");
        if (lifecycle == TERMINATED) {
            system.deadLetter(path(), message, "the actor had stopped");
            return OfferResult.DEAD;
        }
        if (bound != null && !admit(message, mayThrowOrBlock)) {
            return OfferResult.FULL;
        }
        enqueue(message);
        return OfferResult.ACCEPTED;
    }

    /**
     * Enqueues a timer's firing: never blocks or throws. A firing that races the actor's
     * termination is dropped: its timer is cancelled, so it is not a lost message.
     */
    void tellFromRuntime(Envelope.TimerFire message) {
        if (lifecycle != TERMINATED) {
            system.countTimerMessage();
            offer(message);
        }
    }

    /**
     * Sends a health probe through the mailbox, behind the messages already queued: {@code
     * reached} runs on this actor's thread when its turn comes to the probe, without a handler.
     * A bounded mailbox takes it over its capacity, since it is not a user message. Any thread.
     * An actor that has terminated never answers.
     */
    void probe(Runnable reached) {
        if (lifecycle == TERMINATED) {
            return;
        }
        if (bound != null) {
            bound.size.incrementAndGet(); // released when the probe is taken, as a message's is
        }
        mailboxForOffer().offer(new Envelope.Probe(reached));
        schedule(true);
    }

    /** Enqueues a message that expires after {@code ttl}. Any thread. */
    void tellWithin(Object message, Duration ttl) {
        Objects.requireNonNull(message, "message");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("time to live must be positive, got " + ttl);
        }
        tell(new Envelope.Expiring(message, system.timers().nanoTime() + ttl.toNanos()));
    }

    private void enqueue(Object message) {
        if (priorityTypes != null && isPriority(payload(message))) {
            urgent.offer(message);
        } else {
            mailboxForOffer().offer(message);
        }
        schedule(true);
    }

    /** The mailbox's queue, created on the first message by whichever producer wins the CAS. */
    private MessagePassingQueue<Object> mailboxForOffer() {
        MessagePassingQueue<Object> q = mailbox;
        if (q != null) {
            return q;
        }
        q = new MpscUnboundedVarHandleArrayQueue<>(MAILBOX_CHUNK);
        @SuppressWarnings("unchecked") // the field's type; the VarHandle returns Object
        MessagePassingQueue<Object> won = (MessagePassingQueue<Object>)
                MAILBOX.compareAndExchange(this, (MessagePassingQueue<Object>) null, q);
        return won == null ? q : won;
    }

    /** Whether a message is of a {@code @Priority} type; an enum constant by its enum. */
    private boolean isPriority(Object message) {
        return priorityTypes.contains(message.getClass())
                || (message instanceof Enum<?> e && priorityTypes.contains(e.getDeclaringClass()));
    }

    /** The user message inside an envelope or ask. */
    static Object payload(Object envelope) {
        if (envelope instanceof AskPromise<?> p) {
            return p.message;
        }
        if (envelope instanceof Envelope e) {
            return e.message();
        }
        return envelope;
    }

    /**
     * Reserves a place in a bounded mailbox, or applies the overflow policy. Returns whether to
     * enqueue; a message not enqueued has been reported.
     */
    private boolean admit(Object message, boolean mayThrowOrBlock) {
        Bound b = bound;
        if (b.tryReserve()) {
            return true;
        }
        switch (b.overflow) {
            case DROP_OLDEST -> {
                b.evict.incrementAndGet(); // the actor's thread drops the oldest before handling
                return true;
            }
            case BLOCK -> {
                if (mayThrowOrBlock) {
                    if (system.onActorThread()) {
                        dropped(message);
                        throw new IllegalStateException("the mailbox of " + path() + " is full and"
                                + " its policy is BLOCK, but the sender is an actor, which must"
                                + " never block; use offer() from actors, or another policy");
                    }
                    if (awaitRoom(b)) {
                        return true;
                    }
                    dropped(message);
                    throw new MailboxFullException(path(), b.capacity,
                            payload(message).getClass().getSimpleName(), true);
                }
            }
            case REJECT -> {
                if (mayThrowOrBlock) {
                    dropped(message);
                    throw new MailboxFullException(path(), b.capacity,
                            payload(message).getClass().getSimpleName(), false);
                }
            }
            case DROP_NEWEST -> { }
        }
        dropped(message);
        return false;
    }

    /** Waits for a place under BLOCK, parking with a growing pause, up to the block timeout. */
    private boolean awaitRoom(Bound b) {
        long deadline = System.nanoTime() + b.blockNanos;
        long pause = 1_000;
        while (true) {
            if (b.tryReserve()) {
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0 || lifecycle == TERMINATED || Thread.currentThread().isInterrupted()) {
                return false;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(Math.min(pause, left));
            pause = Math.min(pause * 2, 1_000_000);
        }
    }

    /** Reports a message that a bounded mailbox did not keep; an ask among them fails. */
    private void dropped(Object message) {
        Object m = payload(message);
        if (message instanceof AskPromise<?> ask) {
            ask.fail(new MailboxFullException(path(), bound.capacity, m.getClass().getSimpleName(),
                    false));
        }
        system.countDropped();
        if (system.monitored()) {
            system.emit(new MonitorEvent.MessageDropped(path(), m, bound.overflow, bound.capacity));
        }
    }

    /** Enqueues a request with its reply promise. Any thread. */
    <R> CompletionStage<R> ask(Request<R> request, Duration timeout) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(timeout, "timeout");
        if (!dispatcher.protocol().isInstance(request)) {
            throw new IllegalArgumentException(request.getClass().getName()
                    + " is not a message of " + dispatcher.protocol().getName()
                    + ", the protocol of " + path() + "; ask it a request of its own protocol");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("ask timeout must be positive, got " + timeout);
        }
        AskPromise<R> promise = new AskPromise<>(request, path(), timeout);
        if (lifecycle == TERMINATED) {
            system.deadLetter(path(), promise, "the actor had stopped");
            return promise;
        }
        try {
            if (bound != null && !admit(promise, true)) {
                return promise;
            }
        } catch (MailboxFullException full) {
            return promise; // already failed with it: an ask reports through its stage
        }
        try {
            promise.timeout = system.timers().schedule(timeout, promise);
        } catch (RejectedExecutionException e) { // the system has terminated: a dead letter
            if (bound != null) {
                bound.size.decrementAndGet();
            }
            system.deadLetter(path(), promise, "the actor system is closed");
            return promise;
        }
        enqueue(promise);
        return promise;
    }

    /**
     * Pushes a signal and schedules the cell. Any thread. A signal never takes the handoff slot
     * (see {@link #submit}): spawns, stops and death notices are control traffic that does not
     * chain, and queuing them wakes another carrier, which is then at hand for what follows.
     */
    void sendSignal(Signal signal) {
        Signal head;
        do {
            head = signals;
            signal.next = head;
        } while (!SIGNALS.compareAndSet(this, head, signal));
        schedule(false);
    }

    private boolean hasMail() {
        MessagePassingQueue<Object> q = mailbox;
        return (q != null && !q.isEmpty()) || (urgent != null && !urgent.isEmpty());
    }

    /**
     * Moves the cell from IDLE to SCHEDULED and, if this call did it, hands it to its executor.
     *
     * @param handoff whether the carrier's handoff slot may take it (see {@link #submit})
     */
    private void schedule(boolean handoff) {
        if (status == IDLE && STATUS.compareAndSet(this, IDLE, SCHEDULED)) {
            submit(handoff);
        }
    }

    /**
     * Hands the scheduled cell to its executor. From a turn of another cell on a carrier of the
     * system's pool, the cell goes into that carrier's handoff slot and runs on the same thread
     * right after the turn ends ({@link #exec}): a message to an idle actor then costs no pool
     * queue and no wake-up of another thread, which is what request-reply and ring shapes need.
     * The slot holds one cell; a newer one pushes the older into the pool.
     *
     * @param handoff whether the slot may be used; false when a cell reschedules itself, which
     *     must go to the back of the pool's queue so that it does not starve others
     */
    private void submit(boolean handoff) {
        try {
            ForkJoinPool pool = system.pool();
            if (blocking) {
                system.virtualThreads().execute(turn);
            } else if (pool != null) {
                CarrierThread own = Thread.currentThread() instanceof CarrierThread c
                        && c.getPool() == pool ? c : null;
                if (handoff && own != null && own.inCellTask && own.watched()) {
                    ActorCell<?, ?> older = own.putNext(this);
                    if (older != null) {
                        older.submit(false);
                    }
                } else {
                    if (own != null) {
                        own.owesOutside = true; // onto the carrier's own queue: see CarrierPool
                    }
                    pool.execute(this); // a ForkJoinTask is queued as is: no wrapper allocated
                }
            } else {
                system.executor().execute(turn);
            }
        } catch (RejectedExecutionException e) {
            abandonedTurn();
        }
    }

    /**
     * Queues a scheduled cell that was in a handoff slot onto the pool: from its carrier, onto
     * that carrier's own queue, where idle carriers can take it; from the watchdog, as an
     * outside submission.
     */
    void requeue() {
        submit(false);
    }

    /**
     * The executor refused the turn: the system has shut down (or a user's executor has) and
     * this actor will never run again. The caller holds SCHEDULED, so it is the only consumer and
     * acts as the actor's thread: it terminates the cell if it was live (its handled messages
     * counted, its termination hooks run), drops its signals, reports everything still queued,
     * reports to a closing system that waits for it, releases the status, and repeats if more
     * arrived meanwhile. The parent and watchers are not told: nothing runs to hear it.
     */
    private void abandonedTurn() {
        do {
            signals = null;
            if (lifecycle != TERMINATED) {
                lifecycle = TERMINATED;
                drainMailbox("the actor system has shut down");
                system.retireProcessed((long) PROCESSED.getOpaque(this));
                runTerminationHooks();
            } else {
                drainMailbox("the actor system has shut down");
            }
            reportAbandoned(); // if it was abandoned: its Abandon signal was just dropped
            STATUS.setVolatile(this, IDLE);
        } while ((signals != null || hasMail()) && STATUS.compareAndSet(this, IDLE, SCHEDULED));
    }

    // =========================================================================================
    // The turn

    /** Runs the handoff slot's cells, up to {@link #HANDOFF_CHAIN}; then queues the next one. */
    private static void runHandoffs(CarrierThread c) {
        ActorCell<?, ?> next;
        for (int i = 0; c.hasNext() && (next = c.takeNext()) != null; i++) {
            if (i >= HANDOFF_CHAIN) {
                if (getQueuedTaskCount() == 0 && !c.getPool().hasQueuedSubmissions()) {
                    i = 0; // nothing waits for this carrier: queuing would only wake another
                } else {
                    next.submit(false); // onto the carrier's own queue; owes the outside a turn
                    return;
                }
            }
            next.runTurn();
        }
    }

    /** Turns run from the handoff slot in one pool task, before the slot goes to the pool. */
    private static final int HANDOFF_CHAIN = 64;

    /**
     * Runs this cell's turn, then the cells that turns on this carrier woke up (the handoff
     * slot, see {@link #submit}), up to {@link #HANDOFF_CHAIN} of them; past that the slot's cell
     * goes to the carrier's own queue. Then, if a cell went back onto that queue, it runs one
     * submission from outside the pool (see {@link CarrierPool}), so that neither a chain of
     * handoffs nor actors that keep each other busy can hold the carrier from outside work.
     */
    @Override
    protected boolean exec() {
        if (!(Thread.currentThread() instanceof CarrierThread c)) {
            runTurn();
            return false;
        }
        c.inCellTask = true;
        try {
            runTurn();
            runHandoffs(c);
            if (c.owesOutside) {
                c.owesOutside = false;
                ActorCell<?, ?> outside = ((CarrierPool) c.getPool()).pollOutside();
                if (outside != null) {
                    outside.runTurn();
                    runHandoffs(c);
                }
            }
        } finally {
            c.inCellTask = false;
        }
        return false; // never complete: the same task is scheduled again and again
    }

    @Override
    public Void getRawResult() {
        return null;
    }

    @Override
    protected void setRawResult(Void value) {}

    /**
     * The turns a thread owes when an executor runs tasks on the calling thread: a turn that
     * schedules another (its own next turn, or another actor's) from inside itself must not run
     * it nested, which would grow the stack with every turn. Only the executors other than the
     * system's pool take this path.
     */
    private static final class Trampoline {
        boolean active;
        final java.util.ArrayDeque<ActorCell<?, ?>> owed = new java.util.ArrayDeque<>();
    }

    private static final ThreadLocal<Trampoline> TRAMPOLINE =
            ThreadLocal.withInitial(Trampoline::new);

    /** The turn as a user executor or a virtual thread runs it. */
    private void runTurnFromExecutor() {
        Trampoline t = TRAMPOLINE.get();
        if (t.active) { // the executor ran us inline, inside a turn: run after it, not nested
            t.owed.add(this);
            return;
        }
        t.active = true;
        try {
            runTurn();
            ActorCell<?, ?> next;
            while ((next = t.owed.poll()) != null) {
                next.runTurn();
            }
        } finally {
            t.active = false;
        }
    }

    private void runTurn() {
        Thread runner = Thread.currentThread();
        RUNNER.setOpaque(this, runner);
        CarrierThread watched = runner instanceof CarrierThread c && c.watched() ? c : null;
        if (watched != null) {
            watched.enter(this);
        }
        try {
            if (signals != null) {
                processSignals();
            }
            if (lifecycle == RUNNING) {
                processMessages(watched);
            }
            if (lifecycle >= STOPPING) {
                drainMailbox(stopReason());
            }
        } catch (Throwable t) {
            LOG.error("RT internal error in the turn of {}: {}", path(), t.toString(), t);
        } finally {
            if (watched != null) {
                watched.exit();
            }
            RUNNER.setOpaque(this, (Thread) null);
            STATUS.setVolatile(this, IDLE);
            if (interrupts != 0) { // a plain load on x86; nonzero once the runtime interrupted it
                settleInterrupt();
            }
            // a NEW or SUSPENDED cell leaves its messages queued until a signal wakes it
            int lc = lifecycle;
            if (signals != null || ((lc == RUNNING || lc >= STOPPING) && hasMail())) {
                schedule(false);
            }
        }
    }

    /**
     * Handles up to {@link #throughput} messages. A cell handed off by the previous message goes
     * to the pool before the next one is handled: the slot only keeps the cell that the turn's
     * last message woke, so that a turn never makes it wait for more than one handler.
     */
    private void processMessages(CarrierThread carrier) {
        for (int i = throughput; i > 0; i--) {
            if (signals != null) {
                processSignals();
                if (lifecycle != RUNNING) {
                    return;
                }
            }
            Object m = nextMessage();
            if (m == null) {
                return;
            }
            if (carrier != null && carrier.hasNext()) { // another handler follows: let it go
                ActorCell<?, ?> woken = carrier.takeNext();
                if (woken != null) {
                    woken.requeue();
                }
            }
            if (m instanceof Envelope e) {
                m = open(e);
                if (m == null) {
                    continue; // expired, or a cancelled timer's
                }
            }
            if (invoke(m)) {
                PROCESSED.setOpaque(this, processed + 1); // atomic for readers, no fence
            }
            if (lifecycle != RUNNING) {
                return;
            }
        }
    }

    /** Takes the next message: priority first; under DROP_OLDEST, evicts what is owed first. */
    private Object nextMessage() {
        Bound b = bound;
        if (b != null) {
            while (b.evict.get() > 0) {
                Object oldest = pollAny();
                if (oldest == null) {
                    break;
                }
                if (oldest instanceof Envelope.Probe probe) { // not a user message: never dropped
                    b.size.decrementAndGet();
                    probe.reached.run();
                    continue;
                }
                b.evict.decrementAndGet();
                dropped(oldest);
            }
            Object m = pollAny();
            if (m != null) {
                b.size.decrementAndGet();
            }
            return m;
        }
        return pollAny();
    }

    private Object pollAny() {
        if (urgent != null) {
            Object m = urgent.relaxedPoll();
            if (m != null) {
                return m;
            }
        }
        MessagePassingQueue<Object> q = mailbox;
        return q == null ? null : q.relaxedPoll();
    }

    /** Opens an envelope; null when its message must not be handled. */
    private Object open(Envelope envelope) {
        if (envelope instanceof Envelope.Expiring e) {
            if (system.timers().nanoTime() - e.deadline >= 0) {
                system.countExpired();
                if (system.monitored()) {
                    system.emit(new MonitorEvent.MessageExpired(path(), e.message));
                }
                return null;
            }
            return e.message;
        }
        if (envelope instanceof Envelope.Probe probe) {
            probe.reached.run();
            return null;
        }
        Envelope.TimerFire fire = (Envelope.TimerFire) envelope;
        if (timers != null && timers.accept(fire.entry)) {
            return fire.entry.message;
        }
        system.countCancelledTimer(); // its timer was cancelled or replaced: not lost
        return null;
    }

    /** Handles one message; false if the handler threw (the message then counts as failed). */
    @SuppressWarnings("unchecked")
    private boolean invoke(Object envelope) {
        AskPromise<?> ask = null;
        Object message = envelope;
        if (envelope instanceof AskPromise<?> p) {
            ask = p;
            message = p.message;
        }
        currentAsk = ask;
        try {
            dispatcher.dispatch(actor, (M) message, this, this);
            return true;
        } catch (Throwable t) {
            if (ask != null) {
                ask.fail(t);
            }
            system.countFailed();
            fail(t, message.getClass().getSimpleName());
            return false;
        } finally {
            currentAsk = null;
        }
    }

    private void drainMailbox(String reason) {
        Object m;
        while ((m = pollAny()) != null) {
            if (m instanceof Envelope.TimerFire) {
                system.countCancelledTimer(); // a timer of a stopped actor: cancelled, not lost
                continue;
            }
            if (m instanceof Envelope.Probe) {
                continue; // the runtime's own, not a user message: nothing to report
            }
            system.deadLetter(path(), m, reason);
        }
    }

    // =========================================================================================
    // Signals (actor's thread)

    private void processSignals() {
        Signal s = (Signal) SIGNALS.getAndSet(this, null);
        Signal ordered = null;
        while (s != null) { // the stack is newest first: reverse it to arrival order
            Signal next = s.next;
            s.next = ordered;
            ordered = s;
            s = next;
        }
        while (ordered != null) {
            Signal next = ordered.next;
            ordered.next = null;
            handle(ordered);
            ordered = next;
        }
    }

    private void handle(Signal signal) {
        switch (signal) {
            case Signal.Start s -> onStart();
            case Signal.Stop s -> onStop(s.terminal);
            case Signal.Resume s -> onResume();
            case Signal.Recycle r -> onRecycle(r.cause, r.thenStart);
            case Signal.Watch w -> {
                if (lifecycle == TERMINATED) {
                    w.watcher.sendSignal(new Signal.DeathNotice(this, failure));
                } else {
                    if (watchers == null) {
                        watchers = new LinkedHashSet<>();
                    }
                    watchers.add(w.watcher);
                }
            }
            case Signal.Unwatch u -> {
                if (watchers != null) {
                    watchers.remove(u.watcher);
                }
            }
            case Signal.DeathNotice d -> onDeathNotice(d);
            case Signal.ChildStarted c -> {
                if (actor instanceof ChildWatcher w && lifecycle < TERMINATED) {
                    w.childStarted(c.child);
                }
            }
            case Signal.ChildExited c -> {
                if (actor instanceof ChildWatcher w && lifecycle < TERMINATED) {
                    w.childExited(c.child, c.cause);
                }
            }
            case Signal.ChildRecycled c -> {
                if (actor instanceof ChildWatcher w && lifecycle < TERMINATED) {
                    w.childRecycled(c.child);
                }
            }
            case Signal.Run r -> {
                if (lifecycle < TERMINATED) {
                    r.task.run();
                }
            }
            case Signal.Abandon a -> onAbandon();
        }
    }

    /**
     * The closing system gave up on this cell ({@link SystemCore#abandonCell}): it terminates
     * now, whatever its lifecycle and without {@code postStop}; a child spawned after the system
     * walked the tree, which the walk missed, is abandoned too; then the cell reports back. Its
     * runner's interrupt status is cleared at the end of the turn ({@link #settleInterrupt}).
     */
    private void onAbandon() {
        if (lifecycle != TERMINATED) {
            cancelTimers();
            recycling = false;
            startAfterRecycle = false;
            finishTermination(); // does not wait for children: each is abandoned on its own
        }
        for (ActorCell<?, ?> child : children().values()) {
            system.abandonCell(child); // before this cell reports, so the system still waits
        }
        reportAbandoned();
    }

    /**
     * Marks this cell abandoned by its closing system, once. Any thread; the caller then counts
     * it, and sends it {@link Signal.Abandon}, to which it answers with {@link #reportAbandoned}.
     *
     * @return whether this call marked it
     */
    boolean markAbandoned() {
        return ABANDON.compareAndSet(this, 0, ABANDONED);
    }

    /** Reports to the system, once, that this abandoned cell has terminated. Actor's thread. */
    private void reportAbandoned() {
        if (ABANDON.compareAndSet(this, ABANDONED, REPORTED)) {
            system.abandonedCellDone();
        }
    }

    /** {@return whether the closing system abandoned this cell and still waits for it} */
    boolean abandonPending() {
        return abandon == ABANDONED;
    }

    /** Why messages left in the mailbox of this stopping or stopped cell are not handled. */
    private String stopReason() {
        return abandon != 0 ? "the actor was abandoned when its system closed"
                : failure == null ? "the actor had stopped" : "the actor had failed";
    }

    private void onStart() {
        int lc = lifecycle;
        if (lc == NEW || (lc == SUSPENDED && actor == null)) {
            if (recycling) {
                startAfterRecycle = true;
            } else {
                doStart();
            }
        }
    }

    private void onStop(boolean terminal) {
        if (lifecycle >= STOPPING) {
            return;
        }
        if (supervised && !terminal) {
            exit(null); // a normal exit: the supervisor decides, as OTP's does
        } else {
            beginStop(failure);
        }
    }

    private void onResume() {
        if (lifecycle == SUSPENDED && actor != null && !recycling) {
            failure = null;
            lifecycle = RUNNING;
        }
    }

    /** Reports an exit to the supervisor and waits for its directive, the mailbox kept. */
    private void exit(Throwable cause) {
        if (lifecycle >= STOPPING) {
            return;
        }
        failure = cause;
        lifecycle = SUSPENDED;
        ((ActorCell<?, ?>) parent).sendSignal(new Signal.ChildExited(this, cause));
    }

    /** Ends the incarnation but keeps the cell; see {@link Signal.Recycle}. */
    private void onRecycle(Throwable cause, boolean thenStart) {
        if (lifecycle >= STOPPING) {
            return;
        }
        if (recycling) {
            startAfterRecycle |= thenStart;
            return;
        }
        restartCause = cause;
        cancelTimers();
        if (actor == null) { // never started, or dormant: nothing to tear down
            if (thenStart) {
                doStart();
            } else {
                ackRecycled();
            }
            return;
        }
        lifecycle = SUSPENDED;
        recycling = true;
        startAfterRecycle = thenStart;
        if (started) {
            try {
                actor.preRestart(cause);
            } catch (Throwable t) {
                LOG.warn("preRestart of {} threw, which is ignored: {}", path(), t.toString());
            }
        }
        dropWatches();
        if (actor instanceof ChildWatcher w) {
            w.recycleChildren(cause); // calls recycleDone() when its children are dormant
        } else if (children != null && !children.isEmpty()) {
            for (ActorCell<?, ?> child : children.values()) {
                child.sendSignal(new Signal.Stop(true));
            }
        } else {
            recycleDone();
        }
    }

    /** The incarnation's teardown is complete. */
    void recycleDone() {
        recycling = false;
        actor = null;
        started = false;
        failure = null;
        if (startAfterRecycle) {
            startAfterRecycle = false;
            doStart();
        } else {
            lifecycle = SUSPENDED;
            ackRecycled();
        }
    }

    private void ackRecycled() {
        if (supervised) {
            ((ActorCell<?, ?>) parent).sendSignal(new Signal.ChildRecycled(this));
        }
    }

    /** Tells the supervisor that this cell has started; supervisors call it once their children are up. */
    void ackStarted() {
        if (supervised) {
            ((ActorCell<?, ?>) parent).sendSignal(new Signal.ChildStarted(this));
        }
    }

    private void dropWatches() {
        if (watching != null) {
            for (ActorCell<?, ?> other : watching.keySet()) {
                other.sendSignal(new Signal.Unwatch(this));
            }
            watching = null;
        }
    }

    private void doStart() {
        lifecycle = RUNNING; // preStart may already spawn children and watch others
        try {
            A instance = factory.get();
            if (instance == null) {
                throw new NullPointerException("the factory of " + path()
                        + " returned null; it must return a new behavior instance");
            }
            actor = instance;
            if (behaviorName == null) {
                behaviorName = instance.getClass().getSimpleName();
            }
            instance.preStart(this);
            started = true;
        } catch (dev.rt.supervision.StartIgnoredException ignored) {
            if (!supervised) {
                fail(ignored, actor == null ? "its factory" : "preStart");
                return;
            }
            LOG.info("actor {} declined to start: {}", path(), ignored.getMessage());
            if (system.monitored()) {
                system.emit(new MonitorEvent.StartIgnored(path(), ignored.getMessage()));
            }
            exit(ignored); // not a failure: its supervisor keeps the spec, with no child running
            failure = null; // so that the stop that follows is a normal one
            return;
        } catch (Throwable t) {
            fail(t, actor == null ? "its factory" : "preStart");
            return;
        }
        int restarts = incarnations++;
        if (restarts > 0) {
            LOG.info("actor {} restarted (restart #{}) after: {}", path(), restarts,
                    restartCause == null ? "a normal exit, or a sibling's restart"
                            : restartCause.toString());
        }
        if (system.monitored()) {
            system.emit(restarts == 0
                    ? new MonitorEvent.ActorStarted(path(), actor.getClass().getSimpleName())
                    : new MonitorEvent.ActorRestarted(path(), restarts, restartCause));
        }
        restartCause = null;
        if (!(actor instanceof ChildWatcher)) {
            ackStarted(); // a supervisor acknowledges once its own children have started
        }
    }

    private void onDeathNotice(Signal.DeathNotice notice) {
        ActorCell<?, ?> dead = notice.cell;
        boolean wasChild = children != null && children.remove(dead.name, dead);
        Object how = watching == null ? null : watching.remove(dead);
        if (how != null && lifecycle == RUNNING) {
            deliverTerminated(dead, notice.failure, how);
        }
        if (wasChild) {
            childGone(dead, notice.failure);
        }
    }

    /** A child has terminated, or its supervisor gave up waiting for it. */
    private void childGone(ActorCell<?, ?> child, Throwable cause) {
        if (actor instanceof ChildWatcher w && lifecycle < TERMINATED) {
            w.childTerminated(child, cause);
        } else if (recycling && children.isEmpty()) {
            recycleDone();
        }
        if (lifecycle == STOPPING && children.isEmpty()) {
            finishTermination();
        }
    }

    /**
     * Forgets a child that did not stop within its shutdown timeout, and interrupts its thread if
     * it is still running it. Its late death notice is ignored. The system keeps it as an orphan
     * until it terminates, so that closing still waits for it (or abandons it in turn).
     */
    void abandonChild(ActorCell<?, ?> child) {
        child.interruptRunner();
        if (children != null && children.get(child.name) == child) {
            system.adoptOrphan(child); // first: the child is never out of both the tree and the set
            children.remove(child.name, child);
            childGone(child, null);
        }
    }

    @SuppressWarnings("unchecked")
    private void deliverTerminated(ActorCell<?, ?> dead, Throwable cause, Object how) {
        if (how != ON_TERMINATED) {
            tell(how); // watchWith: an ordinary message of this actor's protocol
            return;
        }
        try {
            actor.onTerminated(new Terminated(dead.self, Optional.ofNullable(cause)), this);
        } catch (Throwable t) {
            fail(t, "Terminated(" + dead.path() + ")");
        }
    }

    // =========================================================================================
    // Failure and stopping (actor's thread)

    private void fail(Throwable cause, String while_) {
        LOG.error("actor {} failed while handling {}: {}", path(), while_, cause.toString());
        if (LOG.isDebugEnabled()) {
            LOG.debug("stack trace of the failure of " + path(), cause);
        }
        if (system.monitored()) {
            system.emit(new MonitorEvent.ActorFailed(path(), while_, cause));
        }
        failed(cause);
    }

    /**
     * Fails this cell with {@code cause}, already reported: a supervised cell exits to its
     * supervisor, any other stops.
     */
    void failed(Throwable cause) {
        if (supervised) {
            exit(cause);
        } else {
            beginStop(cause);
        }
    }

    private void beginStop(Throwable cause) {
        if (lifecycle >= STOPPING) {
            return;
        }
        failure = cause;
        lifecycle = STOPPING;
        cancelTimers();
        recycling = false;
        startAfterRecycle = false;
        if (children != null && !children.isEmpty()) {
            if (actor instanceof ChildWatcher w) {
                w.shutdown(); // in reverse start order, each within its timeout
            } else {
                for (ActorCell<?, ?> child : children.values()) {
                    child.sendSignal(new Signal.Stop(true));
                }
            }
        } else {
            finishTermination();
        }
    }

    private void finishTermination() {
        if (started && abandon == 0) { // an actor its closing system abandoned gets no postStop
            try {
                actor.postStop();
            } catch (Throwable t) {
                LOG.warn("postStop of {} threw, which is ignored: {}", path(), t.toString());
            }
        }
        actor = null;
        dropWatches();
        Throwable cause = failure;
        lifecycle = TERMINATED;
        // Report what is still queued before anyone learns of the termination, so that a
        // watcher that sees Terminated also sees every earlier message accounted for.
        drainMailbox(stopReason());
        system.retireProcessed((long) PROCESSED.getOpaque(this)); // counted once, from now on
        // Likewise free its registered names and end its subscriptions before telling anyone.
        runTerminationHooks();
        if (watchers != null) {
            for (ActorCell<?, ?> w : watchers) {
                if (w != parent) {
                    w.sendSignal(new Signal.DeathNotice(this, cause));
                }
            }
            watchers = null;
        }
        parent.childTerminated(this, cause);
        if (system.monitored()) {
            system.emit(new MonitorEvent.ActorStopped(path(), cause != null));
        }
    }

    private void cancelTimers() {
        if (timers != null) {
            timers.cancelAll();
            timers = null;
        }
    }

    /** Hooks run once when the cell terminates: a list in a CAS'd field, then a sentinel. */
    private volatile Object hooks;
    private static final Object HOOKS_DONE = new Object();
    private static final VarHandle HOOKS;

    static {
        try {
            HOOKS = MethodHandles.lookup().findVarHandle(ActorCell.class, "hooks", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private record Hook(Runnable action, Object next) {}

    /**
     * Runs {@code action} once this actor has terminated (not when it restarts): at once, on the
     * calling thread, if it already has; else on the actor's thread as it terminates, after its
     * mailbox is drained and before its watchers and its parent are told. Any thread; for
     * topics, the registry and pools, which forget a stopped actor.
     */
    void onTermination(Runnable action) {
        while (true) {
            Object h = hooks;
            if (h == HOOKS_DONE) {
                action.run();
                return;
            }
            if (HOOKS.compareAndSet(this, h, new Hook(action, h))) {
                return;
            }
        }
    }

    /** {@return how many termination hooks wait; for diagnostics and tests} Any thread. */
    int pendingTerminationHooks() {
        int n = 0;
        for (Object h = hooks; h instanceof Hook hook; h = hook.next()) {
            n++;
        }
        return n;
    }

    private void runTerminationHooks() {
        Object h = HOOKS.getAndSet(this, HOOKS_DONE);
        while (h instanceof Hook hook) {
            try {
                hook.action().run();
            } catch (RuntimeException e) {
                LOG.warn("a termination hook of {} threw: {}", path(), e.toString());
            }
            h = hook.next();
        }
    }

    @Override
    public void childTerminated(ActorCell<?, ?> child, Throwable cause) {
        sendSignal(new Signal.DeathNotice(child, cause));
    }

    @Override
    public String path() {
        String p = path;
        if (p == null) {
            p = parent.path() + "/" + name;
            path = p;
        }
        return p;
    }

    // =========================================================================================
    // ActorContext (actor's thread)

    void checkOnActorThread(String what) {
        if ((Thread) RUNNER.getOpaque(this) != Thread.currentThread()) {
            throw new IllegalStateException("ActorContext." + what + " of " + path()
                    + " was called from " + Thread.currentThread().getName()
                    + ", which is not running the actor; only the actor's own thread may use"
                    + " its context (send the actor a message instead)");
        }
    }

    @Override
    public ActorRef<M> self() {
        return self;
    }

    @Override
    public ActorSystem system() {
        return system.facade();
    }

    @Override
    public void stop() {
        checkOnActorThread("stop");
        sendSignal(new Signal.Stop(false));
    }

    @Override
    public void stop(ActorRef<?> child) {
        checkOnActorThread("stop");
        ActorCell<?, ?> cell = cellOf(child);
        if (children == null || children.get(cell.name) != cell) {
            throw new IllegalArgumentException(child.path() + " is not a child of " + path()
                    + "; stop it through its parent, or call stop() on its reference");
        }
        cell.sendSignal(new Signal.Stop(true));
    }

    @Override
    public void watch(ActorRef<?> other) {
        checkOnActorThread("watch");
        watchAs(cellOf(other), ON_TERMINATED);
    }

    @Override
    public void watchWith(ActorRef<?> other, M message) {
        checkOnActorThread("watchWith");
        watchAs(cellOf(other), Objects.requireNonNull(message, "message"));
    }

    private void watchAs(ActorCell<?, ?> other, Object how) {
        if (other == this) {
            return; // an actor never outlives itself
        }
        if (watching == null) {
            watching = new HashMap<>();
        }
        if (watching.put(other, how) == null) {
            other.sendSignal(new Signal.Watch(this));
        }
    }

    @Override
    public void unwatch(ActorRef<?> other) {
        checkOnActorThread("unwatch");
        ActorCell<?, ?> cell = cellOf(other);
        if (watching != null && watching.remove(cell) != null) {
            cell.sendSignal(new Signal.Unwatch(this));
        }
    }

    @Override
    public Timers<M> timers() {
        checkOnActorThread("timers");
        if (timers == null) {
            timers = new TimersImpl<>(this);
        }
        return timers;
    }

    /** A live, approximate view of this actor and its subtree, taken from any thread. */
    dev.rt.ActorInfo snapshot() {
        java.util.List<ActorCell<?, ?>> kids = new java.util.ArrayList<>(children().values());
        kids.sort(java.util.Comparator.comparingLong(c -> c.seq));
        java.util.List<dev.rt.ActorInfo> infos = new java.util.ArrayList<>(kids.size());
        for (ActorCell<?, ?> kid : kids) {
            infos.add(kid.snapshot());
        }
        String known = behaviorName;
        String behavior = isSupervisorCell() ? "Supervisor" : known == null ? "?" : known;
        return new dev.rt.ActorInfo(path(), behavior, actorState(), Math.max(0, incarnations - 1),
                mailboxDepth(), (long) PROCESSED.getOpaque(this), infos);
    }

    /** {@return the lifecycle as the API names it; any thread} */
    dev.rt.ActorInfo.State actorState() {
        return switch (lifecycle) {
            case NEW -> dev.rt.ActorInfo.State.STARTING;
            case RUNNING -> dev.rt.ActorInfo.State.RUNNING;
            case SUSPENDED -> dev.rt.ActorInfo.State.SUSPENDED;
            case STOPPING -> dev.rt.ActorInfo.State.STOPPING;
            default -> dev.rt.ActorInfo.State.TERMINATED;
        };
    }

    /** {@return messages handled so far; read from any thread, approximately} */
    long processedCount() {
        return (long) PROCESSED.getOpaque(this);
    }

    /** {@return how many messages wait, approximately; any thread} */
    int mailboxDepth() {
        MessagePassingQueue<Object> q = mailbox;
        return (q == null ? 0 : q.size()) + (urgent == null ? 0 : urgent.size());
    }

    /** {@return the protocol of this actor's dispatcher; any thread} */
    Class<?> protocol() {
        return dispatcher.protocol();
    }

    @Override
    public Logger log() {
        if (log == null) {
            log = LoggerFactory.getLogger(actor != null ? actor.getClass() : ActorCell.class);
        }
        return log;
    }

    @Override
    public <C extends Actor<N>, N> ActorRef<N> spawn(String childName,
            Supplier<? extends C> childFactory, Dispatcher<C, N> childDispatcher,
            Mailbox childMailbox) {
        ActorCell<C, N> child =
                newChild(childName, childFactory, childDispatcher, childMailbox, false);
        child.start();
        return child.self;
    }

    /** Creates and registers a child that this (unsupervising) actor owns, not started yet. */
    <C extends Actor<N>, N> ActorCell<C, N> newChild(String childName,
            Supplier<? extends C> childFactory, Dispatcher<C, N> childDispatcher,
            Mailbox childMailbox, boolean childIsSupervisor) {
        Objects.requireNonNull(childMailbox, "mailbox");
        checkOnActorThread("spawn");
        Names.check(childName);
        Objects.requireNonNull(childFactory, "factory");
        Objects.requireNonNull(childDispatcher, "dispatcher");
        if (lifecycle != RUNNING) {
            throw new IllegalStateException("cannot spawn '" + childName + "': " + path()
                    + " is not running");
        }
        if (children == null) {
            children = new ConcurrentHashMap<>();
        }
        if (children.containsKey(childName)) {
            throw new InvalidActorNameException("an actor named '" + childName
                    + "' already runs at " + path() + "/" + childName
                    + "; choose another name or stop that child first");
        }
        ActorCell<C, N> child = new ActorCell<>(system, this, childName, childFactory,
                childDispatcher, childMailbox, false, childIsSupervisor);
        children.put(childName, child);
        return child;
    }

    /**
     * Creates a supervised child without starting it: its supervisor starts it in order. Runs
     * on this cell's thread, or before this cell has started.
     */
    <C extends Actor<N>, N> ActorCell<C, N> createSupervisedChild(String childName,
            Supplier<? extends C> childFactory, Dispatcher<C, N> childDispatcher,
            Mailbox childMailbox, boolean childIsSupervisor) {
        Names.check(childName);
        if (children == null) {
            children = new ConcurrentHashMap<>();
        }
        if (children.containsKey(childName)) {
            throw new InvalidActorNameException("an actor named '" + childName
                    + "' already runs at " + path() + "/" + childName
                    + "; give each child of a supervisor its own id");
        }
        ActorCell<C, N> child = new ActorCell<>(system, this, childName, childFactory,
                childDispatcher, childMailbox, true, childIsSupervisor);
        children.put(childName, child);
        return child;
    }

    /** {@return the children by name; empty if none. Any thread (a live view).} */
    Map<String, ActorCell<?, ?>> children() {
        Map<String, ActorCell<?, ?>> c = children;
        return c == null ? Map.of() : c;
    }

    /** {@return whether this cell has terminated} */
    boolean isTerminated() {
        return lifecycle == TERMINATED;
    }

    /**
     * Interrupts the thread that runs this cell's current turn, if any: for abandonment. Any
     * thread. The interrupt reaches this cell's turn and no other: a runner that ends its turn
     * meanwhile waits for this call to finish and then clears its interrupt status (see
     * "Interrupts" in the class comment).
     */
    void interruptRunner() {
        int v;
        do {
            v = interrupts;
        } while (!INTERRUPTS.compareAndSet(this, v, (v + INTERRUPTING) | INTERRUPTED));
        try {
            if (status == SCHEDULED) { // also orders the read below after the end of a turn
                Thread t = (Thread) RUNNER.getOpaque(this);
                if (t != null) {
                    t.interrupt();
                }
            }
        } finally {
            INTERRUPTS.getAndAdd(this, -INTERRUPTING);
        }
    }

    /** {@return whether this actor is declared blocking (its turns run on virtual threads)} */
    boolean isBlocking() {
        return blocking;
    }

    /**
     * At the end of a turn of a cell that has been interrupted: waits for an {@link
     * #interruptRunner} still at work (it is quick; yielding lets it run even on a busy
     * virtual-thread carrier), then clears this thread's interrupt status, so that an interrupt
     * meant for this actor does not reach what the thread runs next. Actor's thread.
     */
    private void settleInterrupt() {
        while ((interrupts & ~INTERRUPTED) != 0) {
            Thread.yield();
        }
        Thread.interrupted();
    }

    /** {@return whether this is a supervisor's cell} */
    boolean isSupervisorCell() {
        return supervision != null;
    }

    /** Runs {@code task} on this cell's thread after {@code delay}, through the timer service. */
    dev.rt.Cancellable runLater(Duration delay, Runnable task) {
        return system.timers().schedule(delay, () -> sendSignal(new Signal.Run(task)));
    }

    private ActorCell<?, ?> cellOf(ActorRef<?> ref) {
        Objects.requireNonNull(ref, "ref");
        if (ref instanceof CellBacked backed) {
            return backed.cell();
        }
        throw new IllegalArgumentException(ref + " is not a reference made by RT");
    }

    // =========================================================================================
    // Replier (actor's thread, during dispatch)

    @Override
    public void reply(Object value) {
        AskPromise<?> p = currentAsk;
        if (p != null) {
            p.reply(value);
        }
    }

    @Override
    public void replyLater(CompletionStage<?> stage) {
        AskPromise<?> p = currentAsk;
        if (p == null) {
            return;
        }
        if (stage == null) {
            p.fail(new IllegalStateException("the handler of " + p.message.getClass().getSimpleName()
                    + " in " + path() + " returned a null CompletionStage; return a stage"));
        } else {
            stage.whenComplete(p);
        }
    }

    @Override
    public String toString() {
        return "ActorCell[" + path() + "]";
    }
}

package dev.rt.internal;

import dev.rt.Mailbox;
import dev.rt.MailboxFullException;
import dev.rt.MonitorEvent;
import dev.rt.OfferResult;
import dev.rt.Request;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.LockSupport;
import org.jctools.queues.MessagePassingQueue;
import org.jctools.queues.varhandle.MpscUnboundedVarHandleArrayQueue;

/**
 * The second layer of a cell (see {@link CellTask}): its mailbox. The user queue, the queue of
 * {@code @Priority} messages, the admission of a bounded mailbox, and the stack of signals.
 *
 * <h2>Concurrency</h2>
 *
 * <ul>
 *   <li><b>Who may call what.</b> The producer side ({@link #tell}, {@link #offer}, {@link #ask},
 *       {@link #sendSignal}, {@link #probe}...) may be called from any thread. The consumer side
 *       ({@link #nextMessage}, {@link #takeSignals}, {@link #drainMailbox}) runs on the actor's
 *       thread: the one that runs its turn (see {@link CellTask}).
 *   <li><b>No lost wake-up.</b> A producer offers (a release store into the queue, ordered by
 *       its CAS on the producer index) and then reads the cell's status; the turn writes IDLE and
 *       then reads the queues ({@link #hasMail}). Both pairs are volatile or CAS accesses, so at
 *       least one side sees the other: either the producer sees IDLE and schedules, or the ending
 *       turn sees the message and schedules itself again.
 *   <li><b>The queue comes with the first message.</b> {@link #mailbox} is null until a producer
 *       installs a queue by CAS (a losing producer uses the winner's). The turn reads the field
 *       with a volatile read after writing IDLE, so the argument above holds when the queue is
 *       new: the turn either sees the installed queue, and the message in it, or read the field
 *       before the producer's CAS, and then the producer's later read of the status sees IDLE.
 *   <li><b>Signals first.</b> Signals are pushed onto an intrusive lock-free stack, {@link
 *       #signals}, by CAS; the {@link Signal#next} link is written before the publishing CAS.
 *       The turn takes the whole stack with one {@code getAndSet(null)} and reverses it to
 *       arrival order ({@link #takeSignals}); the next layer handles it before the first user
 *       message and again before every later one that finds the stack non-empty.
 *   <li><b>Dead letters.</b> {@link #isTerminated} is read by producers. After it reads true, a
 *       producer reports its message as a dead letter instead of enqueuing it; a message that
 *       slipped in just before is found by the next turn, which drains the mailbox into dead
 *       letters. So every message is either handled or reported, never both and never neither.
 *   <li><b>Bounded mailboxes</b> reserve a place before they enqueue ({@link Bound}); no lock.
 * </ul>
 */
@SuppressWarnings("serial") // a ForkJoinTask by inheritance only; cells are never serialized
abstract class CellMailbox extends CellTask {

    private static final long serialVersionUID = 1L;

    private static final VarHandle SIGNALS;
    private static final VarHandle MAILBOX;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            SIGNALS = l.findVarHandle(CellMailbox.class, "signals", Signal.class);
            MAILBOX = l.findVarHandle(CellMailbox.class, "mailbox", MessagePassingQueue.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Mailbox chunk size: small enough for idle actors, large enough to amortize growth. */
    private static final int MAILBOX_CHUNK = 32;

    /**
     * The queue of user messages, created by the first message: an actor that was never sent
     * anything carries no queue. Written once, by the CAS in {@link #mailboxForOffer}; read by
     * producers and by the actor's thread (a volatile read, a plain load on x86).
     */
    private volatile MessagePassingQueue<Object> mailbox;
    /**
     * The queue of urgent ({@code @Priority}) messages, taken first; null when the protocol has
     * none, and then no message is asked whether it is urgent ({@link #isUrgent}).
     */
    private final MessagePassingQueue<Object> urgent;
    /** Admission of a bounded mailbox; null when unbounded. */
    final Bound bound;
    /** The top of the signal stack, or null. */
    private volatile Signal signals;

    CellMailbox(SystemCore system, Parent parent, String name, boolean blocking, Mailbox shape,
            boolean hasUrgentMessages) {
        super(system, parent, name, blocking);
        this.bound = shape.isBounded() ? new Bound(shape) : null;
        this.urgent = hasUrgentMessages
                ? new MpscUnboundedVarHandleArrayQueue<>(MAILBOX_CHUNK) : null;
    }

    /** {@return whether the actor has terminated, so that what is sent is a dead letter} */
    abstract boolean isTerminated();

    /** {@return the protocol, to check what is asked} Any thread. */
    abstract Class<?> protocol();

    /**
     * {@return the stash, null until the actor's first {@code context.stash()}} Its unstashed
     * messages come before the mailbox. The field lives in the last layer, where it fills what
     * would otherwise be padding; the only implementation is final, so the call is inlined.
     * The actor's thread; other threads call it only to count (a racy read: they may see null
     * for a while, and count nothing stashed).
     */
    abstract StashBuffer stashBuffer();

    /**
     * {@return whether a user message is urgent, as the behavior's descriptor decides} Called by
     * the producer, once per message, only when the protocol has urgent messages. Any thread.
     */
    abstract boolean isUrgent(Object message);

    // =========================================================================================
    // Producers (any thread)

    /** Enqueues a user message, applying a bounded mailbox's overflow policy. Any thread. */
    final void tell(Object message) {
        send(message, true);
    }

    /** Enqueues without throwing or blocking, and says what happened. Any thread. */
    final OfferResult offer(Object message) {
        return send(message, false);
    }

    /**
     * The one way in for user messages: a dead letter if the actor has terminated, else the
     * bounded mailbox's admission (which may throw or block only for a tell), else the queue.
     */
    private OfferResult send(Object message, boolean mayThrowOrBlock) {
        Objects.requireNonNull(message, "message");
        if (isTerminated()) {
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
    final void tellFromRuntime(Envelope.TimerFire message) {
        if (!isTerminated()) {
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
    final void probe(Runnable reached) {
        if (isTerminated()) {
            return;
        }
        if (bound != null) {
            bound.size.incrementAndGet(); // released when the probe is taken, as a message's is
        }
        mailboxForOffer().offer(new Envelope.Probe(reached));
        schedule(true);
    }

    /** Enqueues a message that expires after {@code ttl}. Any thread. */
    final void tellWithin(Object message, Duration ttl) {
        Objects.requireNonNull(message, "message");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("time to live must be positive, got " + ttl);
        }
        tell(new Envelope.Expiring(message, system.timers().nanoTime() + ttl.toNanos()));
    }

    /** Enqueues a request with its reply promise. Any thread. */
    final <R> CompletionStage<R> ask(Request<R> request, Duration timeout) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(timeout, "timeout");
        if (!protocol().isInstance(request)) {
            throw new IllegalArgumentException(request.getClass().getName()
                    + " is not a message of " + protocol().getName()
                    + ", the protocol of " + path() + "; ask it a request of its own protocol");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("ask timeout must be positive, got " + timeout);
        }
        AskPromise<R> promise = new AskPromise<>(request, path(), timeout);
        dev.rt.AskObserver observer = system.askObserver(); // the hook's only cost when unused
        if (observer != null) {
            AskObservers.watch(promise, observer, system.timers(), path());
        }
        if (isTerminated()) {
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

    private void enqueue(Object message) {
        if (urgent != null && isUrgent(payload(message))) {
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
            if (left <= 0 || isTerminated() || Thread.currentThread().isInterrupted()) {
                return false;
            }
            LockSupport.parkNanos(Math.min(pause, left));
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

    /**
     * Pushes a signal and schedules the cell. Any thread. A signal never takes the handoff slot
     * (see {@link Scheduler}).
     */
    final void sendSignal(Signal signal) {
        Signal head;
        do {
            head = signals;
            signal.next = head;
        } while (!SIGNALS.compareAndSet(this, head, signal));
        schedule(false);
    }

    // =========================================================================================
    // The consumer (the actor's thread)

    /** {@return whether signals wait} A volatile read; the actor's thread, or after a turn. */
    final boolean hasSignals() {
        return signals != null;
    }

    /** {@return the waiting signals in arrival order, linked by {@link Signal#next}, or null} */
    final Signal takeSignals() {
        Signal s = (Signal) SIGNALS.getAndSet(this, null);
        Signal ordered = null;
        while (s != null) { // the stack is newest first: reverse it to arrival order
            Signal next = s.next;
            s.next = ordered;
            ordered = s;
            s = next;
        }
        return ordered;
    }

    /** Drops the waiting signals: for a cell that will never run again. */
    final void dropSignals() {
        SIGNALS.setVolatile(this, (Signal) null);
    }

    /** {@return whether messages wait} Any thread; exact on the actor's thread. */
    final boolean hasMail() {
        MessagePassingQueue<Object> q = mailbox;
        StashBuffer s = stashBuffer();
        return (q != null && !q.isEmpty()) || (urgent != null && !urgent.isEmpty())
                || (s != null && s.replaying());
    }

    /**
     * Takes the next message: priority first; under DROP_OLDEST, evicts what is owed first; a
     * health probe met on the way is answered, not dropped.
     */
    final Object nextMessage() {
        StashBuffer s = stashBuffer();
        if (s != null && s.replaying()) {
            return s.nextReplay(); // unstashed: ahead of the mailbox, already admitted
        }
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

    /** Reports every queued message as a dead letter, for {@code reason}. */
    final void drainMailbox(String reason) {
        StashBuffer s = stashBuffer();
        if (s != null) {
            s.drain(system, path(), reason); // older than what the mailbox holds
        }
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

    /** {@return how many messages wait, approximately} Any thread. */
    final int mailboxDepth() {
        MessagePassingQueue<Object> q = mailbox;
        StashBuffer s = stashBuffer();
        return (q == null ? 0 : q.size()) + (urgent == null ? 0 : urgent.size())
                + (s == null ? 0 : s.size());
    }
}

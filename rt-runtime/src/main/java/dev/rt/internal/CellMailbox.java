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
 * The second layer of a cell (see {@link CellCore}): its mailbox. The user queue, the queue of
 * {@code @Priority} messages, the admission of a bounded mailbox, and the stack of signals.
 *
 * <h2>Concurrency</h2>
 *
 * <ul>
 *   <li><b>Who may call what.</b> The producer side ({@link #tell}, {@link #offer}, {@link #ask},
 *       {@link #sendSignal}, {@link #probe}...) may be called from any thread. The consumer side
 *       ({@link #nextMessage}, {@link #takeSignals}, {@link #drainMailbox}) runs on the actor's
 *       thread: the one that runs its turn (see {@link CellCore}).
 *   <li><b>The queue lives in the cell.</b> User messages go through an intrusive
 *       multi-producer, single-consumer linked queue whose two ends are fields of the cell
 *       ({@link #tail}, and {@link #head()} in the last layer, a cache line away): a producer
 *       wraps its message in a {@link Node}, swaps it into {@link #tail} with one {@code
 *       getAndSet} (the point at which the message is enqueued) and then links the node it
 *       displaced to it ({@link Node#next}, a release store); the very first node of the cell's
 *       life is published as the head instead.
 *       The consumer keeps {@link #head()} on the last node it took (its message cleared), so a
 *       drained queue holds one 24-byte node and an actor never sent anything holds none. When
 *       it moves past a node it clears that node's link: no producer writes it again (each link
 *       is written once, by the producer that displaced the node from the tail), and a taken
 *       node that the collector has already promoted must not keep the younger nodes behind it
 *       alive (without this, a long backlog survived every young collection and tell
 *       throughput fell to a quarter). A
 *       producer between its swap and its link makes the queue look empty to {@code next}
 *       while {@link #tail} already names its node: the consumer then waits the few
 *       instructions until the link appears ({@link #awaitLink}), never returns early.
 *   <li><b>A busy actor streams through an array.</b> A linked queue costs a node per message
 *       and a cache line for every couple of messages, which made a steady stream from one
 *       sender a third slower than an array. So once the actor's thread has taken {@link
 *       #UPGRADE_AFTER} messages from the linked queue that each had another message linked
 *       behind them (a backlog: the actor is behind its senders), it installs {@link
 *       #streaming}, JCTools' padded MPSC array queue, for the rest of the actor's life:
 *       producers that see it offer there. An actor sent one message at a time, the partner of
 *       a conversation or a service asked by turns, takes each from an otherwise empty queue and
 *       keeps the linked one: the array would add a line of its own (its producer index) to
 *       every send and its memory to the actor, with no stream to read. A producer installs it
 *       too when the actor has been behind for that many messages in a row ({@link
 *       Node#backlog}): a sender far ahead of its actor would queue its
 *       whole burst as nodes before the actor had taken enough to switch, and the actor would
 *       then walk a node per message, each on a line of its own when the sender feeds many
 *       actors in turn (Savina's Fork-Join throughput took half its messages from the linked
 *       queue that way). Either side installs it with one CAS from null, so it is installed
 *       once; a producer installs it after it has swapped and linked its own message, which the
 *       consumer takes from the linked queue before it retires that queue (below). Producers
 *       may still be pushing onto the linked queue when the array appears, so until the
 *       consumer has seen the linked queue empty after it saw the array, it looks at the
 *       linked queue after each message it takes from the array, and a message taken while the
 *       linked queue turns out to hold more waits in {@link #pending} until the linked queue is
 *       empty (an empty array sends it to the linked queue too). Taking a message from the
 *       array (an acquire) made visible every swap its producer made before, so one sender's
 *       messages keep their order across the switch. Once it has seen the linked queue empty,
 *       the consumer retires it ({@link #LINKED_RETIRED}) and takes from the array alone, with
 *       no look at the linked queue per message or at the end of a turn. A producer reads
 *       {@link #streaming} again after its swap, and if the array is there now it offers
 *       {@link #LINKED_MARK} into it, behind which the consumer looks at the linked queue again
 *       until it is empty. The producer swaps and then reads {@link #streaming}; the consumer
 *       installs the array or reads it installed, and then reads {@link #tail}; all four are
 *       volatile, so either the consumer's look sees the late message or the producer sees the
 *       array and marks it. An actor never that far behind never carries the array (576 bytes
 *       and its 152-byte chunk).
 *   <li><b>No lost wake-up.</b> A producer swaps {@link #tail} (a volatile read-modify-write),
 *       or offers into {@link #streaming} (a CAS on its producer index), and then reads the
 *       cell's status; the turn writes IDLE and then reads {@link #streaming}'s index and
 *       {@link #tail} ({@link #hasMail}). Both pairs are volatile or atomic accesses, so at
 *       least one side sees the other: either the producer sees IDLE and schedules, or the
 *       ending turn sees the message and schedules itself again.
 *   <li><b>Signals first.</b> Signals are pushed onto an intrusive lock-free stack, {@link
 *       #signals}, by CAS; the {@link Signal#next} link is written before the publishing CAS.
 *       The turn takes the whole stack with one {@code getAndSet(null)} and reverses it to
 *       arrival order ({@link #takeSignals}); the next layer handles it before the first user
 *       message, and looks again after each take, before handling what it took. The take
 *       acquires the message's publication, so a signal pushed before that message was sent is
 *       seen then: a message never overtakes a signal sent before it. A message taken with
 *       signals that stop the actor from running goes back to the head ({@link #putBack}).
 *   <li><b>Dead letters.</b> {@link #isTerminated} is read by producers. After it reads true, a
 *       producer reports its message as a dead letter instead of enqueuing it; a message that
 *       slipped in just before is found by the next turn, which drains the mailbox into dead
 *       letters. So every message is either handled or reported, never both and never neither.
 *   <li><b>Bounded mailboxes</b> reserve a place before they enqueue ({@link Bound}); no lock.
 * </ul>
 */
abstract class CellMailbox extends CellCore {

    private static final VarHandle SIGNALS;
    private static final VarHandle TAIL;
    private static final VarHandle NEXT;
    private static final VarHandle STREAMING;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            SIGNALS = l.findVarHandle(CellMailbox.class, "signals", Signal.class);
            TAIL = l.findVarHandle(CellMailbox.class, "tail", Node.class);
            NEXT = l.findVarHandle(Node.class, "next", Node.class);
            STREAMING = l.findVarHandle(CellMailbox.class, "streaming",
                    MessagePassingQueue.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Chunk size of the urgent and the streaming queue. */
    private static final int CHUNK = 32;
    /**
     * Messages taken from the linked queue with another linked behind each, after which the actor
     * gets the {@link #streaming} queue: an actor that busy pays the array's memory back in
     * throughput. A producer installs it too when the actor has been behind for as many messages
     * in a row (see {@link Node#backlog}).
     */
    static final int UPGRADE_AFTER = 256;

    /**
     * In {@link #linkedTaken}: the linked queue is retired. The actor's thread no longer looks at
     * it after each take and at the end of each turn, only when it takes a {@link #LINKED_MARK}
     * from the streaming queue.
     */
    private static final int LINKED_RETIRED = UPGRADE_AFTER + 1;

    /**
     * Offered into the streaming queue by a producer that found the streaming queue installed
     * only after it had pushed its message onto the linked queue (see {@link #push}): the actor's
     * thread may have retired the linked queue, so the mark tells it to look there again. Never
     * handed to a handler, never counted as a message.
     */
    private static final Object LINKED_MARK = new Object();

    /**
     * One user message in the mailbox's queue. The producer writes {@link #message} before it
     * publishes the node; the consumer clears it when it takes the message, so the node it keeps
     * as {@link #head} holds nothing.
     */
    static final class Node {
        /** The message; null once taken. */
        Object message;
        /** The next node, or null; written once, with a release store (see {@link #NEXT}). */
        Node next;
        /**
         * For how many messages in a row, up to the one before this, the actor has been behind:
         * 0 if the node this one displaced from the tail had been taken when this one was
         * linked, else that node's backlog plus one. A producer that links a node with a backlog
         * of {@link #UPGRADE_AFTER} - 1 installs the streaming queue ({@link #pushLinked}): that
         * many messages in a row were each sent while the one before still waited. A hint, not a
         * count of what waits now (the actor may have taken some since), read and written
         * racily: its producer writes it after its swap, so one that swaps right behind may read
         * 0 and count again from there, and the consumer may take a message as it is read. It
         * fills the node's padding (12 bytes of header and two references make 20 of its 24), so
         * it costs no memory.
         */
        int backlog;

        Node(Object message) {
            this.message = message;
        }
    }

    /**
     * The streaming queue: null until the actor's thread has taken {@link #UPGRADE_AFTER}
     * messages from the linked queue with another behind each, or a producer has found it behind
     * for that many in a row, then JCTools' padded MPSC array queue for the rest of the actor's
     * life. Set once, by a CAS from null ({@link #STREAMING}), by the actor's thread or a
     * producer; read by producers, which use it instead of the linked queue once they see it.
     */
    private volatile MessagePassingQueue<Object> streaming;
    /**
     * A message taken from {@link #streaming} while the linked queue still held older ones: it
     * waits here until the linked queue is drained. The actor's thread only.
     */
    private Object pending;
    /**
     * A message taken from the mailbox for handling together with signals, put back before they
     * are handled (see {@link ActorCell#processMessages}): it is taken first when the actor runs
     * again, after any unstashed messages, or reported with the rest when it stops. Taken, so
     * outside a bounded mailbox's capacity, as unstashed messages are. The actor's thread only.
     */
    private Object held;
    /**
     * Messages taken from the linked queue so far with another message linked behind them, up to
     * {@link #UPGRADE_AFTER}, when the actor installs the streaming queue; then {@link
     * #LINKED_RETIRED} once the linked queue has been seen empty after that, until a {@link
     * #LINKED_MARK} says a late producer used it again. The actor's thread.
     */
    private int linkedTaken;

    /**
     * The newest node of the queue, or null if the actor was never sent a message. Swapped by
     * every producer ({@code getAndSet}); read by the consumer to tell an empty queue from a
     * producer between its swap and its link.
     */
    private volatile Node tail;
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
                ? new MpscUnboundedVarHandleArrayQueue<>(CHUNK) : null;
    }

    /** {@return whether the actor has terminated, so that what is sent is a dead letter} */
    abstract boolean isTerminated();

    /** {@return the protocol, to check what is asked} Any thread. */
    abstract Class<?> protocol();

    /**
     * {@return the consumer's end of the user queue} (an acquire read): the node it took last
     * (its message cleared), or the first node of the cell's life before it is taken, or null
     * before any. The field lives in the last layer, away from {@link #tail}: the consumer
     * writes it for every message and producers swap {@link #tail} for every message, so the two
     * must not share a cache line. Any thread; the only implementation is final.
     */
    abstract Node head();

    /**
     * Moves the consumer's end (a release store). Written once by the first producer of the
     * cell's life, then only by the actor's thread.
     */
    abstract void head(Node node);

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
        push(new Envelope.Probe(reached));
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
            push(message);
        }
        schedule(true);
    }

    /**
     * Enqueues a user message: an offer into {@link #streaming} once it is there, else one node,
     * one swap of {@link #tail}, one release store ({@link #pushLinked}). The offer, or the swap,
     * is the point where the message is in the queue. Any thread.
     */
    private void push(Object message) {
        MessagePassingQueue<Object> q = streaming;
        if (q != null) {
            q.offer(message);
        } else {
            pushLinked(message);
        }
    }

    /**
     * Enqueues a user message onto the linked queue (see {@link #push}), and installs the
     * streaming queue if this producer finds the actor behind for {@link #UPGRADE_AFTER} messages
     * in a row. A method of its own, so that the streaming path of {@link #push}, which a busy
     * actor's senders take, stays as small as it was. Any thread.
     */
    private void pushLinked(Object message) {
        Node node = new Node(message);
        Node previous = (Node) TAIL.getAndSet(this, node);
        int backlog = 0;
        if (previous == null) {
            head(node); // the first node of the cell's life
        } else {
            // A racy look at the node this one displaced (the line this producer writes next
            // anyway): still holding its message, it was not taken yet. See Node#backlog
            if (previous.message != null) {
                backlog = previous.backlog + 1;
                node.backlog = backlog;
            }
            NEXT.setRelease(previous, node);
        }
        MessagePassingQueue<Object> q = streaming; // again, after the swap: see the class comment
        if (q != null) {
            q.offer(LINKED_MARK); // the actor may have retired the linked queue
        } else if (backlog >= UPGRADE_AFTER - 1) {
            installStreaming(); // behind for UPGRADE_AFTER messages in a row
        }
    }

    /**
     * {@return whether the streaming queue is installed} A volatile read; any thread. For tests
     * of the switch.
     */
    final boolean streams() {
        return streaming != null;
    }

    /**
     * Installs {@link #streaming} unless a producer or the actor's thread did first: a CAS from
     * null. Any thread.
     */
    private void installStreaming() {
        STREAMING.compareAndSet(this, null, new MpscUnboundedVarHandleArrayQueue<>(CHUNK));
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
        StashBuffer s = stashBuffer();
        return held != null || queued() || (urgent != null && !urgent.isEmpty())
                || (s != null && s.replaying());
    }

    /**
     * {@return whether the user queues hold a message} Volatile reads of the streaming queue's
     * indexes and of {@link #tail}: a message is queued once its producer has claimed its slot
     * or swapped its node in, even before the slot or the link is written.
     */
    private boolean queued() {
        MessagePassingQueue<Object> q = streaming;
        if (q != null && (pending != null || !q.isEmpty())) {
            return true;
        }
        // Retired, the linked queue gets a message only with a mark in the streaming queue
        // (exact on the actor's thread, which alone writes linkedTaken)
        return linkedTaken != LINKED_RETIRED && linkedQueued();
    }

    /** {@return whether the linked queue holds a message} See {@link #queued()}. */
    private boolean linkedQueued() {
        Node t = tail;
        if (t == null) {
            return false;
        }
        Node h = head();
        return t != h || h.message != null;
    }

    /**
     * Takes the next message: priority first; under DROP_OLDEST, evicts what is owed first; a
     * health probe met on the way is answered, not dropped.
     */
    final Object nextMessage() {
        StashBuffer s = stashBuffer();
        if (s != null) {
            Object r = s.nextReplay();
            if (r != null) {
                return r; // unstashed: ahead of the mailbox, already admitted
            }
        }
        Object h = held;
        if (h != null) {
            held = null;
            return h;
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
        MessagePassingQueue<Object> q = streaming;
        if (q == null) {
            Object m = pollLinked();
            // A racy look at the link of the node just taken (its line, read already): another
            // message behind it means the actor is behind its senders
            if (m != null && head().next != null && ++linkedTaken == UPGRADE_AFTER) {
                installStreaming(); // a busy actor
            }
            return m;
        }
        if (pending != null) { // the linked queue held older messages: they go first
            if (linkedQueued()) { // (never set while the linked queue is retired)
                return pollLinked();
            }
            Object m = pending;
            pending = null;
            return m;
        }
        Object m;
        while ((m = q.relaxedPoll()) == LINKED_MARK) {
            linkedTaken = UPGRADE_AFTER; // a late producer: look at the linked queue again
        }
        if (linkedTaken == LINKED_RETIRED) {
            return m; // the busy actor's path: the array alone
        }
        if (m == null) {
            m = pollLinked(); // a producer that had not seen the streaming queue yet
            if (m == null) {
                // Seen empty after this thread installed the streaming queue: a producer that
                // pushes onto it from now on finds the streaming queue and marks it
                linkedTaken = LINKED_RETIRED;
            }
            return m;
        }
        if (linkedQueued()) {
            // A producer's older message may sit in the linked queue: it swapped it in before it
            // saw the streaming queue and offered this one, and this acquire made that swap
            // visible. The linked queue goes first; this message waits.
            pending = m;
            return pollLinked();
        }
        return m;
    }

    /** Takes the oldest message of the linked queue, or null if it is empty. The actor's thread. */
    private Object pollLinked() {
        Node h = head();
        if (h == null) {
            if (tail == null) {
                return null;
            }
            h = awaitFirst(); // the first producer has swapped, not yet published
        }
        Object m = h.message;
        if (m != null) { // only the first node of the cell's life is taken in place
            h.message = null;
            return m;
        }
        Node n = (Node) NEXT.getAcquire(h);
        if (n == null) {
            if (tail == h) {
                return null;
            }
            n = awaitLink(h);
        }
        head(n); // for counting threads; the consumer is the only writer
        NEXT.setRelease(h, (Node) null); // see below
        m = n.message;
        n.message = null;
        return m;
    }

    /**
     * Waits for the first producer of the cell's life to publish its node: it has swapped
     * {@link #tail} and is one store away. The actor's thread.
     */
    private Node awaitFirst() {
        Node h;
        while ((h = head()) == null) {
            Thread.onSpinWait();
        }
        return h;
    }

    /**
     * Waits for the producer that swapped in the node after {@code h} to link it: it is one
     * store away. The actor's thread.
     */
    private static Node awaitLink(Node h) {
        Node n;
        while ((n = (Node) NEXT.getAcquire(h)) == null) {
            Thread.onSpinWait();
        }
        return n;
    }

    /** Reports every queued message as a dead letter, for {@code reason}. */
    final void drainMailbox(String reason) {
        StashBuffer s = stashBuffer();
        if (s != null) {
            s.drain(system, path(), reason); // older than what the mailbox holds
        }
        Object m = held;
        if (m != null) {
            held = null;
            deadLetterOnStop(m, reason);
        }
        while ((m = pollAny()) != null) {
            deadLetterOnStop(m, reason);
        }
    }

    /**
     * Puts back the message that {@link #nextMessage} has just returned, where it came from: at
     * the head of the unstashed messages, or into {@link #held}, after them and ahead of the
     * mailbox (a restart's unstashed messages go first, as they would have). The actor's thread,
     * at most once between takes.
     */
    final void putBack(Object message) {
        StashBuffer s = stashBuffer();
        if (s != null && s.lastWasReplayed()) {
            s.putBackReplayed(message);
        } else {
            held = message;
        }
    }

    private void deadLetterOnStop(Object m, String reason) {
        if (m instanceof Envelope.TimerFire) {
            system.countCancelledTimer(); // a timer of a stopped actor: cancelled, not lost
        } else if (!(m instanceof Envelope.Probe)) { // a probe is the runtime's own: not reported
            system.deadLetter(path(), m, reason);
        }
    }

    /** {@return how many messages wait, approximately} Any thread; walks the queue. */
    final int mailboxDepth() {
        return mailboxDepth(Integer.MAX_VALUE);
    }

    /**
     * {@return how many messages wait, approximately, counting no further than {@code limit}}
     * Any thread. The walk follows the links from the consumer's end. The consumer clears the
     * link of each node it moves past, so a walk that the consumer overtakes stops early and
     * counts less; a walk never counts a node twice and always ends. Exact on the actor's thread,
     * but for a {@link #LINKED_MARK} that a producer racing the switch to the streaming queue left
     * there, which counts as one until it is taken.
     *
     * @param limit the most to count: a caller that only compares depths stops early
     */
    final int mailboxDepth(int limit) {
        StashBuffer s = stashBuffer();
        MessagePassingQueue<Object> q = streaming;
        int depth = (urgent == null ? 0 : urgent.size()) + (s == null ? 0 : s.size())
                + (q == null ? 0 : q.size() + (pending == null ? 0 : 1))
                + (held == null ? 0 : 1);
        Node n = head();
        if (n != null && n.message != null) {
            depth++;
        }
        while (n != null && depth < limit) {
            n = (Node) NEXT.getAcquire(n);
            if (n != null) {
                depth++;
            }
        }
        return Math.min(depth, limit);
    }
}

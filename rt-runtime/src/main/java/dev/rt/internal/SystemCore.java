package dev.rt.internal;

import dev.rt.Actor;
import dev.rt.ActorRef;
import dev.rt.ActorSystem;
import dev.rt.ActorSystemConfig;
import dev.rt.ActorTerminatedException;
import dev.rt.InvalidActorNameException;
import dev.rt.Mailbox;
import dev.rt.Monitor;
import dev.rt.MonitorEvent;
import dev.rt.TimerService;
import dev.rt.spi.BehaviorDescriptor;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine behind an {@link ActorSystem}: the executor, the timer service, the monitor, the
 * root of the actor tree ({@code /user}), dead letters and the accounting. The shutdown sequence
 * (close, abandonment, termination) is {@link SystemShutdown}'s.
 *
 * <p>Concurrency: any thread may spawn, report dead letters or close. Top-level actors live in a
 * {@link ConcurrentHashMap}; a name is freed when its actor has terminated. A spawn that races
 * the start of the shutdown either fails or is stopped by it: {@link #newTopLevel} checks that
 * the system runs, registers the cell, and checks again, and the shutdown moves the state before
 * it stops every child in the map (see {@link SystemShutdown}).
 */
public final class SystemCore implements ActorSystem, Parent {

    private static final Logger LOG = LoggerFactory.getLogger(ActorSystem.class);
    /** How many dead letters are logged before the log falls silent (the monitor sees all). */
    private static final int LOGGED_DEAD_LETTERS = 10;

    private final String name;
    private final ActorSystemConfig config;
    /** {@code config.throughput()}, read by every turn: one load from the cell's system. */
    final int throughput;
    private final Scheduler scheduler;
    private final TimerService timers;
    private final boolean ownTimers;
    private final Monitor monitor;
    /** Told what the cells do, for the testkit; {@link CellObserver#NONE} for every other. */
    private final CellObserver observer;
    /** Whether any event is wanted: a monitor, or a subscriber. Read on every report. */
    private volatile boolean monitored;
    private final java.util.concurrent.CopyOnWriteArrayList<Listener<?>> listeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    /**
     * The ask observers, as one: null while there is none, so that an ask pays one volatile
     * read and a null check. Written under {@link #askObservers}' lock only.
     */
    private volatile dev.rt.AskObserver askObserver;
    /** The registered ask observers; guarded by itself. */
    private final java.util.List<dev.rt.AskObserver> askObservers = new java.util.ArrayList<>();
    private final java.util.concurrent.atomic.AtomicLong sequence =
            new java.util.concurrent.atomic.AtomicLong();
    private final ConcurrentHashMap<String, ActorCell<?, ?>> topLevel = new ConcurrentHashMap<>();
    private final SystemShutdown shutdown;
    private final LongAdder deadLetters = new LongAdder();
    private final AtomicInteger loggedDeadLetters = new AtomicInteger();
    private final Topics topics = new Topics(this);
    private final RegistryImpl registry = new RegistryImpl(this);

    /**
     * Creates and starts a system; {@link ActorSystem#create} checks the arguments.
     *
     * @param name the system's name
     * @param config the configuration
     */
    public SystemCore(String name, ActorSystemConfig config) {
        this(name, config, CellObserver.NONE);
    }

    /**
     * Creates and starts a system whose cells tell {@code observer} what they do: for the
     * testkit, through {@link KitSupport#system}.
     *
     * @param name the system's name
     * @param config the configuration
     * @param observer the observer, or {@link CellObserver#NONE}
     */
    SystemCore(String name, ActorSystemConfig config, CellObserver observer) {
        this.name = name;
        this.observer = observer;
        this.config = config;
        this.throughput = config.throughput();
        this.scheduler = new Scheduler(this, config);
        if (config.timerService() != null) {
            this.timers = config.timerService();
            this.ownTimers = false;
        } else {
            this.timers = new DefaultTimerService(name, scheduler.pool());
            this.ownTimers = true;
        }
        this.monitor = config.monitor();
        this.monitored = monitor != Monitor.NONE;
        if (config.flightRecorder()) {
            // JFR events: a subscriber to every event, for the system's whole life
            listeners.add(new Listener<>(MonitorEvent.class,
                    dev.rt.internal.jfr.JfrEvents.listener()));
            this.monitored = true;
        }
        this.shutdown = new SystemShutdown(this, topLevel.values(), ownTimers);
    }

    /** {@return the system's name} */
    @Override
    public String name() {
        return name;
    }

    /** {@return the configuration} */
    @Override
    public ActorSystemConfig config() {
        return config;
    }

    /**
     * The topic of that name, created on first use.
     *
     * @param name the topic's name
     * @param messageType the type of its messages
     * @param <M> that type
     * @return the topic
     */
    @Override
    public <M> dev.rt.Topic<M> topic(String name, Class<M> messageType) {
        return topics.topic(name, messageType);
    }

    /** {@return the registry of named actors} */
    @Override
    public dev.rt.Registry registry() {
        return registry;
    }

    /** {@return the timer service} */
    @Override
    public TimerService timers() {
        return timers;
    }


    /**
     * {@return the observer of the cells: {@link CellObserver#NONE} but for the testkit's systems}
     * Called only on the paths that {@link CellObserver} lists, never on tell or the per-message
     * loop.
     */
    CellObserver observer() {
        return observer;
    }

    /** {@return where the cells' turns run} */
    Scheduler scheduler() {
        return scheduler;
    }

    boolean isTerminated() {
        return shutdown.isTerminated();
    }

    @Override
    public String path() {
        return "/user";
    }

    /**
     * The live actor at a path, for a cluster node resolving a path that another node asked
     * for. Any thread; a walk of the children maps, which are concurrent.
     *
     * @param path such as {@code /user/orders/risk}
     * @return its reference, or null if there is no live actor at that path
     */
    ActorRef<?> lookup(String path) {
        String prefix = path() + "/";
        if (path == null || !path.startsWith(prefix)) {
            return null;
        }
        String[] names = path.substring(prefix.length()).split("/", -1);
        ActorCell<?, ?> cell = topLevel.get(names[0]);
        for (int i = 1; i < names.length && cell != null; i++) {
            cell = cell.children().get(names[i]);
        }
        return cell == null || cell.isTerminated() ? null : cell.self;
    }

    /** {@inheritDoc} Top-level actors have the path {@code /user/<name>}. */
    @Override
    public <A extends Actor<M>, M> ActorRef<M> spawn(String name,
            Supplier<? extends A> factory, BehaviorDescriptor<A, M> descriptor) {
        java.util.Objects.requireNonNull(descriptor, "descriptor");
        return spawn(name, factory, descriptor, config.mailboxOf(descriptor));
    }

    /** {@inheritDoc} Top-level actors have the path {@code /user/<name>}. */
    @Override
    public <A extends Actor<M>, M> ActorRef<M> spawn(String name,
            Supplier<? extends A> factory, BehaviorDescriptor<A, M> descriptor, Mailbox mailbox) {
        ActorCell<A, M> cell = newTopLevel(name, factory, descriptor, mailbox, false);
        cell.start();
        return cell.self;
    }

    /**
     * Creates and registers a top-level cell, not started yet.
     *
     * @throws InvalidActorNameException if the name is malformed or taken
     * @throws IllegalStateException if the system is closing
     */
    <A extends Actor<M>, M> ActorCell<A, M> newTopLevel(String name,
            Supplier<? extends A> factory, BehaviorDescriptor<A, M> descriptor, Mailbox mailbox,
            boolean supervisor) {
        Names.check(name);
        java.util.Objects.requireNonNull(mailbox, "mailbox");
        java.util.Objects.requireNonNull(factory, "factory");
        java.util.Objects.requireNonNull(descriptor, "descriptor");
        if (!shutdown.isRunning()) {
            throw closed(name);
        }
        ActorCell<A, M> cell = new ActorCell<>(this, this, name, factory, descriptor, mailbox,
                false, supervisor);
        if (topLevel.putIfAbsent(name, cell) != null) {
            throw new InvalidActorNameException("an actor named '" + name + "' already runs at "
                    + path() + "/" + name + "; choose another name or stop that actor first");
        }
        if (!shutdown.isRunning()) {
            topLevel.remove(name, cell);
            throw closed(name);
        }
        return cell;
    }

    private IllegalStateException closed(String actor) {
        return new IllegalStateException("cannot spawn '" + actor + "': actor system '" + name
                + "' is closed or closing; spawn before close()");
    }

    @Override
    public void childTerminated(ActorCell<?, ?> child, Throwable failure) {
        topLevel.remove(child.name, child);
        if (child.isSupervisorCell()) {
            child.supervision.released.complete(null); // its name is free from now on
            if (failure != null && !startFailureTaken(child, failure)) {
                shutdown.failSystem(child.path(), failure);
            }
        }
        shutdown.maybeFinish();
    }

    /** See {@link SystemShutdown#adoptOrphan}. The supervisor's thread. */
    void adoptOrphan(ActorCell<?, ?> child) {
        shutdown.adoptOrphan(child);
    }

    /**
     * {@return whether a top-level supervisor's failure is the failure of a start that its caller
     * waits for ({@code Supervisor.startAndWait}), which takes it instead of the root}
     */
    private static boolean startFailureTaken(ActorCell<?, ?> supervisor, Throwable failure) {
        return supervisor.supervision.startAwaited
                && failure instanceof dev.rt.supervision.SupervisorStartException;
    }

    // ---------------------------------------------------------------------------------------
    // Monitoring and dead letters

    /** {@return whether a monitor other than {@link Monitor#NONE} is installed} */
    boolean monitored() {
        return monitored;
    }

    /** {@return how many messages bounded mailboxes did not keep} */
    long droppedCount() {
        return droppedCount.sum();
    }

    /** {@return how many messages expired in mailboxes} */
    long expiredCount() {
        return expiredCount.sum();
    }

    /** Sends an event to the monitor and the subscribers; callers check {@link #monitored()}. */
    void emit(MonitorEvent event) {
        if (monitor != Monitor.NONE) {
            try {
                monitor.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("monitor {} threw on {}; the event is dropped: {}", monitor, event,
                        e.toString());
            }
        }
        for (Listener<?> l : listeners) {
            l.offer(event);
        }
    }

    private record Listener<E extends MonitorEvent>(Class<E> type,
            java.util.function.Consumer<? super E> action) {
        void offer(MonitorEvent event) {
            if (type.isInstance(event)) {
                try {
                    action.accept(type.cast(event));
                } catch (RuntimeException e) {
                    LOG.warn("an event listener threw on {}; it is dropped: {}", event,
                            e.toString());
                }
            }
        }
    }

    /** {@return the system's event subscriptions} */
    @Override
    public dev.rt.EventStream events() {
        return new dev.rt.EventStream() {
            @Override
            public <E extends MonitorEvent> Subscription subscribe(Class<E> type,
                    java.util.function.Consumer<? super E> listener) {
                Listener<E> l = new Listener<>(java.util.Objects.requireNonNull(type, "type"),
                        java.util.Objects.requireNonNull(listener, "listener"));
                listeners.add(l);
                monitored = true;
                return () -> {
                    listeners.remove(l);
                    monitored = monitor != Monitor.NONE || !listeners.isEmpty();
                };
            }

            @Override
            public Subscription observeAsks(dev.rt.AskObserver observer) {
                java.util.Objects.requireNonNull(observer, "observer");
                synchronized (askObservers) {
                    askObservers.add(observer);
                    askObserver = AskObservers.of(askObservers);
                }
                return new Subscription() {
                    private boolean closed; // guarded by askObservers

                    @Override
                    public void close() {
                        synchronized (askObservers) {
                            if (closed) {
                                return;
                            }
                            closed = true;
                            // by identity, once: the same observer may be registered twice
                            for (int i = 0; i < askObservers.size(); i++) {
                                if (askObservers.get(i) == observer) {
                                    askObservers.remove(i);
                                    break;
                                }
                            }
                            askObserver = AskObservers.of(askObservers);
                        }
                    }
                };
            }
        };
    }

    /**
     * {@return the ask observers as one, or null if none is registered} Read once by each ask:
     * the only cost of the hook while nobody observes asks.
     */
    dev.rt.AskObserver askObserver() {
        return askObserver;
    }

    /** {@return a live snapshot of the tree} */
    @Override
    public dev.rt.TreeSnapshot snapshot() {
        java.util.List<ActorCell<?, ?>> tops = new java.util.ArrayList<>(topLevel.values());
        tops.sort(java.util.Comparator.comparingLong(c -> c.seq));
        java.util.List<dev.rt.ActorInfo> infos = new java.util.ArrayList<>(tops.size());
        for (ActorCell<?, ?> cell : tops) {
            infos.add(cell.snapshot());
        }
        return new dev.rt.TreeSnapshot(name, infos);
    }

    /** {@return a number that orders the creation of cells} */
    long nextSeq() {
        return sequence.incrementAndGet();
    }

    /**
     * Reports a message that will never be handled. An ask among them fails at once.
     *
     * @param path the recipient's path
     * @param message the message, or an ask promise carrying it
     * @param reason why it was not delivered
     */
    void deadLetter(String path, Object message, String reason) {
        Object payload = ActorCell.payload(message);
        if (message instanceof AskPromise<?> ask) {
            ask.fail(new ActorTerminatedException(path, payload.getClass().getSimpleName()));
        }
        deadLetters.increment();
        if (monitored) {
            emit(new MonitorEvent.DeadLetter(path, payload, reason));
        }
        int n;
        if (loggedDeadLetters.get() < LOGGED_DEAD_LETTERS // a read, once the log is silent
                && (n = loggedDeadLetters.incrementAndGet()) <= LOGGED_DEAD_LETTERS
                && LOG.isInfoEnabled()) {
            LOG.info("dead letter to {}: {} ({}){}", path, payload.getClass().getSimpleName(),
                    reason, n == LOGGED_DEAD_LETTERS
                            ? "; further dead letters are not logged, install a Monitor to see"
                                    + " them all"
                            : "");
        }
    }

    // Accounting: every message that reaches the runtime ends in exactly one of these buckets
    // (or is still queued). Each is counted where its outcome happens; `processed` is counted
    // per cell (a plain counter, on the hot path) and added here when the cell terminates.
    private final LongAdder droppedCount = new LongAdder();
    private final LongAdder expiredCount = new LongAdder();
    private final LongAdder failedCount = new LongAdder();
    private final LongAdder cancelledTimers = new LongAdder();
    private final LongAdder timerMessages = new LongAdder();
    private final LongAdder retiredProcessed = new LongAdder();

    void countDropped() {
        droppedCount.increment();
    }

    void countExpired() {
        expiredCount.increment();
    }

    void countFailed() {
        failedCount.increment();
    }

    void countCancelledTimer() {
        cancelledTimers.increment();
    }

    void countTimerMessage() {
        timerMessages.increment();
    }

    void retireProcessed(long n) {
        retiredProcessed.add(n);
    }

    /** {@return the message accounting: exact when no message is in flight} */
    @Override
    public dev.rt.Accounting accounting() {
        long[] live = new long[2]; // processed, queued
        java.util.ArrayDeque<ActorCell<?, ?>> todo = new java.util.ArrayDeque<>(topLevel.values());
        todo.addAll(shutdown.orphans()); // briefly counted twice while a supervisor abandons one: in flight
        while (!todo.isEmpty()) {
            ActorCell<?, ?> cell = todo.poll();
            if (!cell.isTerminated()) {
                live[0] += cell.processedCount();
                live[1] += cell.mailboxDepth();
            }
            todo.addAll(cell.children().values());
        }
        return new dev.rt.Accounting(retiredProcessed.sum() + live[0], failedCount.sum(),
                droppedCount.sum(), expiredCount.sum(), deadLetters.sum(), cancelledTimers.sum(),
                live[1], timerMessages.sum());
    }

    /**
     * {@return whether the calling thread is one of this system's own carrier threads, which
     * must never block on a mailbox}
     */
    boolean onActorThread() {
        return scheduler.onOwnCarrier();
    }

    /** {@return how many dead letters this system has reported} */
    long deadLetterCount() {
        return deadLetters.sum();
    }

    // ---------------------------------------------------------------------------------------
    // Shutdown: SystemShutdown's

    /** {@return completes when the system has terminated} */
    @Override
    public CompletionStage<Void> whenTerminated() {
        return shutdown.whenTerminated();
    }

    /** Closes within the configured {@code shutdownTimeout}; see {@link #close(Duration)}. */
    @Override
    public void close() {
        close(config.shutdownTimeout());
    }

    /** See {@link SystemShutdown#close}. */
    @Override
    public boolean close(Duration timeout) {
        return shutdown.close(timeout);
    }

    /** See {@link SystemShutdown#abandonCell}. Any thread; the caller holds a count. */
    boolean abandonCell(ActorCell<?, ?> cell) {
        return shutdown.abandonCell(cell);
    }

    /** See {@link SystemShutdown#abandonedCellDone}. */
    void abandonedCellDone() {
        shutdown.abandonedCellDone();
    }

    @Override
    public String toString() {
        return "ActorSystem[" + name + "]";
    }
}

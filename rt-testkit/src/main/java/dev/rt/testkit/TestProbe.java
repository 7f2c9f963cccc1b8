package dev.rt.testkit;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.ActorRef;
import dev.rt.ActorSystem;
import dev.rt.Mailbox;
import dev.rt.Request;
import dev.rt.Terminated;
import dev.rt.internal.Refs;
import dev.rt.spi.BehaviorDescriptor;
import dev.rt.spi.Replier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real actor, spawned in a real system, that records every message it receives so that a test
 * can wait for them and check them. Because it is a real actor, it can be watched, registered,
 * subscribed to a topic and handed to other actors as a collaborator.
 *
 * <pre>{@code
 * TestProbe<Price> probe = TestProbe.create(system, "chart", Price.class);
 * system.topic("prices", Price.class).subscribe(probe.ref());
 * feed.tick();
 * probe.expectMessage(new Price("AAPL", 187.5));
 * probe.expectNoMessage(Duration.ofMillis(50));
 * }</pre>
 *
 * <p>Every {@code expect…} and {@code receive…} method waits on the probe's queue, with the
 * {@linkplain #defaultTimeout() default timeout} (10 seconds unless changed) or the one given,
 * and throws an {@link AssertionError} that says what was expected and what arrived. They wait
 * on a {@link BlockingQueue}, in real time, not on the system's {@link dev.rt.TimerService}: a
 * {@link dev.rt.ManualClock} does not move them, and they return as soon as the message arrives,
 * so a generous timeout costs nothing when the test passes.
 *
 * <p>Requests: a probe replies to nothing by itself. A request it receives (by {@code ask}) is
 * recorded as a message, and its reply stays pending until the test calls {@link
 * #replyToNextAsk} or {@link #failNextAsk}, which answer the oldest unanswered one; or until the
 * asker's timeout. A request sent with {@code tell} also counts as one to answer; its answer is
 * discarded.
 *
 * <p>Threading: any thread may send to {@link #ref()}. The expecting methods are meant for one
 * thread at a time: the test's. Memory consistency: actions of a sender before it sends a
 * message happen-before an {@code expect…} method returns that message.
 *
 * @param <M> the protocol the probe stands for
 */
public final class TestProbe<M> {

    /** The default of {@link #defaultTimeout()}. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final BlockingQueue<M> inbox = new LinkedBlockingQueue<>();
    private final BlockingQueue<CompletableFuture<Object>> asks = new LinkedBlockingQueue<>();
    private final BlockingQueue<Terminated> terminations = new LinkedBlockingQueue<>();
    /** Terminations that an {@link #expectTerminated} call passed over; the test's thread. */
    private final List<Terminated> passedOver = new ArrayList<>();
    /** The actors watched already, so that a watch is sent once per actor. */
    private final Set<ActorRef<?>> watched = ConcurrentHashMap.newKeySet();
    private final ActorRef<M> ref;
    private volatile Duration defaultTimeout = DEFAULT_TIMEOUT;

    private TestProbe(ActorSystem system, String name, Class<M> protocol) {
        // unbounded whatever the system's default mailbox: a probe records every message
        this.ref = system.spawn(name, () -> new ProbeActor<>(this),
                new ProbeDescriptor<>(protocol), Mailbox.UNBOUNDED);
    }

    /**
     * Spawns a probe that accepts any message: it can be asked any {@link Request}.
     *
     * @param system where the probe runs; its path is {@code /user/<name>}
     * @param name the probe's actor name
     * @param <M> the protocol the probe stands for
     * @return the probe
     * @throws dev.rt.InvalidActorNameException if the name is malformed or taken
     */
    @SuppressWarnings("unchecked")
    public static <M> TestProbe<M> create(ActorSystem system, String name) {
        return new TestProbe<>(Objects.requireNonNull(system, "system"), name,
                (Class<M>) Object.class);
    }

    /**
     * Spawns a probe of a given protocol: {@code ask} checks requests against it, and the
     * registry reports it, so {@code registry.lookup(name, protocol)} finds the probe.
     *
     * @param system where the probe runs
     * @param name the probe's actor name
     * @param protocol the protocol's class
     * @param <M> the protocol
     * @return the probe
     */
    public static <M> TestProbe<M> create(ActorSystem system, String name, Class<M> protocol) {
        return new TestProbe<>(Objects.requireNonNull(system, "system"), name,
                Objects.requireNonNull(protocol, "protocol"));
    }

    /** {@return the probe's reference} */
    public ActorRef<M> ref() {
        return ref;
    }

    /** {@return how long the expecting methods wait when not told} */
    public Duration defaultTimeout() {
        return defaultTimeout;
    }

    /**
     * Sets how long the expecting methods wait when not told.
     *
     * @param timeout positive
     * @return this probe
     */
    public TestProbe<M> defaultTimeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("a probe's timeout must be positive, got "
                    + timeout);
        }
        this.defaultTimeout = timeout;
        return this;
    }

    /**
     * Waits for the next message, up to the default timeout.
     *
     * @return the message
     * @throws AssertionError if none arrives in time
     */
    public M expectMessage() {
        return receiveMessage(defaultTimeout);
    }

    /**
     * Waits for the next message.
     *
     * @param max how long to wait
     * @return the message
     * @throws AssertionError if none arrives in time
     */
    public M receiveMessage(Duration max) {
        M m = poll(inbox, max);
        if (m == null) {
            throw new AssertionError(ref.path() + " expected a message within " + show(max)
                    + ", but none arrived");
        }
        return m;
    }

    /**
     * Waits for the next message and checks that it equals {@code expected}.
     *
     * @param expected the message expected
     * @return the message
     * @throws AssertionError if none arrives in time, or another one does; the error shows both
     */
    public M expectMessage(M expected) {
        M m = poll(inbox, defaultTimeout);
        if (m == null) {
            throw new AssertionError(ref.path() + " expected " + describe(expected) + " within "
                    + show(defaultTimeout) + ", but no message arrived");
        }
        if (!Objects.equals(expected, m)) {
            throw new AssertionError(ref.path() + " expected " + describe(expected)
                    + ", but got " + describe(m));
        }
        return m;
    }

    /**
     * Waits for the next message and checks its type.
     *
     * @param type the type expected
     * @param <T> that type
     * @return the message
     * @throws AssertionError if none arrives in time, or one of another type does
     */
    public <T extends M> T expectMessageClass(Class<T> type) {
        Objects.requireNonNull(type, "type");
        M m = poll(inbox, defaultTimeout);
        if (m == null) {
            throw new AssertionError(ref.path() + " expected a " + type.getName() + " within "
                    + show(defaultTimeout) + ", but no message arrived");
        }
        if (!type.isInstance(m)) {
            throw new AssertionError(ref.path() + " expected a " + type.getName() + ", but got "
                    + describe(m));
        }
        return type.cast(m);
    }

    /**
     * Checks that no message arrives within {@code window}: it waits on the queue for the whole
     * window (a wait, not a sleep: it fails as soon as a message arrives). For "nothing happens"
     * checks only; every passing call costs its window, so keep windows short (tens of
     * milliseconds), and prefer waiting for a positive signal where there is one.
     *
     * @param window how long to watch
     * @throws AssertionError if a message arrives; the error shows it
     */
    public void expectNoMessage(Duration window) {
        M m = poll(inbox, window);
        if (m != null) {
            throw new AssertionError(ref.path() + " expected no message within " + show(window)
                    + ", but got " + describe(m));
        }
    }

    /**
     * Waits for the next {@code n} messages, all within the default timeout.
     *
     * @param n how many
     * @return them, in arrival order
     * @throws AssertionError if fewer arrive in time; the error lists those that did
     */
    public List<M> receiveN(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, got " + n);
        }
        List<M> out = new ArrayList<>(n);
        long deadline = System.nanoTime() + defaultTimeout.toNanos();
        while (out.size() < n) {
            M m = poll(inbox, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            if (m == null) {
                throw new AssertionError(ref.path() + " expected " + n + " messages within "
                        + show(defaultTimeout) + ", but got " + out.size() + ": " + out);
            }
            out.add(m);
        }
        return out;
    }

    /**
     * Watches {@code other} from the probe, so that a later {@link #expectTerminated} sees its
     * termination even if it happens first. Watching twice is watching once.
     *
     * <p>The watch reaches the probe's actor as a system signal, not as a message: it is in
     * place before the probe handles any message sent after this call returns, and the
     * system's {@link dev.rt.Accounting} does not count it, so a test's {@code sentByUsers()} and
     * {@code processed()} hold only the messages the test and its actors sent.
     *
     * @param other the actor to watch
     * @throws IllegalArgumentException if RT did not make {@code other}
     */
    public void watch(ActorRef<?> other) {
        Objects.requireNonNull(other, "other");
        if (!Refs.isMadeByRt(other)) {
            throw new IllegalArgumentException(other + " is not a reference made by RT; a probe"
                    + " can watch only actors of a system (not a TestInbox)");
        }
        if (watched.add(other)) {
            Refs.watchFrom(ref, other);
        }
    }

    /**
     * Watches {@code other} (if not yet) and waits for its termination, up to the default timeout.
     * Terminations of other actors that arrive meanwhile are kept for later calls.
     *
     * @param other the actor expected to terminate
     * @return the {@link Terminated} signal, with the cause if it failed
     * @throws AssertionError if it does not terminate in time
     */
    public Terminated expectTerminated(ActorRef<?> other) {
        watch(other);
        for (Iterator<Terminated> it = passedOver.iterator(); it.hasNext(); ) {
            Terminated t = it.next();
            if (Refs.sameActor(t.ref(), other)) {
                it.remove();
                return t;
            }
        }
        long deadline = System.nanoTime() + defaultTimeout.toNanos();
        while (true) {
            Terminated t = poll(terminations,
                    Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            if (t == null) {
                throw new AssertionError(ref.path() + " expected " + other.path()
                        + " to terminate within " + show(defaultTimeout) + ", but it did not"
                        + (passedOver.isEmpty() ? "" : "; terminated meanwhile: "
                                + passedOver.stream().map(x -> x.ref().path()).toList()));
            }
            if (Refs.sameActor(t.ref(), other)) {
                return t;
            }
            passedOver.add(t);
        }
    }

    /**
     * Answers the oldest unanswered request with {@code value}, waiting up to the default
     * timeout for one to arrive.
     *
     * @param value the reply; the asker's stage completes with it (its type is not checked)
     * @throws AssertionError if no request arrives in time
     */
    public void replyToNextAsk(Object value) {
        nextAsk().complete(value);
    }

    /**
     * Fails the oldest unanswered request with {@code cause}, waiting up to the default timeout
     * for one to arrive.
     *
     * @param cause the failure the asker sees
     * @throws AssertionError if no request arrives in time
     */
    public void failNextAsk(Throwable cause) {
        Objects.requireNonNull(cause, "cause");
        nextAsk().completeExceptionally(cause);
    }

    private CompletableFuture<Object> nextAsk() {
        CompletableFuture<Object> f = poll(asks, defaultTimeout);
        if (f == null) {
            throw new AssertionError(ref.path() + " expected a request to answer within "
                    + show(defaultTimeout) + ", but none arrived");
        }
        return f;
    }

    /** Stops the probe's actor. */
    public void stop() {
        ref.stop();
    }

    @Override
    public String toString() {
        return "TestProbe[" + ref.path() + "]";
    }

    private <T> T poll(BlockingQueue<T> queue, Duration max) {
        try {
            return queue.poll(max.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(ref.path() + " was interrupted while waiting", e);
        }
    }

    private static String show(Duration d) {
        return d.toMillis() + " ms";
    }

    /** A message and its type, for assertion messages. */
    static String describe(Object message) {
        return message == null ? "null" : message + " (" + message.getClass().getName() + ")";
    }

    // ---------------------------------------------------------------------------------------
    // The probe's actor

    /** Records into its probe; runs on the probe actor's thread. */
    private static final class ProbeActor<M> implements Actor<M> {
        private final TestProbe<M> probe;

        ProbeActor(TestProbe<M> probe) {
            this.probe = probe;
        }

        @Override
        public void onTerminated(Terminated terminated, ActorContext<M> context) {
            probe.terminations.add(terminated);
        }
    }

    /** The descriptor of any protocol: records the message, and keeps requests to answer. */
    private static final class ProbeDescriptor<M> implements BehaviorDescriptor<ProbeActor<M>, M> {
        private final Class<M> protocol;

        ProbeDescriptor(Class<M> protocol) {
            this.protocol = protocol;
        }

        @Override
        public Class<M> protocol() {
            return protocol;
        }

        @Override
        public void dispatch(ProbeActor<M> actor, M message, ActorContext<M> context,
                Replier replier) {
            if (message instanceof Request<?>) {
                CompletableFuture<Object> reply = new CompletableFuture<>();
                actor.probe.asks.add(reply); // before the message: an expected request is
                replier.replyLater(reply);   // always ready to be answered
            }
            actor.probe.inbox.add(message);
        }
    }
}

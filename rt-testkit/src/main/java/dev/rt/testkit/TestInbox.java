package dev.rt.testkit;

import dev.rt.ActorRef;
import dev.rt.OfferResult;
import dev.rt.Request;
import dev.rt.internal.Watchable;
import dev.rt.internal.Watcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A fake actor that only records what is sent to it, with no thread and no system: hand its
 * {@link #ref()} to a behavior under test as a collaborator, then check what the behavior sent.
 * {@link BehaviorTestKit} also gives one per spawned child ({@link BehaviorTestKit#childInbox}):
 * there the child is a real actor that records what it receives into the inbox, and the inbox's
 * {@link #ref()} is that child's real reference.
 *
 * <pre>{@code
 * TestInbox<AuditMsg> audit = TestInbox.create("audit");
 * BehaviorTestKit<Account, AccountMsg> kit =
 *         BehaviorTestKit.create(new Account(audit.ref()), AccountDescriptor.INSTANCE);
 * kit.tell(new AccountMsg.Deposit(100));
 * audit.expectMessage(new AuditMsg.Deposited(100));
 * }</pre>
 *
 * <p>Requests asked of it are recorded as messages too, and their stages stay pending until the
 * test answers them, oldest first, with {@link #replyToNextAsk} or {@link #failNextAsk}; they
 * have no timeout.
 *
 * <p>A {@code TestInbox} reference is not a reference made by RT: it cannot be registered or
 * subscribed to a topic. Actors can watch it: it terminates when {@code ref().stop()} is called
 * (its watchers then get {@code Terminated}, without a cause), and {@link
 * BehaviorTestKit#terminated} tells a behavior under test that it terminated, with a cause.
 *
 * <p>Threading: any thread may send to its reference and call its methods; nothing waits. For
 * messages that arrive from other threads, prefer a {@link TestProbe}, which waits for them.
 *
 * @param <M> the protocol it stands for
 */
public final class TestInbox<M> {

    private final String path;
    private final ConcurrentLinkedQueue<M> messages = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<CompletableFuture<Object>> asks =
            new ConcurrentLinkedQueue<>();
    /** The inbox's own fake reference, or the real one of a child that records into it. */
    private final ActorRef<M> ref;
    /** Who watches the fake reference; guarded by {@code this}, cleared once it stopped. */
    private final Set<Watcher> watchers = new LinkedHashSet<>();
    private volatile boolean stopped;

    private TestInbox(String path) {
        this.path = path;
        this.ref = new InboxRef();
    }

    private TestInbox(ActorRef<M> recorded) {
        this.path = recorded.path();
        this.ref = recorded;
    }

    /**
     * Creates an inbox whose reference has the path {@code /user/<name>}.
     *
     * @param name the fake actor's name
     * @param <M> the protocol
     * @return the inbox
     */
    public static <M> TestInbox<M> create(String name) {
        Objects.requireNonNull(name, "name");
        return new TestInbox<>("/user/" + name);
    }

    static <M> TestInbox<M> atPath(String path) {
        return new TestInbox<>(path);
    }

    /** An inbox for a real actor that records what it receives into it: a kit's child. */
    static <M> TestInbox<M> recording(ActorRef<M> actor) {
        return new TestInbox<>(actor);
    }

    /** Records a message, as the fake reference's {@code tell} does. Any thread. */
    void record(M message) {
        messages.add(message);
    }

    /** Records a request and {@return its pending reply}, as the fake reference's ask does. */
    CompletableFuture<Object> recordAsk(M request) {
        CompletableFuture<Object> reply = new CompletableFuture<>();
        asks.add(reply); // before the message: a recorded request can always be answered
        messages.add(request);
        return reply;
    }

    /** {@return the reference that records into this inbox} */
    public ActorRef<M> ref() {
        return ref;
    }

    /** {@return a snapshot of the messages received and not yet taken, oldest first} */
    public List<M> messages() {
        return List.copyOf(messages);
    }

    /** {@return whether a message waits} */
    public boolean hasMessages() {
        return !messages.isEmpty();
    }

    /**
     * Takes the oldest message.
     *
     * @return the message
     * @throws AssertionError if there is none
     */
    public M receiveMessage() {
        M m = messages.poll();
        if (m == null) {
            throw new AssertionError("expected a message at " + path + ", but none was sent");
        }
        return m;
    }

    /**
     * Takes the oldest message and checks that it equals {@code expected}.
     *
     * @param expected the message expected
     * @return the message
     * @throws AssertionError if there is none, or it differs; the error shows both
     */
    public M expectMessage(M expected) {
        M m = messages.poll();
        if (m == null) {
            throw new AssertionError("expected " + TestProbe.describe(expected) + " at " + path
                    + ", but no message was sent");
        }
        if (!Objects.equals(expected, m)) {
            throw new AssertionError("expected " + TestProbe.describe(expected) + " at " + path
                    + ", but got " + TestProbe.describe(m));
        }
        return m;
    }

    /**
     * Checks that no message waits.
     *
     * @throws AssertionError if one does; the error lists them
     */
    public void expectNoMessage() {
        if (!messages.isEmpty()) {
            throw new AssertionError("expected no message at " + path + ", but got "
                    + messages());
        }
    }

    /** {@return every waiting message, oldest first; the inbox is empty afterwards} */
    public List<M> receiveAll() {
        List<M> out = new ArrayList<>();
        M m;
        while ((m = messages.poll()) != null) {
            out.add(m);
        }
        return out;
    }

    /**
     * Completes the oldest unanswered ask with a value.
     *
     * @param value the reply; the asker's stage completes with it (its type is not checked)
     * @throws AssertionError if no ask is pending
     */
    public void replyToNextAsk(Object value) {
        nextAsk().complete(value);
    }

    /**
     * Completes the oldest unanswered ask exceptionally.
     *
     * @param cause the failure
     * @throws AssertionError if no ask is pending
     */
    public void failNextAsk(Throwable cause) {
        nextAsk().completeExceptionally(Objects.requireNonNull(cause, "cause"));
    }

    private CompletableFuture<Object> nextAsk() {
        CompletableFuture<Object> f = asks.poll();
        if (f == null) {
            throw new AssertionError("no ask is pending at " + path);
        }
        return f;
    }

    /** {@return whether its reference was stopped, or (for a kit's child) the child has stopped} */
    public boolean isStopped() {
        return stopped;
    }

    void markStopped() {
        stopped = true;
    }

    /** Stops the fake reference, once, and tells its watchers. */
    private void stopFake() {
        List<Watcher> told;
        synchronized (this) {
            if (stopped) {
                return;
            }
            stopped = true;
            told = List.copyOf(watchers);
            watchers.clear();
        }
        for (Watcher w : told) {
            w.watchedTerminated((InboxRef) ref, null);
        }
    }

    @Override
    public String toString() {
        int n = messages.size();
        return "TestInbox[" + path + ", " + n + (n == 1 ? " message]" : " messages]");
    }

    /** The recording reference; actors can watch it (see the class comment). */
    private final class InboxRef implements ActorRef<M>, Watchable {

        @Override
        public String path() {
            return path;
        }

        @Override
        public String name() {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        @Override
        public void tell(M message) {
            messages.add(Objects.requireNonNull(message, "message"));
        }

        @Override
        public OfferResult offer(M message) {
            tell(message);
            return OfferResult.ACCEPTED;
        }

        @Override
        public void tellWithin(M message, Duration timeToLive) {
            tell(message); // time never passes for an inbox: it never expires
        }

        @Override
        public <R> CompletionStage<R> ask(Request<R> request) {
            return ask(request, Duration.ofDays(365));
        }

        @Override
        @SuppressWarnings("unchecked")
        public <R> CompletionStage<R> ask(Request<R> request, Duration timeout) {
            Objects.requireNonNull(request, "request");
            CompletableFuture<Object> reply = new CompletableFuture<>();
            asks.add(reply);
            messages.add((M) request);
            return (CompletionStage<R>) (CompletionStage<?>) reply;
        }

        @Override
        public void stop() {
            stopFake();
        }

        @Override
        public void addWatcher(Watcher watcher) {
            synchronized (TestInbox.this) {
                if (!stopped) {
                    watchers.add(watcher);
                    return;
                }
            }
            watcher.watchedTerminated(this, null); // at once: it has terminated already
        }

        @Override
        public void removeWatcher(Watcher watcher) {
            synchronized (TestInbox.this) {
                watchers.remove(watcher);
            }
        }

        @Override
        public ActorRef<?> ref() {
            return this;
        }

        @Override
        public String toString() {
            return "TestInbox.ref[" + path + "]";
        }
    }
}

package dev.rt.internal;

import dev.rt.ActorRef;
import dev.rt.Topic;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The topics of one system, by name.
 *
 * <h2>Concurrency</h2>
 *
 * <ul>
 *   <li>Any thread may get a topic, subscribe, unsubscribe and publish.
 *   <li>A topic's subscribers are an immutable array in a volatile field, replaced by CAS
 *       (copy-on-write). {@code publish} does one volatile read of it and tells each element: no
 *       lock, and with no subscriber no allocation either. A subscribe or unsubscribe that loses
 *       the CAS race reads the array again and retries.
 *   <li>Memory consistency: a subscribe happens-before every publish that reads the array it
 *       wrote, so that publish reaches the new subscriber. A publish that runs concurrently with
 *       a subscribe may or may not reach it.
 *   <li>A subscription ends when its subscriber terminates, through one termination hook per
 *       subscriber cell and topic ({@code hooked}). A subscribe that races the termination is
 *       undone by the subscriber itself: it adds its entry, then reads whether the cell has
 *       terminated. The cell writes TERMINATED before it runs its hooks, which read the array.
 *       All four accesses are volatile or CAS, so either the hook sees the new entry, or the
 *       subscriber sees TERMINATED and removes it: no dead subscription stays behind.
 *   <li>The cell runs its hooks before it sends its watchers their death notices, so the
 *       subscription has ended when a watcher is told: {@link Topic} promises it, and {@code
 *       TopicTest} checks it from a watcher's {@code onTerminated}. Only a subscribe that races
 *       the termination can be seen after that, until it undoes itself before it returns.
 * </ul>
 */
final class Topics {

    private final SystemCore system;
    private final ConcurrentHashMap<String, TopicImpl<?>> topics = new ConcurrentHashMap<>();

    Topics(SystemCore system) {
        this.system = system;
    }

    /** The topic of that name, created on first use; any thread. */
    @SuppressWarnings("unchecked")
    <M> Topic<M> topic(String name, Class<M> messageType) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(messageType, "messageType");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a topic needs a non-blank name");
        }
        TopicImpl<?> topic = topics.get(name);
        if (topic == null) {
            TopicImpl<M> created = new TopicImpl<>(name, messageType);
            topic = topics.putIfAbsent(name, created);
            if (topic == null) {
                return created;
            }
        }
        if (topic.messageType != messageType) {
            throw new IllegalArgumentException("topic '" + name + "' of actor system '"
                    + system.name() + "' carries " + topic.messageType.getName()
                    + " messages, not " + messageType.getName() + "; a topic has one message"
                    + " type: ask for it with " + topic.messageType.getSimpleName()
                    + ".class, or use another topic name for " + messageType.getSimpleName());
        }
        return (Topic<M>) topic;
    }

    /** One subscriber: the reference to tell, and the cell whose termination ends it. */
    private record Subscriber(ActorRef<Object> ref, ActorCell<?, ?> cell) {}

    /** One topic: see the class comment for its concurrency. */
    static final class TopicImpl<M> implements Topic<M> {

        private static final Subscriber[] NONE = new Subscriber[0];
        private static final VarHandle SUBSCRIBERS;

        static {
            try {
                SUBSCRIBERS = MethodHandles.lookup().findVarHandle(TopicImpl.class, "subscribers",
                        Subscriber[].class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        private final String name;
        final Class<M> messageType;
        /** Immutable once published; replaced by CAS. */
        private volatile Subscriber[] subscribers = NONE;
        /** The cells that carry this topic's termination hook: at most one hook per cell. */
        private final ConcurrentHashMap<ActorCell<?, ?>, Boolean> hooked =
                new ConcurrentHashMap<>();

        TopicImpl(String name, Class<M> messageType) {
            this.name = name;
            this.messageType = messageType;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Class<M> messageType() {
            return messageType;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void subscribe(ActorRef<? super M> subscriber) {
            ActorCell<?, ?> cell = Refs.cellOf(subscriber);
            Class<?> protocol = Refs.protocolOf(subscriber);
            if (!protocol.isAssignableFrom(messageType)) {
                throw new IllegalArgumentException(subscriber.path() + " cannot subscribe to"
                        + " topic '" + name + "': its protocol " + protocol.getName()
                        + " does not accept " + messageType.getName() + " messages");
            }
            Subscriber entry = new Subscriber((ActorRef<Object>) subscriber, cell);
            while (true) {
                Subscriber[] current = subscribers;
                if (indexOf(current, subscriber) >= 0) {
                    return; // subscribing twice is subscribing once
                }
                Subscriber[] next = Arrays.copyOf(current, current.length + 1);
                next[current.length] = entry;
                if (SUBSCRIBERS.compareAndSet(this, current, next)) {
                    break;
                }
            }
            if (hooked.putIfAbsent(cell, Boolean.TRUE) == null) {
                cell.onTermination(() -> {
                    removeCell(cell);
                    hooked.remove(cell);
                });
            }
            if (cell.isTerminated()) {
                removeCell(cell); // raced the termination: see the class comment
            }
        }

        @Override
        public void unsubscribe(ActorRef<? super M> subscriber) {
            Objects.requireNonNull(subscriber, "subscriber");
            while (true) {
                Subscriber[] current = subscribers;
                int i = indexOf(current, subscriber);
                if (i < 0 || SUBSCRIBERS.compareAndSet(this, current, without(current, i))) {
                    return;
                }
            }
        }

        /** Ends every subscription of a terminated cell. */
        private void removeCell(ActorCell<?, ?> cell) {
            while (true) {
                Subscriber[] current = subscribers;
                int n = 0;
                for (Subscriber s : current) {
                    if (s.cell != cell) {
                        n++;
                    }
                }
                if (n == current.length) {
                    return;
                }
                Subscriber[] next = n == 0 ? NONE : new Subscriber[n];
                int j = 0;
                for (Subscriber s : current) {
                    if (s.cell != cell) {
                        next[j++] = s;
                    }
                }
                if (SUBSCRIBERS.compareAndSet(this, current, next)) {
                    return;
                }
            }
        }

        private static int indexOf(Subscriber[] array, ActorRef<?> ref) {
            for (int i = 0; i < array.length; i++) {
                if (array[i].ref.equals(ref)) {
                    return i;
                }
            }
            return -1;
        }

        private static Subscriber[] without(Subscriber[] array, int index) {
            if (array.length == 1) {
                return NONE;
            }
            Subscriber[] next = new Subscriber[array.length - 1];
            System.arraycopy(array, 0, next, 0, index);
            System.arraycopy(array, index + 1, next, index, array.length - index - 1);
            return next;
        }

        /**
         * {@inheritDoc} Each subscriber gets the message through {@link ActorRef#offer}: a full
         * bounded mailbox drops it (reported), and a subscriber that has just stopped turns it
         * into a dead letter, so one slow or dead subscriber never blocks or fails the others.
         */
        @Override
        public int publish(M message) {
            if (!messageType.isInstance(message)) {
                throw message == null ? new NullPointerException("message")
                        : new IllegalArgumentException("topic '" + name + "' carries "
                                + messageType.getName() + " messages, not "
                                + message.getClass().getName());
            }
            Subscriber[] current = subscribers;
            for (Subscriber s : current) {
                s.ref.offer(message);
            }
            return current.length;
        }

        @Override
        public int subscriberCount() {
            return subscribers.length;
        }

        @Override
        public String toString() {
            int n = subscribers.length;
            return "Topic[" + name + ", " + messageType.getSimpleName() + ", " + n
                    + (n == 1 ? " subscriber]" : " subscribers]");
        }
    }
}

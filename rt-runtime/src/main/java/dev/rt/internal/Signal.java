package dev.rt.internal;

/**
 * A system message: it is handled ahead of every user message. Signals form an intrusive
 * lock-free stack on the receiving cell (see {@link ActorCell}); the {@link #next} link is
 * written only by the thread that pushes the signal, before its publishing CAS, and read by the
 * cell's thread after the draining {@code getAndSet}. Each instance is sent once.
 */
abstract sealed class Signal {

    /** The next older signal in the stack; then, after the drain reverses it, the next newer. */
    Signal next;

    /** Creates the actor instance and calls {@code preStart}. The first signal of every cell. */
    static final class Start extends Signal {}

    /** Stops the cell. */
    static final class Stop extends Signal {}

    /** {@link #watcher} starts watching the receiving cell. */
    static final class Watch extends Signal {
        final ActorCell<?, ?> watcher;

        Watch(ActorCell<?, ?> watcher) {
            this.watcher = watcher;
        }
    }

    /** {@link #watcher} stops watching the receiving cell. */
    static final class Unwatch extends Signal {
        final ActorCell<?, ?> watcher;

        Unwatch(ActorCell<?, ?> watcher) {
            this.watcher = watcher;
        }
    }

    /**
     * {@link #cell} has terminated; sent to its watchers and its parent.
     */
    static final class DeathNotice extends Signal {
        final ActorCell<?, ?> cell;
        final Throwable failure;

        DeathNotice(ActorCell<?, ?> cell, Throwable failure) {
            this.cell = cell;
            this.failure = failure;
        }
    }
}

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

    /**
     * Stops the cell. A supervised cell treats a stop that is not {@link #terminal} (one sent
     * through its reference, or by itself) as a normal exit and lets its supervisor decide; a
     * terminal stop, from its parent or the system, ends it for good.
     */
    static final class Stop extends Signal {
        final boolean terminal;

        Stop(boolean terminal) {
            this.terminal = terminal;
        }
    }

    /**
     * From the closing system, which gave up waiting: terminate now, without {@code postStop},
     * whatever the lifecycle, and report back (see {@link SystemCore#abandonCell}). Sent once per
     * cell, after the cell was marked abandoned.
     */
    static final class Abandon extends Signal {}

    /** From a supervisor: go on with the same instance after a failure. */
    static final class Resume extends Signal {}

    /**
     * From a supervisor: end the current incarnation ({@code preRestart}, children stopped,
     * watches dropped), keep the mailbox, and then either start a new incarnation ({@link
     * #thenStart}) or wait, dormant, for a {@link Start}.
     */
    static final class Recycle extends Signal {
        final Throwable cause;
        final boolean thenStart;

        Recycle(Throwable cause, boolean thenStart) {
            this.cause = cause;
            this.thenStart = thenStart;
        }
    }

    /** To a supervisor: {@link #child} has started (its {@code preStart} returned). */
    static final class ChildStarted extends Signal {
        final ActorCell<?, ?> child;

        ChildStarted(ActorCell<?, ?> child) {
            this.child = child;
        }
    }

    /** To a supervisor: {@link #child} has exited, normally if {@link #cause} is null. */
    static final class ChildExited extends Signal {
        final ActorCell<?, ?> child;
        final Throwable cause;

        ChildExited(ActorCell<?, ?> child, Throwable cause) {
            this.child = child;
            this.cause = cause;
        }
    }

    /** To a supervisor: {@link #child} has ended its incarnation and waits, dormant. */
    static final class ChildRecycled extends Signal {
        final ActorCell<?, ?> child;

        ChildRecycled(ActorCell<?, ?> child) {
            this.child = child;
        }
    }

    /**
     * From a supervisor: fail now with {@link #cause}, already reported, as if a handler had
     * thrown it (a failed health check). Handled ahead of the next message, so the instance
     * handles nothing more before its supervisor's directive.
     */
    static final class Fail extends Signal {
        final Throwable cause;

        Fail(Throwable cause) {
            this.cause = cause;
        }
    }

    /** Runs a task on the cell's thread, such as a timer's expiry. */
    static final class Run extends Signal {
        final Runnable task;

        Run(Runnable task) {
            this.task = task;
        }
    }

    /** {@link #watcher} starts watching the receiving cell. */
    static final class Watch extends Signal {
        final Watcher watcher;

        Watch(Watcher watcher) {
            this.watcher = watcher;
        }
    }

    /** {@link #watcher} stops watching the receiving cell. */
    static final class Unwatch extends Signal {
        final Watcher watcher;

        Unwatch(Watcher watcher) {
            this.watcher = watcher;
        }
    }

    /**
     * {@link #dead} has terminated; sent to its watchers and its parent.
     */
    static final class DeathNotice extends Signal {
        final Watchable dead;
        final Throwable failure;

        DeathNotice(Watchable dead, Throwable failure) {
            this.dead = dead;
            this.failure = failure;
        }
    }
}

package dev.rt.internal;

/**
 * A user message wrapped by the runtime on its way through the mailbox: with a deadline, or as a
 * timer's firing; or the runtime's own health probe. Asks travel as {@link AskPromise}s instead. A plain {@code tell} is never
 * wrapped, so the common path pays one type check.
 */
abstract sealed class Envelope {

    /** {@return the user message inside} */
    abstract Object message();

    /** A message that expires; see {@link dev.rt.ActorRef#tellWithin}. */
    static final class Expiring extends Envelope {
        final Object message;
        final long deadline;

        Expiring(Object message, long deadline) {
            this.message = message;
            this.deadline = deadline;
        }

        @Override
        Object message() {
            return message;
        }
    }

    /** A timer's message; delivered only if its timer is still the current one for its key. */
    static final class TimerFire extends Envelope {
        final TimersImpl.Entry entry;

        TimerFire(TimersImpl.Entry entry) {
            this.entry = entry;
        }

        @Override
        Object message() {
            return entry.message;
        }
    }

    /**
     * A supervisor's health probe ({@link dev.rt.supervision.HealthCheck}): it queues behind the
     * user messages and, when the actor's turn reaches it, runs {@link #reached} on the actor's
     * thread instead of a handler. Not a user message: it is in no bucket of the accounting, and
     * a probe left queued when the actor stops is discarded.
     */
    static final class Probe extends Envelope {
        final Runnable reached;

        Probe(Runnable reached) {
            this.reached = reached;
        }

        @Override
        Object message() {
            return this;
        }

        @Override
        public String toString() {
            return "HealthProbe";
        }
    }
}

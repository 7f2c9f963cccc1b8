package dev.rt.internal;

/**
 * A user message wrapped by the runtime on its way through the mailbox: with a deadline, or as a
 * timer's firing. Asks travel as {@link AskPromise}s instead. A plain {@code tell} is never
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
}

package dev.rt.internal;

import dev.rt.Mailbox;
import dev.rt.annotation.Overflow;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The admission state of a bounded mailbox.
 *
 * <p>Concurrency: {@link #size} counts the queued messages that will be handled; a producer
 * reserves a place with a CAS below the capacity before it enqueues, and the actor's thread
 * releases the place when it takes the message. Under {@code DROP_OLDEST} a producer that finds
 * no place enqueues anyway and raises {@link #evict}; the actor's thread then takes and reports
 * that many of the oldest messages before the next one it handles, so the messages it will handle
 * never exceed the capacity. No lock is taken.
 */
final class Bound {
    final int capacity;
    final Overflow overflow;
    final long blockNanos;
    final AtomicInteger size = new AtomicInteger();
    final AtomicInteger evict = new AtomicInteger();

    Bound(Mailbox mailbox) {
        this.capacity = mailbox.capacity();
        this.overflow = mailbox.overflow();
        this.blockNanos = mailbox.blockTimeout().toNanos();
    }

    /** Reserves a place; false when the mailbox is full. */
    boolean tryReserve() {
        AtomicInteger s = size;
        for (int n = s.get(); n < capacity; n = s.get()) {
            if (s.compareAndSet(n, n + 1)) {
                return true;
            }
        }
        return false;
    }
}

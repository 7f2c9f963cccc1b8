package dev.rt.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A carrier thread's handoff slot: one cell that a turn on that carrier woke up, to run on the
 * same carrier as soon as the turn ends, instead of going through the pool's queue and waking
 * another thread (see {@link Scheduler}).
 *
 * <p>Concurrency: the owning carrier puts and takes; the {@link CarrierMonitor} also takes, when
 * the carrier's turn runs so long that the cell would be stranded behind it. A cell in the slot
 * is SCHEDULED and leaves it exactly once: a put into an empty slot is a release store (only the
 * owner fills it, so there is no race to lose), a put into a full one and every take are atomic
 * exchanges, so each cell put is returned by exactly one put or take. The put's release store,
 * or the exchange, orders what the putting turn did before the taker's turn of that cell. The
 * jcstress tests {@code HandoffSlotRace} and {@code HandoffSlotDisplaceRace} check it.
 *
 * <p>Layout: each carrier writes its own slot on nearly every message of a request-reply
 * exchange, so two slots must not share a cache line (they were allocated one after the other,
 * and that false sharing halved ping-pong throughput). The slot's field sits between two
 * blocks of padding, in superclasses so that the JVM cannot reorder the padding away, as
 * JCTools pads its queues' indexes.
 *
 * @param <T> what the slot holds: a {@link CellTask}; generic so that the race can be tested on
 *     its own
 */
final class HandoffSlot<T> extends HandoffSlotPadAfter {

    private static final VarHandle CELL;

    static {
        try {
            CELL = MethodHandles.lookup().findVarHandle(HandoffSlotField.class, "cell", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }


    /**
     * Puts a cell into the slot. The owning carrier only.
     *
     * @param next the cell
     * @return the cell that was there, which the caller must schedule elsewhere, or null
     */
    @SuppressWarnings("unchecked") // the field's type; the VarHandle returns Object
    T put(T next) {
        if (CELL.getOpaque(this) == null) {
            CELL.setRelease(this, next);
            return null;
        }
        return (T) CELL.getAndSet(this, next);
    }

    /** {@return whether the slot looks full} The owning carrier; a hint, no fence. */
    boolean looksFull() {
        return CELL.getOpaque(this) != null;
    }

    /**
     * Empties the slot. The owning carrier, or the monitor: the exchange makes sure that exactly
     * one of them gets the cell.
     *
     * @return the cell that was there, or null
     */
    @SuppressWarnings("unchecked") // the field's type; the VarHandle returns Object
    T take() {
        return (T) CELL.getAndSet(this, (Object) null);
    }
}

/** Padding ahead of the slot's field: see "Layout" in {@link HandoffSlot}. */
@SuppressWarnings("unused")
abstract class HandoffSlotPadBefore {
    long p00, p01, p02, p03, p04, p05, p06, p07;
    long p10, p11, p12, p13, p14, p15, p16, p17;
}

/** The slot's field, written through {@code HandoffSlot.CELL}. */
abstract class HandoffSlotField extends HandoffSlotPadBefore {
    @SuppressWarnings("unused") // through HandoffSlot.CELL
    Object cell;
}

/** Padding behind the slot's field: see "Layout" in {@link HandoffSlot}. */
@SuppressWarnings("unused")
abstract class HandoffSlotPadAfter extends HandoffSlotField {
    long p20, p21, p22, p23, p24, p25, p26, p27;
    long p30, p31, p32, p33, p34, p35, p36, p37;
}

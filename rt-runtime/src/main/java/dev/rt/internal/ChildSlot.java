package dev.rt.internal;

import dev.rt.Cancellable;
import dev.rt.supervision.ChildSpec;
import dev.rt.supervision.ChildState;

/**
 * One child of a supervisor: its spec, its cell, and what the supervisor knows of it (state,
 * restarts, backoff, health check). Kept in start order by a {@link SlotList}.
 *
 * <p>Threading: confined to the supervisor cell's thread.
 */
final class ChildSlot {
    final ChildSpec<?> spec;
    final boolean dynamic;
    ActorCell<?, ?> cell;
    ChildState state = ChildState.STARTING;
    int restarts;
    int consecutive;
    long lastStart;
    boolean abandoned;
    Cancellable pendingStart;
    /** The health check's next probe or current deadline; null without a check. */
    Cancellable healthTimer;
    /** Which probe is current: a late answer or deadline of an older one is ignored. */
    int healthRound;
    /** The neighbours in start order; see {@link SlotList}. */
    ChildSlot prev;
    ChildSlot next;

    ChildSlot(ChildSpec<?> spec, boolean dynamic) {
        this.spec = spec;
        this.dynamic = dynamic;
    }

    String id() {
        return spec.id();
    }

    boolean live() {
        return cell != null && state != ChildState.TERMINATED && !cell.isTerminated();
    }

    /** Forgets the pending probe, deadline and answer of the child's health check. */
    void stopHealthCheck() {
        healthRound++;
        if (healthTimer != null) {
            healthTimer.cancel();
            healthTimer = null;
        }
    }
}
